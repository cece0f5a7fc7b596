package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * Gummel-Poon BJTs: the DC fit ({@link BjtDcFit}) to every hFE (each with its own IC and VCE), VCE(sat), VBE(sat) and
 * VBE(on) row and the gain and on-voltage curves; BR and RC from the VCE(sat) curves ({@link CollectorSaturation}); XTB
 * (and TIKF1) from the hottest gain curve ({@link HotGain}); CJE/CJC from Cibo/Cobo or their curves; TF from fT minus
 * the junction charging delay ({@link Transit}).
 */
final class BjtFitter {

	static final double VJ = 0.75;
	static final double MJ = 0.33;
	/** The reverse-voltage axes a junction capacitance curve is drawn against. */
	private static final Set<String> REVERSE = Set.of("VR", "VCB", "VEB");

	static ModelCard fit(Device d, String name, TaskMonitor monitor) throws ProcessingException {
		return fit(d, name, DeviceCurves.NONE, monitor);
	}

	static ModelCard fit(Device d, String name, DeviceCurves curves, TaskMonitor monitor) throws ProcessingException {
		ModelCard card = new ModelCard(d.part(), d.kind(), name, d.kind() == DeviceKind.BJT_PNP ? "PNP" : "NPN");
		List<HfeCurves.Gain> gains = HfeCurves.find(curves, Fits.rows(d, "HFE"), card);
		List<Check> checks = dcChecks(d, !gains.isEmpty());
		// a VCE(sat) curve is left to the saturation stage (BR, RC) after the DC fit: with BR held the model follows
		// its shape at 40 to 60 % rms on the dev set, and pulls the gain away from its curve to try
		List<SaturationCurves.Sat> on = SaturationCurves.saturable(SaturationCurves.find(curves, checks, card), gains);
		BjtDcFit.Curves dc = new BjtDcFit.Curves(gains, on.stream().filter(s -> s.probe() != Probe.VCE_SAT).toList());
		// the curves are typical: an hFE or on-voltage limit at a current one spans is checked, not aimed at
		List<Check> aimed = checks.stream().filter(c -> c.parameter().typ() != null || !underCurve(c, gains, on))
				.toList();
		double nf = Darlington.is(checks, gains) ? 2 : 1;
		EarlyVoltage.Result early = EarlyVoltage.of(curves);
		if (early == null) {
			early = EarlyVoltage.ofGains(gains, nf * EarlyVoltage.VBE);
		}
		double vaf = early == null ? GummelPoon.VAF : early.vaf();
		BjtDcFit.Result fit = BjtDcFit.fit(card, aimed, checks, dc, vaf, nf, monitor);
		List<Check> broken = broken(checks, aimed, fit.g(), card);
		if (!broken.isEmpty()) {
			List<Check> left = aimed;
			aimed = checks.stream().filter(c -> left.contains(c) || broken.contains(c)).toList();
			fit = BjtDcFit.fit(card, aimed, checks, dc, vaf, nf, monitor);
		}
		LeastSquares.Result r = fit.result();
		GummelPoon g = fit.g();
		String curveFigures = dc.isEmpty() ? "" : dc.figures(g, fit.trained());
		String rows = aimed.stream().map(c -> Fits.from(c.parameter(), c.target())).reduce((a, b) -> a + "; " + b)
				.orElse("");
		String used = Fits.fmt("least squares (LM, rms %.3g) with weak priors, on ", r.rms())
				+ (rows.isEmpty() ? curveFigures.replaceFirst("^ and ", "") : rows + curveFigures);
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
			HotGain.fit(card, g, hot, !gains.isEmpty());
		}
		capacitances(card, d, curves);
		Transit.fit(card, d, g, curves);
		return card;
	}

	/**
	 * The limits left to the curves that the model {@code g} breaks, each noted on the card: a datasheet may draw its
	 * typical curve past its own limit (a VBE(sat) curve over the maximum at the rated current), and the limit is
	 * then aimed at after all.
	 */
	private static List<Check> broken(List<Check> checks, List<Check> aimed, GummelPoon g, ModelCard card) {
		List<Check> out = checks.stream().filter(c -> !aimed.contains(c) && !c.target().accepts(g.predict(c)))
				.toList();
		for (Check c : out) {
			card.note(Fits.from(c.parameter(), c.target())
					+ ": the model fitted to the curves (drawn past this limit) broke it, so it is aimed at after all");
		}
		return out;
	}

	/**
	 * Whether a typical gain or on-voltage curve of the check's quantity spans its collector current, at any bias: the
	 * model carries the forced gain (or VCE) from the curve's bias to the row's, which 90 % of a maximum only guesses.
	 */
	private static boolean underCurve(Check c, List<HfeCurves.Gain> gains, List<SaturationCurves.Sat> on) {
		double ic = c.condition("IC", 0);
		if (c.probe() == Probe.HFE) {
			return gains.stream().anyMatch(gain -> gain.spans(ic));
		}
		return on.stream().anyMatch(s -> s.probe() == c.probe() && s.spans(ic));
	}

	/**
	 * The DC fit's parameters on the card, with where each came from ({@code used}: the fit's own account), BR and RC
	 * from the saturation stage where it was kept ({@code sat}, else null).
	 */
	private static void dcParameters(ModelCard card, GummelPoon g, String used, EarlyVoltage.Result early,
			boolean gainCurves, CollectorSaturation.Result sat) {
		card.set("IS", g.is(), used);
		card.set("BF", g.bf(), "same fit as IS");
		if (g.nf() > 1) {
			card.set("NF", g.nf(), Darlington.ORIGIN);
			card.set("NR", g.nf(), Darlington.ORIGIN);
		} else {
			card.set("NF", 1, "default 1");
		}
		card.set("VAF", g.vaf(), early == null
				? "default 100 V (no output curves to read the slope from, nor gain curves at two VCE)"
				: early.describe());
		card.set("IKF", g.ikf(), "same fit as IS");
		card.set("ISE", g.ise(), "same fit as IS");
		card.set("NE", g.ne() * g.nf(), gainCurves ? "same fit as IS"
				: g.nf() > 1 ? "default 1.5 a junction, held (no gain curve)" : "default 1.5, held (no gain curve)");
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
