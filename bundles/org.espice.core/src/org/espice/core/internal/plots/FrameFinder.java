package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.espice.core.Plot;

/**
 * Finds candidate plot frames among a page's axis-parallel lines: a long horizontal line and a long vertical line
 * meeting at a bottom-left corner span a frame up to the vertical line's top and the horizontal line's end.
 * Whether a candidate is a plot is decided by its axes (tables and outlines have no tick numbers).
 */
final class FrameFinder {

	/**
	 * A candidate frame with its full-span grid lines inside it.
	 *
	 * @param innerHorizontals the y of each solid horizontal grid line
	 * @param innerVerticals   the x of each solid vertical grid line
	 * @param minorHorizontals the y of each dotted horizontal grid line (minor lines, drawn dot by dot)
	 * @param minorVerticals   the x of each dotted vertical grid line
	 */
	record Frame(Plot.Box box, List<Double> innerHorizontals, List<Double> innerVerticals,
			List<Double> minorHorizontals, List<Double> minorVerticals) {
		boolean gridded() {
			return innerHorizontals.size() + minorHorizontals.size() >= 2
					&& innerVerticals.size() + minorVerticals.size() >= 2;
		}
	}

	/** A merged axis-parallel line: {@code at} is its y (horizontal) or x (vertical). */
	record Line(double at, double from, double to) {
		double length() {
			return to - from;
		}
	}

	static final double MIN_WIDTH = 60;
	static final double MIN_HEIGHT = 45;
	/** Lines wider than this are rules and bars, not axes or grid. */
	private static final double MAX_PEN = 3;
	/** Ticks drawn outward lengthen an edge past the corner by up to this much. */
	private static final double CORNER_SLACK = 8;
	/** The share of a bottom edge a curve drawn along it may add past the corner ({@link #overhung}). */
	private static final double OVERHANG = 0.15;
	/** Widest gap (pt) between the dots of one dotted grid line. */
	private static final double DOT_GAP = 4;
	/** Fewest dots that make a dotted grid line. */
	private static final int MIN_DOTS = 10;

	private FrameFinder() {
	}

	/** The candidate frames among a page's strokes; no frame is wider than most of the page. */
	static List<Frame> find(List<Stroke> strokes, double pageWidth) {
		List<double[]> hs = new ArrayList<>();
		List<double[]> vs = new ArrayList<>();
		List<double[]> hDots = new ArrayList<>();
		List<double[]> vDots = new ArrayList<>();
		for (Stroke s : strokes) {
			double[] b = s.bounds();
			if (s.width() <= MAX_PEN && s.xs().length == 2 && b[2] - b[0] < 2 && b[3] - b[1] < 2) {
				// a dash of a dotted grid line drawn piece by piece
				if (b[3] - b[1] < 0.05 && b[2] > b[0]) {
					hDots.add(new double[] { b[1], b[0], b[2] });
				} else if (b[2] - b[0] < 0.05 && b[3] > b[1]) {
					vDots.add(new double[] { b[0], b[1], b[3] });
				}
			}
			if (s.width() > MAX_PEN || b[2] - b[0] < 2 && b[3] - b[1] < 2) {
				continue; // a pen too wide, or a stroke too small for a piece 2 pt long (a glyph's, a marker's)
			}
			double[] xs = s.xs();
			double[] ys = s.ys();
			for (int i = 1; i < xs.length; i++) {
				double dx = xs[i] - xs[i - 1];
				double dy = ys[i] - ys[i - 1];
				if (Math.abs(dy) <= 0.3 && Math.abs(dx) >= 2) {
					hs.add(new double[] { ys[i], Math.min(xs[i], xs[i - 1]), Math.max(xs[i], xs[i - 1]) });
				} else if (Math.abs(dx) <= 0.3 && Math.abs(dy) >= 2) {
					vs.add(new double[] { xs[i], Math.min(ys[i], ys[i - 1]), Math.max(ys[i], ys[i - 1]) });
				}
			}
		}
		List<Line> horizontals = merge(hs);
		List<Line> verticals = merge(vs);
		List<Line> bottoms = horizontals.stream().filter(l -> l.length() >= MIN_WIDTH).toList();
		List<Line> lefts = verticals.stream().filter(l -> l.length() >= MIN_HEIGHT).toList();
		// dotted grid lines are grid, never a frame's edge
		List<Line> dottedH = dotted(hDots);
		List<Line> dottedV = dotted(vDots);
		List<Frame> frames = new ArrayList<>();
		for (Line h : bottoms) {
			for (Line v : lefts) {
				if (h.at() < v.from() - 2 || h.at() > v.from() + CORNER_SLACK
						|| !(v.at() >= h.from() - 2 && v.at() <= h.from() + CORNER_SLACK || overhung(h, v, lefts))) {
					continue;
				}
				Plot.Box box = new Plot.Box(v.at(), h.at(), h.to(), v.to());
				if (box.width() < MIN_WIDTH || box.height() < MIN_HEIGHT || box.width() > 0.95 * pageWidth
						|| box.width() > 5 * box.height() || box.height() > 4 * box.width()) {
					continue;
				}
				if (frames.stream().anyMatch(f -> same(f.box(), box))) {
					continue;
				}
				List<Double> hIn = inner(horizontals, box.y0(), box.y1(), box.x0(), box.x1());
				List<Double> vIn = inner(verticals, box.x0(), box.x1(), box.y0(), box.y1());
				frames.add(new Frame(box, hIn, vIn, apart(inner(dottedH, box.y0(), box.y1(), box.x0(), box.x1()), hIn),
						apart(inner(dottedV, box.x0(), box.x1(), box.y0(), box.y1()), vIn)));
			}
		}
		frames.sort(Comparator.comparingDouble((Frame f) -> -f.box().width() * f.box().height()));
		return frames;
	}

	/**
	 * Whether the bottom line runs on a little left of the vertical line standing on it, and no other does so nearer
	 * its start: a curve drawn along the x axis from beyond the frame (clipped there, a body diode's current at zero
	 * from 0 V on an axis starting at 0.2 V) lengthens the merged bottom edge past the corner.
	 */
	private static boolean overhung(Line h, Line v, List<Line> lefts) {
		if (v.at() <= h.from() + CORNER_SLACK || v.at() - h.from() > OVERHANG * h.length()) {
			return false;
		}
		return lefts.stream().noneMatch(u -> u != v && u.at() >= h.from() - 2 && u.at() < v.at()
				&& h.at() >= u.from() - 2 && h.at() <= u.from() + CORNER_SLACK);
	}

	/** Where the lines strictly between {@code lo} and {@code hi} that span most of {@code from..to} stand, in order. */
	private static List<Double> inner(List<Line> lines, double lo, double hi, double from, double to) {
		List<Double> at = new ArrayList<>();
		for (Line l : lines) {
			if (l.at() > lo + 2 && l.at() < hi - 2 && l.from() <= from + 0.1 * (to - from)
					&& l.to() >= to - 0.1 * (to - from)) {
				at.add(l.at());
			}
		}
		at.sort(null);
		return List.copyOf(at);
	}

	/** The dotted lines that stand apart from every solid one. */
	private static List<Double> apart(List<Double> dotted, List<Double> solid) {
		return dotted.stream().filter(d -> solid.stream().noneMatch(s -> Math.abs(s - d) < 1)).toList();
	}

	/**
	 * The dotted lines among short collinear dashes (same {@code at} within 0.3 pt): at least {@link #MIN_DOTS} of
	 * them in a row, each within {@link #DOT_GAP} of the next.
	 */
	private static List<Line> dotted(List<double[]> dashes) {
		return runs(dashes, 0.3, DOT_GAP, MIN_DOTS);
	}

	static boolean same(Plot.Box a, Plot.Box b) {
		return Math.abs(a.x0() - b.x0()) < 3 && Math.abs(a.x1() - b.x1()) < 3 && Math.abs(a.y0() - b.y0()) < 3
				&& Math.abs(a.y1() - b.y1()) < 3;
	}

	/** Joins collinear pieces (same {@code at} within 0.8 pt) that touch or overlap. */
	private static List<Line> merge(List<double[]> pieces) {
		return runs(pieces, 0.8, 1.5, 1);
	}

	/**
	 * The lines that runs of collinear pieces ({@code at} within {@code sameAt} of the first) make, each piece
	 * starting within {@code gap} of where the run so far ends, runs of {@code fewest} pieces or more.
	 */
	private static List<Line> runs(List<double[]> pieces, double sameAt, double gap, int fewest) {
		pieces.sort(Comparator.comparingDouble((double[] p) -> p[0]).thenComparingDouble(p -> p[1]));
		List<Line> out = new ArrayList<>();
		int i = 0;
		while (i < pieces.size()) {
			int j = i;
			double at = pieces.get(i)[0];
			while (j < pieces.size() && pieces.get(j)[0] - at <= sameAt) {
				j++;
			}
			List<double[]> group = new ArrayList<>(pieces.subList(i, j));
			group.sort(Comparator.comparingDouble(p -> p[1]));
			double from = group.get(0)[1];
			double to = group.get(0)[2];
			int n = 0;
			for (double[] p : group) {
				if (p[1] > to + gap) {
					if (n >= fewest) {
						out.add(new Line(at, from, to));
					}
					from = p[1];
					n = 0;
				}
				to = Math.max(to, p[2]);
				n++;
			}
			if (n >= fewest) {
				out.add(new Line(at, from, to));
			}
			i = j;
		}
		return out;
	}
}
