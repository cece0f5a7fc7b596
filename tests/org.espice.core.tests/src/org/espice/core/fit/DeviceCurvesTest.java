package org.espice.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** Which plots a fit may use. */
class DeviceCurvesTest {

	private static Plot forward(String caption) {
		Plot.Series cold = new Plot.Series(null, Map.of("T", 25.0), null,
				List.of(new Plot.Point(0.7, 0.1), new Plot.Point(0.9, 1), new Plot.Point(1.1, 5)));
		return new Plot(4, new Plot.Box(50, 50, 250, 200), caption, Plot.Kind.IF_VF, Plot.DrawnAs.VECTOR,
				new Plot.Axis("VF", "V", Plot.Scale.LINEAR, 0, 2), new Plot.Axis("IF", "A", Plot.Scale.LINEAR, 0, 5),
				null, List.of(cold), List.of(), null, List.of());
	}

	/**
	 * Philips prints its forward curves as "maximum values": limits, which the table's limit rows check, not the
	 * typical behaviour a model is fitted to.
	 */
	@Test
	void curvesCaptionedAsMaximumValuesAreNotFittedTo() {
		Device d = new Device("BY1", DeviceKind.RECTIFIER, List.of());
		assertEquals(1, DeviceCurves.usable(d, List.of(forward("Fig.3 Forward current; typical values."))).size());
		assertEquals(0, DeviceCurves.usable(d,
				List.of(forward("Fig.3 Forward current as a function of forward voltage; maximum values."))).size());
		assertTrue(DeviceCurves.limits("Fig.9 Reverse current; max. values"));
		assertTrue(DeviceCurves.limits("Minimum values"));
		// onsemi draws its typical and its maximum forward curves side by side
		assertTrue(DeviceCurves.limits("Figure 2. Maximum Forward Voltage"));
		assertTrue(DeviceCurves.limits("Fig.2 Maximum total power dissipation as a function of current"));
		assertFalse(DeviceCurves.limits("Figure 1. Typical Forward Voltage"));
		assertFalse(DeviceCurves.limits("Figure 3. Forward current at maximum junction temperature"));
	}

	/**
	 * ST labels each forward curve with what it draws: "Tj = 125 °C (Maximum values)" beside "Tj = 125 °C (Typical
	 * values)". A fit takes the typical curves only; a plot of limit curves alone is none it may use.
	 */
	@Test
	void curvesLabelledAsMaximumValuesAreNotFittedTo() {
		Device d = new Device("STPS1", DeviceKind.SCHOTTKY, List.of());
		List<Plot.Point> points = List.of(new Plot.Point(0.3, 0.1), new Plot.Point(0.4, 1), new Plot.Point(0.5, 5));
		Plot.Series max = new Plot.Series("Tj=125\u00b0C (Maximum values)", Map.of("T", 125.0), null, points);
		Plot.Series typ = new Plot.Series("Tj=125\u00b0C (Typical values)", Map.of("T", 125.0), null, points);
		Plot both = forward("Figure 11. Forward voltage drop versus forward current").withSeries(List.of(max, typ));

		List<Plot> usable = DeviceCurves.usable(d, List.of(both));
		assertEquals(1, usable.size());
		assertEquals(List.of(typ), usable.get(0).series());
		assertEquals(0, DeviceCurves.usable(d, List.of(both.withSeries(List.of(max)))).size());
		assertTrue(Plot.saysLimits("IR (max)"));
		assertFalse(Plot.saysLimits("Tj = 25 \u00b0C (typ)"));
		assertFalse(new Plot.Series(null, Map.of(), null, points).limits());
	}

	/** A curve drawn from a grid line is read a fraction of a point off it: a row at that line is on the curve. */
	@Test
	void aRowAtTheGridLineACurveStartsFromIsOnTheCurve() {
		DeviceCurves.Curve gain = new DeviceCurves.Curve(2, "HFE", new double[] { 1.027e-3, 0.01, 1.0038 },
				new double[] { 112, 110, 1.2 });
		assertTrue(gain.spans(1e-3));
		assertEquals(112, gain.atLogX(1e-3, true), 1e-9);
		assertEquals(1.2, gain.atLogX(1, true), 1e-9);
		assertFalse(gain.spans(0.95e-3), "a current 7 % under the curve's first point is off it");
		assertTrue(Double.isNaN(gain.atLogX(1.1, true)));
	}
}
