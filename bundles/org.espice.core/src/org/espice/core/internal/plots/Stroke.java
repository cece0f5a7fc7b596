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

	private static double[] bounds(double[] xs, double[] ys) {
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
		java.util.Set<Drawn> seen = new java.util.HashSet<>();
		List<Stroke> out = new java.util.ArrayList<>(strokes.size());
		for (Stroke s : strokes) {
			if (seen.add(new Drawn(s))) {
				out.add(s);
			}
		}
		return out;
	}

	/** What a stroke puts on the page, to compare two strokes by. */
	private static final class Drawn {
		private final long[] key;
		private final int hash;

		Drawn(Stroke s) {
			key = new long[3 + 2 * s.size()];
			key[0] = s.rgb;
			key[1] = s.dashed ? 1 : 0;
			key[2] = Math.round(s.width * 100);
			for (int i = 0; i < s.size(); i++) {
				key[3 + 2 * i] = Math.round(s.xs[i] * 100);
				key[4 + 2 * i] = Math.round(s.ys[i] * 100);
			}
			hash = java.util.Arrays.hashCode(key);
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Drawn d && d.hash == hash && java.util.Arrays.equals(d.key, key);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}
}
