package org.espice.core.fit;

import static org.espice.core.fit.Rows.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.Test;

/**
 * Which drawn gain curves a BJT fit may use: room temperature, a printed VCE, DC gain (not normalised, not the
 * small-signal hfe at a frequency), one curve per VCE, and agreeing with the table.
 */
class HfeCurvesTest {

	private static final Device Q = new Device("Q1", DeviceKind.BJT_NPN, List.of());

	private static Plot.Series series(Map<String, Double> cond, double scale) {
		List<Plot.Point> pts = new ArrayList<>();
		for (double ic : new double[] { 1e-4, 1e-3, 1e-2, 0.1 }) {
			pts.add(new Plot.Point(ic, scale * (200 - 300 * ic)));
		}
		return new Plot.Series(null, cond, null, pts);
	}

	private static Plot plot(String yQuantity, Plot.Series... s) {
		return new Plot(3, new Plot.Box(50, 50, 250, 200), "DC current gain", Plot.Kind.HFE_IC, Plot.DrawnAs.VECTOR,
				new Plot.Axis("IC", "A", Plot.Scale.LOG, 1e-4, 0.1),
				new Plot.Axis(yQuantity, "", Plot.Scale.LOG, 10, 1000), null, List.of(s), List.of(), null, List.of());
	}

	private static List<HfeCurves.Gain> find(List<Parameter> rows, Plot... plots) {
		return HfeCurves.find(DeviceCurves.of(Q, List.of(plots)), rows, new ModelCard("Q1", DeviceKind.BJT_NPN, "Q1",
				"NPN"));
	}

	@Test
	void theRoomCurveAtItsVceIsUsedAndTheHotOneIsNot() {
		List<HfeCurves.Gain> g = find(List.of(), plot("HFE", series(Map.of("T", 25.0, "VCE", 5.0), 1),
				series(Map.of("T", 125.0, "VCE", 5.0), 1.5)));
		assertEquals(1, g.size());
		assertEquals(5.0, g.get(0).vce());
		assertEquals(170, g.get(0).at(0.1), 1e-6);
		assertTrue(g.get(0).describe().contains("VCE = 5"), g.get(0).describe());
	}

	@Test
	void normalisedSmallSignalUnbiasedAndAmbiguousCurvesAreNotUsed() {
		assertTrue(find(List.of(), plot("HFE_NORM", series(Map.of("VCE", 5.0), 1))).isEmpty());
		assertTrue(find(List.of(), plot("HFE", series(Map.of("VCE", 5.0, "f", 1000.0), 1))).isEmpty());
		assertTrue(find(List.of(), plot("HFE", series(Map.of(), 1))).isEmpty());
		assertTrue(find(List.of(), plot("HFE", series(Map.of("VCE", 5.0), 1), series(Map.of("VCE", 5.0), 0.5)))
				.isEmpty());
		assertEquals(2, find(List.of(), plot("HFE", series(Map.of("VCE", 1.0), 1), series(Map.of("VCE", 10.0), 1.1)))
				.size());
	}

	@Test
	void aCurveUnderTheTablesMinimumAtAnotherVceIsNotUsed() {
		Parameter min = range("HFE", 400.0, null, "IC", 0.01, "VCE", 2);
		assertTrue(find(List.of(min), plot("HFE", series(Map.of("VCE", 5.0), 1))).isEmpty());
		Parameter ok = range("HFE", 100.0, 300.0, "IC", 0.01, "VCE", 2);
		assertEquals(1, find(List.of(ok), plot("HFE", series(Map.of("VCE", 5.0), 1))).size());
	}

	/** No hFE row printed, only the gain curve: the DC fit is made on the curve, and BF follows its peak. */
	@Test
	void aGainCurveAloneIsEnoughToFit() throws org.espice.core.ProcessingException {
		Device q = new Device("Q1", DeviceKind.BJT_NPN, List.of(Rows.max("VCEO", 40)));
		ModelCard c = BjtFitter.fit(q, "Q1", DeviceCurves.of(q, List.of(plot("HFE", series(Map.of("VCE", 5.0), 1)))),
				org.espice.core.TaskMonitor.NONE);
		assertTrue(c.value("BF") >= 200 * 0.8 && c.value("BF") <= 200 * 2, String.valueOf(c.value("BF")));
	}

	/**
	 * The gain plot of a drawn transistor at VCE 5 V: points from 0.1 mA, 1.6 times apart, up to {@code top}; IC
	 * axis to {@code icMax}, hFE axis from {@code hfeMin} to 1000.
	 */
	private static Plot drawnGain(GummelPoon drawn, double top, double icMax, double hfeMin) {
		List<Plot.Point> pts = new ArrayList<>();
		for (double ic = 1e-4; ic <= top; ic *= 1.6) {
			pts.add(new Plot.Point(ic, drawn.hfe(ic, 5)));
		}
		return new Plot(3, new Plot.Box(50, 50, 250, 200), "DC current gain", Plot.Kind.HFE_IC, Plot.DrawnAs.VECTOR,
				new Plot.Axis("IC", "A", Plot.Scale.LOG, 1e-4, icMax), new Plot.Axis("HFE", "", Plot.Scale.LOG, hfeMin,
						1000),
				null, List.of(new Plot.Series(null, Map.of("VCE", 5.0), null, pts)), List.of(), null, List.of());
	}

	/**
	 * A gain that falls past its peak faster than IKF's single power allows (a high-voltage transistor past its rated
	 * current): the gain curve sets NK, ngspice's high-injection exponent, and the model follows the fall.
	 */
	@Test
	void aSteepFallPastThePeakSetsTheRollOffExponent() throws org.espice.core.ProcessingException {
		GummelPoon drawn = new GummelPoon(2e-14, 150, 0.05, 2e-14, 1, 10, 1.6, Fits.VT, 100, 4, Double.NaN, 0.8);
		Device q = new Device("Q1", DeviceKind.BJT_NPN, List.of(Rows.max("VCEO", 300)));
		Plot p = drawnGain(drawn, 0.2, 0.2, 1);
		ModelCard c = BjtFitter.fit(q, "Q1", DeviceCurves.of(q, List.of(p)), org.espice.core.TaskMonitor.NONE);
		assertTrue(c.value("NK") != null && c.value("NK") > 0.65, "NK " + c.value("NK"));
		GummelPoon g = CardTransistor.of(c);
		for (double ic : new double[] { 0.05, 0.1, 0.15 }) {
			assertEquals(drawn.hfe(ic, 5), g.hfe(ic, 5), 0.15 * drawn.hfe(ic, 5), "gain at " + ic + " A");
		}
	}

	/**
	 * A steep fall past the peak drawn to 0.7 A, and a table minimum at 1 A, past the curve's end, at the gain the
	 * drawn transistor has there: the roll-off the curve asks for, carried on to 1 A, comes within the break rule's
	 * margin of the minimum. NK is held at the most that keeps the minimum (above ngspice's 0.5, where the gain falls
	 * far slower than drawn), the card says so, and the model still follows the curve.
	 */
	@Test
	void aRollOffPastTheCurveIsHeldAtTheMostATableMinimumAllows() throws org.espice.core.ProcessingException {
		GummelPoon drawn = new GummelPoon(2e-14, 150, 0.3, 2e-14, 0.5, 10, 1.6, Fits.VT, 100, 4, Double.NaN, 0.8);
		double limit = drawn.hfe(1.0, 5);
		Device q = new Device("Q1", DeviceKind.BJT_NPN, List.of(Rows.max("VCEO", 300),
				range("HFE", limit, null, "IC", 1.0, "VCE", 5)));
		Plot p = drawnGain(drawn, 0.95, 1, 0.1);
		ModelCard c = BjtFitter.fit(q, "Q1", DeviceCurves.of(q, List.of(p)), org.espice.core.TaskMonitor.NONE);
		assertTrue(c.notes().stream().anyMatch(n -> n.contains("the most that keeps it")), c.notes().toString());
		assertTrue(c.value("NK") > 0.7, "NK " + c.value("NK"));
		GummelPoon g = CardTransistor.of(c);
		assertTrue(g.hfe(1.0, 5) >= (1 + Fits.BREAK_MARGIN) * limit, g.hfe(1.0, 5) + " against the minimum " + limit);
		for (double ic : new double[] { 0.05, 0.1, 0.3 }) {
			assertEquals(drawn.hfe(ic, 5), g.hfe(ic, 5), 0.15 * drawn.hfe(ic, 5), "gain at " + ic + " A");
		}
	}
}
