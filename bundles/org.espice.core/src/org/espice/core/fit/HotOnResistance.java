package org.espice.core.fit;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * The rise of a MOSFET's on-resistance with temperature, from the datasheet's typical RDS(on) at a junction temperature
 * above 25 degC. In ngspice's VDMOS the channel's share rises by its mobility law (KP times (T/Tnom)^-1.5) and the
 * drain and source resistances by TRD1 and TRS1 per kelvin; the drift region dominates a high-voltage part's
 * resistance, so without TRD1 such a part barely rises where its datasheet doubles. One coefficient, the same for RD
 * and RS, is solved so that the model meets the hottest typical row; the other hot rows stay held out.
 */
final class HotOnResistance {

	/** ngspice's nominal temperature, 27 degC, in kelvin and in degC. */
	private static final double TNOM_K = 300.15;
	private static final double TNOM_C = 27;
	/** ngspice's default VDMOS mobility exponent: KP scales as (T/Tnom)^MU. */
	private static final double MU = -1.5;
	/** the largest coefficient searched, per kelvin: a tenfold rise over 90 K */
	private static final double MAX_TC = 0.1;
	/** a hot row this far from 25 degC or more counts as hot */
	private static final double HOT = 30;

	private HotOnResistance() {
	}

	/** Sets TRD1 and TRS1 from the hottest typical RDS(on) row with its VGS and ID, and checks it. */
	static void fit(ModelCard card, Device d, double vto, double kp, double rext) {
		Parameter hot = null;
		for (Parameter p : d.all("RDS_ON")) {
			Double t = p.condition("T");
			if (p.typ() != null && t != null && t >= HOT && p.condition("VGS") != null && p.condition("ID") != null
					&& (hot == null || t > hot.condition("T"))) {
				hot = p;
			}
		}
		if (hot == null) {
			return;
		}
		Check c = new Check(hot, Probe.RDS_ON, Target.of(hot));
		double t = hot.condition("T");
		double kpHot = kp * Math.pow((t + 273.15) / TNOM_K, MU);
		double target = c.target().value();
		double lo = 0;
		double hi = MAX_TC;
		if (at(c, vto, kpHot, rext, t, lo) >= target) {
			card.note(Fits.from(hot, c.target()) + ": the channel's own rise with temperature reaches it; TRD1 and "
					+ "TRS1 left at 0");
			return;
		}
		if (at(c, vto, kpHot, rext, t, hi) < target) {
			return; // beyond any drift region: a misread row
		}
		for (int i = 0; i < 60; i++) {
			double m = 0.5 * (lo + hi);
			if (at(c, vto, kpHot, rext, t, m) < target) {
				lo = m;
			} else {
				hi = m;
			}
		}
		double tc = 0.5 * (lo + hi);
		card.set("TRD1", tc, Fits.fmt("solved so that RDS(on) at %.0f degC meets %s, with the channel's mobility on "
				+ "ngspice's law (KP x (T/Tnom)^-1.5)", t, Fits.from(hot, c.target())));
		card.set("TRS1", tc, "same as TRD1");
		card.check(c, at(c, vto, kpHot, rext, t, tc));
	}

	private static double at(Check c, double vto, double kpHot, double rext, double t, double tc) {
		return VdmosFitter.predict(c, vto, kpHot, rext * (1 + tc * (t - TNOM_C)));
	}
}
