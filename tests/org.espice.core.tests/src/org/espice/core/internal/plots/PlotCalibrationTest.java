package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * Tick numbers read wrong (a glyph taken for another, an exponent lost): the axis is calibrated on the ticks that
 * keep their steps, and never on a guess when too few do.
 */
class PlotCalibrationTest {

	private static Plot readOne(PlotSketch sketch) throws IOException {
		try (PDDocument doc = sketch.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			return plots.get(0);
		}
	}

	/**
	 * A frame 100..300 × 400..550 pt with the given x tick numbers every 50 pt under it, y ticks 0..3 A every 50 pt
	 * and a rising line.
	 */
	private static PlotSketch frame(String... xTicks) throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 3);
		for (int i = 0; i < xTicks.length; i++) {
			s.centred(xTicks[i], 100 + 200f / (xTicks.length - 1) * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(i), 97, 400 + 50 * i - 2.5f, 7);
		}
		return s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 80, 420, 7)
				.function(100, 300, 30, x -> 420 + (x - 100) * 0.5, false);
	}

	/** "10 20 0 40 50" with the 30 misread as 0: the other four keep a 10 V step, the axis goes 10..50 V. */
	@Test
	void misreadMiddleTickIsLeftOut() throws IOException {
		Plot p = readOne(frame("10", "20", "0", "40", "50"));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 10, 50), p.x());
	}

	/**
	 * Decades "10 1 10 100" whose first lost its exponent (10⁻¹ read as 10): the three others make a log scale and
	 * the first printed tick is the decade the scale gives where it stands, 0.1.
	 */
	@Test
	void misreadFirstDecadeIsTheDecadeTheScaleGives() throws IOException {
		Plot p = readOne(frame("10", "1", "10", "100"));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 0.1, 100), p.x());
	}

	/** "0 10 20 30 7" with the last (40) misread: the axis still ends at 40 V, where the last tick stands. */
	@Test
	void misreadLastTickOnALinearAxisTakesItsPlace() throws IOException {
		Plot p = readOne(frame("0", "10", "20", "30", "7"));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 40), p.x());
	}

	/** "8 12 6": two ticks that agree are too few to tell which one is wrong; the plot keeps its reason. */
	@Test
	void tooFewConsistentTicksKeepTheReason() throws IOException {
		Plot p = readOne(frame("8", "12", "6"));
		assertNull(p.x());
		assertTrue(p.reason().contains("not in increasing order"), p.reason());
	}

	/** "0 5 20 7 9 50": 0, 20 and 50 keep a step but they are only half the ticks; the axis is not calibrated. */
	@Test
	void halfTheTicksOffIsNoScale() throws IOException {
		Plot p = readOne(frame("0", "5", "20", "7", "9", "50"));
		assertNull(p.x());
	}
}
