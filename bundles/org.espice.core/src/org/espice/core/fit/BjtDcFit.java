package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;

/**
 * A BJT's DC fit: IS, BF, IKF, ISE, RC+RE, RB and, with a gain curve, NE and NK in one bounded least-squares fit to
 * the hFE, VCE(sat), VBE(sat) and VBE(on) rows and the room gain and on-voltage curves, with weak priors that hold
 * what nothing determines ({@link BjtFitter} sets the rest of the model around it).
 */
final class BjtDcFit {

	/** The range NE is fitted in from a gain curve: ideal recombination to the edge of the usual 1.5..2.5. */
	static final double NE_LO = 1.1, NE_HI = 4;
	/**
	 * The high-injection exponent NK a gain curve may set, from ngspice's 0.5 (the gain falls as IC^-1 past IKF) to 1
	 * (a gain falling as fast as a high-voltage transistor's past its rated current).
	 */
	static final double NK_HI = 1;
	/**
	 * Where NK sits in the DC fit's parameter vector (ln IS, ln BF, ln IKF, ln ISE, ln RC+RE, ln RB, NE, NK); without a
	 * gain curve the vector stops before it.
	 */
	private static final int NK_INDEX = 7;
	/** ngspice's NK, the roll-off a fit without a gain curve keeps. */
	private static final double NK_LO = 0.5;
	/** Fits with NK fixed that bisect for the most roll-off a table limit allows (NK to within 1/64 of the span). */
	private static final int HOLD_STEPS = 6;
	/**
	 * A gain curve's sample counts this many times less than a table row (its 13 samples together about 1.4 rows):
	 * the table's values are still aimed at while the curve sets the shape between them. Six times less kept the
	 * table a little closer but followed the curves half as well again (median 14 % against 10 % on the dev set).
	 */
	static final double CURVE_WEIGHT_DIVISOR = 3;

	/** The curves the DC fit aims at beside the table rows: room-temperature gain and on-voltage curves. */
	record Curves(List<HfeCurves.Gain> gains, List<SaturationCurves.Sat> sats) {

		boolean isEmpty() {
			return gains.isEmpty() && sats.isEmpty();
		}

		/** " and the hFE curve at VCE = 5 V p.3 (13 points, rms 4.1 %, held-out 5.0 %)" for each curve. */
		String figures(GummelPoon g, GummelPoon train) {
			StringBuilder b = new StringBuilder();
			for (HfeCurves.Gain gain : gains) {
				b.append(Fits.fmt(" and the %s (", gain.describe())).append(JunctionFit.Figures.of(HfeCurves.SAMPLES,
						gainRms(gain, g, k -> true), gainRms(gain, train, k -> k % 3 == 2))).append(')');
			}
			for (SaturationCurves.Sat sat : sats) {
				b.append(Fits.fmt(" and the %s (", sat.describe())).append(JunctionFit.Figures.of(
						SaturationCurves.SAMPLES, onRms(sat, g, k -> true), onRms(sat, train, k -> k % 3 == 2)))
						.append(')');
			}
			return b.toString();
		}
	}

	private BjtDcFit() {
	}

	/**
	 * The DC fit of the {@code aimed} checks and the curves at Early voltage {@code vaf} and emission coefficient
	 * {@code nf} (2 for a Darlington pair's two junctions in series, else 1); with a gain curve NK is free,
	 * and kept only where the fit breaks no table value ({@code checks}, all of them) that the fit with ngspice's 0.5
	 * meets (a Darlington's minimum gain at its rated current, a VCE(sat) row); otherwise held at the most that keeps
	 * them ({@link #heldRollOff}) or at 0.5, with a note on the card.
	 */
	static Result fit(ModelCard card, List<Check> aimed, List<Check> checks, Curves dc, double vaf, double nf,
			TaskMonitor monitor) {
		double[][] start = start(checks, dc);
		Result fit = fit(aimed, dc, vaf, nf, start[0], start[1], start[2], monitor);
		if (start[2].length > NK_INDEX) {
			Result plain = fit(aimed, dc, vaf, nf, Arrays.copyOf(start[0], NK_INDEX), Arrays.copyOf(start[1], NK_INDEX),
					Arrays.copyOf(start[2], NK_INDEX), monitor);
			if (Fits.breaks(checks, plain.g()::predict, fit.g()::predict)) {
				Result held = heldRollOff(checks, aimed, dc, vaf, nf, start, plain, fit.g().nk(), monitor);
				if (held != null) {
					card.note(Fits.fmt("the gain curves' roll-off (NK %.3f) breaks a table value NK 0.5 meets: NK held "
							+ "at %.3f, the most that keeps it", fit.g().nk(), held.g().nk()));
					return held;
				}
				card.note(Fits.fmt("the gain curves' roll-off (NK %.2f) breaks a table value NK 0.5 meets: NK held at "
						+ "0.5", fit.g().nk()));
				return plain;
			}
		}
		return fit;
	}

	/**
	 * The fit with NK held at the most, between ngspice's 0.5 and the roll-off the curves ask for ({@code nk}), that
	 * breaks no table value the fit with 0.5 meets: bisected over {@link #HOLD_STEPS} fits with NK fixed, the
	 * roll-off past the curves' last point being an extrapolation the table's limit checks. Null where each of them
	 * breaks a value, or the one kept follows the curves no closer than the fit with 0.5.
	 */
	private static Result heldRollOff(List<Check> checks, List<Check> aimed, Curves dc, double vaf, double nf,
			double[][] start, Result plain, double nk, TaskMonitor monitor) {
		double keeps = NK_LO;
		double breaks = nk;
		Result best = null;
		for (int i = 0; i < HOLD_STEPS; i++) {
			double mid = (keeps + breaks) / 2;
			double[] prior = start[0].clone();
			double[] lo = start[1].clone();
			double[] hi = start[2].clone();
			prior[NK_INDEX] = lo[NK_INDEX] = hi[NK_INDEX] = mid;
			Result r = fit(aimed, dc, vaf, nf, prior, lo, hi, monitor);
			if (Fits.breaks(checks, plain.g()::predict, r.g()::predict)) {
				breaks = mid;
			} else {
				keeps = mid;
				best = r;
			}
		}
		return best != null && best.result().rms() < plain.result().rms() ? best : null;
	}

	/** A DC fit: its least-squares result, the transistor, and the one fitted with every third sample held out. */
	record Result(LeastSquares.Result result, GummelPoon g, GummelPoon trained) {
	}

	/**
	 * The DC fit within {@code lo}..{@code hi}: from the priors, and with curves also from the point of the fit with
	 * every third sample held out (a curve gives the fit more than one valley) and, where NK is free, from the
	 * steepest roll-off; the lowest rms wins.
	 */
	private static Result fit(List<Check> aimed, Curves dc, double vaf, double nf, double[] prior, double[] lo,
			double[] hi, TaskMonitor monitor) {
		LeastSquares.Result r = solve(aimed, dc, vaf, nf, prior, prior, lo, hi, k -> true, monitor);
		if (dc.isEmpty()) {
			return new Result(r, gp(r.point(), vaf, nf), gp(r.point(), vaf, nf));
		}
		double[] trained = solve(aimed, dc, vaf, nf, prior, prior, lo, hi, k -> k % 3 != 2, monitor).point();
		List<double[]> starts = new ArrayList<>(List.of(trained));
		if (hi.length > NK_INDEX && hi[NK_INDEX] > lo[NK_INDEX]) {
			double[] steep = prior.clone();
			steep[NK_INDEX] = hi[NK_INDEX];
			starts.add(steep);
		}
		for (double[] from : starts) {
			LeastSquares.Result again = solve(aimed, dc, vaf, nf, prior, from, lo, hi, k -> true, monitor);
			if (again.rms() < r.rms()) {
				r = again;
			}
		}
		return new Result(r, gp(r.point(), vaf, nf), gp(trained, vaf, nf));
	}

	/**
	 * {prior, lower, upper} of {ln IS, ln BF, ln IKF, ln ISE, ln (RC+RE), ln RB, NE}. BF within a few times the
	 * largest gain and IKF not far below the largest test current keep the fit away from unphysical pairs (huge BF
	 * cancelled by deep high injection) that still match hFE (the gain curves' peaks and currents count as rows);
	 * NE moves only with a gain curve, which shows the fall of hFE at low current that it sets.
	 */
	private static double[][] start(List<Check> checks, Curves dc) {
		List<HfeCurves.Gain> gains = dc.gains();
		boolean fitNe = !gains.isEmpty();
		double icMax = 0;
		double hfeMax = 0;
		double logIcSum = 0;
		int nh = 0;
		for (Check c : checks) {
			// every row's current must be carried, not only the hFE rows'
			icMax = Math.max(icMax, c.condition("IC", 0));
			if (c.probe() == Probe.HFE) {
				hfeMax = Math.max(hfeMax, c.target().value());
				logIcSum += Math.log(c.condition("IC", 1e-3));
				nh++;
			}
		}
		for (SaturationCurves.Sat sat : dc.sats()) {
			icMax = Math.max(icMax, sat.curve().x()[sat.curve().x().length - 1]);
		}
		for (HfeCurves.Gain gain : gains) {
			double[] x = gain.curve().x();
			icMax = Math.max(icMax, x[x.length - 1]);
			hfeMax = Math.max(hfeMax, java.util.Arrays.stream(gain.curve().y()).max().orElse(0));
			if (checks.stream().noneMatch(c -> c.probe() == Probe.HFE)) {
				// no hFE row: the gain curves' middle currents stand in for the rows'
				logIcSum += 0.5 * (Math.log(x[0]) + Math.log(x[x.length - 1]));
				nh++;
			}
		}
		double icMid = Math.exp(logIcSum / nh);
		double isDef = icMid * Math.exp(-0.68 / Fits.VT);
		double[] prior = { Math.log(isDef), Math.log(1.2 * hfeMax), Math.log(3 * icMax), Math.log(isDef * 1e-1),
				Math.log(0.1 / Math.max(icMax, 1e-3)), Math.log(10), GummelPoon.NE };
		double[] lo = { Math.log(1e-20), Math.log(0.8 * hfeMax), Math.log(Math.max(1e-5, 0.05 * icMax)),
				Math.log(1e-22), Math.log(1e-4), Math.log(0.1), fitNe ? NE_LO : GummelPoon.NE };
		// a drawn gain peak pins BF closer: a GP gain peaks not far under BF unless high injection and recombination
		// both cut deep, which is the unphysical pair again
		double[] hi = { Math.log(1e-8), Math.log((fitNe ? 2 : 4) * hfeMax), Math.log(1e4), Math.log(1e-8), Math.log(1e3),
				Math.log(1e4), fitNe ? NE_HI : GummelPoon.NE };
		if (!fitNe) {
			return new double[][] { prior, lo, hi }; // NK held at ngspice's 0.5, out of the fit
		}
		return new double[][] { withNk(prior, GummelPoon.NK), withNk(lo, GummelPoon.NK), withNk(hi, NK_HI) };
	}

	private static double[] withNk(double[] x, double nk) {
		double[] out = Arrays.copyOf(x, NK_INDEX + 1);
		out[NK_INDEX] = nk;
		return out;
	}

	private static GummelPoon gp(double[] x, double vaf, double nf) {
		return new GummelPoon(Math.exp(x[0]), Math.exp(x[1]), Math.exp(x[2]), Math.exp(x[3]), Math.exp(x[4]),
				Math.exp(x[5]), x[6], nf * Fits.VT, vaf, GummelPoon.BR, Double.NaN,
				x.length > NK_INDEX ? x[NK_INDEX] : GummelPoon.NK);
	}

	/**
	 * The DC fit: every table row, the gain curves' samples {@code use} selects (each weighted
	 * {@link #CURVE_WEIGHT_DIVISOR} times less than a row), and weak priors that keep undetermined parameters at
	 * typical values.
	 */
	private static LeastSquares.Result solve(List<Check> checks, Curves dc, double vaf, double nf, double[] prior,
			double[] from, double[] lo, double[] hi, IntPredicate use, TaskMonitor monitor) {
		return LeastSquares.fit(from.clone(), lo, hi, x -> {
			double[] dcRes = residuals(checks, dc, gp(x, vaf, nf), use);
			double[] res = Arrays.copyOf(dcRes, dcRes.length + prior.length);
			for (int j = 0; j < prior.length; j++) {
				res[dcRes.length + j] = 0.02 * (x[j] - prior[j]);
			}
			return res;
		}, monitor);
	}

	/**
	 * The DC fit's residuals for {@code g}: every check, then the gain curves' and the on-voltage curves' samples
	 * {@code use} selects, each weighted {@link #CURVE_WEIGHT_DIVISOR} times less than a row.
	 */
	static double[] residuals(List<Check> checks, Curves dc, GummelPoon g, IntPredicate use) {
		List<Double> res = new ArrayList<>();
		for (Check c : checks) {
			res.add(c.target().residual(g.predict(c)));
		}
		for (HfeCurves.Gain gain : dc.gains()) {
			double[][] s = gain.samples();
			for (int k = 0; k < s[0].length; k++) {
				if (use.test(k) && Double.isFinite(s[1][k])) {
					res.add(Math.log(g.hfe(s[0][k], gain.vce()) / s[1][k]) / CURVE_WEIGHT_DIVISOR);
				}
			}
		}
		for (SaturationCurves.Sat sat : dc.sats()) {
			for (Check c : sat.samples(use)) {
				res.add(onResidual(c, g) / CURVE_WEIGHT_DIVISOR);
			}
		}
		return res.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** The log error of the model's on voltage at a curve sample (a voltage the equations clamp to 0 counts 1 mV). */
	static double onResidual(Check c, GummelPoon g) {
		return Math.log(Math.max(1e-3, g.predict(c)) / c.target().value());
	}

	/** Relative rms error of the model's on voltage on a curve's samples {@code use} selects. */
	static double onRms(SaturationCurves.Sat sat, GummelPoon g, IntPredicate use) {
		double ss = 0;
		int n = 0;
		for (Check c : sat.samples(use)) {
			double e = g.predict(c) / c.target().value() - 1;
			ss += e * e;
			n++;
		}
		return n == 0 ? Double.NaN : Math.sqrt(ss / n);
	}

	/** Relative rms error of the model's gain on a curve's samples {@code use} selects. */
	static double gainRms(HfeCurves.Gain gain, GummelPoon g, IntPredicate use) {
		double[][] s = gain.samples();
		return JunctionFit.Figures.rms(s, ic -> g.hfe(ic, gain.vce()), use);
	}

}
