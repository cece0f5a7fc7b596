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

	/** One mark: its pen, its two farthest points and its centre. */
	private record Mark(Stroke pen, double[] a, double[] b) {
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

	/** The strokes with the dotted and dashed lines of the frame's region added, each as one dashed stroke. */
	static List<Stroke> with(Plot.Box f, List<Stroke> strokes) {
		List<Stroke> lines = in(f, strokes);
		if (lines.isEmpty()) {
			return strokes;
		}
		List<Stroke> out = new ArrayList<>(strokes);
		out.addAll(lines);
		return out;
	}

	/** The dotted and dashed lines drawn mark by mark within the frame (1.5 pt slack). */
	static List<Stroke> in(Plot.Box f, List<Stroke> strokes) {
		Map<Long, List<Mark>> byPen = new HashMap<>();
		for (Mark m : marks(f, strokes)) {
			byPen.computeIfAbsent(Math.round(m.pen().width() * 20) * 0x1000000L + m.pen().rgb(), k -> new ArrayList<>())
					.add(m);
		}
		List<Stroke> out = new ArrayList<>();
		for (List<Mark> marks : byPen.values()) {
			for (List<Mark> row : rows(marks)) {
				out.add(line(row));
			}
		}
		return out;
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
				open = new Mark(open.pen(), open.a(), last);
				out.set(out.size() - 1, open);
				continue;
			}
			open = new Mark(s, first, last);
			out.add(open);
		}
		return out;
	}

	/** The rows of marks of one pen, each in order along it, at least {@link #MIN_MARKS} long. */
	private static List<List<Mark>> rows(List<Mark> marks) {
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
		boolean[] used = new boolean[marks.size()];
		List<List<Mark>> out = new ArrayList<>();
		// rows start at an end: a mark with one neighbour
		for (int i = 0; i < marks.size(); i++) {
			if (!used[i] && near.get(i).size() == 1) {
				List<Mark> row = walk(i, marks, near, used);
				if (row.size() >= MIN_MARKS) {
					out.add(row);
				}
			}
		}
		return out;
	}

	private static long cell(double x, double y, double cell) {
		return Math.round(x / cell) * 1_000_003L + Math.round(y / cell);
	}

	/** The marks whose facing ends stand within {@link #GAP} of this one's. */
	private static List<Integer> neighbours(int i, List<Mark> marks, Map<Long, List<Integer>> grid, double cell) {
		Mark m = marks.get(i);
		long kx = Math.round(m.cx() / cell);
		long ky = Math.round(m.cy() / cell);
		List<Integer> out = new ArrayList<>();
		for (long dx = -1; dx <= 1; dx++) {
			for (long dy = -1; dy <= 1; dy++) {
				for (int j : grid.getOrDefault((kx + dx) * 1_000_003L + ky + dy, List.of())) {
					if (j != i && gap(m, marks.get(j)) <= GAP) {
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

	/** The row from an end mark: each step to the neighbour that carries on straightest, evenly spaced. */
	private static List<Mark> walk(int start, List<Mark> marks, List<List<Integer>> near, boolean[] used) {
		List<Mark> row = new ArrayList<>();
		List<Integer> taken = new ArrayList<>();
		int at = start;
		double ux = 0, uy = 0, step = 0;
		while (true) {
			used[at] = true;
			taken.add(at);
			row.add(marks.get(at));
			Mark m = marks.get(at);
			int best = -1;
			double bestCos = STRAIGHT_ON;
			double bestStep = Double.MAX_VALUE;
			for (int j : near.get(at)) {
				if (used[j]) {
					continue;
				}
				Mark n = marks.get(j);
				double vx = n.cx() - m.cx(), vy = n.cy() - m.cy();
				double len = Math.hypot(vx, vy);
				if (len < 1e-6 || !alongRow(m, vx, vy, len) || !alongRow(n, vx, vy, len)) {
					continue;
				}
				if (step == 0) {
					if (len < bestStep) { // the first step: the nearest mark
						best = j;
						bestStep = len;
					}
					continue;
				}
				double cos = (ux * vx + uy * vy) / len;
				if (cos > bestCos && len <= EVEN * step && len >= step / EVEN) {
					best = j;
					bestCos = cos;
					bestStep = len;
				}
			}
			if (best < 0) {
				break;
			}
			Mark n = marks.get(best);
			ux = (n.cx() - m.cx()) / bestStep;
			uy = (n.cy() - m.cy()) / bestStep;
			step = bestStep;
			at = best;
		}
		if (row.size() < MIN_MARKS) {
			// too short for a line: its marks may still end another row
			taken.subList(1, taken.size()).forEach(j -> used[j] = false);
		}
		return row;
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
