package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * Where an axis starts and ends: an unlabelled zero at the frame's corner, a first decade printed as zero, a last
 * tick whose SI prefix the text lost.
 */
class AxisEndsTest {

	private static Plot readOne(PlotSketch sketch) throws IOException {
		try (PDDocument doc = sketch.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			return plots.get(0);
		}
	}

	/**
	 * A frame 100..300 × 400..550 pt, the x tick numbers at the given positions under it, y ticks 0..3 A every
	 * 50 pt and a rising line.
	 */
	private static PlotSketch frame(String[] xTicks, float[] at) throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 3);
		for (int i = 0; i < xTicks.length; i++) {
			s.centred(xTicks[i], at[i], 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(i), 97, 400 + 50 * i - 2.5f, 7);
		}
		return s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 80, 420, 7)
				.function(100, 300, 30, x -> 420 + (x - 100) * 0.5, false);
	}

	/** "10 20 30 40" a quarter of the frame apart from its second quarter on: the corner is an unlabelled 0 V. */
	@Test
	void anUnlabelledZeroAtTheCornerStartsTheAxis() throws IOException {
		Plot p = readOne(frame(new String[] { "10", "20", "30", "40" }, new float[] { 150, 200, 250, 300 }));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 40), p.x());
	}

	/**
	 * A log y axis "10 100 1000" over two decades (400..550 pt), its "10" (9 pt) raised 7 pt above the corner it
	 * labels, clear of the x axis's first number, and its "100" set 3 pt low: the corner is 10, not a misplaced tick
	 * that puts the axis on no scale.
	 */
	@Test
	void aCornerNumberSetInFromItsEdgeLabelsTheEdge() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 3);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.valueOf(5 * i), 100 + 50 * i, 390, 7);
		}
		s.right("10", 97, 400 + 7 - 3, 9).right("100", 97, 475 - 3 - 3, 9).right("1000", 97, 550 - 3, 9);
		s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 76, 440, 7)
				.function(100, 300, 30, x -> 420 + (x - 100) * 0.5, false);
		Plot p = readOne(s);
		assertEquals(new Plot.Axis("ID", "A", Plot.Scale.LOG, 10, 1000), p.y());
	}

	/** "20 30 40 50" with the corner at 10 V: the axis starts at its first printed tick. */
	@Test
	void aCornerAwayFromZeroKeepsTheFirstTick() throws IOException {
		Plot p = readOne(frame(new String[] { "20", "30", "40", "50" }, new float[] { 150, 200, 250, 300 }));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 20, 50), p.x());
	}

	/** Decades printed with one decimal, "0.0 0.1 1.0 10.0": the first is 0.01, the decade the scale gives. */
	@Test
	void aFirstDecadePrintedAsZeroIsTheDecadeBelow() throws IOException {
		Plot p = readOne(frame(new String[] { "0.0", "0.1", "1.0", "10.0" },
				new float[] { 100, 166.67f, 233.33f, 300 }));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 0.01, 10), p.x());
	}

	/**
	 * "100 200 500 1" on a log axis, the last printed "1 k" with its k lost and its centre moved a little left: the
	 * axis ends at 1000 V.
	 */
	@Test
	void aLastTickWithItsPrefixLostIsAThousandTimesItsDigits() throws IOException {
		Plot p = readOne(frame(new String[] { "100", "200", "500", "1" }, new float[] { 100, 160.2f, 239.8f, 297 }));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 100, 1000), p.x());
	}

	/** "0.1 1 10 100 1 10" with the last two printed "1 k" and "10 k": the axis runs from 0.1 to 10000 V. */
	@Test
	void twoLastTicksWithTheirPrefixLost() throws IOException {
		Plot p = readOne(frame(new String[] { "0.1", "1", "10", "100", "1", "10" },
				new float[] { 100, 140, 180, 220, 260, 300 }));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 0.1, 10000), p.x());
	}
}
