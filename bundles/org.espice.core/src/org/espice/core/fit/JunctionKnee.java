package org.espice.core.fit;

import java.util.function.Function;
import java.util.function.IntPredicate;

import org.espice.core.TaskMonitor;
import org.espice.core.spice.CapacitanceKnee;

/**
 * A MOSFET's output junction with a collapsing capacitance beside it: Cds = CJO / (1 + V / VJ)^M +
 * {@link CapacitanceKnee}. A superjunction part's Coss falls a hundredfold once its pillars deplete sideways, within a
 * few tens of volts, and then stays flat: no junction law follows that (SPP17N80C3's Coss less Cgd, 52 % median off
 * the law's best), the two together do. Fitted on the log error as {@link JunctionFit} fits the law alone, from
 * starts with the knee at voltages spread over the curve, each at a sharp and a broad width; the held-out figure is
 * the error on every third point when the fit is made on the others.
 */
final class JunctionKnee {

	/** Points a curve must be read at before the knee's three parameters are fitted to it. */
	static final int POINTS = 9;
	private static final double LN_RANGE = 20;
	private static final double WIDTH_LO = 0.1;
	private static final double WIDTH_HI = 3;
	private static final int STARTS = 6;

	record Result(JunctionFit.Result junction, CapacitanceKnee knee, double rms, double heldOut, int points) {

		double at(double v) {
			return junction.at(v) + knee.at(v);
		}

		/** The same shape scaled by {@code k}: Cds is linear in CJO and the knee's capacitance. */
		Result scaled(double k) {
			return new Result(junction.scaled(k), knee.scaled(k), rms, heldOut, points);
		}

		String figures() {
			return JunctionFit.Figures.of(points, rms, heldOut);
		}
	}

	private JunctionKnee() {
	}

	/** The law and knee fitted to {voltages, Cds} points within the junction law's bounds, with its figures. */
	static Result fit(double[][] pts, double vjLo, double vjHi, double mLo, double mHi) {
		double[] lo = { 0, Math.log(vjLo), mLo, 0, 0, Math.log(WIDTH_LO) };
		double[] hi = { 0, Math.log(vjHi), mHi, 0, 0, Math.log(WIDTH_HI) };
		Result full = solve(pts, i -> true, lo, hi);
		Result part = solve(pts, i -> i % 3 != 2, lo, hi);
		return new Result(full.junction(), full.knee(), JunctionFit.Figures.rms(pts, full::at, i -> true),
				JunctionFit.Figures.rms(pts, part::at, i -> i % 3 == 2), pts[0].length);
	}

	/**
	 * The least squared log error over the points {@code use} selects: x = {ln CJO, ln VJ, M, ln C, ln V0, ln(W / V0)},
	 * the capacitances' and the knee voltage's bounds from the curve's own range.
	 */
	private static Result solve(double[][] pts, IntPredicate use, double[] lo, double[] hi) {
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
		lo = lo.clone();
		hi = hi.clone();
		lo[0] = lo[3] = Math.log(cLo) - LN_RANGE;
		hi[0] = hi[3] = Math.log(cHi) + LN_RANGE;
		lo[4] = Math.log(vLo / 10);
		hi[4] = Math.log(vHi * 10);
		Function<double[], double[]> residuals = x -> {
			Result r = of(x);
			double[] e = new double[pts[0].length];
			for (int i = 0; i < e.length; i++) {
				e[i] = use.test(i) ? Math.log(r.at(pts[0][i]) / pts[1][i]) : 0;
			}
			return e;
		};
		double vj = Math.sqrt(Math.exp(lo[1]) * Math.exp(hi[1]));
		double m = (lo[2] + hi[2]) / 2;
		LeastSquares.Result best = null;
		for (int k = 0; k < STARTS; k++) {
			double v0 = vLo * Math.pow(vHi / vLo, (double) k / (STARTS - 1));
			for (double w : new double[] { 0.2, 1 }) {
				double[] start = { Math.log(3 * cLo), Math.log(vj), m, Math.log(cHi), Math.log(v0), Math.log(w) };
				LeastSquares.Result r = LeastSquares.fit(start, lo, hi, residuals, TaskMonitor.NONE);
				if (best == null || r.rms() < best.rms()) {
					best = r;
				}
			}
		}
		return of(best.point());
	}

	private static Result of(double[] x) {
		double v0 = Math.exp(x[4]);
		return new Result(new JunctionFit.Result(Math.exp(x[0]), Math.exp(x[1]), x[2], 0, 0, 0),
				new CapacitanceKnee(Math.exp(x[3]), v0, v0 * Math.exp(x[5])), 0, 0, 0);
	}
}
