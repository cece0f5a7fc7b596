package org.espice.core.fit;

import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;

/**
 * The Gummel-Poon DC equations as ngspice evaluates them, in magnitudes (an NPN's sense): the parameters
 * {@link BjtFitter} varies, the thermal voltage they are evaluated at (times NF = NR, 2 for a {@link Darlington}; the
 * recombination exponent {@code ne} is then the card's NE over NF) and the Early voltage, and the datasheet's DC
 * quantities at a check's IC, IB and VCE (hFE, VBE(on), VCE(sat), VBE(sat)). BR and RC are those of the DC fit
 * (BR held, RC a share of RC+RE) until {@link CollectorSaturation} fits them to the VCE(sat) curves ({@code rcOwn},
 * NaN before).
 */
record GummelPoon(double is, double bf, double ikf, double ise, double rce, double rb, double ne, double vt,
		double vaf, double br, double rcOwn, double nk) {

	/** NE held without a gain curve. */
	static final double NE = 1.5;
	/** ngspice's defaults for a silicon BJT's band gap and saturation-current exponent, and its TNOM (K). */
	static final double EG = 1.11, XTI = 3, TNOM = 300.15;
	static final double BR = 4;
	/** ngspice's high-injection roll-off exponent (NK, NKF): the gain falls as IC^-1 at most; held without a gain curve. */
	static final double NK = 0.5;
	/** VAF held without output curves to read it from. */
	static final double VAF = 100;
	/** Share of RC+RE put in the emitter. */
	static final double RE_SHARE = 0.2;

	/** With NE at its default, as the fit holds it without a gain curve, at 27 degC. */
	GummelPoon(double is, double bf, double ikf, double ise, double rce, double rb) {
		this(is, bf, ikf, ise, rce, rb, NE);
	}

	/** At 27 degC, with VAF at its default. */
	GummelPoon(double is, double bf, double ikf, double ise, double rce, double rb, double ne) {
		this(is, bf, ikf, ise, rce, rb, ne, Fits.VT, VAF, BR, Double.NaN, NK);
	}

	/** The same transistor with another Early voltage. */
	GummelPoon withVaf(double v) {
		return new GummelPoon(is, bf, ikf, ise, rce, rb, ne, vt, v, br, rcOwn, nk);
	}

	/** The same transistor with another reverse gain and collector resistance (RE held). */
	GummelPoon withSaturation(double reverseGain, double rc) {
		return new GummelPoon(is, bf, ikf, ise, rce, rb, ne, vt, vaf, reverseGain, rc, nk);
	}

	/**
	 * The same transistor at {@code t} kelvin on ngspice's temperature law: IS by the gap (EG 1.11 eV) and XTI
	 * 3, BF by (T/Tnom)^XTB, ISE by the same factor to the power 1/NE over it; resistances held.
	 */
	GummelPoon at(double t, double xtb) {
		return at(t, xtb, 0);
	}

	/** As {@link #at(double, double)}, IKF scaled by ngspice's 1 + TIKF1 (T - Tnom). */
	GummelPoon at(double t, double xtb, double tikf1) {
		double ratio = t / TNOM;
		double vtT = Fits.VT * ratio;
		double factlog = (ratio - 1) * EG / vtT + XTI * Math.log(ratio);
		double bfactor = Math.pow(ratio, xtb);
		double nf = nf();
		double ikfT = ikf * (1 + tikf1 * (t - TNOM));
		return new GummelPoon(is * Math.exp(factlog), bf * bfactor, ikfT, ise * Math.exp(factlog / (ne * nf)) / bfactor,
				rce, rb, ne, nf * vtT, vaf, br, rcOwn, nk);
	}

	/**
	 * The emission coefficient NF (and NR) the thermal voltage carries: 2 for a Darlington pair taken as one
	 * transistor with its two base-emitter junctions in series, else 1. The card's NE is {@code ne} times it. Read on
	 * the transistor at the simulators' 27 degC, whose thermal voltage is NF kT/q ({@link #at} starts from there).
	 */
	double nf() {
		return Math.max(1, Math.rint(vt / Fits.VT));
	}

	/** The largest internal junction voltage the equations are solved for: 2 V per junction in series. */
	private double vMax() {
		return 2 * nf();
	}

	double re() {
		return rce * RE_SHARE;
	}

	double rc() {
		return Double.isNaN(rcOwn) ? rce * (1 - RE_SHARE) : rcOwn;
	}

	/** The quantity a check measures (hFE, VBE(on), VCE(sat), VBE(sat)) at its conditions. */
	double predict(Check c) {
		double ic = c.condition("IC", 1e-3);
		switch (c.probe()) {
		case HFE:
			return hfe(ic, c.condition("VCE", 5));
		case VBE_ON: {
			double v = vbe(ic, c.condition("VCE", 5));
			return v + ib(v) * rb + (ic + ib(v)) * re();
		}
		case VCE_SAT, VBE_SAT: {
			double ibf = c.condition("IB", ic / 10);
			double[] j = saturated(ic, ibf);
			if (j == null) {
				// the base current cannot sustain IC: the collector leaves saturation
				return 50 * (1 + ic / (ibf * (ic / ib(vbe(ic, 1)))));
			}
			return c.probe() == Probe.VCE_SAT ? j[0] - j[1] + ic * rc() + (ic + ibf) * re()
					: j[0] + ibf * rb + (ic + ibf) * re();
		}
		default:
			throw new IllegalArgumentException(c.probe().name());
		}
	}

	/** IC/IB at a collector current and VCE (magnitudes). */
	double hfe(double ic, double vce) {
		double v = vbe(ic, vce);
		double beta = ic / ib(v);
		// the series resistances may leave too little VCE for forward-active operation at the test point
		double inner = vce - ic * rc() - (ic + ic / beta) * re() - v;
		return inner >= 0.1 ? beta : beta * Math.exp(-20 * (0.1 - inner));
	}

	/** Forward collector current of the Gummel-Poon equations at an internal VBE and VCE. */
	double ic(double vbe, double vce) {
		double iff = is * Math.expm1(vbe / vt);
		double q1 = 1 / Math.max(0.05, 1 - (vbe - vce) / vaf);
		return iff / qb(q1, iff);
	}

	/** The base charge of the Gummel-Poon equations: q1 (1 + (1 + 4 If/IKF)^NK) / 2. */
	private double qb(double q1, double iff) {
		double q2 = iff / ikf;
		return q1 * (1 + (nk == NK ? Math.sqrt(1 + 4 * q2) : Math.pow(1 + 4 * q2, nk))) / 2;
	}

	double ib(double vbe) {
		return is * Math.expm1(vbe / vt) / bf + ise * Math.expm1(vbe / (ne * vt));
	}

	/**
	 * Internal {VBE, VBC} of the Gummel-Poon equations with both IC and IB forced (saturation), by nested
	 * bisection; null when IB cannot carry IC even with VBC = 0 (forward active).
	 */
	double[] saturated(double icT, double ibT) {
		if (ibFor(icT, 0) > ibT) {
			return null;
		}
		double a = 0;
		double b = 0.6 * vMax();
		for (int i = 0; i < 50; i++) {
			double m = (a + b) / 2;
			if (ibFor(icT, m) < ibT) {
				a = m;
			} else {
				b = m;
			}
		}
		double vbc = (a + b) / 2;
		return new double[] { vbeSat(icT, vbc), vbc };
	}

	private double ibFor(double icT, double vbc) {
		double vbe = vbeSat(icT, vbc);
		return ib(vbe) + is * Math.expm1(vbc / vt) / br;
	}

	/**
	 * VBE that gives IC = (If - Ir)/qb - Ir/BR at a given VBC, in closed form: with c = IC + Ir/BR and
	 * K = c q1, the forward current If solves 2 (If - Ir) = K (1 + sqrt(1 + 4 If/IKF)), a quadratic in
	 * u = 2 (If - Ir) - K. Held to 0..2 V, as the model's operating range.
	 */
	private double vbeSat(double icT, double vbc) {
		double ir = is * Math.expm1(vbc / vt);
		double q1 = 1 / Math.max(0.05, 1 - vbc / vaf);
		if (nk != NK) {
			return vbeSatNumeric(icT, ir, q1);
		}
		double k = (icT + ir / br) * q1;
		double u = k * k / ikf + Math.sqrt(k * k * k * k / (ikf * ikf) + k * k * (1 + (4 * ir + 2 * k) / ikf));
		double iff = (u + 2 * ir + k) / 2;
		double vbe = vt * Math.log1p(iff / is);
		return Double.isNaN(vbe) ? 0 : Math.max(0, Math.min(vMax(), vbe));
	}

	/**
	 * {@link #vbeSat} for an NK other than 0.5, by bisection on ln If: (If - Ir)/qb rises with If for NK up to 1 (and
	 * levels off at NK = 1, where IC cannot pass about IKF/2: the bound, 2 V a junction, then stands for it).
	 */
	private double vbeSatNumeric(double icT, double ir, double q1) {
		double need = icT + ir / br;
		double a = Math.log(Math.max(ir, 0) + 1e-30);
		double b = Math.log(1e4);
		for (int i = 0; i < 200; i++) {
			double m = (a + b) / 2;
			double iff = Math.exp(m);
			if ((iff - ir) / qb(q1, iff) < need) {
				a = m;
			} else {
				b = m;
			}
		}
		double vbe = vt * Math.log1p(Math.exp((a + b) / 2) / is);
		return Double.isNaN(vbe) ? 0 : Math.max(0, Math.min(vMax(), vbe));
	}

	/** The internal VBE that carries IC at VCE, by bisection (IC rises monotonically with VBE). */
	double vbe(double icTarget, double vce) {
		double a = 0;
		double b = vMax();
		for (int i = 0; i < 60; i++) {
			double m = (a + b) / 2;
			if (ic(m, vce) < icTarget) {
				a = m;
			} else {
				b = m;
			}
		}
		return (a + b) / 2;
	}
}
