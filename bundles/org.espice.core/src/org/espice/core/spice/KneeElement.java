package org.espice.core.spice;

import java.util.Locale;

/**
 * Where a {@link CapacitanceKnee} sits beside a VDMOS card, with its three parameters' names: between drain and gate
 * (CGDK, VGDK, WGDK) or between drain and source (CDSK, VDSK, WDSK); on a p-channel card from gate or source to
 * drain. Written by {@link VdmosSubckt} as the gate's capacitance to the channel is: ngspice as a capacitor given by
 * its charge; LTspice (whose capacitor charge expression ngspice's LTspice mode refuses) as the charge, a behavioural
 * voltage, on a 1 nF capacitor whose current a current-controlled source mirrors between the pins. The capacitor's
 * current is solved implicitly, in a transient and an AC run alike; a behavioural source's ddt() is not, and inside
 * the Miller loop of a gate-charge test ngspice's LTspice mode then lost most of the gate-drain charge. PSpice's
 * stand-in holds each at its value at the Crss test voltage.
 */
public enum KneeElement {
	GATE_DRAIN("GDK", "G"), DRAIN_SOURCE("DSK", "S");

	private final String suffix;
	private final String other;

	KneeElement(String suffix, String other) {
		this.suffix = suffix;
		this.other = other;
	}

	/** The parameter of its capacitance: CGDK, CDSK. */
	public String capacitance() {
		return "C" + suffix;
	}

	/** The parameter of its voltage: VGDK, VDSK. */
	public String voltage() {
		return "V" + suffix;
	}

	/** The parameter of its width: WGDK, WDSK. */
	public String width() {
		return "W" + suffix;
	}

	/** Whether a parameter is one of the knees', written outside the VDMOS card. */
	public static boolean names(String parameter) {
		for (KneeElement e : values()) {
			if (e.capacitance().equals(parameter) || e.voltage().equals(parameter) || e.width().equals(parameter)) {
				return true;
			}
		}
		return false;
	}

	/** The card's knee here, or {@link CapacitanceKnee#NONE} when it carries none. */
	public CapacitanceKnee of(ModelCard card) {
		Double c = card.value(capacitance());
		Double v = card.value(voltage());
		Double w = card.value(width());
		return c == null || v == null || w == null || !(c > 0) || !(w > 0) ? CapacitanceKnee.NONE
				: new CapacitanceKnee(c, v, w);
	}

	/** Sets the knee's three parameters on a card, with their origin; nothing for none. */
	public void set(ModelCard card, CapacitanceKnee knee, String origin) {
		if (knee.isNone()) {
			return;
		}
		card.set(capacitance(), knee.c(), origin);
		card.set(voltage(), knee.v0(), "same fit as " + capacitance());
		card.set(width(), knee.w(), "same fit as " + capacitance());
	}

	/** The card's knee here as elements in ngspice's or LTspice's syntax, or "" without one. */
	String element(ModelCard card, boolean ltspice) {
		CapacitanceKnee k = of(card);
		if (k.isNone()) {
			return "";
		}
		boolean p = card.flags().contains("pchan");
		String nodes = p ? other + " D" : "D " + other;
		String v = p ? "V(" + other + ",D)" : "V(D," + other + ")";
		String z = String.format(Locale.ROOT, "((%s-%s)/%s)", v, Target.fmt(k.v0()), Target.fmt(k.w()));
		// ln cosh(z) without overflow: |z| + ln(1 + exp(-2|z|)) - ln 2; the constant drops out of the current
		String charge = String.format(Locale.ROOT, "%s*(%s-%s*(abs(%s)+ln(1+exp(-2*abs(%s)))))", Target.fmt(k.c() / 2),
				v, Target.fmt(k.w()), z, z);
		if (!ltspice) {
			return "C" + suffix + " " + nodes + " Q='" + charge + "'\n";
		}
		return mirroredCharge(suffix, nodes, charge) + "\n";
	}

	/**
	 * LTspice's nonlinear capacitor between {@code nodes}: the charge as a behavioural voltage on a 1 nF capacitor
	 * whose current a current-controlled source mirrors between them (B, C, V and F elements and two nodes named
	 * after {@code suffix}); lines without a final newline.
	 */
	static String mirroredCharge(String suffix, String nodes, String charge) {
		String q = "Q" + suffix;
		return "B" + suffix + " " + q + " 0 V=1e9*" + charge + "\nC" + suffix + "Q " + q + " " + q + "S 1e-9\nV"
				+ suffix + "Q " + q + "S 0 0\nF" + suffix + " " + nodes + " V" + suffix + "Q 1";
	}
}
