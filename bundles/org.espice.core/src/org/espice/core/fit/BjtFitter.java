package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * Gummel-Poon BJTs: IS, BF, IKF, ISE, RC+RE and RB in one bounded least-squares fit to every hFE (each with its
 * own IC and VCE), VCE(sat), VBE(sat) and VBE(on) row; CJE/CJC de-embedded from Cibo/Cobo; TF from fT minus the
 * junction charging delay.
 */
final class BjtFitter {

	/** The range XTB is fitted in from a hot gain curve. */
	static final double XTB_LO = -1, XTB_HI = 5;
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
	/**
	 * A gain curve's sample counts this many times less than a table row (its 13 samples together about 1.4 rows):
	 * the table's values are still aimed at while the curve sets the shape between them. Six times less kept the
	 * table a little closer but followed the curves half as well again (median 14 % against 10 % on the dev set).
	 */
	static final double CURVE_WEIGHT_DIVISOR = 3;
	static final double VJ = 0.75;
	static final double MJ = 0.33;
	/** The reverse-voltage axes a junction capacitance curve is drawn against. */
	private static final Set<String> REVERSE = Set.of("VR", "VCB", "VEB");

	/** The curves the DC fit aims at beside the table rows: room-temperature gain and on-voltage curves. */
	record DcCurves(List<HfeCurves.Gain> gains, List<SaturationCurves.Sat> sats) {

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

	static ModelCard fit(Device d, String name, TaskMonitor monitor) throws ProcessingException {
		return fit(d, name, DeviceCurves.NONE, monitor);
	}

	static ModelCard fit(Device d, String name, DeviceCurves curves, TaskMonitor monitor) throws ProcessingException {
		ModelCard card = new ModelCard(d.part(), d.kind(), name, d.kind() == DeviceKind.BJT_PNP ? "PNP" : "NPN");
		List<HfeCurves.Gain> gains = HfeCurves.find(curves, Fits.rows(d, "HFE"), card);
		List<Check> checks = dcChecks(d, !gains.isEmpty());
		// a VCE(sat) curve is left to the saturation stage (BR, RC) after the DC fit: with BR held the model follows
		// its shape at 40 to 60 % rms on the dev set, and pulls the gain away from its curve to try
		List<SaturationCurves.Sat> on = SaturationCurves.find(curves, checks, card);
		DcCurves dc = new DcCurves(gains, on.stream().filter(s -> s.probe() != Probe.VCE_SAT).toList());
		double[][] start = start(checks, dc);
		double[] prior = start[0];
		double[] lo = start[1];
		double[] hi = start[2];
		// a gain curve is typical: an hFE limit at a current it spans is checked, not aimed at
		List<Check> aimed = checks.stream().filter(c -> c.probe() != Probe.HFE || c.parameter().typ() != null
				|| gains.stream().noneMatch(gain -> gain.spans(c.condition("IC", 0)))).toList();
		EarlyVoltage.Result early = EarlyVoltage.of(curves);
		double vaf = early == null ? GummelPoon.VAF : early.vaf();
		DcFit fit = dcFit(aimed, dc, vaf, prior, lo, hi, monitor);
		if (hi.length > NK_INDEX) {
			// NK only where the gain curve needs it: a fit whose steeper roll-off breaks a table value the fit with
			// ngspice's 0.5 met keeps 0.5 (a Darlington's minimum gain at its rated current, a VCE(sat) row)
			DcFit plain = dcFit(aimed, dc, vaf, java.util.Arrays.copyOf(prior, NK_INDEX),
					java.util.Arrays.copyOf(lo, NK_INDEX), java.util.Arrays.copyOf(hi, NK_INDEX), monitor);
			if (Fits.breaks(checks, plain.g()::predict, fit.g()::predict)) {
				card.note(Fits.fmt("the gain curves' roll-off (NK %.2f) breaks a table value NK 0.5 meets: NK held at "
						+ "0.5", fit.g().nk()));
				fit = plain;
			}
		}
		LeastSquares.Result r = fit.result();
		GummelPoon g = fit.g();
		String curveFigures = dc.isEmpty() ? "" : dc.figures(g, gp(fit.trained(), vaf));
		String used = Fits.fmt("least squares (LM, rms %.3g) with weak priors, on %s", r.rms(),
				aimed.stream().map(c -> Fits.from(c.parameter(), c.target())).reduce((a, b) -> a + "; " + b)
						.orElse("")) + curveFigures;
		CollectorSaturation.Result sat = CollectorSaturation.fit(g, aimed, checks, dc,
				on.stream().filter(s -> s.probe() == Probe.VCE_SAT).toList(), monitor);
		if (sat != null) {
			g = sat.g();
		}
		dcParameters(card, g, used, early, !gains.isEmpty(), sat);
		for (Check c : checks) {
			card.check(c, g.predict(c));
		}
		HfeCurves.Gain hot = HfeCurves.hottest(curves);
		if (hot != null) {
			temperature(card, g, hot);
		}
		capacitances(card, d, curves);
		Transit.fit(card, d, g, curves);
		return card;
	}

	/** A DC fit: its least-squares result, the transistor, and the point of the fit with every third sample held out. */
	private record DcFit(LeastSquares.Result result, GummelPoon g, double[] trained) {
	}

	/**
	 * The DC fit within {@code lo}..{@code hi}: from the priors, and with curves also from the point of the fit with
	 * every third sample held out (a curve gives the fit more than one valley) and, where NK is free, from the
	 * steepest roll-off; the lowest rms wins.
	 */
	private static DcFit dcFit(List<Check> aimed, DcCurves dc, double vaf, double[] prior, double[] lo, double[] hi,
			TaskMonitor monitor) {
		LeastSquares.Result r = solve(aimed, dc, vaf, prior, prior, lo, hi, k -> true, monitor);
		if (dc.isEmpty()) {
			return new DcFit(r, gp(r.point(), vaf), r.point());
		}
		double[] trained = solve(aimed, dc, vaf, prior, prior, lo, hi, k -> k % 3 != 2, monitor).point();
		List<double[]> starts = new ArrayList<>(List.of(trained));
		if (hi.length > NK_INDEX && hi[NK_INDEX] > lo[NK_INDEX]) {
			double[] steep = prior.clone();
			steep[NK_INDEX] = hi[NK_INDEX];
			starts.add(steep);
		}
		for (double[] from : starts) {
			LeastSquares.Result again = solve(aimed, dc, vaf, prior, from, lo, hi, k -> true, monitor);
			if (again.rms() < r.rms()) {
				r = again;
			}
		}
		return new DcFit(r, gp(r.point(), vaf), trained);
	}

	/**
	 * The DC fit's parameters on the card, with where each came from ({@code used}: the fit's own account), BR and RC
	 * from the saturation stage where it was kept ({@code sat}, else null).
	 */
	private static void dcParameters(ModelCard card, GummelPoon g, String used, EarlyVoltage.Result early,
			boolean gainCurves, CollectorSaturation.Result sat) {
		card.set("IS", g.is(), used);
		card.set("BF", g.bf(), "same fit as IS");
		card.set("NF", 1, "default 1");
		card.set("VAF", g.vaf(), early == null ? "default 100 V (no output curves to read the slope from)"
				: early.describe());
		card.set("IKF", g.ikf(), "same fit as IS");
		card.set("ISE", g.ise(), "same fit as IS");
		card.set("NE", g.ne(), gainCurves ? "same fit as IS" : "default 1.5, held (no gain curve)");
		if (gainCurves && g.nk() != GummelPoon.NK) {
			card.set("NK", g.nk(), "high-injection roll-off exponent; same fit as IS, from the gain curves");
		}
		card.set("BR", g.br(), sat == null ? "default 4" : sat.origin());
		card.set("RB", g.rb(), "same fit as IS");
		card.set("RC", g.rc(), sat == null ? "80 % of the fitted RC+RE " + Target.fmt(g.rce()) + " Ohm; same fit as IS"
				: "same fit as BR");
		card.set("RE", g.re(), "20 % of the fitted RC+RE " + Target.fmt(g.rce()) + " Ohm");
	}

	/**
	 * A check per hFE, VCE(sat), VBE(sat) and VBE(on) row with its conditions; there must be an hFE row unless a gain
	 * curve gives the gain ({@code gainCurves}).
	 */
	private static List<Check> dcChecks(Device d, boolean gainCurves) throws ProcessingException {
		List<Check> checks = new ArrayList<>();
		for (Parameter p : Fits.rows(d, "HFE", "IC")) {
			checks.add(new Check(p, Probe.HFE, Target.of(p)));
		}
		if (checks.isEmpty() && !gainCurves) {
			throw new ProcessingException(FailureCategory.EXTRACTION_INCOMPLETE, "Cannot fit a BJT model for "
					+ d.part() + ": no DC current gain hFE with its test current IC was found, and no gain curve at "
					+ "25 degC");
		}
		for (Parameter p : Fits.rows(d, "VCE_SAT", "IC", "IB")) {
			checks.add(new Check(p, Probe.VCE_SAT, Target.of(p)));
		}
		for (Parameter p : Fits.rows(d, "VBE_SAT", "IC", "IB")) {
			checks.add(new Check(p, Probe.VBE_SAT, Target.of(p)));
		}
		for (Parameter p : Fits.rows(d, "VBE_ON", "IC")) {
			checks.add(new Check(p, Probe.VBE_ON, Target.of(p)));
		}
		return checks;
	}

	/**
	 * {prior, lower, upper} of {ln IS, ln BF, ln IKF, ln ISE, ln (RC+RE), ln RB, NE}. BF within a few times the
	 * largest gain and IKF not far below the largest test current keep the fit away from unphysical pairs (huge BF
	 * cancelled by deep high injection) that still match hFE (the gain curves' peaks and currents count as rows);
	 * NE moves only with a gain curve, which shows the fall of hFE at low current that it sets.
	 */
	private static double[][] start(List<Check> checks, DcCurves dc) {
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
		double[] out = java.util.Arrays.copyOf(x, NK_INDEX + 1);
		out[NK_INDEX] = nk;
		return out;
	}

	private static GummelPoon gp(double[] x, double vaf) {
		return new GummelPoon(Math.exp(x[0]), Math.exp(x[1]), Math.exp(x[2]), Math.exp(x[3]), Math.exp(x[4]),
				Math.exp(x[5]), x[6], Fits.VT, vaf, GummelPoon.BR, Double.NaN,
				x.length > NK_INDEX ? x[NK_INDEX] : GummelPoon.NK);
	}

	/**
	 * The DC fit: every table row, the gain curves' samples {@code use} selects (each weighted
	 * {@link #CURVE_WEIGHT_DIVISOR} times less than a row), and weak priors that keep undetermined parameters at
	 * typical values.
	 */
	private static LeastSquares.Result solve(List<Check> checks, DcCurves dc, double vaf, double[] prior,
			double[] from, double[] lo, double[] hi, IntPredicate use, TaskMonitor monitor) {
		return LeastSquares.fit(from.clone(), lo, hi, x -> {
			double[] dcRes = residuals(checks, dc, gp(x, vaf), use);
			double[] res = java.util.Arrays.copyOf(dcRes, dcRes.length + prior.length);
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
	static double[] residuals(List<Check> checks, DcCurves dc, GummelPoon g, IntPredicate use) {
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
	private static double onResidual(Check c, GummelPoon g) {
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

	/**
	 * XTB so the model's gain follows the hottest gain curve, the room fit held; set only when it follows that
	 * curve better than ngspice's default 0 (no change of BF with temperature).
	 */
	private static void temperature(ModelCard card, GummelPoon g, HfeCurves.Gain hot) {
		double t = hot.t() + 273.15;
		java.util.function.DoubleUnaryOperator cost = xtb -> {
			double e = gainRms(hot, g.at(t, xtb), k -> true);
			return e * e;
		};
		double xtb = JunctionFit.Figures.minimise(cost, XTB_LO, XTB_HI, 60);
		double rms = Math.sqrt(cost.applyAsDouble(xtb));
		double rmsDefault = Math.sqrt(cost.applyAsDouble(0));
		if (!(rms < rmsDefault)) {
			return;
		}
		card.set("XTB", xtb, Fits.fmt("fitted to the %s at %.0f degC (%d points, rms %.1f %%, %.1f %% with the "
				+ "default 0), the room fit held", hot.describe(), hot.t(), HfeCurves.SAMPLES, 100 * rms,
				100 * rmsDefault));
	}

	/** Relative rms error of the model's gain on a curve's samples {@code use} selects. */
	private static double gainRms(HfeCurves.Gain gain, GummelPoon g, IntPredicate use) {
		double[][] s = gain.samples();
		return JunctionFit.Figures.rms(s, ic -> g.hfe(ic, gain.vce()), use);
	}

	/**
	 * CJC = Cobo*(1 + VCB/0.75)^0.33 and CJE = Cibo*(1 + VEB/0.75)^0.33; with a usable Cobo or Cibo curve against
	 * reverse voltage, that junction's CJ, VJ and MJ are fitted to it instead ({@link JunctionCurves}).
	 */
	private static void capacitances(ModelCard card, Device d, DeviceCurves curves) {
		double cjc = junction(card, Fits.row(d, "COBO"), curves.find(Plot.Kind.BJT_CAP, REVERSE, "COBO", "COB", "CCB"),
				"VCB", "C", Probe.COLLECTOR_BASE_CAPACITANCE);
		if (Double.isNaN(cjc)) {
			card.note("no Cobo printed: CJC is a default");
			cjc = 5e-12;
			card.set("CJC", cjc, "default 5 pF (no Cobo printed)");
			card.set("VJC", VJ, "default");
			card.set("MJC", MJ, "default");
		}
		double cje = junction(card, Fits.row(d, "CIBO"), curves.find(Plot.Kind.BJT_CAP, REVERSE, "CIBO", "CIB", "CEB"),
				"VEB", "E", Probe.EMITTER_BASE_CAPACITANCE);
		if (Double.isNaN(cje)) {
			card.set("CJE", 3 * cjc, "default 3 x CJC (no Cibo printed)");
			card.set("VJE", VJ, "default");
			card.set("MJE", MJ, "default");
		}
	}

	/**
	 * One junction's CJx, VJx and MJx: fitted to its curve when that is usable, else its table value de-embedded to
	 * 0 V with the default grading; NaN (nothing set) when neither is printed.
	 */
	private static double junction(ModelCard card, Parameter row, List<DeviceCurves.Curve> curve, String bias, String x,
			Probe probe) {
		String name = x.equals("C") ? "Cobo" : "Cibo";
		JunctionCurves.Anchored fitted = JunctionCurves.fit(card, curve, row == null ? List.of() : List.of(row), bias,
				new double[] { VJ, MJ });
		if (fitted != null) {
			card.set("CJ" + x, fitted.fit().cjo(), fitted.origin());
			card.set("VJ" + x, fitted.fit().vj(), "same fit as CJ" + x);
			card.set("MJ" + x, fitted.fit().m(), "same fit as CJ" + x);
			// a row without its bias says nothing the curve can be held to; verification lists it as unsimulated
			if (row != null && row.condition(bias) != null) {
				card.check(new Check(row, probe, Target.of(row)), fitted.fit().at(row.condition(bias)));
			}
			return fitted.fit().cjo();
		}
		if (row == null) {
			return Double.NaN;
		}
		Target t = Target.of(row);
		double cj = t.value() * Math.pow(1 + Check.condition(row, bias, 0) / VJ, MJ);
		card.set("CJ" + x, cj, name + " de-embedded to 0 V (VJ" + x + " 0.75, MJ" + x + " 0.33) from "
				+ Fits.from(row, t));
		card.set("VJ" + x, VJ, "default");
		card.set("MJ" + x, MJ, "default");
		card.check(new Check(row, probe, t), t.value());
		return cj;
	}
}
