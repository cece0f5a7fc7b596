package org.espice.core.spice;

import java.util.Locale;

/**
 * The part of a power MOSFET's gate-drain capacitance that collapses at a drain voltage of its own: C = CGDK (1 -
 * tanh((Vdg - VGDK) / WGDK)) / 2, an element between drain and gate beside ngspice's VDMOS Cgd. The gate's overlap of
 * the drain is screened once the depletion spreading from the body wells pinches the region between them under the
 * gate; Crss then falls by a decade or more over a few volts (a trench or high-voltage part's Crss curve), a step
 * VDMOS's Cgd law, centred at Vdg = 0 with one slope A, cannot draw: it bends the wrong way on both sides of the
 * knee. With the gate above the drain (the Miller plateau's end and after) the element is CGDK, constant.
 * <p>
 * Written as {@link VdmosSubckt} writes the gate's capacitance to the channel: ngspice as a capacitor given by its
 * charge, LTspice as a behavioural current source (the charge's time derivative). PSpice's stand-in holds Cgd at its
 * value at the Crss test voltage, the knee's share included.
 *
 * @param c  CGDK, the collapsing capacitance (F)
 * @param v0 VGDK, the drain-gate voltage at the middle of the fall (V)
 * @param w  WGDK, the fall's width (V)
 */
public record CgdKnee(double c, double v0, double w) {

	public static final String CAPACITANCE = "CGDK";
	public static final String VOLTAGE = "VGDK";
	public static final String WIDTH = "WGDK";
	/** No collapsing part: the VDMOS law alone. */
	public static final CgdKnee NONE = new CgdKnee(0, 1, 1);

	/** The card's knee, or {@link #NONE} when it carries none. */
	public static CgdKnee of(ModelCard card) {
		Double c = card.value(CAPACITANCE);
		Double v = card.value(VOLTAGE);
		Double w = card.value(WIDTH);
		return c == null || v == null || w == null || !(c > 0) || !(w > 0) ? NONE : new CgdKnee(c, v, w);
	}

	/** Whether a parameter is one of the knee's, written outside the VDMOS card. */
	public static boolean names(String parameter) {
		return CAPACITANCE.equals(parameter) || VOLTAGE.equals(parameter) || WIDTH.equals(parameter);
	}

	public boolean isNone() {
		return !(c > 0);
	}

	/** The capacitance at a drain-gate voltage. */
	public double at(double vdg) {
		return isNone() ? 0 : c * (1 - Math.tanh((vdg - v0) / w)) / 2;
	}

	/** The charge from Vdg = 0 to {@code vdg}: the integral of {@link #at}. */
	public double charge(double vdg) {
		if (isNone()) {
			return 0;
		}
		return c / 2 * (vdg - w * (lnCosh((vdg - v0) / w) - lnCosh(-v0 / w)));
	}

	/** The same knee with its capacitance scaled by {@code k}. */
	public CgdKnee scaled(double k) {
		return isNone() ? this : new CgdKnee(c * k, v0, w);
	}

	/** Sets the knee's three parameters on a card, with their origin. */
	public void set(ModelCard card, String origin) {
		if (isNone()) {
			return;
		}
		card.set(CAPACITANCE, c, origin);
		card.set(VOLTAGE, v0, "same fit as " + CAPACITANCE);
		card.set(WIDTH, w, "same fit as " + CAPACITANCE);
	}

	/**
	 * The element between drain and gate (gate and drain for a p-channel card) in ngspice's or LTspice's syntax.
	 * ngspice: a capacitor given by its charge. LTspice (whose capacitor charge expression ngspice's LTspice mode
	 * refuses): the charge as a behavioural voltage over a 1 nF capacitor, whose current a current-controlled source
	 * mirrors between drain and gate. The capacitor's current is solved implicitly, in the transient and in an AC
	 * run alike; a behavioural source's ddt() is not, and inside the Miller loop of a gate-charge test ngspice's
	 * LTspice mode then lost most of the charge.
	 */
	String element(boolean pchan, boolean ltspice) {
		String nodes = pchan ? "G D" : "D G";
		String v = pchan ? "V(G,D)" : "V(D,G)";
		String z = String.format(Locale.ROOT, "((%s-%s)/%s)", v, Target.fmt(v0), Target.fmt(w));
		// ln cosh(z) without overflow: |z| + ln(1 + exp(-2|z|)) - ln 2; the constant drops out of the current
		String charge = String.format(Locale.ROOT, "%s*(%s-%s*(abs(%s)+ln(1+exp(-2*abs(%s)))))", Target.fmt(c / 2), v,
				Target.fmt(w), z, z);
		if (!ltspice) {
			return "CGDK " + nodes + " Q='" + charge + "'";
		}
		return "BGDK QK 0 V=1e9*" + charge + "\nCGDKQ QK QKS 1e-9\nVGDKQ QKS 0 0\nFGDK " + nodes + " VGDKQ 1";
	}

	private static double lnCosh(double z) {
		double a = Math.abs(z);
		return a + Math.log1p(Math.exp(-2 * a)) - Math.log(2);
	}
}
