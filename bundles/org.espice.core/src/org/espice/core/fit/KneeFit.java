package org.espice.core.fit;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntPredicate;

import org.espice.core.TaskMonitor;
import org.espice.core.spice.CapacitanceKnee;

/**
 * What the knee fits share ({@link CgdFit}'s Cgd law, {@link JunctionKnee}'s output junction): a law with a
 * {@link CapacitanceKnee} beside it, fitted on the log error by least squares from starts with the knee at voltages
 * spread over the curve, each at a sharp and a broad width. The law's coordinates come first; the knee's three,
 * ln C, ln V0 and ln(W / V0), last.
 */
final class KneeFit {

	/** Points a curve must be read at before a knee's three parameters more are fitted to it. */
	static final int POINTS = 9;
	/** A knee is kept when its held-out error is at most this share of the law's alone. */
	static final double GAIN = 0.5;
	/** How far (in ln) a capacitance may go beyond the curve's own range. */
	static final double LN_RANGE = 20;
	/** The knee's width against its voltage: from a sharp step to a slope over the curve. */
	private static final double WIDTH_LO = 0.1;
	private static final double WIDTH_HI = 3;
	private static final double[] WIDTH_STARTS = { 0.2, 1 };
	/** Knee voltages tried as starts, spread over the curve's voltages on a log scale. */
	private static final int STARTS = 6;

	/** The curve's voltages (the least above 0 V: a curve may be drawn from 0 V) and capacitances, least and most. */
	record Range(double vLo, double vHi, double cLo, double cHi) {

		static Range of(double[][] pts) {
			double vLo = Double.POSITIVE_INFINITY;
			double vHi = 0;
			double cLo = Double.POSITIVE_INFINITY;
			double cHi = 0;
			for (int i = 0; i < pts[0].length; i++) {
				vLo = pts[0][i] > 0 ? Math.min(vLo, pts[0][i]) : vLo;
				vHi = Math.max(vHi, pts[0][i]);
				cLo = Math.min(cLo, pts[1][i]);
				cHi = Math.max(cHi, pts[1][i]);
			}
			return new Range(vLo, vHi, cLo, cHi);
		}
	}

	private KneeFit() {
	}

	/**
	 * The coordinates with the least squared log error over the points {@code use} selects.
	 *
	 * @param lawLo     the law's lower bounds
	 * @param lawHi     its upper bounds
	 * @param lawStarts starts of the law's coordinates, each tried with every start of the knee's
	 * @param model     Cds or Cgd against voltage for a set of coordinates, the law's and the knee's
	 */
	static double[] fit(double[][] pts, IntPredicate use, Range r, double[] lawLo, double[] lawHi,
			List<double[]> lawStarts, Function<double[], DoubleUnaryOperator> model) {
		double[] lo = append(lawLo, Math.log(r.cLo()) - LN_RANGE, Math.log(r.vLo() / 10), Math.log(WIDTH_LO));
		double[] hi = append(lawHi, Math.log(r.cHi()) + LN_RANGE, Math.log(r.vHi() * 10), Math.log(WIDTH_HI));
		Function<double[], double[]> residuals = x -> {
			DoubleUnaryOperator c = model.apply(x);
			double[] e = new double[pts[0].length];
			for (int i = 0; i < e.length; i++) {
				e[i] = use.test(i) ? Math.log(c.applyAsDouble(pts[0][i]) / pts[1][i]) : 0;
			}
			return e;
		};
		LeastSquares.Result best = null;
		for (double[] law : lawStarts) {
			for (int k = 0; k < STARTS; k++) {
				double v0 = r.vLo() * Math.pow(r.vHi() / r.vLo(), (double) k / (STARTS - 1));
				for (double w : WIDTH_STARTS) {
					double[] start = append(law, Math.log(r.cHi()), Math.log(v0), Math.log(w));
					LeastSquares.Result f = LeastSquares.fit(start, lo, hi, residuals, TaskMonitor.NONE);
					if (best == null || f.rms() < best.rms()) {
						best = f;
					}
				}
			}
		}
		return best.point();
	}

	/** The knee in the last three coordinates. */
	static CapacitanceKnee knee(double[] x) {
		int n = x.length;
		double v0 = Math.exp(x[n - 2]);
		return new CapacitanceKnee(Math.exp(x[n - 3]), v0, v0 * Math.exp(x[n - 1]));
	}

	private static double[] append(double[] a, double... more) {
		double[] out = Arrays.copyOf(a, a.length + more.length);
		System.arraycopy(more, 0, out, a.length, more.length);
		return out;
	}
}
