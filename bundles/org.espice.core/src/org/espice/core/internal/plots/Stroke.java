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
 */
record Stroke(double[] xs, double[] ys, int rgb, double width, boolean dashed) {

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
}
