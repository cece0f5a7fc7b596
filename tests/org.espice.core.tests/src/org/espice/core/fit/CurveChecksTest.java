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
}
