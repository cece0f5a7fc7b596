package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.Plot;

/**
 * The marks a dotted or dashed line is drawn with, each its own path: strokes under {@link #DASH} long inside a frame
 * (pieces drawn one from where the last stopped taken together), less the frame's ticks on its sides and the dots of
 * a dotted grid. {@link DottedLines} walks them into lines.
 */
final class DotMarks {

	/** A dot or a short dash is at most this long (points); a longer mark, up to {@link #DASH}, is a dash. */
	static final double MARK = 4;
	/**
	 * A curve's dash may be this long (points): Infineon draws its hot transfer curves in 6.8 pt dashes. A row of
	 * dashes this long is a curve's only where enough of them run at a slope ({@link #slanted}): a dashed grid's
	 * pieces run level or upright.
	 */
	static final double DASH = 8;
	/** A dash is slanted when it rises (or runs) by this share of its length or more. */
	private static final double SLANT = 0.1;
	/** Marks level within this (points) lie on one line. */
	static final double LEVEL = 0.3;
	/** Fewest marks on one level line across half the frame that make it a dotted grid line. */
	private static final int GRID_MARKS = 10;
	/** Pieces of one mark touch within this (points), as pieces of a curve join. */
	private static final double TOUCH = 0.75;
	private static final double PEN_MAX = 4;
	private static final int PAPER = 0xFFFFFF;

	private DotMarks() {
	}

	/** One mark: its pen, its ends, and the strokes it was drawn with. */
	record Mark(Stroke pen, double[] a, double[] b, List<Stroke> parts) {
		double cx() {
			return (a[0] + b[0]) / 2;
		}

		double cy() {
			return (a[1] + b[1]) / 2;
		}

		double length() {
			return Planar.length(b[0] - a[0], b[1] - a[1]);
		}

		/** Longer than a dot or a short dash ({@link #MARK}). */
		boolean dash() {
			return length() > MARK;
		}

		/** Whether it runs neither level nor upright: it rises and runs by a tenth of its length or more. */
		boolean slanted() {
			return Math.min(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) >= SLANT * length();
		}
	}

	/**
	 * The marks of one pen that are neither on the frame's sides (its ticks) nor on a dotted grid line:
	 * {@link #GRID_MARKS} or more marks in a row level (or upright) within {@link #LEVEL} of each other, across half
	 * the frame or more. A curve drawn in dots runs level that far only along an axis; the dots of a grid's level
	 * lines standing one above another are too far apart to be an upright one.
	 */
	static List<Mark> offTheGrid(Plot.Box f, List<Mark> marks) {
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
	 * Adds to the grid the runs of a level (or upright) line's marks, in order along it, each within
	 * {@link DottedLines#GAP} of the next, that hold {@link #GRID_MARKS} marks or more and reach across half the
	 * frame's side.
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
			if (i == sorted.size()
					|| along.applyAsDouble(sorted.get(i)) - along.applyAsDouble(sorted.get(i - 1)) > DottedLines.GAP) {
				if (i - from >= GRID_MARKS && along.applyAsDouble(sorted.get(i - 1))
						- along.applyAsDouble(sorted.get(from)) >= side / 2) {
					grid.addAll(sorted.subList(from, i));
				}
				from = i;
			}
		}
	}

	/**
	 * Strokes of one colour are of one pen when their widths are within this factor of each other: a mark filled as a
	 * quadrilateral is as wide as its corners leave it (ST's 0.8 pt dashes, their corners on a coarse grid, measure
	 * 0.73 to 0.99 pt across, the square halves of its dots 0.57 pt).
	 */
	private static final double PEN_SPREAD = 1.75;

	/** Strokes of one pen: one colour, widths within {@link #PEN_SPREAD} of each other. */
	static boolean onePen(Stroke a, Stroke b) {
		return a.rgb() == b.rgb() && a.dashed() == b.dashed()
				&& Math.max(a.width(), b.width()) <= PEN_SPREAD * Math.min(a.width(), b.width());
	}

	/**
	 * The ends of a mark and a piece that touches it (an end of one within {@link #TOUCH} of the other: end to end,
	 * or overlapping where a dash bends at a corner of its polyline) that lie farthest apart, the mark's first end
	 * first where it is one of them; null when they do not touch.
	 */
	private static double[][] farthest(Mark open, double[] first, double[] last) {
		double[][] all = { open.a(), open.b(), first, last };
		boolean touch = false;
		for (int i = 0; i < 4; i++) {
			double[] p = all[i];
			double[] u = all[i < 2 ? 2 : 0];
			double[] v = all[i < 2 ? 3 : 1];
			touch |= java.awt.geom.Line2D.ptSegDist(u[0], u[1], v[0], v[1], p[0], p[1]) <= TOUCH;
		}
		if (!touch) {
			return null;
		}
		double[][] best = null;
		double far = -1;
		for (int i = 0; i < 4; i++) {
			for (int j = i + 1; j < 4; j++) {
				double d = Planar.length(all[j][0] - all[i][0], all[j][1] - all[i][1]);
				if (d > far + 1e-9) {
					far = d;
					best = new double[][] { all[i], all[j] };
				}
			}
		}
		return best;
	}

	/**
	 * The small strokes inside the frame (1.5 pt slack), in drawing order; a piece drawn touching the last one is part
	 * of its mark.
	 */
	static List<Mark> of(Plot.Box f, List<Stroke> strokes) {
		List<Mark> out = new ArrayList<>();
		Mark open = null;
		for (Stroke s : strokes) {
			double[] b = s.bounds();
			if (s.dashed() || s.size() < 2 || s.width() > PEN_MAX || s.rgb() == PAPER
					|| Planar.length(b[2] - b[0], b[3] - b[1]) > DASH || !f.contains(b[0], b[1], 1.5)
					|| !f.contains(b[2], b[3], 1.5)) {
				open = null;
				continue;
			}
			double[] first = { s.xs()[0], s.ys()[0] };
			double[] last = { s.xs()[s.size() - 1], s.ys()[s.size() - 1] };
			// a mark drawn in two pieces, one touching the other (the second from where the first stopped or a little
			// back along it, or two filled halves of a dot side by side), up to a short dash's length, or a dash's where
			// it runs at a slope (the pieces of a level or upright line drawn in short pieces stay apart)
			double[][] ends = open == null || !onePen(open.pen(), s) ? null : farthest(open, first, last);
			Mark joined = ends == null ? null : new Mark(open.pen(), ends[0], ends[1], new ArrayList<>(open.parts()));
			if (joined != null && (joined.length() <= MARK || joined.length() <= DASH && joined.slanted())) {
				joined.parts().add(s);
				open = joined;
				out.set(out.size() - 1, open);
				continue;
			}
			open = new Mark(s, first, last, List.of(s));
			out.add(open);
		}
		return out;
	}
}
