package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;

import org.espice.core.TaskMonitor;
import org.espice.core.spice.CapacitanceKnee;
import org.espice.core.spice.ModelCard;

/**
 * ngspice's VDMOS gate-drain capacitance fitted to a Crss(VDS) curve (VGS = 0, so Vgd = -VDS). On that branch
 * Cgd = CGDMAX (1 - u) + CGDMIN u with u = (1 + atan(A VDS)) / (1 + pi/2), linear in CGDMAX and CGDMIN once A is
 * fixed: for each A on a logarithmic grid the two are solved in closed form for the least squared relative error,
 * and the A with the least error starts a least-squares fit of all three on the log error, as {@link JunctionFit}
 * fits the junction law: a curve drawn on log axes over a decade or two weighs each decade alike, where the relative
 * error lets an overshoot at the curve's tail weigh more than an undershoot of the same ratio. As in
 * {@link JunctionFit}, the held-out figure is the error on every third point when the fit is made on the others.
 * <p>
 * Where the curve falls by a step the law cannot bend to (a knee: Crss collapsing over a few volts, then a slow
 * tail), the law is fitted again with a collapsing capacitance beside it ({@link CapacitanceKnee}, three
 * parameters more) from starts spread over the curve's voltages. That fit is kept only when {@code knee} allows it,
 * the curve was read at {@value KneeFit#POINTS} points or more (not only resampled to them), and it at most halves the
 * held-out error of the law alone: three parameters more must buy that much on points they were not fitted to.
 */
final class CgdFit {

	private static final double A_LO = 1e-3;
	private static final double A_HI = 30;
	private static final int GRID = 120;
	private static final double K = 1 + Math.PI / 2;
	/** How far (in ln) the log-error fit may move CGDMAX from its start, and CGDMIN below CGDMAX. */
	private static final double LN_RANGE = 20;

	record Result(double cgdMin, double cgdMax, double a, CapacitanceKnee knee, double rms, double heldOut,
			int points) {

		/** Cgd at a drain-source voltage with the gate at the source. */
		double at(double vds) {
			return ModelCard.cgd(cgdMin, cgdMax, a, -vds) + knee.at(vds);
		}

		/**
		 * The same shape scaled by {@code k} (to meet a table value): Cgd is linear in CGDMIN, CGDMAX and the knee's
		 * capacitance.
		 */
		Result scaled(double k) {
			return new Result(cgdMin * k, cgdMax * k, a, knee.scaled(k), rms, heldOut, points);
		}

		/**
		 * The same shape at voltages {@code s} times its own, Cgd(VDS / s) (to meet a table value where the curve is
		 * steep): ngspice's law takes VDS times A, and the knee its voltage and width.
		 */
		Result stretched(double s) {
			return new Result(cgdMin, cgdMax, a / s, knee.stretched(s), rms, heldOut, points);
		}

		String figures() {
			return JunctionFit.Figures.of(points, rms, heldOut);
		}
	}

	private CgdFit() {
	}

	/** The fit to a curve, resampled as {@link JunctionFit} does; the knee tried on a curve read at enough points. */
	static Result fit(DeviceCurves.Curve crss, boolean knee) {
		return fit(JunctionFit.samples(crss), knee && crss.x().length >= KneeFit.POINTS);
	}

	static Result fit(double[][] pts, boolean knee) {
		Result law = result(pts, CgdFit::solve);
		if (!knee || pts[0].length < KneeFit.POINTS) {
			return law;
		}
		Result withKnee = result(pts, CgdFit::solveKnee);
		return withKnee.heldOut() <= KneeFit.GAIN * law.heldOut() ? withKnee : law;
	}

	/** The fit on all points, with its rms error, and the held-out error of the fit on two points in three. */
	private static Result result(double[][] pts, BiFunction<double[][], IntPredicate, Result> solver) {
		Result full = solver.apply(pts, i -> true);
		Result part = solver.apply(pts, i -> i % 3 != 2);
		return new Result(full.cgdMin(), full.cgdMax(), full.a(), full.knee(),
				JunctionFit.Figures.rms(pts, full::at, i -> true),
				JunctionFit.Figures.rms(pts, part::at, i -> i % 3 == 2), pts[0].length);
	}

	/** The law alone with the least squared log error over the points {@code use} selects. */
	private static Result solve(double[][] pts, IntPredicate use) {
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
		return new Result(Math.exp(x[1] + x[2]), Math.exp(x[1]), Math.exp(x[0]), CapacitanceKnee.NONE, 0, 0, 0);
	}

	/**
	 * The law with a knee beside it, the least squared log error over the points {@code use} selects ({@link KneeFit}):
	 * x = {ln A, ln CGDMAX, ln(CGDMIN / CGDMAX)} and the knee's three.
	 */
	private static Result solveKnee(double[][] pts, IntPredicate use) {
		KneeFit.Range r = KneeFit.Range.of(pts);
		double[] lo = { Math.log(A_LO), Math.log(r.cLo()) - LN_RANGE, -LN_RANGE };
		double[] hi = { Math.log(A_HI), Math.log(r.cHi()) + LN_RANGE, 0 };
		List<double[]> starts = new ArrayList<>();
		for (double a : new double[] { 0.01, 0.1, 1 }) {
			starts.add(new double[] { Math.log(a), Math.log(2 * r.cLo()), Math.log(0.1) });
		}
		return knee(KneeFit.fit(pts, use, r, lo, hi, starts, x -> knee(x)::at));
	}

	private static Result knee(double[] x) {
		double max = Math.exp(x[1]);
		return new Result(max * Math.exp(x[2]), max, Math.exp(x[0]), KneeFit.knee(x), 0, 0, 0);
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
