package org.espice.core.fit;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;

/**
 * SPICE's depletion capacitance C(VR) = CJO/(1 + VR/VJ)^M fitted to a capacitance curve: for each VJ on a
 * logarithmic grid, ln C = ln CJO - M ln(1 + VR/VJ) is a straight line, solved in closed form, and the VJ with the
 * least squared log error wins. Errors are relative, so a curve spanning decades weighs each decade alike. The fit's
 * honesty figure is the error on every third point when the fit is made on the other two thirds.
 */
final class JunctionFit {

	/** Points a curve is resampled to, evenly in ln(1 + V / 1 V): denser curves add nothing to three parameters. */
	static final int SAMPLES = 24;
	private static final int GRID = 60;

	/**
	 * @param rms     relative rms error of the fit over the curve
	 * @param heldOut relative rms error on every third point, fitted on the others
	 * @param points  the number of curve samples
	 */
	record Result(double cjo, double vj, double m, double rms, double heldOut, int points) {

		double at(double vr) {
			return cjo / Math.pow(1 + vr / vj, m);
		}

		/** The same shape with CJO scaled by {@code k} (to meet a table value). */
		Result scaled(double k) {
			return new Result(cjo * k, vj, m, rms, heldOut, points);
		}

		/** "24 points, rms 3.1 %, held-out 4.0 %" */
		String figures() {
			return Figures.of(points, rms, heldOut);
		}
	}

	private JunctionFit() {
	}

	/**
	 * @param curve the capacitance against reverse voltage (magnitudes)
	 * @param vjLo  the lowest built-in potential allowed, V
	 * @param vjHi  the highest, V
	 * @param mLo   the lowest grading coefficient allowed
	 * @param mHi   the highest
	 */
	static Result fit(DeviceCurves.Curve curve, double vjLo, double vjHi, double mLo, double mHi) {
		return fit(samples(curve), vjLo, vjHi, mLo, mHi);
	}

	static Result fit(double[][] pts, double vjLo, double vjHi, double mLo, double mHi) {
		return fit(pts, new double[2][0], 0, vjLo, vjHi, mLo, mHi);
	}

	/**
	 * The law through a curve's samples and, where the table prints the same capacitance at several voltages, its
	 * points too: each weighs {@code anchorWeight} samples, so the table's values hold the law and the curve shapes it
	 * between them. The figures are the curve's: rms over its samples, and held-out on every third sample, fitted on
	 * the other samples and the table's points.
	 *
	 * @param pts     the curve's samples {voltages, values}
	 * @param anchors the table's points {voltages, values}, may be empty
	 */
	static Result fit(double[][] pts, double[][] anchors, double anchorWeight, double vjLo, double vjHi, double mLo,
			double mHi) {
		int n = pts[0].length;
		double[] v = concat(pts[0], anchors[0]);
		double[] c = concat(pts[1], anchors[1]);
		double[] w = new double[v.length];
		for (int i = 0; i < w.length; i++) {
			w[i] = i < n ? 1 : anchorWeight;
		}
		double[] all = solve(v, c, w, i -> true, vjLo, vjHi, mLo, mHi);
		double[] train = solve(v, c, w, i -> i >= n || i % 3 != 2, vjLo, vjHi, mLo, mHi);
		Result full = new Result(all[0], all[1], all[2], 0, 0, n);
		Result part = new Result(train[0], train[1], train[2], 0, 0, n);
		return new Result(all[0], all[1], all[2], Figures.rms(pts, full::at, i -> true),
				Figures.rms(pts, part::at, i -> i % 3 == 2), n);
	}

	private static double[] concat(double[] a, double[] b) {
		double[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	/** {cjo, vj, m} minimising the weighted squared log error over the points {@code use} selects. */
	private static double[] solve(double[] v, double[] c, double[] w, IntPredicate use, double vjLo, double vjHi,
			double mLo, double mHi) {
		DoubleUnaryOperator cost = lnVj -> {
			double vj = Math.exp(lnVj);
			double[] line = line(v, c, w, use, vj, mLo, mHi);
			double sum = 0;
			for (int i = 0; i < v.length; i++) {
				if (use.test(i)) {
					double e = Math.log(c[i]) - (line[0] - line[1] * Math.log1p(v[i] / vj));
					sum += w[i] * e * e;
				}
			}
			return sum;
		};
		double vj = Math.exp(Figures.minimise(cost, Math.log(vjLo), Math.log(vjHi), GRID));
		double[] line = line(v, c, w, use, vj, mLo, mHi);
		return new double[] { Math.exp(line[0]), vj, line[1] };
	}

	/** {ln CJO, M} of the weighted least-squares line, M held inside its bounds. */
	private static double[] line(double[] v, double[] c, double[] w, IntPredicate use, double vj, double mLo,
			double mHi) {
		double n = 0;
		double sx = 0;
		double sy = 0;
		double sxx = 0;
		double sxy = 0;
		for (int i = 0; i < v.length; i++) {
			if (use.test(i)) {
				double x = Math.log1p(v[i] / vj);
				double y = Math.log(c[i]);
				n += w[i];
				sx += w[i] * x;
				sy += w[i] * y;
				sxx += w[i] * x * x;
				sxy += w[i] * x * y;
			}
		}
		double den = n * sxx - sx * sx;
		double slope = den == 0 ? -0.5 : (n * sxy - sx * sy) / den;
		double m = Math.max(mLo, Math.min(mHi, -slope));
		return new double[] { (sy + m * sx) / n, m };
	}

	/** The curve resampled at {@link #SAMPLES} voltages evenly spaced in ln(1 + V / 1 V): {voltages, values}. */
	static double[][] samples(DeviceCurves.Curve curve) {
		double lo = Math.log1p(curve.x()[0]);
		double hi = Math.log1p(curve.x()[curve.x().length - 1]);
		double[] v = new double[SAMPLES];
		double[] c = new double[SAMPLES];
		double first = curve.x()[0];
		double last = curve.x()[curve.x().length - 1];
		for (int i = 0; i < SAMPLES; i++) {
			// the ends exactly, not as rounded by expm1(log1p(x))
			v[i] = i == 0 ? first : i == SAMPLES - 1 ? last
					: Math.max(first, Math.min(last, Math.expm1(lo + (hi - lo) * i / (SAMPLES - 1))));
			c[i] = curve.at(v[i]);
		}
		return new double[][] { v, c };
	}

	/** Error figures shared by the capacitance fits. */
	static final class Figures {

		private Figures() {
		}

		/** Relative rms error of {@code model} over the points {@code use} selects. */
		static double rms(double[][] pts, DoubleUnaryOperator model, IntPredicate use) {
			double ss = 0;
			int n = 0;
			for (int i = 0; i < pts[0].length; i++) {
				if (use.test(i)) {
					double e = model.applyAsDouble(pts[0][i]) / pts[1][i] - 1;
					ss += e * e;
					n++;
				}
			}
			return n == 0 ? Double.NaN : Math.sqrt(ss / n);
		}

		/**
		 * The rms of ln(model / curve) over all the points: the error the capacitance fits minimise, each decade of a
		 * curve drawn on log axes weighing alike.
		 */
		static double logRms(double[][] pts, DoubleUnaryOperator model) {
			double ss = 0;
			for (int i = 0; i < pts[0].length; i++) {
				double e = Math.log(model.applyAsDouble(pts[0][i]) / pts[1][i]);
				ss += e * e;
			}
			return Math.sqrt(ss / pts[0].length);
		}

		/**
		 * The pair {outer, inner} minimising {@code f(outer, inner)}: the outer argument in [lo, hi] on {@code grid},
		 * each of its costs that of the best inner argument in [innerLo, innerHi] on {@code innerGrid}
		 * ({@link #minimise}); for a temperature coefficient fitted with the exponent it shares a curve with.
		 */
		static double[] minimise(DoubleBinaryOperator f, double lo, double hi, int grid, double innerLo,
				double innerHi, int innerGrid) {
			DoubleUnaryOperator inner = o -> minimise(i -> f.applyAsDouble(o, i), innerLo, innerHi, innerGrid);
			double outer = minimise(o -> f.applyAsDouble(o, inner.applyAsDouble(o)), lo, hi, grid);
			return new double[] { outer, inner.applyAsDouble(outer) };
		}

		/**
		 * The argument in [lo, hi] minimising {@code f}: the best of {@code grid} + 1 evenly spaced points, refined by
		 * golden-section search between its neighbours (the fits' costs are smooth and single-welled near the best
		 * grid point, but may have other wells across the range).
		 */
		static double minimise(DoubleUnaryOperator f, double lo, double hi, int grid) {
			double step = (hi - lo) / grid;
			double best = lo;
			double bestCost = Double.POSITIVE_INFINITY;
			for (int g = 0; g <= grid; g++) {
				double x = lo + g * step;
				double cost = f.applyAsDouble(x);
				if (cost < bestCost) {
					bestCost = cost;
					best = x;
				}
			}
			double a = Math.max(lo, best - step);
			double b = Math.min(hi, best + step);
			double r = (Math.sqrt(5) - 1) / 2;
			for (int i = 0; i < 40; i++) {
				double x1 = b - r * (b - a);
				double x2 = a + r * (b - a);
				if (f.applyAsDouble(x1) <= f.applyAsDouble(x2)) {
					b = x2;
				} else {
					a = x1;
				}
			}
			double x = (a + b) / 2;
			return f.applyAsDouble(x) <= bestCost ? x : best;
		}

		static String of(int points, double rms, double heldOut) {
			return String.format(Locale.ROOT, "%d points, rms %.1f %%, held-out %.1f %%", points, 100 * rms,
					100 * heldOut);
		}
	}
}
