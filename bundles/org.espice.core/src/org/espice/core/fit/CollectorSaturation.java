package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;

/**
 * BR and RC from a BJT's VCE(sat) curves, the forward parameters of the DC fit held. At a forced gain IC/IB the
 * saturation voltage is set by the reverse gain at low currents (the collector junction's forward bias, Vt ln of a
 * ratio BR sets) and by RC at high ones; neither moves the forward-active gain, which is why the DC fit holds BR at
 * its default and leaves the curve out. Fitted here with everything the DC fit aimed at still in the residuals (the
 * rows, the gain and on-voltage curves), and the VCE(sat) curves weighted as those are, the gain stays where its
 * curve put it. The fit is kept only where it follows the VCE(sat) curves clearly better ({@link #MIN_GAIN}) and
 * worsens the DC fit's typical rows and curves by no more than {@link #MAX_SHIFT} rms, and
 * breaks no table value ({@code all} the checks, typical or limit) the DC fit met.
 */
final class CollectorSaturation {

	/** BR is searched between these. */
	static final double BR_LO = 0.05, BR_HI = 50;
	/** RC is searched between these multiples of its start, the DC fit's RC (1 mOhm at least). */
	static final double RC_DOWN = 1e-3, RC_UP = 1e3;
	/** The fitted rms on the VCE(sat) curves must be under this share of the DC fit's. */
	static final double MIN_GAIN = 0.8;
	/** How much the DC fit's typical residuals (typical rows, gain and on-voltage curves) may rise in rms. */
	static final double MAX_SHIFT = 0.02;

	/** The transistor with BR and RC fitted, and BR's origin on the card ("fitted to VCE(sat) curve at ..."). */
	record Result(GummelPoon g, String origin) {
	}

	private CollectorSaturation() {
	}

	/**
	 * BR and RC fitted to the VCE(sat) curves {@code drawn} from the DC fit's transistor {@code g}, its aimed
	 * {@code checks} and curves {@code dc} still in the residuals; null when there is no VCE(sat) curve or the fit is
	 * not kept.
	 */
	static Result fit(GummelPoon g, List<Check> checks, List<Check> all, BjtDcFit.Curves dc,
			List<SaturationCurves.Sat> drawn, TaskMonitor monitor) {
		// past the current where the fitted gain falls to the forced gain the model cannot saturate, whatever BR and
		// RC: those points would only weigh on the fit and its figures
		List<SaturationCurves.Sat> vceSat = drawn.stream().map(s -> s.upTo(ic -> g.saturated(ic, ic / s.bias()) != null,
				"past it the fitted gain falls to IC/IB"))
				.filter(s -> s != null).toList();
		if (vceSat.isEmpty()) {
			return null;
		}
		// a VCE(sat) limit at a current a typical curve spans is checked, not aimed at (as a gain limit under a gain
		// curve): aiming at 90 % of a maximum would pull against the curve
		List<Check> aimed = checks.stream().filter(c -> c.probe() != Probe.VCE_SAT || c.parameter().typ() != null
				|| vceSat.stream().noneMatch(sat -> Double.isFinite(sat.at(c.condition("IC", 0))))).toList();
		double rc0 = Math.max(g.rc(), 1e-3);
		double[] start = { Math.log(GummelPoon.BR), Math.log(rc0) };
		double[] lo = { Math.log(BR_LO), Math.log(rc0 * RC_DOWN) };
		double[] hi = { Math.log(BR_HI), Math.log(rc0 * RC_UP) };
		GummelPoon fitted = at(g, solve(g, aimed, dc, vceSat, start, lo, hi, k -> true, monitor).point());
		GummelPoon trained = at(g, solve(g, aimed, dc, vceSat, start, lo, hi, k -> k % 3 != 2, monitor).point());
		double before = rms(vceSat, g, k -> true);
		double after = rms(vceSat, fitted, k -> true);
		List<Check> typical = checks.stream().filter(c -> c.parameter().typ() != null).toList();
		if (!(after < MIN_GAIN * before) || Fits.breaks(all, g::predict, fitted::predict)
				|| shift(typical, dc, g, fitted) > MAX_SHIFT) {
			return null;
		}
		StringBuilder figures = new StringBuilder();
		for (SaturationCurves.Sat sat : vceSat) {
			figures.append(figures.isEmpty() ? "" : "; ").append(sat.describe()).append(" (")
					.append(JunctionFit.Figures.of(SaturationCurves.SAMPLES, BjtDcFit.onRms(sat, fitted, k -> true),
							BjtDcFit.onRms(sat, trained, k -> k % 3 == 2)))
					.append(Fits.fmt(", %.1f %% with BR 4 and the DC fit's RC)", 100 * BjtDcFit.onRms(sat, g, k -> true)));
		}
		return new Result(fitted, "fitted to " + figures + ", the DC fit's forward parameters held");
	}

	private static GummelPoon at(GummelPoon g, double[] x) {
		return g.withSaturation(Math.exp(x[0]), Math.exp(x[1]));
	}

	private static LeastSquares.Result solve(GummelPoon g, List<Check> checks, BjtDcFit.Curves dc,
			List<SaturationCurves.Sat> vceSat, double[] start, double[] lo, double[] hi, IntPredicate use,
			TaskMonitor monitor) {
		return LeastSquares.fit(start.clone(), lo, hi, x -> {
			GummelPoon s = at(g, x);
			double[] rest = BjtDcFit.residuals(checks, dc, s, use);
			List<Double> res = new ArrayList<>();
			for (double r : rest) {
				res.add(r);
			}
			for (SaturationCurves.Sat sat : vceSat) {
				for (Check c : sat.samples(use)) {
					res.add(BjtDcFit.onResidual(c, s) / BjtDcFit.CURVE_WEIGHT_DIVISOR);
				}
			}
			res.add(0.02 * (x[0] - start[0])); // a weak prior: BR stays at its default where nothing tells it
			return res.stream().mapToDouble(Double::doubleValue).toArray();
		}, monitor);
	}

	/** The rms relative error over the VCE(sat) curves' samples {@code use} selects. */
	private static double rms(List<SaturationCurves.Sat> sats, GummelPoon g, IntPredicate use) {
		double ss = 0;
		int n = 0;
		for (SaturationCurves.Sat sat : sats) {
			for (Check c : sat.samples(use)) {
				double e = g.predict(c) / c.target().value() - 1;
				ss += e * e;
				n++;
			}
		}
		return n == 0 ? Double.NaN : Math.sqrt(ss / n);
	}

	/** How much worse the DC fit's own residuals got: the rise of their rms (negative when they improved). */
	private static double shift(List<Check> checks, BjtDcFit.Curves dc, GummelPoon from, GummelPoon to) {
		return rmsOf(BjtDcFit.residuals(checks, dc, to, k -> true))
				- rmsOf(BjtDcFit.residuals(checks, dc, from, k -> true));
	}

	private static double rmsOf(double[] r) {
		double ss = 0;
		for (double v : r) {
			ss += v * v;
		}
		return r.length == 0 ? 0 : Math.sqrt(ss / r.length);
	}
}
