package org.espice.core.fit;

import java.util.List;
import java.util.function.IntPredicate;

import org.espice.core.spice.CapacitanceKnee;

/**
 * A MOSFET's output junction with a collapsing capacitance beside it: Cds = CJO / (1 + V / VJ)^M +
 * {@link CapacitanceKnee}. A superjunction part's Coss falls a hundredfold once its pillars deplete sideways, within a
 * few tens of volts, and then stays flat: no junction law follows that (SPP17N80C3's Coss less Cgd, 52 % median off
 * the law's best), the two together do. Fitted on the log error ({@link KneeFit}) as {@link JunctionFit} fits the law
 * alone; the held-out figure is the error on every third point when the fit is made on the others.
 */
final class JunctionKnee {

	record Result(JunctionFit.Result junction, CapacitanceKnee knee, double rms, double heldOut, int points) {

		double at(double v) {
			return junction.at(v) + knee.at(v);
		}

		/** The same shape scaled by {@code k}: Cds is linear in CJO and the knee's capacitance. */
		Result scaled(double k) {
			return new Result(junction.scaled(k), knee.scaled(k), rms, heldOut, points);
		}

		/** The same shape at voltages {@code s} times its own, C(V / s): VJ and the knee's voltage and width. */
		Result stretched(double s) {
			JunctionFit.Result j = junction;
			return new Result(new JunctionFit.Result(j.cjo(), j.vj() * s, j.m(), j.rms(), j.heldOut(), j.points()),
					knee.stretched(s), rms, heldOut, points);
		}

		String figures() {
			return JunctionFit.Figures.of(points, rms, heldOut);
		}
	}

	private JunctionKnee() {
	}

	/** The law and knee fitted to {voltages, Cds} points within the junction law's bounds, with its figures. */
	static Result fit(double[][] pts, double vjLo, double vjHi, double mLo, double mHi) {
		Result full = solve(pts, i -> true, vjLo, vjHi, mLo, mHi);
		Result part = solve(pts, i -> i % 3 != 2, vjLo, vjHi, mLo, mHi);
		return new Result(full.junction(), full.knee(), JunctionFit.Figures.rms(pts, full::at, i -> true),
				JunctionFit.Figures.rms(pts, part::at, i -> i % 3 == 2), pts[0].length);
	}

	/**
	 * The least squared log error over the points {@code use} selects ({@link KneeFit}): x = {ln CJO, ln VJ, M} and the
	 * knee's three, from one start of the law's, VJ and M mid-range.
	 */
	private static Result solve(double[][] pts, IntPredicate use, double vjLo, double vjHi, double mLo, double mHi) {
		KneeFit.Range r = KneeFit.Range.of(pts);
		double[] lo = { Math.log(r.cLo()) - KneeFit.LN_RANGE, Math.log(vjLo), mLo };
		double[] hi = { Math.log(r.cHi()) + KneeFit.LN_RANGE, Math.log(vjHi), mHi };
		double[] start = { Math.log(3 * r.cLo()), Math.log(Math.sqrt(vjLo * vjHi)), (mLo + mHi) / 2 };
		return of(KneeFit.fit(pts, use, r, lo, hi, List.of(start), x -> of(x)::at));
	}

	private static Result of(double[] x) {
		JunctionFit.Result junction = new JunctionFit.Result(Math.exp(x[0]), Math.exp(x[1]), x[2], 0, 0, 0);
		return new Result(junction, KneeFit.knee(x), 0, 0, 0);
	}
}
