package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** What a plot shows, told from its caption, its axis titles, or both. */
class PlotKindsTest {

	private static Plot.Kind caption(String text, DeviceKind device) {
		return CaptionKinds.of(text, device);
	}

	@Test
	void captionsNameTheKindOfPlot() {
		DeviceKind fet = DeviceKind.MOSFET_N;
		assertEquals(Plot.Kind.SOA, caption("3 Safe operating area", fet));
		assertEquals(Plot.Kind.SOA, caption("Area of safe operation (ASO)", DeviceKind.BJT_PNP));
		assertEquals(Plot.Kind.ZTH, caption("Figure 3: Thermal impedance", fet));
		assertEquals(Plot.Kind.ZTH, caption("Fig 11. Maximum Effective Transient Thermal Impedance, Junction-to-Case", fet));
		assertEquals(Plot.Kind.GATE_CHARGE, caption("12 Typ. gate charge", fet));
		assertEquals(Plot.Kind.BODY_DIODE, caption("13 Forward characteristics of body diode", fet));
		assertEquals(Plot.Kind.BODY_DIODE, caption("Fig. 7 - Typical Source-Drain Diode Forward Voltage", fet));
		assertEquals(Plot.Kind.OUTPUT, caption("Fig 1. Typical Output Characteristics", fet));
		assertEquals(Plot.Kind.TRANSFER, caption("Fig 10. Sub-threshold drain current as a function of gate-source voltage", fet));
		assertEquals(Plot.Kind.RDSON_T, caption("Normalized On-Resistance vs. Temperature", fet));
		assertEquals(Plot.Kind.RDSON_ID, caption("On-Resistance Variation with Drain Current and Temperature", fet));
		assertEquals(Plot.Kind.RDSON_VGS, caption("On-Resistance vs. Gate-to-Source Voltage", fet));
		assertEquals(Plot.Kind.VTH_T, caption("Figure 10: Normalized gate threshold voltage vs temperature", fet));
		assertEquals(Plot.Kind.BVDSS_T, caption("16 Drain-source breakdown voltage", fet));
		assertEquals(Plot.Kind.IF_DERATING, caption("Fig. 9 - Maximum Drain Current vs. Case Temperature", fet));
		assertEquals(Plot.Kind.PD_T, caption("1 Power dissipation", fet));
	}

	@Test
	void switchingCaptions() {
		DeviceKind igbt = DeviceKind.IGBT;
		assertEquals(Plot.Kind.SWITCHING, caption("Fig 13. Switching Loss vs. Collector Current", igbt));
		assertEquals(Plot.Kind.SWITCHING, caption("Fig 8. Turn-On Characteristics vs. Gate Resistance", igbt));
		assertEquals(Plot.Kind.SWITCHING, caption("Figure 5. Turn −On Time", DeviceKind.BJT_NPN));
		assertEquals("E", CaptionKinds.switchingQuantity("Fig 13. Switching Loss vs. Collector Current"));
		assertEquals("t", CaptionKinds.switchingQuantity("Figure 6. Turn-Off Time"));
		assertEquals(Plot.Kind.SOA, caption("Fig 17. Turn-Off SOA Characteristics", igbt), "a SOA before a switching word");
	}

	/** One word, "Capacitance", names a different plot for each device. */
	@Test
	void capacitanceByDevice() {
		assertEquals(Plot.Kind.CAPACITANCE, caption("Figure 8: Capacitance variations", DeviceKind.MOSFET_N));
		assertEquals(Plot.Kind.BJT_CAP, caption("Figure 3. Capacitance", DeviceKind.BJT_NPN));
		assertEquals(Plot.Kind.CT_VR, caption("Fig. 4 Typical Junction Capacitance", DeviceKind.RECTIFIER));
		assertEquals(Plot.Kind.OTHER, caption("Figure 9: Output capacitance stored energy", DeviceKind.MOSFET_N));
	}

	@Test
	void bipolarAndDiodeCaptions() {
		DeviceKind npn = DeviceKind.BJT_NPN;
		assertEquals(Plot.Kind.HFE_IC, caption("Figure 1. DC Current Gain", npn));
		assertEquals(Plot.Kind.FT_IC, caption("Figure 6. Current Gain Bandwidth Product", npn));
		assertEquals(Plot.Kind.VCESAT_IC, caption("Figure 2. Saturation Voltage", npn));
		assertEquals(Plot.Kind.VBESAT_IC, caption("Base-Emitter Saturation Voltage vs. Collector Current", npn));
		assertEquals(Plot.Kind.VCESAT_IC,
				caption("Figure 3. Base-Emitter Saturation Voltage Collector-Emitter Saturation Voltage", npn),
				"two quantities on one plot: named by the collector-emitter one");
		assertEquals(Plot.Kind.RDSON_ID, caption("Figure 8. Static drain-source on resistance", DeviceKind.MOSFET_N));
		assertEquals(Plot.Kind.OUTPUT, caption("Figure 5. Output characterisics", DeviceKind.MOSFET_N));
		assertNull(caption("Fig 3. Saturation Voltage vs. Case Temperature at Variant Current Level", DeviceKind.IGBT));
		assertEquals(Plot.Kind.VBEON_IC, caption("Figure 4. Base-Emitter On Voltage", npn));
		assertEquals(Plot.Kind.OTHER, caption("Figure 9. Collector Saturation Region", npn));
		assertEquals(Plot.Kind.OTHER, caption("Figure 5. Collector Cut-Off Current vs. Ambient Temperature", npn));
		DeviceKind diode = DeviceKind.SCHOTTKY;
		assertEquals(Plot.Kind.IF_VF, caption("Figure 12. Forward voltage drop versus forward current (high level)", diode));
		assertEquals(Plot.Kind.IR_VR, caption("Figure 9. Reverse leakage current versus reverse voltage applied", diode));
		assertEquals(Plot.Kind.IR_T, caption("Fig.9 Reverse current as a function of junction temperature", diode));
		assertEquals(Plot.Kind.IF_DERATING, caption("Figure 2. Average forward current versus ambient temperature", diode));
		assertNull(caption("Figure 1. Average forward power dissipation versus average forward current", diode));
		assertNull(caption("Fig.14 Maximum steady state power dissipation (forward plus leakage current losses, "
				+ "excluding switching losses) as a function of average forward current.", diode));
		assertEquals(Plot.Kind.OTHER, caption("Figure 5. Non repetitive surge peak forward current", diode));
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
		assertEquals(Plot.Kind.OUTPUT, caption("ID – VDS", DeviceKind.MOSFET_N));
		assertEquals(Plot.Kind.HFE_IC, caption("hFE — IC", DeviceKind.BJT_PNP));
		assertEquals(Plot.Kind.VCESAT_IC, caption("VCE(sat) — IC", DeviceKind.BJT_PNP));
		assertEquals(Plot.Kind.PD_T, caption("PC — Ta", DeviceKind.BJT_PNP));
		assertEquals(Plot.Kind.SWITCHING, caption("ton, tstg, tf — IC", DeviceKind.BJT_PNP));
		assertEquals(Plot.Kind.ZTH, caption("Rth(t) — t", DeviceKind.BJT_PNP));
		assertEquals(Plot.Kind.BODY_DIODE, caption("IDR – VDS", DeviceKind.MOSFET_N));
		assertNull(caption("VDS – VGS", DeviceKind.MOSFET_N));
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
}
