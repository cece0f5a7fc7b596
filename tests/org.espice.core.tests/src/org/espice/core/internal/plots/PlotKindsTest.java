package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What a plot shows, told from its caption, its axis titles, or both. */
class PlotKindsTest {

	/** The kinds that captions on a device's datasheet name; see {@link CaptionCheck}. */
	private static CaptionCheck captions(DeviceKind device) {
		return new CaptionCheck(device);
	}

	/**
	 * Captions with the kind each should name (null: the caption tells none) for one device, checked together so
	 * that a failure lists every caption read wrongly.
	 */
	private static final class CaptionCheck {
		private final DeviceKind device;
		private final List<Executable> checks = new ArrayList<>();

		CaptionCheck(DeviceKind device) {
			this.device = device;
		}

		CaptionCheck name(Plot.Kind kind, String caption) {
			return name(kind, caption, "");
		}

		CaptionCheck name(Plot.Kind kind, String caption, String why) {
			checks.add(() -> assertEquals(kind, CaptionKinds.of(caption, device), caption + " " + why));
			return this;
		}

		void check() {
			assertAll(device.toString(), checks.stream());
		}
	}

	@Test
	void captionsNameTheKindOfPlot() {
		captions(DeviceKind.MOSFET_N)
				.name(Plot.Kind.SOA, "3 Safe operating area")
				.name(Plot.Kind.ZTH, "Figure 3: Thermal impedance")
				.name(Plot.Kind.ZTH, "Fig 11. Maximum Effective Transient Thermal Impedance, Junction-to-Case")
				.name(Plot.Kind.GATE_CHARGE, "12 Typ. gate charge")
				.name(Plot.Kind.BODY_DIODE, "13 Forward characteristics of body diode")
				.name(Plot.Kind.BODY_DIODE, "Fig. 7 - Typical Source-Drain Diode Forward Voltage")
				.name(Plot.Kind.OUTPUT, "Fig 1. Typical Output Characteristics")
				.name(Plot.Kind.TRANSFER, "Fig 10. Sub-threshold drain current as a function of gate-source voltage")
				.name(Plot.Kind.RDSON_T, "Normalized On-Resistance vs. Temperature")
				.name(Plot.Kind.RDSON_ID, "On-Resistance Variation with Drain Current and Temperature")
				.name(Plot.Kind.RDSON_VGS, "On-Resistance vs. Gate-to-Source Voltage")
				.name(Plot.Kind.VTH_T, "Figure 10: Normalized gate threshold voltage vs temperature")
				.name(Plot.Kind.BVDSS_T, "16 Drain-source breakdown voltage")
				.name(Plot.Kind.IF_DERATING, "Fig. 9 - Maximum Drain Current vs. Case Temperature")
				.name(Plot.Kind.PD_T, "1 Power dissipation")
				.check();
		captions(DeviceKind.BJT_PNP).name(Plot.Kind.SOA, "Area of safe operation (ASO)").check();
	}

	@Test
	void switchingCaptions() {
		captions(DeviceKind.IGBT)
				.name(Plot.Kind.SWITCHING, "Fig 13. Switching Loss vs. Collector Current")
				.name(Plot.Kind.SWITCHING, "Fig 8. Turn-On Characteristics vs. Gate Resistance")
				.name(Plot.Kind.SOA, "Fig 17. Turn-Off SOA Characteristics", "a SOA before a switching word")
				.check();
		captions(DeviceKind.BJT_NPN).name(Plot.Kind.SWITCHING, "Figure 5. Turn −On Time").check();
		assertEquals("E", CaptionKinds.switchingQuantity("Fig 13. Switching Loss vs. Collector Current"));
		assertEquals("t", CaptionKinds.switchingQuantity("Figure 6. Turn-Off Time"));
	}

	/** One word, "Capacitance", names a different plot for each device. */
	@Test
	void capacitanceByDevice() {
		captions(DeviceKind.MOSFET_N)
				.name(Plot.Kind.CAPACITANCE, "Figure 8: Capacitance variations")
				.name(Plot.Kind.OTHER, "Figure 9: Output capacitance stored energy")
				.check();
		captions(DeviceKind.BJT_NPN).name(Plot.Kind.BJT_CAP, "Figure 3. Capacitance").check();
		captions(DeviceKind.RECTIFIER).name(Plot.Kind.CT_VR, "Fig. 4 Typical Junction Capacitance").check();
	}

	@Test
	void bipolarAndDiodeCaptions() {
		captions(DeviceKind.BJT_NPN)
				.name(Plot.Kind.HFE_IC, "Figure 1. DC Current Gain")
				.name(Plot.Kind.FT_IC, "Figure 6. Current Gain Bandwidth Product")
				.name(Plot.Kind.VCESAT_IC, "Figure 2. Saturation Voltage")
				.name(Plot.Kind.VBESAT_IC, "Base-Emitter Saturation Voltage vs. Collector Current")
				.name(Plot.Kind.VCESAT_IC,
						"Figure 3. Base-Emitter Saturation Voltage Collector-Emitter Saturation Voltage",
						"two quantities on one plot: named by the collector-emitter one")
				.name(Plot.Kind.VBEON_IC, "Figure 4. Base-Emitter On Voltage")
				.name(Plot.Kind.OTHER, "Figure 9. Collector Saturation Region")
				.name(Plot.Kind.OTHER, "Figure 5. Collector Cut-Off Current vs. Ambient Temperature")
				.check();
		captions(DeviceKind.MOSFET_N)
				.name(Plot.Kind.RDSON_ID, "Figure 8. Static drain-source on resistance")
				.name(Plot.Kind.OUTPUT, "Figure 5. Output characterisics")
				.check();
		captions(DeviceKind.IGBT).name(null, "Fig 3. Saturation Voltage vs. Case Temperature at Variant Current Level")
				.check();
		captions(DeviceKind.SCHOTTKY)
				.name(Plot.Kind.IF_VF, "Figure 12. Forward voltage drop versus forward current (high level)")
				.name(Plot.Kind.IR_VR, "Figure 9. Reverse leakage current versus reverse voltage applied")
				.name(Plot.Kind.IR_T, "Fig.9 Reverse current as a function of junction temperature")
				.name(Plot.Kind.IF_DERATING, "Figure 2. Average forward current versus ambient temperature")
				.name(null, "Figure 1. Average forward power dissipation versus average forward current")
				.name(null, "Fig.14 Maximum steady state power dissipation (forward plus leakage current losses, "
						+ "excluding switching losses) as a function of average forward current.")
				.name(Plot.Kind.OTHER, "Figure 5. Non repetitive surge peak forward current")
				.check();
	}

	/** The caption names the y quantity more closely than a generic axis title. */
	@Test
	void captionRefinesTheYQuantity() {
		assertEquals("VCE_SAT", CaptionKinds.refined("VCE", "Fig 3. Saturation Voltage vs. Case Temperature"));
		assertEquals("VBE_ON", CaptionKinds.refined("VBE", "Figure 4. Base-Emitter On Voltage vs. Collector Current"));
		assertEquals("VCE", CaptionKinds.refined("VCE", "Fig 1. Typical Output Characteristics"));
		assertEquals("VBE", CaptionKinds.refined("VBE", null));
	}

	/** Captions set as symbols: the first against the second. */
	@Test
	void symbolCaptions() {
		captions(DeviceKind.MOSFET_N)
				.name(Plot.Kind.OUTPUT, "ID – VDS")
				.name(Plot.Kind.BODY_DIODE, "IDR – VDS")
				.name(null, "VDS – VGS")
				.check();
		captions(DeviceKind.BJT_PNP)
				.name(Plot.Kind.HFE_IC, "hFE — IC")
				.name(Plot.Kind.VCESAT_IC, "VCE(sat) — IC")
				.name(Plot.Kind.PD_T, "PC — Ta")
				.name(Plot.Kind.SWITCHING, "ton, tstg, tf — IC")
				.name(Plot.Kind.ZTH, "Rth(t) — t")
				.check();
	}

	/**
	 * The caption tells when the axes do not, tells apart kinds drawn on the same axes, and gives way where the axes
	 * name other quantities (the caption of the plot beside).
	 */
	@Test
	void captionAndAxesWeighed() {
		assertEquals(Plot.Kind.OUTPUT, PlotKinds.decide(Plot.Kind.SOA, Plot.Kind.OUTPUT, "VDS", "ID"));
		assertEquals(Plot.Kind.SOA, PlotKinds.decide(Plot.Kind.OTHER, Plot.Kind.SOA, "other", "ID"));
		assertEquals(Plot.Kind.TRANSFER, PlotKinds.decide(Plot.Kind.TRANSFER, Plot.Kind.OUTPUT, "VGS", "ID"));
		assertEquals(Plot.Kind.OTHER, PlotKinds.decide(Plot.Kind.OTHER, Plot.Kind.IF_VF, "T", "PD"));
		assertEquals(Plot.Kind.OTHER, PlotKinds.decide(Plot.Kind.HFE_IC, Plot.Kind.OTHER, "IC", "HFE"),
				"a plot the caption says has no kind code");
		assertEquals(Plot.Kind.RDSON_T, PlotKinds.decide(Plot.Kind.RDSON_T, null, "T", "RDS_ON_NORM"));
		assertEquals("IF", PlotKinds.expected(Plot.Kind.IF_DERATING, 1, DeviceKind.RECTIFIER));
		assertEquals("ID", PlotKinds.expected(Plot.Kind.IF_DERATING, 1, DeviceKind.MOSFET_N));
		assertEquals("VCE", PlotKinds.expected(Plot.Kind.OUTPUT, 0, DeviceKind.IGBT));
		assertEquals("VBE_ON", PlotKinds.expected(Plot.Kind.VBEON_IC, 1, DeviceKind.BJT_NPN),
				"an on-voltage plot whose title cannot be read plots VBE(on) against IC");
		assertEquals(Plot.Kind.BJT_CAP, PlotKinds.forDevice(Plot.Kind.CAPACITANCE, DeviceKind.BJT_NPN));
		assertEquals(Plot.Kind.IF_VF, PlotKinds.forDevice(Plot.Kind.BODY_DIODE, DeviceKind.IGBT));
	}

	/** Figure captions are told from other text near a plot. */
	@Test
	void captionHeads() {
		assertTrue(Captions.isHead("Figure 3."));
		assertTrue(Captions.isHead("Fig.5 Forward current"));
		assertTrue(Captions.isHead("Fig 12c. Maximum Avalanche Energy"));
		assertTrue(Captions.isHead("Diagram 3: Typ. output characteristics"));
		assertTrue(Captions.isHead("1 Power dissipation"));
		assertTrue(Captions.isHead("12 Typ. gate charge"));
		assertFalse(Captions.isHead("10 Volts"));
		assertFalse(Captions.isHead("25 °C"));
		assertFalse(Captions.isHead("VGS = 10 V"));
	}

	/** Quantity codes as datasheets print them on axis titles. */
	@Test
	void axisTitleQuantities() {
		assertEquals("PD", AxisTitle.parse("PC, Collector power dissipation (W)").quantity());
		assertEquals("VR", AxisTitle.parse("VCB, Collector-base voltage (V)").quantity());
		assertEquals("T", AxisTitle.parse("Tch, Channel temperature (°C)").quantity());
		assertEquals("E", AxisTitle.parse("EAS (mJ)").quantity());
		assertEquals("ZTH", AxisTitle.parse("Rth(t) (°C/W)").quantity());
		assertEquals("t", AxisTitle.parse("tw, Pulse width (s)").quantity());
		assertEquals("HFE", AxisTitle.parse("Forward current transfer ratio hFE").quantity());
		assertEquals("VBE_ON", AxisTitle.parse("V B E ( O N )- BASE EMITTER ON VOLTAGE (V)").quantity());
		assertEquals("T", AxisTitle.parse("TA-AMBIENTTEMPERATURE(°C)").quantity());
		assertEquals("degC", AxisTitle.parse("Ambient temperature Ta (˚C)").unit());
		assertEquals("ZTH", AxisTitle.parse("Thermal Response (ZthJC)").quantity(), "no unit printed is no ratio");
		assertEquals("ZTH_NORM", AxisTitle.parse("r(t), NORMALIZED EFFECTIVE TRANSIENT THERMAL RESISTANCE").quantity());
		assertEquals("other", AxisTitle.parse("θVZ, TEMPERATURE COEFFICIENT (mV/°C)").quantity());
		assertEquals("other", AxisTitle.parse("θJL, JUNCTION-TO-LEAD THERMAL RESISTANCE (°C/W)").quantity());
		assertEquals("ZTH", AxisTitle.parse("R(t), TRANSIENT THERMAL RESISTANCE").quantity());
		assertEquals("other", AxisTitle.parse("TJ = 175°C").quantity(), "a condition printed by the curves");
		assertEquals("VCE_SAT", AxisTitle.parse("VBE(sat), VCE(sat)[V], SATURATION VOLTAGE").quantity());
		assertEquals("E", AxisTitle.parse("Eoss (µJ)").quantity());
		assertEquals("PD", AxisTitle.parse("PF(AV)(W)").quantity());
		assertEquals("C", AxisTitle.parse("Capacitance pF").quantity(), "a unit is no symbol");
		assertEquals("IF", AxisTitle.parse("4IFWM (A)5").quantity(), "tick numbers set against the title");
		assertEquals("IF", AxisTitle.parse("SURGE CURRENT : Isurge(A)").quantity());
		AxisTitle generic = AxisTitle.parse("Average rectified output");
		assertEquals("other", generic.quantity());
		assertEquals(new AxisTitle("IF", "A", 1, false), generic.as("IF"));
	}

	/** A plot captioned "Saturation Voltage" only whose one curve is labelled VBE(sat) is the base-emitter one. */
	@Test
	void saturationPlotNamedByItsCurves() {
		assertEquals(Plot.Kind.VBESAT_IC, PlotKinds.bySeries(Plot.Kind.VCESAT_IC, List.of("VBE_SAT"),
				"Saturation Voltage vs. Collector Current"));
		assertEquals(Plot.Kind.VCESAT_IC, PlotKinds.bySeries(Plot.Kind.VCESAT_IC, List.of("VCE_SAT", "VBE_SAT"),
				"Saturation Voltage"), "both voltages drawn");
		assertEquals(Plot.Kind.VCESAT_IC, PlotKinds.bySeries(Plot.Kind.VCESAT_IC, List.of("VBE_SAT"),
				"Collector-Emitter Saturation Voltage"), "the caption says which");
	}

	/**
	 * onsemi's "On Voltages": VBE(sat), VBE(on) and VCE(sat) against IC on one axis titled "V, VOLTAGE (VOLTS)" is a
	 * saturation voltage plot named by its collector-emitter curve; a generic voltage axis with no such curve, or
	 * against another x, keeps its kind.
	 */
	@Test
	void onVoltagesOnOneGenericAxisAreASaturationPlot() {
		Plot.Axis ic = new Plot.Axis("IC", "A", Plot.Scale.LOG, 1e-4, 1);
		Plot.Axis volts = new Plot.Axis("other", "V", Plot.Scale.LINEAR, 0, 1);
		List<String> all = new ArrayList<>(java.util.Arrays.asList(null, "VBE_SAT", "VCE_SAT", "VBE_ON"));
		assertEquals(Plot.Kind.VCESAT_IC, PlotKinds.onVoltages(Plot.Kind.OTHER, ic, volts, all));
		assertEquals(Plot.Kind.VBESAT_IC,
				PlotKinds.onVoltages(Plot.Kind.OTHER, ic, volts, java.util.Arrays.asList("VBE_SAT", "VBE_ON")));
		assertEquals(Plot.Kind.OTHER, PlotKinds.onVoltages(Plot.Kind.OTHER, ic, volts, List.of("VBE_ON")));
		assertEquals(Plot.Kind.OTHER, PlotKinds.onVoltages(Plot.Kind.OTHER, ic,
				new Plot.Axis("other", "V/K", Plot.Scale.LINEAR, -2e-3, 0), all), "temperature coefficients");
		assertEquals(Plot.Kind.OTHER, PlotKinds.onVoltages(Plot.Kind.OTHER,
				new Plot.Axis("IB", "A", Plot.Scale.LOG, 1e-6, 1e-3), volts, all));
	}
}
