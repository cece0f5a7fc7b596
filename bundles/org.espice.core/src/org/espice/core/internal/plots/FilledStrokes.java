package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines drawn as the filled outline of a stroke. Some PDF producers turn every stroke into a fill of its outline: a
 * curve becomes a thin polygon that runs along one edge and back along the other, a grid line a thin bar with
 * rounded ends, a frame a ring (the outer edge, then the inner edge). Such a fill is a band: its area over half its
 * perimeter is its width, and that width is small against its length. The band's centre line is the stroke that was
 * meant: each point of one edge is paired with the nearest point of the other (at the two ends, where the edges
 * meet, the line may stop within half a pen width of the true end).
 */
final class FilledStrokes {

	/** A band's centre line and its width. */
	record Band(List<double[]> line, double width) {
	}

	/** Thinner than this, a fill covers nothing a reader sees (a path traced out and back onto itself). */
	private static final double MIN_WIDTH = 0.05;
	/** Wider than this, a fill is a shape (a bar, a marker, a legend swatch), not a line. */
	static final double MAX_WIDTH = 2.5;
	/** A band shorter than this many widths is a dash or a glyph's stem, not a line. */
	private static final double MIN_LENGTH_IN_WIDTHS = 12;
	/** A quadrilateral is a segment of a stroke when its long sides are this many times its short ones. */
	private static final double SEGMENT_LENGTH_IN_WIDTHS = 4;
	/** Shorter than this, a quadrilateral is a glyph's part or a marker's, not a segment of a curve... */
	private static final double MIN_SEGMENT = 3;
	/**
	 * ...unless it is a dash or a dot of a dashed or dotted curve drawn as a filled quadrilateral per mark (ST's): a
	 * dash at least this many times as long as it is wide, a dot no longer than {@link DottedLines#DOT} (a marker is
	 * larger). {@link DottedLines} makes lines of them.
	 */
	private static final double DASH_LENGTH_IN_WIDTHS = 1.5;
	/** Shorter than this, a band is too small to be part of a plot's frame, grid or curve. */
	private static final double MIN_LENGTH = 20;

	private FilledStrokes() {
	}

	/**
	 * The stroke whose outline a closed polygon is, or null when it is not a thin band.
	 *
	 * @param polygon the fill's points, closed or not
	 */
	static Band band(List<double[]> polygon) {
		List<double[]> pts = open(polygon);
		if (pts.size() == 4) {
			return segment(pts);
		}
		if (pts.size() < 6) {
			return null;
		}
		double area = 0;
		double perimeter = 0;
		for (int i = 0; i < pts.size(); i++) {
			double[] a = pts.get(i);
			double[] b = pts.get((i + 1) % pts.size());
			area += a[0] * b[1] - b[0] * a[1];
			perimeter += Planar.length(b[0] - a[0], b[1] - a[1]);
		}
		double length = perimeter / 2;
		double width = Math.abs(area) / 2 / length; // the shoelace sum is twice the area
		if (width < MIN_WIDTH || width > MAX_WIDTH || length < MIN_LENGTH
				|| length < MIN_LENGTH_IN_WIDTHS * Math.max(width, 0.1)) {
			return null;
		}
		int back = returnToStart(pts);
		List<double[]> line = back > 0 && nested(pts, back) ? ring(pts, back, width) : outAndBack(pts, width);
		return line == null || line.size() < 2 ? null : new Band(line, width);
	}

	/**
	 * The straight stroke a four-cornered fill is when two opposite sides are short and nearly parallel to each other
	 * and the other two long: one segment of a curve some producers draw as a quadrilateral per segment. Its line
	 * runs between the middles of the short sides; null for any other quadrilateral (a bar, a marker, a glyph's part).
	 */
	private static Band segment(List<double[]> q) {
		double[] side = new double[4];
		for (int i = 0; i < 4; i++) {
			double[] a = q.get(i);
			double[] b = q.get((i + 1) % 4);
			side[i] = Planar.length(b[0] - a[0], b[1] - a[1]);
		}
		int s = side[0] + side[2] < side[1] + side[3] ? 0 : 1; // the first short side
		double shortSide = Math.max(side[s], side[s + 2]);
		double longSide = Math.min(side[s + 1], side[(s + 3) % 4]);
		double area = 0;
		for (int i = 0; i < 4; i++) {
			double[] a = q.get(i);
			double[] b = q.get((i + 1) % 4);
			area += a[0] * b[1] - b[0] * a[1];
		}
		double width = Math.abs(area) / 2 / Math.max(longSide, 1e-9);
		boolean segment = longSide >= SEGMENT_LENGTH_IN_WIDTHS * shortSide && longSide >= MIN_SEGMENT;
		boolean mark = longSide <= DotMarks.DASH
				&& (longSide >= DASH_LENGTH_IN_WIDTHS * shortSide || longSide <= DottedLines.DOT);
		if (width < MIN_WIDTH || shortSide > MAX_WIDTH || !segment && !mark
				|| Math.abs(width - shortSide) > 0.5 * shortSide) {
			return null; // a slanted short side is wider than the pen; one much wider than the band is no stroke's end
		}
		double[] a = mid(q.get(s), q.get(s + 1));
		double[] b = mid(q.get(s + 2), q.get((s + 3) % 4));
		return new Band(List.of(a, b), width);
	}

	private static double[] mid(double[] a, double[] b) {
		return new double[] { (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 };
	}

	/**
	 * The ring that two nested loops of one fill make (a frame drawn as its outer edge and its inner edge, as two
	 * subpaths), as its closed centre line, or null when they are not the two edges of one thin ring.
	 */
	static Band ring(List<double[]> outer, List<double[]> inner) {
		List<double[]> a = open(outer);
		List<double[]> b = open(inner);
		if (a.size() < 4 || b.size() < 4) {
			return null;
		}
		double[] ba = bounds(a);
		double[] bb = bounds(b);
		if (bb[0] < ba[0] || bb[1] < ba[1] || bb[2] > ba[2] || bb[3] > ba[3]) {
			double[] t = ba;
			ba = bb;
			bb = t;
			List<double[]> u = a;
			a = b;
			b = u;
		}
		double width = sideGap(ba, bb);
		if (bb[0] < ba[0] || bb[1] < ba[1] || bb[2] > ba[2] || bb[3] > ba[3] || width > MAX_WIDTH
				|| Math.min(bb[2] - bb[0], bb[3] - bb[1]) < MIN_LENGTH) {
			return null;
		}
		List<double[]> line = midline(a, b, width);
		if (line == null) {
			return null;
		}
		line.add(line.get(0).clone());
		return new Band(line, Math.max(0.1, width));
	}

	/**
	 * The parts of a line inside a box (the page's clip: producers that fill a curve's outline often let it run far
	 * outside the plot and clip it there), with the points where it crosses the box's edge.
	 */
	static List<List<double[]>> inside(List<double[]> line, double x0, double y0, double x1, double y1) {
		List<List<double[]>> parts = new ArrayList<>();
		List<double[]> part = null;
		for (int i = 0; i < line.size(); i++) {
			double[] p = line.get(i);
			boolean in = p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1;
			double[] prev = i > 0 ? line.get(i - 1) : null;
			if (in) {
				if (part == null) {
					part = new ArrayList<>();
					parts.add(part);
					if (prev != null) {
						part.add(crossing(p, prev, x0, y0, x1, y1));
					}
				}
				part.add(p);
			} else if (part != null) {
				part.add(crossing(prev, p, x0, y0, x1, y1));
				part = null;
			}
		}
		parts.removeIf(q -> q.size() < 2);
		return parts;
	}

	/** Where the segment from {@code in} (inside the box) to {@code out} leaves the box. */
	private static double[] crossing(double[] in, double[] out, double x0, double y0, double x1, double y1) {
		double t = 1;
		double dx = out[0] - in[0];
		double dy = out[1] - in[1];
		if (dx != 0) {
			t = Math.min(t, Math.max((x0 - in[0]) / dx, (x1 - in[0]) / dx));
		}
		if (dy != 0) {
			t = Math.min(t, Math.max((y0 - in[1]) / dy, (y1 - in[1]) / dy));
		}
		return new double[] { in[0] + t * dx, in[1] + t * dy };
	}

	private static double[] bounds(List<double[]> pts) {
		double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (double[] p : pts) {
			b[0] = Math.min(b[0], p[0]);
			b[1] = Math.min(b[1], p[1]);
			b[2] = Math.max(b[2], p[0]);
			b[3] = Math.max(b[3], p[1]);
		}
		return b;
	}

	/** The points without a closing point that repeats the first. */
	private static List<double[]> open(List<double[]> polygon) {
		List<double[]> pts = new ArrayList<>(polygon);
		while (pts.size() > 1 && near(pts.get(0), pts.get(pts.size() - 1))) {
			pts.remove(pts.size() - 1);
		}
		return pts;
	}

	/** Where the outline comes back to its first point before its end (a ring: outer edge, then inner), or -1. */
	private static int returnToStart(List<double[]> pts) {
		for (int i = 3; i < pts.size() - 3; i++) {
			if (near(pts.get(i), pts.get(0))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Whether the outline's two loops, split where it comes back to its start, are a ring's edges: their boxes within
	 * {@link #MAX_WIDTH} of each other on every side. An open band that ends where it began, going round its rounded
	 * start cap a second time (AOS's curves), is no ring: its second loop is the cap.
	 */
	private static boolean nested(List<double[]> pts, int back) {
		return sideGap(bounds(pts.subList(0, back)), bounds(pts.subList(back, pts.size()))) <= MAX_WIDTH;
	}

	/** The widest gap between two boxes' matching sides {x0, y0, x1, y1}: a ring's width, one box inside the other. */
	private static double sideGap(double[] a, double[] b) {
		double gap = 0;
		for (int k = 0; k < 4; k++) {
			gap = Math.max(gap, Math.abs(a[k] - b[k]));
		}
		return gap;
	}

	/** A ring's centre line: the outer loop, each point moved half way to the inner loop; closed. */
	private static List<double[]> ring(List<double[]> pts, int back, double width) {
		List<double[]> outer = pts.subList(0, back);
		List<double[]> inner = pts.subList(back + 1, pts.size());
		List<double[]> line = midline(outer, inner, width);
		if (line != null) {
			line.add(line.get(0).clone());
		}
		return line;
	}

	/**
	 * An open band's centre line: its two ends are the points farthest apart along it, which split the outline into
	 * the two edges.
	 */
	private static List<double[]> outAndBack(List<double[]> pts, double width) {
		int e1 = farthest(pts, pts.get(0));
		int e2 = farthest(pts, pts.get(e1));
		int from = Math.min(e1, e2);
		int to = Math.max(e1, e2);
		List<double[]> one = new ArrayList<>(pts.subList(from, to + 1));
		List<double[]> other = new ArrayList<>(pts.subList(to, pts.size()));
		other.addAll(pts.subList(0, from + 1));
		return midline(one, other, width);
	}

	private static int farthest(List<double[]> pts, double[] from) {
		int best = 0;
		double d = -1;
		for (int i = 0; i < pts.size(); i++) {
			double e = Planar.length(pts.get(i)[0] - from[0], pts.get(i)[1] - from[1]);
			if (e > d) {
				d = e;
				best = i;
			}
		}
		return best;
	}

	/**
	 * Each point of {@code edge} moved half way to the nearest point on {@code opposite}'s segments. The two edges run
	 * side by side, so the nearest segment is looked for near the one the previous point found, and over the whole
	 * edge when none there is within one and a half band widths.
	 */
	private static List<double[]> midline(List<double[]> edge, List<double[]> opposite, double width) {
		if (edge.size() < 2 || opposite.size() < 2) {
			return null;
		}
		List<double[]> line = new ArrayList<>(edge.size());
		int at = -1;
		for (double[] p : edge) {
			double[] q = null;
			if (at > 0) {
				q = nearest(p, opposite, Math.max(1, at - WINDOW), Math.min(opposite.size(), at + WINDOW + 1));
			}
			if (q == null || q[2] > Math.max(0.5, 1.5 * width)) {
				q = nearest(p, opposite, 1, opposite.size());
			}
			at = (int) q[3];
			line.add(new double[] { (p[0] + q[0]) / 2, (p[1] + q[1]) / 2 });
		}
		return line;
	}

	/** How many segments either side of the last one found the nearest one is first looked for. */
	private static final int WINDOW = 24;

	/** The nearest point to p on segments {@code from..to-1} (ending at those indices): x, y, distance, segment. */
	private static double[] nearest(double[] p, List<double[]> polyline, int from, int to) {
		double[] best = null;
		for (int i = from; i < to; i++) {
			double[] a = polyline.get(i - 1);
			double[] b = polyline.get(i);
			double dx = b[0] - a[0];
			double dy = b[1] - a[1];
			double len2 = dx * dx + dy * dy;
			double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
			double qx = a[0] + t * dx;
			double qy = a[1] + t * dy;
			double d2 = (qx - p[0]) * (qx - p[0]) + (qy - p[1]) * (qy - p[1]);
			if (best == null || d2 < best[2]) {
				best = new double[] { qx, qy, d2, i };
			}
		}
		best[2] = Math.sqrt(best[2]);
		return best;
	}

	private static boolean near(double[] a, double[] b) {
		return Math.abs(a[0] - b[0]) < 0.05 && Math.abs(a[1] - b[1]) < 0.05;
	}
}
