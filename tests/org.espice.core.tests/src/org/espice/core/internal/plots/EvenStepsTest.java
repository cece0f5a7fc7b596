package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * Tick numbers in equal steps under a decade ("20 40 60 80") are a linear axis's, even with one of them set off its
 * place; set out on a log scale they stay a log axis.
 */
class EvenStepsTest {

	private static List<Calibration.Tick> ticks(double[] pos, double... values) {
		List<Calibration.Tick> out = new ArrayList<>();
		for (int i = 0; i < pos.length; i++) {
			out.add(new Calibration.Tick(pos[i], values[i]));
		}
		return out;
	}

	/**
	 * The y ticks of a transconductance plot as its text layer places them: the 60's glyph box is taller than the
	 * others', so its centre stands 3.6 pt (4.4 % of the span) off the line through the others. Leaving out the 20
	 * instead would leave 40, 60 and 80 on a log scale; leaving out the 60 leaves the line.
	 */
	@Test
	void oneTickOffItsPlaceLeavesTheLine() {
		Calibration c = Calibration.fit(ticks(new double[] { 603.63, 630.77, 661.59, 685.0 }, 20, 40, 60, 80), "y")
				.calibration();
		assertEquals(Plot.Scale.LINEAR, c.scale());
		assertEquals(20, c.first());
		assertEquals(80, c.last());
		assertEquals(40, c.value(630.77), 0.5);
		assertEquals(80, c.value(685.0), 0.8);
	}

	/** The same numbers at log places: no three of them fall on a line, the axis is log. */
	@Test
	void logPlacesStayLog() {
		double[] pos = new double[4];
		double[] v = { 20, 40, 60, 80 };
		for (int i = 0; i < 4; i++) {
			pos[i] = 600 + 80 * Math.log10(v[i] / 20) / Math.log10(4);
		}
		Calibration c = Calibration.fit(ticks(pos, v), "y").calibration();
		assertEquals(Plot.Scale.LOG, c.scale());
		assertEquals(60, c.value(pos[2]), 0.6);
	}
}
