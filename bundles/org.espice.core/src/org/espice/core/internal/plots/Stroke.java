package org.espice.core.internal.plots;

import java.util.List;

/**
 * One stroked polyline of a page in PDF user space, with the ink it was drawn in.
 *
 * @param xs     x of each vertex
 * @param ys     y of each vertex
 * @param rgb    stroke colour as 0xRRGGBB
 * @param width  line width in points
 * @param dashed whether a dash pattern was set
 * @param bounds the bounding box {x0, y0, x1, y1}
 */
record Stroke(double[] xs, double[] ys, int rgb, double width, boolean dashed, double[] bounds) {

	Stroke(double[] xs, double[] ys, int rgb, double width, boolean dashed) {
		this(xs, ys, rgb, width, dashed, bounds(xs, ys));
	}

	/** The bounding box {x0, y0, x1, y1} of a polyline. */
	static double[] bounds(double[] xs, double[] ys) {
		double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (int i = 0; i < xs.length; i++) {
			b[0] = Math.min(b[0], xs[i]);
			b[1] = Math.min(b[1], ys[i]);
			b[2] = Math.max(b[2], xs[i]);
			b[3] = Math.max(b[3], ys[i]);
		}
		return b;
	}

	/** Whether any part of the stroke's bounding box lies within {@code slack} of the box. */
	boolean touches(org.espice.core.Plot.Box f, double slack) {
		return bounds[2] >= f.x0() - slack && bounds[0] <= f.x1() + slack && bounds[3] >= f.y0() - slack
				&& bounds[1] <= f.y1() + slack;
	}

	int size() {
		return xs.length;
	}

	/** Whether two strokes were drawn with the same pen, so that their pieces may belong to one curve. */
	boolean samePen(Stroke o) {
		return rgb == o.rgb && dashed == o.dashed && Math.abs(width - o.width) < 0.05;
	}

	static Stroke of(List<double[]> pts, int rgb, double width, boolean dashed) {
		double[] xs = new double[pts.size()];
		double[] ys = new double[pts.size()];
		for (int i = 0; i < xs.length; i++) {
			xs[i] = pts.get(i)[0];
			ys[i] = pts.get(i)[1];
		}
		return new Stroke(xs, ys, rgb, width, dashed);
	}

	/**
	 * The strokes without repeats: some producers draw a whole plot twice, each line on top of itself, which would
	 * make every curve two series. A repeat has the same ink, width, dash and points (to a hundredth of a point).
	 */
	static List<Stroke> distinct(List<Stroke> strokes) {
		// strokes are first told apart by their ink, pen, size and ends; only those alike there are compared in full
		java.util.Map<Ends, List<Stroke>> seen = new java.util.HashMap<>();
		List<Stroke> out = new java.util.ArrayList<>(strokes.size());
		for (Stroke s : strokes) {
			List<Stroke> alike = seen.computeIfAbsent(new Ends(s), e -> new java.util.ArrayList<>(1));
			if (alike.stream().noneMatch(k -> repeats(k, s))) {
				alike.add(s);
				out.add(s);
			}
		}
		return out;
	}

	/** Whether two strokes have the same ink, width, dash and points, to a hundredth of a point. */
	static boolean repeats(Stroke a, Stroke b) {
		if (a.rgb != b.rgb || a.dashed != b.dashed || hundredths(a.width) != hundredths(b.width) || a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (hundredths(a.xs[i]) != hundredths(b.xs[i]) || hundredths(a.ys[i]) != hundredths(b.ys[i])) {
				return false;
			}
		}
		return true;
	}

	private static long hundredths(double v) {
		return Math.round(v * 100);
	}

	/** What a stroke's repeat has the same of, cheap to compare: its ink, pen, number of points and ends. */
	private record Ends(int rgb, boolean dashed, long width, int size, long x0, long y0, long x1, long y1) {
		Ends(Stroke s) {
			this(s.rgb, s.dashed, hundredths(s.width), s.size(), s.size() == 0 ? 0 : hundredths(s.xs[0]),
					s.size() == 0 ? 0 : hundredths(s.ys[0]), s.size() == 0 ? 0 : hundredths(s.xs[s.size() - 1]),
					s.size() == 0 ? 0 : hundredths(s.ys[s.size() - 1]));
		}
	}
}
