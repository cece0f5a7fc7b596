package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A family's labels dealt out by the physics of the quantity drawn when their places contradict it. */
class FamilyOrderTest {

	/** A saturation curve against gate voltage: steep at the knee, flat beyond (page units, y up). */
	private static CurveTracer.Trace saturation(double knee, double flat) {
		return new CurveTracer.Trace(new double[] { knee, knee + 20, 300 }, new double[] { 300, flat + 10, flat },
				null);
	}

	private static Label label(String text, double x, double y) {
		return new Label(text, x, y, x + 20, y + 6, 0, 6, y);
	}

	private static LabelText current(double amperes) {
		return new LabelText(null, Map.of("IC", amperes), null, List.of());
	}

	/**
	 * Collector-emitter voltage against gate voltage at 20, 40 and 80 A: labels set at the knees, where the curves
	 * run close, went 80 A to the middle curve and 40 A to the top one; more current is a higher saturation voltage,
	 * so they change places, labels with them.
	 */
	@Test
	void saturationCurvesClimbWithTheirCurrent() {
		List<CurveTracer.Trace> traces = List.of(saturation(120, 50), saturation(130, 60), saturation(140, 70));
		Label a20 = label("IC = 20A", 100, 60);
		Label a80 = label("80A", 125, 75);
		Label a40 = label("40A", 135, 90);
		Label[] at = { a20, a80, a40 };
		LabelText[] said = { current(20), current(80), current(40) };
		FamilyOrder.byPhysics(traces, at, said, "VCE_SAT");
		assertEquals(List.of(a20, a40, a80), List.of(at));
		assertEquals(List.of(20.0, 40.0, 80.0), List.of(said[0].conditions().get("IC"), said[1].conditions().get("IC"),
				said[2].conditions().get("IC")));
	}

	/** Labels in the physics' order, or a temperature family (whose curves cross), are left as read. */
	@Test
	void aFamilyInItsOrderOrOfTemperaturesStaysAsRead() {
		List<CurveTracer.Trace> traces = List.of(saturation(120, 50), saturation(130, 60));
		Label a = label("20A", 100, 60);
		Label b = label("40A", 125, 75);
		Label[] at = { a, b };
		LabelText[] said = { current(20), current(40) };
		FamilyOrder.byPhysics(traces, at, said, "VCE_SAT");
		assertEquals(List.of(a, b), List.of(at));

		LabelText[] temperatures = { new LabelText(null, Map.of("T", 125.0), null, List.of()),
				new LabelText(null, Map.of("T", 25.0), null, List.of()) };
		FamilyOrder.byPhysics(traces, at, temperatures, "VCE_SAT");
		assertEquals(125.0, temperatures[0].conditions().get("T"));
	}

	/** A curve rising across the plot (a base-emitter voltage with its current), {@code offset} points up the page. */
	private static CurveTracer.Trace rising(double offset) {
		return new CurveTracer.Trace(new double[] { 100, 200, 300 }, new double[] { offset, offset + 20, offset + 60 },
				null);
	}

	private static LabelText temperature(double celsius) {
		return new LabelText(null, Map.of("T", celsius), null, List.of());
	}

	private static List<Double> temperatures(LabelText[] said) {
		return Arrays.stream(said).map(t -> t.conditions().get("T")).toList();
	}

	/**
	 * VBE(sat) at -55, 25 and 150 °C, the two warm labels set side by side under the curves, each read at the
	 * wrong one: a base-emitter voltage falls as the junction warms, so the highest curve is the coldest and the
	 * lowest the hottest, labels with them. A gain rises as it warms: the higher gain curve is the hotter.
	 */
	@Test
	void baseEmitterVoltageFallsAndGainRisesAsTheJunctionWarms() {
		List<CurveTracer.Trace> traces = List.of(rising(150), rising(100), rising(50));
		Label cold = label("TJ = -55°C", 200, 180);
		Label warm = label("25°C", 150, 60);
		Label hot = label("150°C", 220, 60);
		Label[] at = { cold, hot, warm };
		LabelText[] said = { temperature(-55), temperature(150), temperature(25) };
		FamilyOrder.byPhysics(traces, at, said, "VBE_SAT");
		assertEquals(List.of(-55.0, 25.0, 150.0), temperatures(said));
		assertEquals(List.of(cold, warm, hot), List.of(at));

		LabelText[] gains = { temperature(25), temperature(150), temperature(-55) };
		FamilyOrder.byPhysics(traces, new Label[3], gains, "HFE");
		assertEquals(List.of(150.0, 25.0, -55.0), temperatures(gains));
	}

	/**
	 * Forward curves at 25 and 50 °C, each leader read to the other's curve: at a given voltage the warmer junction
	 * carries more current, so the higher curve where they lie apart (at low current) is the 50 °C one.
	 */
	@Test
	void forwardCurrentRisesAsTheJunctionWarms() {
		List<CurveTracer.Trace> traces = List.of(rising(100), rising(150));
		LabelText[] said = { temperature(50), temperature(25) };
		FamilyOrder.byPhysics(traces, new Label[2], said, "IF");
		assertEquals(List.of(25.0, 50.0), temperatures(said));
	}

	/** More gate drive, lower on-resistance: the 10 V label belongs to the lower curve. */
	@Test
	void onResistanceFallsWithGateDrive() {
		List<CurveTracer.Trace> traces = List.of(saturation(120, 50), saturation(130, 60));
		LabelText[] said = { new LabelText(null, Map.of("VGS", 4.5), null, List.of()),
				new LabelText(null, Map.of("VGS", 10.0), null, List.of()) };
		Label[] at = { label("4.5 V", 0, 0), label("10 V", 0, 0) };
		FamilyOrder.byPhysics(traces, at, said, "RDS_ON");
		assertEquals(10.0, said[0].conditions().get("VGS"));
		assertEquals("10 V", at[0].text());
	}

	/**
	 * A PNP family is stepped in negative base currents and drawn in magnitudes: -100 mA is the top curve. A JFET's
	 * gate steps down from 0 V, the other way, and is left as read.
	 */
	@Test
	void negativeStepsClimbInMagnitudeAndAGateFromZeroIsLeftAlone() {
		List<CurveTracer.Trace> traces = List.of(saturation(120, 50), saturation(130, 60));
		LabelText[] said = { new LabelText(null, Map.of("IB", -0.1), null, List.of()),
				new LabelText(null, Map.of("IB", -0.05), null, List.of()) };
		Label[] at = { label("-100mA", 0, 0), label("-50mA", 0, 0) };
		FamilyOrder.byPhysics(traces, at, said, "IC");
		assertEquals(-0.1, said[1].conditions().get("IB"));

		LabelText[] gate = { new LabelText(null, Map.of("VGS", 0.0), null, List.of()),
				new LabelText(null, Map.of("VGS", 0.4), null, List.of()) };
		FamilyOrder.byPhysics(traces, at, gate, "ID");
		assertEquals(0.0, gate[0].conditions().get("VGS"));
	}
}
