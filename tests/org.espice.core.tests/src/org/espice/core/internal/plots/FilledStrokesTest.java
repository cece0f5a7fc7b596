package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FilledStrokesTest {

	/** A 1.6 pt wide band along y = 100 + x / 2 from x = 0 to 100: out along the upper edge, back along the lower. */
	private static List<double[]> band(double pen) {
		List<double[]> upper = new ArrayList<>();
		List<double[]> lower = new ArrayList<>();
		for (int x = 0; x <= 100; x += 10) {
			upper.add(new double[] { x, 100 + x / 2.0 + pen / 2 });
			lower.add(0, new double[] { x, 100 + x / 2.0 - pen / 2 });
		}
		upper.addAll(lower);
		return upper;
	}

	/**
	 * AOS fills each curve as the outline of its stroke starting on its round start cap, out along one edge, back
	 * along the other, and round the cap a second time to where it began. Back at its start before its end, it looked
	 * like a ring drawn as its outer loop then its inner one; the "inner loop" was the cap, and each point of the
	 * outline was paired with the cap: a curve at half its size about its start.
	 */
	@Test
	void aBandThatGoesRoundItsStartCapTwiceIsNoRing() {
		List<double[]> band = band(1.2); // out along the upper edge from (0, 100.6), back along the lower to (0, 99.4)
		List<double[]> cap = new ArrayList<>(); // half a turn round (0, 100), away from the curve, up to (0, 100.6)
		for (int k = 1; k <= 8; k++) {
			double a = -Math.PI / 2 - Math.PI * k / 8;
			cap.add(new double[] { 0.6 * Math.cos(a), 100 + 0.6 * Math.sin(a) });
		}
		List<double[]> outline = new ArrayList<>(band);
		outline.addAll(cap); // back at its first point...
		List<double[]> again = new ArrayList<>(cap.subList(0, cap.size() - 1));
		java.util.Collections.reverse(again);
		outline.addAll(again); // ...and round the cap a second time
		FilledStrokes.Band b = FilledStrokes.band(outline);
		assertNotNull(b);
		assertEquals(100, b.line().stream().mapToDouble(p -> p[0]).max().orElseThrow(), 1, "end to end");
		for (double[] p : b.line()) {
			assertEquals(100 + p[0] / 2, p[1], 0.8, "on the centre line");
		}
	}

	@Test
	void aThinBandIsItsCentreLineWithItsWidth() {
		FilledStrokes.Band b = FilledStrokes.band(band(1.6));
		assertNotNull(b);
		assertEquals(1.6, b.width(), 0.2);
		List<double[]> line = b.line();
		for (double[] p : line.subList(1, line.size() - 1)) {
			assertEquals(100 + p[0] / 2, p[1], 0.05, "on the centre line");
		}
		for (double[] end : List.of(line.get(0), line.get(line.size() - 1))) {
			assertEquals(100 + end[0] / 2, end[1], 0.8 + 1e-9, "an end lies within half the pen of the line");
		}
		assertEquals(100, Math.abs(b.line().get(0)[0] - b.line().get(b.line().size() - 1)[0]), 0.01, "end to end");
	}

	/** One segment of a thick curve drawn as its own filled quadrilateral: its centre line, its width. */
	@Test
	void aLongThinQuadrilateralIsOneSegment() {
		// from (100, 200) to (140, 230), 1.5 pt wide: sides 1.5, 50, 1.5, 50
		double ox = -0.6 * 0.75;
		double oy = 0.8 * 0.75;
		List<double[]> quad = List.of(new double[] { 100 + ox, 200 + oy }, new double[] { 140 + ox, 230 + oy },
				new double[] { 140 - ox, 230 - oy }, new double[] { 100 - ox, 200 - oy });
		FilledStrokes.Band b = FilledStrokes.band(quad);
		assertNotNull(b);
		assertEquals(1.5, b.width(), 1e-6);
		assertEquals(2, b.line().size());
		assertEquals(140, b.line().get(0)[0], 1e-6);
		assertEquals(230, b.line().get(0)[1], 1e-6);
		assertEquals(100, b.line().get(1)[0], 1e-6);
		assertNull(FilledStrokes.band(List.of(new double[] { 0, 0 }, new double[] { 8, 0 }, new double[] { 8, 6 },
				new double[] { 0, 6 })), "a box");
		assertNull(FilledStrokes.band(List.of(new double[] { 0, 0 }, new double[] { 2, 0 }, new double[] { 2, 1.6 },
				new double[] { 0, 1.6 })), "a glyph's part: too short for a curve's segment, too wide for a dash");
		// a dash of a dashed curve filled as its own quadrilateral (ST's), for DottedLines to join with the others
		FilledStrokes.Band dash = FilledStrokes.band(List.of(new double[] { 0, 0 }, new double[] { 2, 0 },
				new double[] { 2, 0.5 }, new double[] { 0, 0.5 }));
		assertNotNull(dash, "a dash");
		assertEquals(2, Math.abs(dash.line().get(1)[0] - dash.line().get(0)[0]), 1e-9);
		assertEquals(0.5, dash.width(), 1e-9);
	}

	@Test
	void wideShapesShortDashesAndGlyphStemsAreNoBands() {
		assertNull(FilledStrokes.band(band(6)), "a bar");
		List<double[]> square = List.of(new double[] { 0, 0 }, new double[] { 30, 0 }, new double[] { 30, 0.1 },
				new double[] { 30, 30 }, new double[] { 0, 30 }, new double[] { 0, 0.1 });
		assertNull(FilledStrokes.band(square), "a filled square");
		List<double[]> dash = List.of(new double[] { 0, 0 }, new double[] { 5, 0 }, new double[] { 10, 0 },
				new double[] { 10, 1 }, new double[] { 5, 1 }, new double[] { 0, 1 });
		assertNull(FilledStrokes.band(dash), "a dash");
		assertNull(FilledStrokes.band(band(0)), "a line filled out and back onto itself covers nothing");
	}

	@Test
	void aRingOfTwoLoopsIsItsClosedCentreLine() {
		List<double[]> outer = List.of(new double[] { 99, 99 }, new double[] { 201, 99 }, new double[] { 201, 201 },
				new double[] { 99, 201 }, new double[] { 99, 99 });
		List<double[]> inner = List.of(new double[] { 101, 101 }, new double[] { 101, 199 },
				new double[] { 199, 199 }, new double[] { 199, 101 }, new double[] { 101, 101 });
		FilledStrokes.Band ring = FilledStrokes.ring(inner, outer);
		assertNotNull(ring);
		assertEquals(2, ring.width(), 0.01);
		assertEquals(List.of(100.0, 100.0), List.of(ring.line().get(0)[0], ring.line().get(0)[1]));
		double[] last = ring.line().get(ring.line().size() - 1);
		assertEquals(List.of(100.0, 100.0), List.of(last[0], last[1]), "closed");
		List<double[]> far = List.of(new double[] { 110, 110 }, new double[] { 110, 190 },
				new double[] { 190, 190 }, new double[] { 190, 110 }, new double[] { 110, 110 });
		assertNull(FilledStrokes.ring(outer, far), "a box inside a box is no ring");
	}

	@Test
	void aLineIsCutWhereItLeavesTheClipAndAgainWhereItReturns() {
		List<double[]> line = List.of(new double[] { 0, 0 }, new double[] { 10, 0 }, new double[] { 30, 0 },
				new double[] { 50, 0 }, new double[] { 60, 0 });
		List<List<double[]>> parts = FilledStrokes.inside(line, 5, -1, 40, 1);
		assertEquals(1, parts.size());
		List<double[]> part = parts.get(0);
		assertEquals(5, part.get(0)[0], 1e-9);
		assertEquals(40, part.get(part.size() - 1)[0], 1e-9);
		List<double[]> vee = List.of(new double[] { 0, 0 }, new double[] { 10, 100 }, new double[] { 20, 0 });
		assertEquals(2, FilledStrokes.inside(vee, -1, -1, 21, 50).size(), "out of the top and back in");
	}
}
