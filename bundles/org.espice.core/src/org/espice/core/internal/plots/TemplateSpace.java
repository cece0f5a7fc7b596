package org.espice.core.internal.plots;

import java.util.List;

/**
 * An upper bound on a raster's correlation with every template in every reading direction, for a fraction of what
 * the correlations cost: the templates, each turned as a turned raster meets it, lie close to a space of few
 * dimensions, so a raster's correlation with a template is its projection's dot product with the template's plus a
 * rest that is at most the product of the two lengths left outside the space (Cauchy-Schwarz). The bound only
 * decides which comparisons can be skipped; a comparison that is made is made in full.
 */
final class TemplateSpace {

	/** Dimensions of the space: the templates' most common shapes. */
	static final int DIMS = 32;
	/** Added to every bound: far more than the rounding of the float sums it bounds. */
	private static final double SLACK = 1e-4;
	/** Rounds of power iteration refining the space (its quality only tightens the bound). */
	private static final int ROUNDS = 8;

	private final int cells;
	/** Orthonormal rows spanning the space. */
	private final double[][] basis;
	/** Per reading direction and template, the template's coordinates in the space and the length left outside. */
	private final double[][][] inside;
	private final double[][] outside;

	/**
	 * @param turned per reading direction, each template's raster as a raster read that way meets it: the correlation
	 *               in that direction is the plain dot product with the raster as drawn
	 */
	TemplateSpace(List<float[][]> turned) {
		cells = turned.get(0)[0].length;
		double[][] all = turned.stream().flatMap(java.util.Arrays::stream).map(TemplateSpace::widen)
				.toArray(double[][]::new);
		basis = span(all, Math.min(DIMS, all.length));
		inside = new double[turned.size()][][];
		outside = new double[turned.size()][];
		for (int k = 0; k < turned.size(); k++) {
			float[][] ts = turned.get(k);
			inside[k] = new double[ts.length][];
			outside[k] = new double[ts.length];
			for (int t = 0; t < ts.length; t++) {
				double[] v = widen(ts[t]);
				inside[k][t] = project(v);
				outside[k][t] = rest(dot(v, v), inside[k][t]);
			}
		}
	}

	/** Per reading direction and template, a number at least the raster's correlation with the template. */
	double[][] bounds(float[] raster) {
		double[][] out = new double[inside.length][];
		if (raster == null) { // a flat raster correlates with nothing
			for (int k = 0; k < out.length; k++) {
				out[k] = new double[inside[k].length];
				java.util.Arrays.fill(out[k], SLACK);
			}
			return out;
		}
		double[] v = widen(raster);
		double[] p = project(v);
		double rest = rest(dot(v, v), p);
		for (int k = 0; k < out.length; k++) {
			out[k] = new double[inside[k].length];
			for (int t = 0; t < out[k].length; t++) {
				out[k][t] = dot(p, inside[k][t]) + rest * outside[k][t] + SLACK;
			}
		}
		return out;
	}

	private double[] project(double[] v) {
		double[] p = new double[basis.length];
		for (int j = 0; j < basis.length; j++) {
			p[j] = dot(basis[j], v);
		}
		return p;
	}

	/** The length outside the space of a vector of squared length {@code squared} with these coordinates in it. */
	private static double rest(double squared, double[] p) {
		return Math.sqrt(Math.max(0, squared - dot(p, p)));
	}

	private static double dot(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	private static double[] widen(float[] f) {
		double[] d = new double[f.length];
		for (int i = 0; i < f.length; i++) {
			d[i] = f[i];
		}
		return d;
	}

	/**
	 * The {@code dims} directions along which the vectors vary most, nearly: the vectors that stand out most after
	 * those chosen before (pivoted Gram-Schmidt), refined by power iteration on the vectors' scatter.
	 */
	private double[][] span(double[][] vectors, int dims) {
		double[][] residual = new double[vectors.length][];
		for (int i = 0; i < vectors.length; i++) {
			residual[i] = vectors[i].clone();
		}
		double[][] b = new double[dims][];
		for (int j = 0; j < dims; j++) {
			int pick = 0;
			for (int i = 1; i < residual.length; i++) {
				if (dot(residual[i], residual[i]) > dot(residual[pick], residual[pick])) {
					pick = i;
				}
			}
			b[j] = residual[pick].clone();
			normalise(b[j]);
			for (double[] r : residual) {
				double c = dot(r, b[j]);
				for (int i = 0; i < cells; i++) {
					r[i] -= c * b[j][i];
				}
			}
		}
		for (int round = 0; round < ROUNDS; round++) {
			double[][] next = new double[dims][cells];
			for (double[] v : vectors) {
				for (int j = 0; j < dims; j++) {
					double c = dot(v, b[j]);
					for (int i = 0; i < cells; i++) {
						next[j][i] += c * v[i];
					}
				}
			}
			b = next;
			orthonormalise(b);
		}
		orthonormalise(b);
		return b;
	}

	/** Modified Gram-Schmidt, twice over for rows orthonormal to rounding. */
	private void orthonormalise(double[][] rows) {
		for (int pass = 0; pass < 2; pass++) {
			for (int j = 0; j < rows.length; j++) {
				for (int l = 0; l < j; l++) {
					double c = dot(rows[j], rows[l]);
					for (int i = 0; i < cells; i++) {
						rows[j][i] -= c * rows[l][i];
					}
				}
				normalise(rows[j]);
			}
		}
	}

	private static void normalise(double[] v) {
		double n = Math.sqrt(dot(v, v));
		for (int i = 0; i < v.length; i++) {
			v[i] = n > 0 ? v[i] / n : 0;
		}
	}
}
