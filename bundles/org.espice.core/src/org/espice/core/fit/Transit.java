package org.espice.core.fit;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/** A BJT's forward transit time (TF, with XTF and ITF from an fT curve) and TR, from its fT row and curve. */
final class Transit {

	/** SPICE's forward-bias depletion coefficient, as the simulators default it. */
	private static final double FC = 0.5;

	private Transit() {
	}

	/**
	 * TF from the fT curve ({@link TransitCurves}) where it adds to the table, else TF = 1/(2 pi fT) - (Cje(VBE) +
	 * Cjc(VCB))/gm - Cjc(VCB)*(RC + RE) at the fT row's test point; TR = 10 TF. The card's junction capacitances are
	 * set before.
	 */
	static void fit(ModelCard card, Device d, GummelPoon g, DeviceCurves curves) {
		Parameter ft = Fits.row(d, "FT", "IC");
		TransitCurves.Ft curve = TransitCurves.find(curves, ft, card);
		if (curve != null && transit(card, ft, curve, g)) {
			return;
		}
		if (ft == null) {
			card.set("TF", 1e-9, "default 1 ns (no fT printed)");
			card.set("TR", 1e-8, "default 10 x TF (no storage time printed)");
			return;
		}
		Target t = Target.of(ft);
		double ic = Check.condition(ft, "IC", 1e-3);
		double vce = Check.condition(ft, "VCE", 5);
		double charging = charging(card, g, ic, vce, card.value("CJE"));
		double tau = 1 / (2 * Math.PI * t.value()) - charging;
		double tf = Math.max(tau, 1e-13);
		card.set("TF", tf, "1/(2 pi fT) minus the junction charging delay (Cje+Cjc)/gm + Cjc*(RC+RE), from "
				+ Fits.from(ft, t) + (tau <= 0 ? "; the delay exceeded 1/(2 pi fT), TF floored at 0.1 ps" : ""));
		card.set("TR", 10 * tf, "default 10 x TF (no storage time printed)");
		card.check(new Check(ft, Probe.FT, t), 1 / (2 * Math.PI * (tf + charging)));
	}

	/**
	 * TF, and XTF with ITF (and CJE without a Cibo row) where they follow it, fitted to an fT curve with the table's
	 * row ({@link TransitCurves}); false (nothing set) when the curve adds nothing to a typical row.
	 */
	private static boolean transit(ModelCard card, Parameter row, TransitCurves.Ft curve, GummelPoon g) {
		TransitCurves.Delay delay = new TransitCurves.Delay() {
			@Override
			public double charging(double ic, double cje) {
				return Transit.charging(card, g, ic, curve.vce(), cje);
			}

			@Override
			public double forward(double ic) {
				return g.is() * Math.expm1(g.vbe(ic, curve.vce()) / g.vt());
			}
		};
		Target t = row == null ? null : Target.of(row);
		double ic = row == null ? Double.NaN : Check.condition(row, "IC", 1e-3);
		// a limit is checked, not aimed at: the typical curve sets TF where it spans the row's current
		boolean typical = row != null && (row.typ() != null || Double.isNaN(curve.at(ic)));
		boolean cjeFree = card.params().stream().anyMatch(p -> p.name().equals("CJE") && p.isDefault());
		TransitCurves.Anchor anchor = new TransitCurves.Anchor(typical ? ic : Double.NaN,
				typical ? t.value() : Double.NaN, card.value("CJE"), cjeFree);
		TransitCurves.Fit f = TransitCurves.fit(curve, anchor, delay);
		if (!f.fromCurve()) {
			card.note(curve.describe() + " is followed as well by TF from " + Fits.from(row, t) + " alone ("
					+ f.figures() + ")");
			return false;
		}
		String fitted = "fitted to the " + curve.describe() + " (" + f.figures() + ")";
		if (f.cje() != card.value("CJE")) {
			card.set("CJE", f.cje(), fitted + " with TF: the charging delay Cje/gm sets its rise at low current (no "
					+ "Cibo printed; VJE, MJE held)");
		}
		card.set("TF", f.tf(), fitted + " less the junction charging delay (Cje+Cjc)/gm + Cjc*(RC+RE)"
				+ (typical ? ", meeting " + Fits.from(row, t) : ""));
		if (f.xtf() > 0) {
			card.set("XTF", f.xtf(), "same fit as TF: the transit time's growth at high current");
			card.set("ITF", f.itf(), "same fit as TF");
		}
		card.set("TR", 10 * f.tf(), "default 10 x TF (no storage time printed)");
		if (row != null) {
			card.check(new Check(row, Probe.FT, t), TransitCurves.ft(f, delay, ic));
		}
		return true;
	}

	/** The junction charging delay at the fT test point, with the emitter junction's zero-bias capacitance cje. */
	private static double charging(ModelCard card, GummelPoon g, double ic, double vce, double cje) {
		double v = g.vbe(ic, vce);
		double gm = (g.ic(v + 1e-4, vce) - g.ic(v - 1e-4, vce)) / 2e-4;
		double vje = card.value("VJE");
		double mje = card.value("MJE");
		double cjc = card.value("CJC") / Math.pow(1 + Math.max(0, vce - v) / card.value("VJC"), card.value("MJC"));
		double cjeF = v < FC * vje ? cje / Math.pow(1 - v / vje, mje)
				: cje / Math.pow(1 - FC, 1 + mje) * (1 - FC * (1 + mje) + mje * v / vje);
		return (cjeF + cjc) / gm + cjc * (g.rc() + g.re());
	}
}
