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
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;
import org.junit.jupiter.api.Test;

/** Which points of a datasheet's curves a model is simulated at. */
class CurveChecksTest {

	private static final double[] VR = { 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 50, 80, 100 };

	private static Plot ct() {
		List<Plot.Point> pts = new ArrayList<>();
		for (double v : VR) {
			pts.add(new Plot.Point(v, 20e-12 / Math.pow(1 + v / 0.7, 0.4)));
		}
		return new Plot(3, new Plot.Box(50, 50, 250, 200), "Typical junction capacitance", Plot.Kind.CT_VR,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VR", "V", Plot.Scale.LOG, 0.1, 100),
				new Plot.Axis("C", "F", Plot.Scale.LOG, 1e-12, 1e-10), null,
				List.of(new Plot.Series(null, Map.of(), null, pts)), List.of(), null, List.of());
	}

	/** Every third point of the curve, at its own reverse voltage, marked as read off the curve on its page. */
	@Test
	void everyThirdPointIsACheckAtItsBias() {
		Device d = device("R1", DeviceKind.RECTIFIER, typ("VF", 1, "IF", 1), max("CT", 15e-12, "VR", 4));
		List<Check> c = CurveChecks.of(d, List.of(ct()));
		assertEquals(4, c.size());
		for (int k = 0; k < c.size(); k++) {
			Check x = c.get(k);
			assertEquals(Probe.JUNCTION_CAPACITANCE, x.probe());
			assertEquals(VR[3 * k + 2], x.parameter().condition("VR"), 1e-12);
			assertTrue(x.parameter().source().fromCurve());
			assertEquals(3, x.parameter().source().page());
		}
	}

	/**
	 * A family's CT curve is drawn to 100 V; a 50 V member breaks down before that (its model's BV is 1.2 VRRM), so
	 * it is checked only up to its own rating.
	 */
	@Test
	void aFamilysCurveIsCheckedOnlyUpToThePartsOwnRating() {
		Device d = device("R50", DeviceKind.RECTIFIER, typ("VF", 1, "IF", 1), max("VRRM", 50),
				max("CT", 15e-12, "VR", 4));
		List<Check> c = CurveChecks.of(d, List.of(ct()));
		assertEquals(List.of(0.5, 5.0, 30.0), c.stream().map(x -> x.parameter().condition("VR")).toList());
	}

	private static Plot onResistance(Plot.Kind kind, String x, Plot.Series... series) {
		return new Plot(6, new Plot.Box(50, 50, 250, 200), "Drain-source on-state resistance", kind,
				Plot.DrawnAs.VECTOR, new Plot.Axis(x, x.equals("ID") ? "A" : "V", Plot.Scale.LINEAR, 0, 10),
				new Plot.Axis("RDS_ON", "Ohm", Plot.Scale.LINEAR, 0, 0.1), null, List.of(series), List.of(), null,
				List.of());
	}

	private static Plot.Series series(Map<String, Double> conditions, double... xs) {
		List<Plot.Point> pts = new ArrayList<>();
		for (double v : xs) {
			pts.add(new Plot.Point(v, 0.02 + 0.001 * Math.abs(v)));
		}
		return new Plot.Series(null, conditions, null, pts);
	}

	/**
	 * A MOSFET's RDS(on) curves against ID (one per VGS) and against VGS (one per ID): every third point is RDS(on)
	 * at its VGS and ID, signed as the part; a hot curve and one that names no gate voltage are left out.
	 */
	@Test
	void onResistanceCurvesAreCheckedAtTheirGateVoltageAndCurrent() {
		Device d = device("P1", DeviceKind.MOSFET_P, typ("RDS_ON", 0.025, "VGS", -10, "ID", -4));
		Plot againstId = onResistance(Plot.Kind.RDSON_ID, "ID",
				series(Map.of("VGS", -4.5, "T", 25.0), -1, -2, -3, -4, -5, -6),
				series(Map.of("VGS", -4.5, "T", 125.0), -1, -2, -3, -4, -5, -6),
				series(Map.of("T", 25.0), -1, -2, -3, -4, -5, -6));
		Plot againstVgs = onResistance(Plot.Kind.RDSON_VGS, "VGS", series(Map.of("ID", -4.0), -2, -4, -6, -8, -10));
		List<Check> c = CurveChecks.of(d, List.of(againstId, againstVgs));
		assertEquals(3, c.size(), c.toString());
		assertTrue(c.stream().allMatch(x -> x.probe() == Probe.RDS_ON && x.parameter().name().equals("RDS_ON")));
		assertEquals(List.of(-3.0, -6.0, -4.0), c.stream().map(x -> x.parameter().condition("ID")).toList());
		assertEquals(List.of(-4.5, -4.5, -6.0), c.stream().map(x -> x.parameter().condition("VGS")).toList());
		assertEquals(0.026, c.get(1).parameter().typ(), 1e-12);
	}
}
