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
 * Marks of one pen (each under {@link #MARK} long, a dash lying along the row), each at most {@link #GAP} from the
 * next and spaced evenly, following the row's direction, make a line when there are {@link #MIN_MARKS} of them; the
 * line is drawn dashed, as its pen shows, so that a solid swatch does not name it nor it a solid curve.
 */
final class DottedLines {

	/** A dot or dash is at most this long (points). */
	static final double MARK = 4;
	/** Farthest (points) one mark's end may stand from the next one's. */
	static final double GAP = 4;
	/** Fewest marks in a row that make a line (a legend's swatch has five or six). */
	static final int MIN_MARKS = 5;
	/** Marks level within this (points) lie on one line. */
	private static final double LEVEL = 0.3;
	/** Fewest marks on one level line across half the frame that make it a dotted grid line. */
	private static final int GRID_MARKS = 10;
	/** A mark this near (points) a row found is a second pass over it. */
	private static final double ON_ROW = 1;
	/** The short pieces of a solid line end where the next starts, within this (points). */
	private static final double SOLID = 0.1;
	/** A mark whose centre lies this near (points) another's is the same dot drawn again. */
	private static final double TWIN = 1;
	/** Pieces of one mark touch within this (points), as pieces of a curve join. */
	private static final double TOUCH = 0.75;
	/** A row turns by less than this at each mark (cosine between steps). */
	private static final double STRAIGHT_ON = 0.7;
	/** A dash longer than a dot lies along the row (cosine between the dash and the step). */
	private static final double ALONG = 0.8;
	/** Marks are evenly spaced: one step is at most this many times the one before (or a share of it). */
	private static final double EVEN = 2.5;
	/** A mark no longer than this is a dot, of no direction. */
	private static final double DOT = 1.5;
	private static final double PEN_MAX = 4;
	private static final int PAPER = 0xFFFFFF;

	private DottedLines() {
	}

	/** One mark: its pen, its ends, and the strokes it was drawn with. */
	private record Mark(Stroke pen, double[] a, double[] b, List<Stroke> parts) {
		double cx() {
			return (a[0] + b[0]) / 2;
		}

		double cy() {
			return (a[1] + b[1]) / 2;
		}

		double length() {
			return Math.hypot(b[0] - a[0], b[1] - a[1]);
		}
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
		Map<Long, List<Mark>> byPen = new HashMap<>();
		for (Mark m : marks(f, strokes)) {
			byPen.computeIfAbsent(Math.round(m.pen().width() * 20) * 0x1000000L + m.pen().rgb(), k -> new ArrayList<>())
					.add(m);
		}
		List<Stroke> out = new ArrayList<>();
		for (List<Mark> pen : byPen.values()) {
			List<Mark> drawn = new ArrayList<>();
			for (List<Mark> row : rows(offTheGrid(f, pen), drawn)) {
				out.add(line(row));
			}
			drawn.forEach(m -> marks.addAll(m.parts()));
		}
		return out;
	}

	/**
	 * The marks of one pen that are neither on the frame's sides (its ticks) nor on a dotted grid line: {@link #GRID_MARKS} or
	 * more marks in a row level (or upright) within {@link #LEVEL} of each other, across half the frame or more. A
	 * curve drawn in dots runs level that far only along an axis; the dots of a grid's level lines standing one
	 * above another are too far apart to be an upright one.
	 */
	private static List<Mark> offTheGrid(Plot.Box f, List<Mark> marks) {
		Map<Long, List<Mark>> rows = new HashMap<>();
		Map<Long, List<Mark>> columns = new HashMap<>();
		for (Mark m : marks) {
			rows.computeIfAbsent(Math.round(m.cy() / LEVEL), k -> new ArrayList<>()).add(m);
			columns.computeIfAbsent(Math.round(m.cx() / LEVEL), k -> new ArrayList<>()).add(m);
		}
		java.util.Set<Mark> grid = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (long k : rows.keySet()) {
			gridLine(line(rows, k), f.width(), true, grid);
		}
		for (long k : columns.keySet()) {
			gridLine(line(columns, k), f.height(), false, grid);
		}
		return marks.stream().filter(m -> !grid.contains(m) && Math.abs(m.cx() - f.x0()) > 1
				&& Math.abs(m.cx() - f.x1()) > 1 && Math.abs(m.cy() - f.y0()) > 1 && Math.abs(m.cy() - f.y1()) > 1)
				.toList();
	}

	/** The marks within {@link #LEVEL} of the cell's place: its own and its neighbours'. */
	private static List<Mark> line(Map<Long, List<Mark>> cells, long k) {
		List<Mark> out = new ArrayList<>(cells.getOrDefault(k, List.of()));
		out.addAll(cells.getOrDefault(k - 1, List.of()));
		out.addAll(cells.getOrDefault(k + 1, List.of()));
		return out;
	}

	/**
	 * Adds to the grid the runs of a level (or upright) line's marks, in order along it, each within {@link #GAP} of
	 * the next, that hold {@link #GRID_MARKS} marks or more and reach across half the frame's side.
	 */
	private static void gridLine(List<Mark> line, double side, boolean level, java.util.Set<Mark> grid) {
		if (line.size() < GRID_MARKS) {
			return;
		}
		java.util.function.ToDoubleFunction<Mark> along = level ? Mark::cx : Mark::cy;
		List<Mark> sorted = new ArrayList<>(line);
		sorted.sort(java.util.Comparator.comparingDouble(along));
		int from = 0;
		for (int i = 1; i <= sorted.size(); i++) {
			if (i == sorted.size() || along.applyAsDouble(sorted.get(i)) - along.applyAsDouble(sorted.get(i - 1)) > GAP) {
				if (i - from >= GRID_MARKS && along.applyAsDouble(sorted.get(i - 1))
						- along.applyAsDouble(sorted.get(from)) >= side / 2) {
					grid.addAll(sorted.subList(from, i));
				}
				from = i;
			}
		}
	}

	/** The small strokes inside the frame, pieces that touch end to end taken together as one mark. */
	private static List<Mark> marks(Plot.Box f, List<Stroke> strokes) {
		List<Mark> out = new ArrayList<>();
		Mark open = null;
		for (Stroke s : strokes) {
			double[] b = s.bounds();
			if (s.dashed() || s.size() < 2 || s.width() > PEN_MAX || s.rgb() == PAPER
					|| Math.hypot(b[2] - b[0], b[3] - b[1]) > MARK || !f.contains(b[0], b[1], 1.5)
					|| !f.contains(b[2], b[3], 1.5)) {
				open = null;
				continue;
			}
			double[] first = { s.xs()[0], s.ys()[0] };
			double[] last = { s.xs()[s.size() - 1], s.ys()[s.size() - 1] };
			// a mark drawn in two pieces, the second from where the first stopped
			if (open != null && open.pen().samePen(s) && Math.hypot(first[0] - open.b()[0], first[1] - open.b()[1]) <= TOUCH
					&& Math.hypot(last[0] - open.a()[0], last[1] - open.a()[1]) <= MARK) {
				List<Stroke> parts = new ArrayList<>(open.parts());
				parts.add(s);
				open = new Mark(open.pen(), open.a(), last, parts);
				out.set(out.size() - 1, open);
				continue;
			}
			open = new Mark(s, first, last, List.of(s));
			out.add(open);
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
	private static List<List<Mark>> rows(List<Mark> marks, List<Mark> drawn) {
		if (marks.size() < MIN_MARKS) {
			return List.of();
		}
		double cell = MARK + GAP;
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
		List<List<Mark>> out = new ArrayList<>();
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
			if (gridSteps(row, marks)) {
				continue; // pieces of dotted grid lines, stepping from one to the next
			}
			List<Mark> taken = row.stream().map(marks::get).toList();
			out.add(taken);
			drawn.addAll(taken);
			for (int j : row) {
				for (int k : near.get(j)) {
					if (!used[k] && onRow(marks.get(k), taken)) {
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
	 * {@link #LEVEL}): the dots of a grid's lines, broken by text or a box, that a row took across from one line to
	 * the next. A curve's dots, set along a smooth line, step level only where it runs flat; a straight level row (a
	 * legend's swatch) is a line.
	 */
	private static boolean gridSteps(List<Integer> row, List<Mark> marks) {
		int square = 0;
		for (int i = 1; i < row.size(); i++) {
			Mark a = marks.get(row.get(i - 1));
			Mark b = marks.get(row.get(i));
			square += Math.abs(a.cx() - b.cx()) < LEVEL / 6 || Math.abs(a.cy() - b.cy()) < LEVEL / 6 ? 1 : 0;
		}
		return 2 * square >= row.size() - 1 && square < row.size() - 1;
	}

	private static long cell(double x, double y, double cell) {
		return Math.round(x / cell) * 1_000_003L + Math.round(y / cell);
	}

	/**
	 * The marks whose facing ends stand within {@link #GAP} of this one's, but for its twins (centres within
	 * {@link #TWIN}: the same dot drawn a second time); none when one starts where it ends (within {@link #SOLID}):
	 * marks stand apart, the short pieces of a solid line end to end.
	 */
	private static List<Integer> neighbours(int i, List<Mark> marks, Map<Long, List<Integer>> grid, double cell) {
		Mark m = marks.get(i);
		long kx = Math.round(m.cx() / cell);
		long ky = Math.round(m.cy() / cell);
		List<Integer> out = new ArrayList<>();
		for (long dx = -1; dx <= 1; dx++) {
			for (long dy = -1; dy <= 1; dy++) {
				for (int j : grid.getOrDefault((kx + dx) * 1_000_003L + ky + dy, List.of())) {
					Mark n = marks.get(j);
					if (j == i || Math.hypot(n.cx() - m.cx(), n.cy() - m.cy()) <= TWIN) {
						continue; // itself, or the same dot drawn a second time
					}
					double gap = gap(m, n);
					if (gap <= SOLID) {
						return List.of(); // a piece of a solid line drawn in short pieces, end to end: no mark
					}
					if (gap <= GAP) {
						out.add(j);
					}
				}
			}
		}
		return out;
	}

	/** The distance between the nearest ends of two marks. */
	private static double gap(Mark m, Mark n) {
		double d = Double.MAX_VALUE;
		for (double[] p : new double[][] { m.a(), m.b() }) {
			for (double[] q : new double[][] { n.a(), n.b() }) {
				d = Math.min(d, Math.hypot(p[0] - q[0], p[1] - q[1]));
			}
		}
		return d;
	}

	/** Whether a mark's centre lies within {@link #ON_ROW} of the line through a row's centres. */
	private static boolean onRow(Mark m, List<Mark> row) {
		for (int i = 1; i < row.size(); i++) {
			Mark p = row.get(i - 1);
			Mark q = row.get(i);
			double dx = q.cx() - p.cx(), dy = q.cy() - p.cy();
			double l2 = dx * dx + dy * dy;
			double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((m.cx() - p.cx()) * dx + (m.cy() - p.cy()) * dy) / l2));
			if (Math.hypot(m.cx() - p.cx() - t * dx, m.cy() - p.cy() - t * dy) <= ON_ROW) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Extends the row from its last mark, each step to the neighbour that carries on straightest, evenly spaced (the
	 * first step of a row of one: to the nearest).
	 */
	private static void walk(List<Integer> row, List<Mark> marks, List<List<Integer>> near, boolean[] used) {
		while (true) {
			Mark m = marks.get(row.get(row.size() - 1));
			Mark before = row.size() > 1 ? marks.get(row.get(row.size() - 2)) : null;
			double step = before == null ? 0 : Math.hypot(m.cx() - before.cx(), m.cy() - before.cy());
			int best = -1;
			double bestCos = STRAIGHT_ON;
			double bestStep = Double.MAX_VALUE;
			for (int j : near.get(row.get(row.size() - 1))) {
				if (used[j]) {
					continue;
				}
				Mark n = marks.get(j);
				double vx = n.cx() - m.cx(), vy = n.cy() - m.cy();
				double len = Math.hypot(vx, vy);
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
	private static boolean alongRow(Mark m, double vx, double vy, double len) {
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
	private static Stroke line(List<Mark> row) {
		List<double[]> pts = new ArrayList<>();
		pts.add(outer(row.get(0), row.get(1)));
		for (Mark m : row) {
			pts.add(new double[] { m.cx(), m.cy() });
		}
		pts.add(outer(row.get(row.size() - 1), row.get(row.size() - 2)));
		Stroke pen = row.get(0).pen();
		return Stroke.of(pts, pen.rgb(), pen.width(), true);
	}

	/** The end of a mark farther from its neighbour in the row. */
	private static double[] outer(Mark m, Mark neighbour) {
		double da = Math.hypot(m.a()[0] - neighbour.cx(), m.a()[1] - neighbour.cy());
		double db = Math.hypot(m.b()[0] - neighbour.cx(), m.b()[1] - neighbour.cy());
		return da >= db ? m.a() : m.b();
	}
}
