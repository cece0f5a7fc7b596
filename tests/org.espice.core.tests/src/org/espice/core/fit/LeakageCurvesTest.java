package org.espice.core.fit;

import static org.espice.core.fit.Rows.device;
import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.junit.jupiter.api.Test;

/**
 * A diode's leakage curves: read in volts of the part, checked against its table, measured as checks and standing
 * in for a typical leakage the tables do not print.
 */
class LeakageCurvesTest {

	/** Shares of the rated voltage the curves are drawn at, 20 % to 140 %. */
	private static final double[] SHARE = { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4 };

	/** A rectifier family's curves against a share of the rating: 1 uA at 25 degC and 100 uA at 100 degC at 100 %. */
	private static Plot family(double scale) {
		List<Plot.Series> series = new ArrayList<>();
		for (double[] tAndAt : new double[][] { { 25, 1e-6 }, { 100, 1e-4 } }) {
			List<Plot.Point> pts = new ArrayList<>();
			for (double v : SHARE) {
				pts.add(new Plot.Point(v, scale * tAndAt[1] * Math.pow(v, 0.8)));
			}
			series.add(new Plot.Series(null, Map.of("T", tAndAt[0]), null, pts));
		}
		return new Plot(2, new Plot.Box(50, 50, 250, 200), "Typical reverse characteristics", Plot.Kind.IR_VR,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VR_NORM", "", Plot.Scale.LINEAR, 0, 1.4),
				new Plot.Axis("IR", "A", Plot.Scale.LOG, 1e-8, 1e-2), null, series, List.of(), null, List.of());
	}

	private static Device part(double vrrm) {
		return device("R" + (int) vrrm, DeviceKind.RECTIFIER, typ("VF", 1, "IF", 1), max("VRRM", vrrm),
				max("IR", 5e-6, "T", 25), max("IR", 5e-4, "T", 100));
	}

	@Test
	void aShareOfTheRatingIsReadInVoltsOfThePartAndCutAtItsRating() {
		List<LeakageCurves.Curve> c = LeakageCurves.find(part(400), DeviceCurves.of(part(400), List.of(family(1))));
		assertEquals(2, c.size());
		assertEquals(25, c.get(0).t());
		assertEquals(100, c.get(1).t());
		double[] vr = c.get(0).vr();
		assertEquals(80, vr[0], 1e-9);
		assertEquals(400, vr[vr.length - 1], 1e-9, "cut at the part's own VRRM");
		assertEquals(1e-6, c.get(0).irAt(400), 1e-15);
	}

	/** Fairchild prints microamperes as milliamperes: a curve a thousand times over the table's maximum is not used. */
	@Test
	void aCurveOverTheTablesMaximumLeavesItsPlotOut() {
		Device d = part(400);
		assertTrue(LeakageCurves.find(d, DeviceCurves.of(d, List.of(family(1000)))).isEmpty());
		Device typical = device("R400", DeviceKind.RECTIFIER, typ("VF", 1, "IF", 1), max("VRRM", 400),
				typ("IR", 1e-8, "VR", 400));
		assertTrue(LeakageCurves.find(typical, DeviceCurves.of(typical, List.of(family(1)))).isEmpty(),
				"a hundred times over a typical row");
	}

	@Test
	void everyThirdPointIsAReverseCurrentCheckAtTheCurvesTemperature() {
		Device d = part(400);
		List<Check> checks = CurveChecks.of(d, List.of(family(1))).stream()
				.filter(c -> c.probe() == Probe.REVERSE_CURRENT).toList();
		assertEquals(6, checks.size(), "9 points up to the rating per curve, 3 of each");
		assertEquals(160, checks.get(0).parameter().condition("VR"), 1e-9);
		assertEquals(25, checks.get(0).parameter().condition("T"));
		assertEquals(100, checks.get(3).parameter().condition("T"));
		assertTrue(checks.get(0).parameter().source().fromCurve());
	}

	/** With only ceilings printed, the tail passes through the room curve at the rating and the hot one there. */
	@Test
	void theCurvesStandInForTheTypicalLeakageTheTablesLack() throws Exception {
		Device d = part(400);
		ModelCard card = DiodeFitter.fit(d, "R400", DeviceCurves.of(d, List.of(family(1))), TaskMonitor.NONE);
		assertTrue(card.value("NBV") != null && card.value("TCV") != null, card.params().toString());
		String nbv = card.params().stream().filter(p -> p.name().equals("NBV")).findFirst().orElseThrow().origin();
		assertTrue(nbv.contains("read off the curve p.2"), nbv);
		ModelCard tablesOnly = DiodeFitter.fit(d, "R400", DeviceCurves.NONE, TaskMonitor.NONE);
		assertEquals(null, tablesOnly.value("NBV"));
	}

	/** A Schottky's forward curve drawn on IS 1 uA, N 1.4: its typical leakage, 0.1 uA at 5 V, holds IS under it. */
	@Test
	void aDrawnTypicalLeakageBoundsTheSaturationCurrent() throws Exception {
		List<Plot.Point> fwd = new ArrayList<>();
		for (double i = 1e-4; i <= 0.2; i *= 1.6) {
			fwd.add(new Plot.Point(1.4 * Fits.VT * Math.log1p(i / 1e-6) + 0.5 * i, i));
		}
		Plot forward = new Plot(2, new Plot.Box(50, 300, 250, 450), "Typical forward characteristics",
				Plot.Kind.IF_VF, Plot.DrawnAs.VECTOR, new Plot.Axis("VF", "V", Plot.Scale.LINEAR, 0, 1),
				new Plot.Axis("IF", "A", Plot.Scale.LOG, 1e-4, 1), null,
				List.of(new Plot.Series(null, Map.of(), null, fwd)), List.of(), null, List.of());
		List<Plot.Point> rev = new ArrayList<>();
		for (double v = 5; v <= 30; v += 2.5) {
			rev.add(new Plot.Point(v, 1e-7 * Math.exp((v - 5) / 20)));
		}
		Plot leakage = new Plot(3, new Plot.Box(50, 50, 250, 200), "Typical reverse current", Plot.Kind.IR_VR,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VR", "V", Plot.Scale.LINEAR, 0, 30),
				new Plot.Axis("IR", "A", Plot.Scale.LOG, 1e-8, 1e-5), null,
				List.of(new Plot.Series(null, Map.of(), null, rev)), List.of(), null, List.of());
		Device d = device("S30", DeviceKind.SCHOTTKY, max("VRRM", 30), max("IR", 2e-6, "VR", 30));
		ModelCard free = DiodeFitter.fit(d, "S30", DeviceCurves.of(d, List.of(forward)), TaskMonitor.NONE);
		assertTrue(free.value("IS") > 5e-7, "without the curve the fit takes IS " + free.value("IS"));
		ModelCard bound = DiodeFitter.fit(d, "S30", DeviceCurves.of(d, List.of(forward, leakage)), TaskMonitor.NONE);
		assertTrue(bound.value("IS") <= 1e-7, "IS " + bound.value("IS"));
	}
}
