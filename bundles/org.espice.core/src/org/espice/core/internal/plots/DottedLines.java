package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.Plot;

/**
 * Lines drawn as a row of dots or short dashes, each its own path, with no dash pattern: Fairchild draws a plot's
 * hot curve so ("TC = 125 °C - - -" beside the solid 25 °C curve) and its legend swatch the same way. No piece joins
 * the next (they stand a few points apart), and each alone is too small to be a curve, so the curve would be lost.
 * Marks of one pen ({@link DotMarks#onePen}; a dash lying along the row), each at most {@link #GAP} from the next
 * and spaced evenly, following the row's direction, make a line when there are {@link #MIN_MARKS} of them; the line
 * is drawn dashed, as its pen shows, so that a solid swatch does not name it nor it a solid curve.
 */
final class DottedLines {

	/** Farthest (points) one mark's end may stand from the next one's. */
	static final double GAP = 4;
	/** Between two dashes, the gap may be up to this share of the shorter one's length where that is more. */
	private static final double DASH_GAP = 0.75;
	/**
	 * Cells searched each side for a dash's neighbours: long dashes stand farther apart than a cell. A dot's or a short
	 * dash's neighbours all lie in the cells next to its own ({@link #GAP} plus half of each mark).
	 */
	private static final int DASH_REACH_CELLS = 2;
	/** Fewest marks in a row that make a line (a legend's swatch has five or six). */
	static final int MIN_MARKS = 5;
	/** A mark this near (points) a row found is a second pass over it. */
	private static final double ON_ROW = 1;
	/** The short pieces of a solid line end where the next starts, within this (points). */
	private static final double SOLID = 0.1;
	/** A mark whose centre lies this near (points) another's is the same dot drawn again. */
	private static final double TWIN = 1;
	/** A row turns by less than this at each mark (cosine between steps). */
	private static final double STRAIGHT_ON = 0.7;
	/** A dash longer than a dot lies along the row (cosine between the dash and the step). */
	private static final double ALONG = 0.8;
	/** Marks are evenly spaced: one step is at most this many times the one before (or a share of it). */
	private static final double EVEN = 2.5;
	/** More marks than this in one cell ({@link DotMarks#MARK} + {@link #GAP} square) are no dotted line. */
	private static final int CROWDED = 64;
	/** A mark no longer than this is a dot, of no direction. */
	static final double DOT = 1.5;

	private DottedLines() {
	}

	/**
	 * The strokes with the dotted and dashed lines of the frame's region each drawn as one dashed stroke, in place
	 * of their marks: a dot left among the strokes would join a solid curve of the same pen where the two cross.
	 */
	static List<Stroke> with(Plot.Box f, List<Stroke> strokes) {
		java.util.Set<Stroke> marks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		List<Stroke> lines = in(f, strokes, marks);
		if (lines.isEmpty()) {
			return strokes;
		}
		List<Stroke> out = new ArrayList<>(strokes.size());
		strokes.stream().filter(s -> !marks.contains(s)).forEach(out::add);
		out.addAll(lines);
		return out;
	}

	/**
	 * The dotted and dashed lines drawn mark by mark within the frame (1.5 pt slack).
	 *
	 * @param marks gets the strokes the lines were drawn with
	 */
	static List<Stroke> in(Plot.Box f, List<Stroke> strokes, java.util.Set<Stroke> marks) {
		Map<Integer, List<DotMarks.Mark>> byPen = new HashMap<>();
		for (DotMarks.Mark m : DotMarks.of(f, strokes)) {
			byPen.computeIfAbsent(m.pen().rgb(), k -> new ArrayList<>()).add(m);
		}
		List<Stroke> out = new ArrayList<>();
		for (List<DotMarks.Mark> pen : byPen.values()) {
			List<DotMarks.Mark> drawn = new ArrayList<>();
			for (List<DotMarks.Mark> row : rows(DotMarks.offTheGrid(f, pen), drawn)) {
				out.add(line(row));
			}
			drawn.forEach(m -> marks.addAll(m.parts()));
		}
		return out;
	}

	/**
	 * The rows of marks of one pen, each in order along it, at least {@link #MIN_MARKS} long. Each is walked both
	 * ways from a seed, ends first; marks lying on a row found (a second pass of dots over the same curve) are taken
	 * with it.
	 *
	 * @param drawn gets the marks of the rows and those taken with them
	 */
	private static List<List<DotMarks.Mark>> rows(List<DotMarks.Mark> marks, List<DotMarks.Mark> drawn) {
		if (marks.size() < MIN_MARKS) {
			return List.of();
		}
		double cell = DotMarks.MARK + GAP;
		Map<Long, List<Integer>> grid = new HashMap<>();
		for (int i = 0; i < marks.size(); i++) {
			grid.computeIfAbsent(cell(marks.get(i).cx(), marks.get(i).cy(), cell), k -> new ArrayList<>()).add(i);
		}
		List<List<Integer>> near = new ArrayList<>();
		for (int i = 0; i < marks.size(); i++) {
			near.add(neighbours(i, marks, grid, cell));
		}
		List<Integer> seeds = new ArrayList<>();
		for (int i = 0; i < marks.size(); i++) {
			seeds.add(i);
		}
		seeds.sort(java.util.Comparator.comparingInt(i -> near.get(i).size()));
		boolean[] used = new boolean[marks.size()];
		List<List<DotMarks.Mark>> out = new ArrayList<>();
		for (int seed : seeds) {
			if (used[seed] || near.get(seed).isEmpty()) {
				continue;
			}
			List<Integer> row = new ArrayList<>(List.of(seed));
			used[seed] = true;
			walk(row, marks, near, used);
			java.util.Collections.reverse(row);
			walk(row, marks, near, used);
			if (row.size() < MIN_MARKS) {
				row.forEach(j -> used[j] = j == seed);
				continue;
			}
			if (gridSteps(row, marks) || levelDashes(row, marks)) {
				continue; // pieces of dotted or dashed grid lines
			}
			List<DotMarks.Mark> taken = row.stream().map(marks::get).toList();
			out.add(taken);
			drawn.addAll(taken);
			// a mark whose centre lies within ON_ROW of the line through the row's centres is a second pass over it
			CurveTracer.Trace through = CurveTracer.Trace
					.of(taken.stream().map(m -> new double[] { m.cx(), m.cy() }).toList(), null);
			for (int j : row) {
				for (int k : near.get(j)) {
					if (!used[k] && through.distance(marks.get(k).cx(), marks.get(k).cy()) <= ON_ROW) {
						used[k] = true;
						drawn.add(marks.get(k));
					}
				}
			}
		}
		return out;
	}

	/**
	 * Whether half the row's steps or more, but not all, run exactly level or upright (within a sixth of
	 * {@link DotMarks#LEVEL}): the dots of a grid's lines, broken by text or a box, that a row took across from one
	 * line to the next. A curve's dots, set along a smooth line, step level only where it runs flat; a straight level
	 * row (a legend's swatch) is a line.
	 */
	private static boolean gridSteps(List<Integer> row, List<DotMarks.Mark> marks) {
		int square = 0;
		for (int i = 1; i < row.size(); i++) {
			DotMarks.Mark a = marks.get(row.get(i - 1));
			DotMarks.Mark b = marks.get(row.get(i));
			boolean level = Math.abs(a.cy() - b.cy()) < DotMarks.LEVEL / 6;
			square += level || Math.abs(a.cx() - b.cx()) < DotMarks.LEVEL / 6 ? 1 : 0;
		}
		return 2 * square >= row.size() - 1 && square < row.size() - 1;
	}

	/**
	 * Whether the row is mostly dashes ({@link DotMarks.Mark#dash}) and under a third of them run at a slope: pieces of
	 * a dashed grid's lines (left between the curves and a key box, one running into another where they meet). A
	 * dashed curve's dashes follow its slope, level only where it runs flat.
	 */
	private static boolean levelDashes(List<Integer> row, List<DotMarks.Mark> marks) {
		long dashes = row.stream().filter(i -> marks.get(i).dash()).count();
		long slanted = row.stream().filter(i -> marks.get(i).dash() && marks.get(i).slanted()).count();
		return 2 * dashes >= row.size() && 3 * slanted < dashes;
	}

	private static long cell(double x, double y, double cell) {
		return Math.round(x / cell) * 1_000_003L + Math.round(y / cell);
	}

	/**
	 * The marks whose facing ends stand within {@link #GAP} of this one's (two dashes: within {@link #DASH_GAP} of the
	 * shorter one's length, where that is more), but for its twins (centres within
	 * {@link #TWIN}: the same dot drawn a second time); none when one starts where it ends (within {@link #SOLID}):
	 * marks stand apart, the short pieces of a solid line end to end; none in a cell crowded with marks.
	 */
	private static List<Integer> neighbours(int i, List<DotMarks.Mark> marks, Map<Long, List<Integer>> grid,
			double cell) {
		DotMarks.Mark m = marks.get(i);
		long kx = Math.round(m.cx() / cell);
		long ky = Math.round(m.cy() / cell);
		if (grid.get(kx * 1_000_003L + ky).size() > CROWDED) {
			return List.of(); // a texture or a fill drawn in specks, no line: and bounded work on any page
		}
		List<Integer> out = new ArrayList<>();
		int reach = m.dash() ? DASH_REACH_CELLS : 1;
		for (long dx = -reach; dx <= reach; dx++) {
			for (long dy = -reach; dy <= reach; dy++) {
				for (int j : grid.getOrDefault((kx + dx) * 1_000_003L + ky + dy, List.of())) {
					DotMarks.Mark n = marks.get(j);
					if (j == i || Planar.length(n.cx() - m.cx(), n.cy() - m.cy()) <= TWIN) {
						continue; // itself, or the same dot drawn a second time
					}
					if (!DotMarks.onePen(m.pen(), n.pen())) {
						continue; // another pen
					}
					double gap = gap(m, n);
					if (gap <= SOLID) {
						return List.of(); // a piece of a solid line drawn in short pieces, end to end: no mark
					}
					if (gap <= Math.max(GAP, DASH_GAP * Math.min(m.length(), n.length()))) {
						out.add(j);
					}
				}
			}
		}
		return out;
	}

	/** The distance between the nearest ends of two marks. */
	private static double gap(DotMarks.Mark m, DotMarks.Mark n) {
		double d = Double.MAX_VALUE;
		for (double[] p : new double[][] { m.a(), m.b() }) {
			for (double[] q : new double[][] { n.a(), n.b() }) {
				d = Math.min(d, Planar.length(p[0] - q[0], p[1] - q[1]));
			}
		}
		return d;
	}

	/**
	 * Extends the row from its last mark, each step to the neighbour that carries on straightest, evenly spaced (the
	 * first step of a row of one: to the nearest).
	 */
	private static void walk(List<Integer> row, List<DotMarks.Mark> marks, List<List<Integer>> near, boolean[] used) {
		while (true) {
			DotMarks.Mark m = marks.get(row.get(row.size() - 1));
			DotMarks.Mark before = row.size() > 1 ? marks.get(row.get(row.size() - 2)) : null;
			double step = before == null ? 0 : Planar.length(m.cx() - before.cx(), m.cy() - before.cy());
			int best = -1;
			double bestCos = STRAIGHT_ON;
			double bestStep = Double.MAX_VALUE;
			for (int j : near.get(row.get(row.size() - 1))) {
				if (used[j]) {
					continue;
				}
				DotMarks.Mark n = marks.get(j);
				double vx = n.cx() - m.cx(), vy = n.cy() - m.cy();
				double len = Planar.length(vx, vy);
				if (len < 1e-6 || !alongRow(m, vx, vy, len) || !alongRow(n, vx, vy, len)) {
					continue;
				}
				if (before == null || step < 1e-6) {
					if (len < bestStep) {
						best = j;
						bestStep = len;
					}
					continue;
				}
				double cos = ((m.cx() - before.cx()) * vx + (m.cy() - before.cy()) * vy) / (step * len);
				if (cos > bestCos && len <= EVEN * step && len >= step / EVEN) {
					best = j;
					bestCos = cos;
					bestStep = len;
				}
			}
			if (best < 0) {
				return;
			}
			used[best] = true;
			row.add(best);
		}
	}

	/** Whether a mark is a dot, or a dash lying along the step. */
	private static boolean alongRow(DotMarks.Mark m, double vx, double vy, double len) {
		double l = m.length();
		if (l <= DOT) {
			return true;
		}
		double cos = Math.abs((m.b()[0] - m.a()[0]) * vx + (m.b()[1] - m.a()[1]) * vy) / (l * len);
		return cos >= ALONG;
	}

	/**
	 * The row as one dashed stroke through the marks' centres, from the outer end of the first mark to the outer end
	 * of the last.
	 */
	private static Stroke line(List<DotMarks.Mark> row) {
		List<double[]> pts = new ArrayList<>();
		pts.add(outer(row.get(0), row.get(1)));
		for (DotMarks.Mark m : row) {
			pts.add(new double[] { m.cx(), m.cy() });
		}
		pts.add(outer(row.get(row.size() - 1), row.get(row.size() - 2)));
		Stroke pen = row.get(0).pen();
		return Stroke.of(pts, pen.rgb(), pen.width(), true);
	}

	/** The end of a mark farther from its neighbour in the row. */
	private static double[] outer(DotMarks.Mark m, DotMarks.Mark neighbour) {
		double da = Planar.length(m.a()[0] - neighbour.cx(), m.a()[1] - neighbour.cy());
		double db = Planar.length(m.b()[0] - neighbour.cx(), m.b()[1] - neighbour.cy());
		return da >= db ? m.a() : m.b();
	}
}
