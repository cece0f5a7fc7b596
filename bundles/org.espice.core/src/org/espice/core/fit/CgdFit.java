package org.espice.core.fit;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;

import org.espice.core.TaskMonitor;
import org.espice.core.spice.ModelCard;

/**
 * ngspice's VDMOS gate-drain capacitance fitted to a Crss(VDS) curve (VGS = 0, so Vgd = -VDS). On that branch
 * Cgd = CGDMAX (1 - u) + CGDMIN u with u = (1 + atan(A VDS)) / (1 + pi/2), linear in CGDMAX and CGDMIN once A is
 * fixed: for each A on a logarithmic grid the two are solved in closed form for the least squared relative error,
 * and the A with the least error starts a least-squares fit of all three on the log error, as {@link JunctionFit}
 * fits the junction law: a curve drawn on log axes over a decade or two weighs each decade alike, where the relative
 * error lets an overshoot at the curve's tail weigh more than an undershoot of the same ratio. As in
 * {@link JunctionFit}, the held-out figure is the error on every third point when the fit is made on the others.
 */
final class CgdFit {

	private static final double A_LO = 1e-3;
	private static final double A_HI = 30;
	private static final int GRID = 120;
	private static final double K = 1 + Math.PI / 2;
	/** How far (in ln) the log-error fit may move CGDMAX from its start, and CGDMIN below CGDMAX. */
	private static final double LN_RANGE = 20;

	record Result(double cgdMin, double cgdMax, double a, double rms, double heldOut, int points) {

		/** Cgd at a drain-source voltage with the gate at the source. */
		double at(double vds) {
			return ModelCard.cgd(cgdMin, cgdMax, a, -vds);
		}

		/** The same shape scaled by {@code k} (to meet a table value): Cgd is linear in CGDMIN and CGDMAX. */
		Result scaled(double k) {
			return new Result(cgdMin * k, cgdMax * k, a, rms, heldOut, points);
		}

		String figures() {
			return JunctionFit.Figures.of(points, rms, heldOut);
		}
	}

	private CgdFit() {
	}

	static Result fit(DeviceCurves.Curve crss) {
		return fit(JunctionFit.samples(crss));
	}

	static Result fit(double[][] pts) {
		double[] all = solve(pts, i -> true);
		double[] train = solve(pts, i -> i % 3 != 2);
		Result full = new Result(all[0], all[1], all[2], 0, 0, pts[0].length);
		Result part = new Result(train[0], train[1], train[2], 0, 0, pts[0].length);
		return new Result(all[0], all[1], all[2], JunctionFit.Figures.rms(pts, full::at, i -> true),
				JunctionFit.Figures.rms(pts, part::at, i -> i % 3 == 2), pts[0].length);
	}

	/** {cgdMin, cgdMax, a} with the least squared log error over the points {@code use} selects. */
	private static double[] solve(double[][] pts, IntPredicate use) {
		DoubleUnaryOperator cost = lnA -> {
			double a = Math.exp(lnA);
			double[] mm = minMax(pts, use, a);
			double sum = 0;
			for (int i = 0; i < pts[0].length; i++) {
				if (use.test(i)) {
					double e = ModelCard.cgd(mm[0], mm[1], a, -pts[0][i]) / pts[1][i] - 1;
					sum += e * e;
				}
			}
			return sum;
		};
		double a = Math.exp(JunctionFit.Figures.minimise(cost, Math.log(A_LO), Math.log(A_HI), GRID));
		double[] mm = minMax(pts, use, a);
		// x = {ln A, ln CGDMAX, ln(CGDMIN / CGDMAX)}: the last at most 0 keeps CGDMIN <= CGDMAX
		double[] start = { Math.log(a), Math.log(mm[1]), Math.log(mm[0] / mm[1]) };
		double[] lo = { Math.log(A_LO), start[1] - LN_RANGE, -LN_RANGE };
		double[] hi = { Math.log(A_HI), start[1] + LN_RANGE, 0 };
		double[] x = LeastSquares.fit(start, lo, hi, v -> {
			double max = Math.exp(v[1]);
			double min = max * Math.exp(v[2]);
			double[] r = new double[pts[0].length];
			for (int i = 0; i < r.length; i++) {
				r[i] = use.test(i) ? Math.log(ModelCard.cgd(min, max, Math.exp(v[0]), -pts[0][i]) / pts[1][i]) : 0;
			}
			return r;
		}, TaskMonitor.NONE).point();
		return new double[] { Math.exp(x[1] + x[2]), Math.exp(x[1]), Math.exp(x[0]) };
	}

	/**
	 * {CGDMIN, CGDMAX} minimising sum((max (1 - u) + min u) / C - 1)^2, with 0 < CGDMIN <= CGDMAX: when the free
	 * solution breaks that, CGDMIN is held at a thousandth of the smallest value and CGDMAX solved alone.
	 */
	private static double[] minMax(double[][] pts, IntPredicate use, double a) {
		double saa = 0;
		double sab = 0;
		double sbb = 0;
		double sa = 0;
		double sb = 0;
		double smallest = Double.POSITIVE_INFINITY;
		for (int i = 0; i < pts[0].length; i++) {
			if (!use.test(i)) {
				continue;
			}
			double u = (1 + Math.atan(a * pts[0][i])) / K;
			double ai = (1 - u) / pts[1][i];
			double bi = u / pts[1][i];
			saa += ai * ai;
			sab += ai * bi;
			sbb += bi * bi;
			sa += ai;
			sb += bi;
			smallest = Math.min(smallest, pts[1][i]);
		}
		double det = saa * sbb - sab * sab;
		double max = det == 0 ? Double.NaN : (sa * sbb - sb * sab) / det;
		double min = det == 0 ? Double.NaN : (saa * sb - sab * sa) / det;
		if (Double.isFinite(min) && Double.isFinite(max) && min > 0 && max >= min) {
			return new double[] { min, max };
		}
		min = 1e-3 * smallest;
		// d/dmax of sum((max a_i + min b_i - 1)^2) = 0
		max = Math.max(min, (sa - min * sab) / saa);
		return new double[] { min, max };
	}
}
