package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** Lines drawn dot by dot, told from dotted grids and from solid lines drawn in short pieces. */
class DottedLinesTest {

	private static final Plot.Box FRAME = new Plot.Box(100, 400, 300, 550);

	/** A dot 0.5 pt long every {@code every} pt of x along y = f(x), each its own stroke, shifted by {@code dy}. */
	private static List<Stroke> dots(double x0, double x1, double every, double dy, DoubleUnaryOperator f) {
		List<Stroke> out = new ArrayList<>();
		for (double x = x0; x <= x1; x += every) {
			double y = f.applyAsDouble(x) + dy;
			double slope = f.applyAsDouble(x + 0.01) - f.applyAsDouble(x);
			double l = Math.hypot(0.01, slope);
			out.add(new Stroke(new double[] { x, x + 0.5 * 0.01 / l }, new double[] { y, y + 0.5 * slope / l }, 0, 0.6,
					false));
		}
		return out;
	}

	@Test
	void dotsAlongACurveDrawnTwiceAreOneDashedLineInPlaceOfTheDots() {
		DoubleUnaryOperator curve = x -> 410 + 0.003 * (x - 100) * (x - 100);
		List<Stroke> strokes = new ArrayList<>(dots(110, 290, 3, 0, curve));
		strokes.addAll(dots(110.2, 290, 3, 0.4, curve)); // the second pass, a little off the first

		Set<Stroke> marks = new HashSet<>();
		List<Stroke> lines = DottedLines.in(FRAME, strokes, marks);
		assertEquals(1, lines.size(), lines.toString());
		Stroke line = lines.get(0);
		assertTrue(line.dashed());
		assertTrue(line.bounds()[0] < 111 && line.bounds()[2] > 289, java.util.Arrays.toString(line.bounds()));
		for (int i = 0; i < line.size(); i++) {
			assertEquals(curve.applyAsDouble(line.xs()[i]), line.ys()[i], 0.6);
		}
		assertEquals(strokes.size(), marks.size(), "every dot of both passes is the line's");
		List<Stroke> with = DottedLines.with(FRAME, strokes);
		assertEquals(1, with.size(), "the dots give way to the line");
		assertTrue(with.get(0).dashed());
	}

	/** Dashes {@code dash} pt long with {@code gap} pt between them along y = f(x), each its own stroke. */
	private static List<Stroke> dashes(double x0, double x1, double dash, double gap, DoubleUnaryOperator f) {
		List<Stroke> out = new ArrayList<>();
		double x = x0;
		while (x < x1) {
			double slope = (f.applyAsDouble(x + 0.01) - f.applyAsDouble(x)) / 0.01;
			double dx = dash / Math.hypot(1, slope);
			out.add(new Stroke(new double[] { x, x + dx }, new double[] { f.applyAsDouble(x), f.applyAsDouble(x + dx) },
					0, 0.57, false));
			x += (dash + gap) / Math.hypot(1, slope);
		}
		return out;
	}

	/** The curve drawn in dashes as one line, from its start to {@code end}, within {@code within} pt of the curve. */
	private static void oneLine(DoubleUnaryOperator curve, List<Stroke> dashes, double end, double within) {
		List<Stroke> lines = DottedLines.in(FRAME, dashes, new HashSet<>());
		assertEquals(1, lines.size(), lines.toString());
		Stroke line = lines.get(0);
		assertTrue(line.bounds()[0] < 111 && line.bounds()[2] > end, java.util.Arrays.toString(line.bounds()));
		for (int i = 0; i < line.size(); i++) {
			assertEquals(curve.applyAsDouble(line.xs()[i]), line.ys()[i], within);
		}
	}

	/**
	 * Infineon draws its 98 % curve in dashes nearly 5 pt long, 2.5 pt apart, each its own path: slanted along the
	 * curve, they are its marks.
	 */
	@Test
	void longDashesSlantedAlongACurveAreOneDashedLine() {
		DoubleUnaryOperator curve = x -> 420 + 0.004 * (x - 100) * (x - 100) + 0.3 * (x - 100);
		oneLine(curve, dashes(110, 245, 4.8, 2.5, curve), 240, 0.6);
	}

	/**
	 * Infineon's hot transfer curve: dashes 6.8 pt long, 4.5 pt apart, up its steep rise and on along its flat top,
	 * where they run level. It is one line.
	 */
	@Test
	void longDashesUpARiseAndAlongAFlatTopAreOneDashedLine() {
		DoubleUnaryOperator curve = x -> 405 + 110 * (1 - Math.exp(-(x - 110) / 25));
		oneLine(curve, dashes(110, 295, 6.8, 4.5, curve), 290, 1.5);
	}

	/**
	 * NXP's typical sub-threshold curve: steep dashes 6.2 pt long, 3.5 pt apart, each bent once where its polyline turns
	 * and drawn as two pieces, the second starting 0.8 pt back along the first (they overlap, neither starts where the
	 * other ends). Each dash is one mark, and the dashes one line; as two marks apiece, a short step to the second
	 * piece broke the row at the first bend.
	 */
	@Test
	void dashesDrawnAsTwoOverlappingPiecesAreOneLine() {
		DoubleUnaryOperator curve = x -> 405 + 3.2 * (x - 110);
		List<Stroke> strokes = new ArrayList<>();
		for (Stroke d : dashes(110, 150, 6.2, 3.5, curve)) {
			double[] a = { d.xs()[0], d.ys()[0] };
			double[] b = { d.xs()[1], d.ys()[1] };
			double[] m = { (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 };
			double back = 0.8 / Math.hypot(b[0] - a[0], b[1] - a[1]);
			double[] from = { m[0] - back * (b[0] - a[0]), m[1] - back * (b[1] - a[1]) };
			strokes.add(new Stroke(new double[] { a[0], m[0] }, new double[] { a[1], m[1] }, 0, 0.93, false));
			strokes.add(new Stroke(new double[] { from[0], b[0] }, new double[] { from[1], b[1] }, 0, 0.93, false));
		}
		List<Stroke> lines = DottedLines.in(FRAME, strokes, new HashSet<>());
		assertEquals(1, lines.size(), lines.toString());
		assertTrue(lines.get(0).bounds()[1] < 406 && lines.get(0).bounds()[3] > 520,
				java.util.Arrays.toString(lines.get(0).bounds()));
	}

	/**
	 * Dashes as long, but level and upright: the pieces of a dashed grid's lines that the curves and a key box leave,
	 * a row turning into a column where two of them meet. They make no line.
	 */
	@Test
	void levelAndUprightDashesAsLongAreAGridsNotACurve() {
		List<Stroke> strokes = new ArrayList<>(dashes(200, 250, 4.8, 2.5, x -> 430));
		for (double y = 402; y < 428; y += 7.3) {
			strokes.add(new Stroke(new double[] { 200, 200 }, new double[] { y, y + 4.8 }, 0, 0.57, false));
		}
		strokes.addAll(dashes(120, 180, 6.8, 4.5, x -> 500));
		assertEquals(List.of(), DottedLines.in(FRAME, strokes, new HashSet<>()));
	}

	@Test
	void aSolidCurveDrawnInShortPiecesEndToEndIsNoDottedLine() {
		List<Stroke> pieces = new ArrayList<>();
		for (double x = 110; x < 290; x += 2) {
			double[] ys = { 410 + 0.3 * (x - 100), 410 + 0.3 * (x - 98) };
			pieces.add(new Stroke(new double[] { x, x + 2 }, ys, 0, 0.6, false));
		}
		assertEquals(List.of(), DottedLines.in(FRAME, pieces, new HashSet<>()));
		assertEquals(pieces, DottedLines.with(FRAME, pieces));
	}

	/**
	 * A dotted grid: level lines of dots 1.2 pt apart, 5 pt above one another, and upright ones every 20 pt, broken by
	 * a box in the middle; the dots of the level lines stand in columns. Nothing but its level and upright lines is a
	 * line.
	 */
	@Test
	void aDottedGridBrokenByABoxGivesNoSlantedLine() {
		List<Stroke> grid = new ArrayList<>();
		for (double y = 420; y <= 530; y += 5) {
			for (double x = 101; x < 299; x += 1.2) {
				if (x > 180 && x < 220 && y > 450 && y < 500) {
					continue; // the box
				}
				grid.add(new Stroke(new double[] { x, x + 0.3 }, new double[] { y, y }, 0x0000ff, 0.24, false));
			}
		}
		for (double x = 120; x < 300; x += 20) {
			for (double y = 401.5; y < 549; y += 1.2) {
				if (x > 180 && x < 220 && y > 450 && y < 500) {
					continue;
				}
				grid.add(new Stroke(new double[] { x, x }, new double[] { y, y + 0.3 }, 0x0000ff, 0.24, false));
			}
		}
		for (Stroke line : DottedLines.in(FRAME, grid, new HashSet<>())) {
			double[] b = line.bounds();
			assertTrue(b[3] - b[1] < 0.5 || b[2] - b[0] < 0.5,
					"only level or upright rows: " + java.util.Arrays.toString(b));
		}
	}

	/**
	 * Pieces of dotted grid lines, each a step above and beyond the last (where lines broken by text end next to
	 * the next one): a row through them would climb like a curve, but its steps run level.
	 */
	@Test
	void aStaircaseOfLevelDotsIsNoLine() {
		List<Stroke> stairs = new ArrayList<>();
		for (int k = 0; k < 5; k++) {
			for (int i = 0; i < 15; i++) {
				double x = 150 + 18 * k + 1.2 * i;
				stairs.add(new Stroke(new double[] { x, x + 0.3 }, new double[] { 450 + k, 450 + k }, 0x0000ff, 0.24,
						false));
			}
		}
		assertEquals(List.of(), DottedLines.in(FRAME, stairs, new HashSet<>()));
	}

	/**
	 * A patch filled with forty thousand specks (a texture, or a hostile page): no slanted line, and the work stays
	 * bounded (each speck is compared with the few around it, none inside a crowded patch; at most its edges give
	 * level or upright rows, which are no curves).
	 */
	@Test
	void aPatchCrowdedWithSpecksGivesNoSlantedLine() {
		List<Stroke> specks = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			for (int j = 0; j < 200; j++) {
				double x = 150 + 0.2 * i, y = 450 + 0.2 * j;
				specks.add(new Stroke(new double[] { x, x + 0.05 }, new double[] { y, y }, 0, 0.3, false));
			}
		}
		long start = System.nanoTime();
		for (Stroke line : DottedLines.in(FRAME, specks, new HashSet<>())) {
			double[] b = line.bounds();
			assertTrue(b[3] - b[1] < 0.5 || b[2] - b[0] < 0.5, java.util.Arrays.toString(b));
		}
		System.out.printf("40000 specks looked at in %d ms%n", (System.nanoTime() - start) / 1_000_000);
	}

	@Test
	void aLegendSwatchOfSixDotsIsALine() {
		List<Stroke> swatch = dots(200, 215, 3, 0, x -> 530);
		List<Stroke> lines = DottedLines.in(FRAME, swatch, new HashSet<>());
		assertEquals(1, lines.size());
		assertEquals(200, lines.get(0).bounds()[0], 0.01);
		assertEquals(215.5, lines.get(0).bounds()[2], 0.01);
	}

	/** A curve stroked up and back down again in one path, the way back 0.5 pt off: its way up. */
	@Test
	void aCurveDrawnOutAndBackInOnePathIsItsWayOut() {
		List<double[]> chain = new ArrayList<>();
		for (int i = 0; i <= 50; i++) {
			chain.add(new double[] { 100 + 4 * i, 410 + 0.01 * 16 * i * i });
		}
		for (int i = 50; i >= 0; i--) {
			chain.add(new double[] { 100 + 4 * i + 0.5, 410 + 0.01 * 16 * i * i });
		}
		List<double[]> out = Redrawn.oneWay(chain);
		assertTrue(out.size() <= 52, "up to the turn: " + out.size());
		assertEquals(300, out.get(out.size() - 1)[0], 0.5);
		List<double[]> open = chain.subList(0, 80); // one that does not come back is as it is
		assertEquals(80, Redrawn.oneWay(open).size());
	}
}
