package org.espice.core.spice;

import java.util.Locale;

/**
 * The subcircuits a VDMOS card is written in where a plain {@code .model} does not carry it:
 * <ul>
 * <li>PSpice has no VDMOS: a LEVEL=1 MOSFET with the same square law, a body diode and capacitances held at their
 * values at the Crss test voltage;</li>
 * <li>a card with the gate's capacitance to the channel ({@value #GATE_CHANNEL}): VDMOS holds CGS constant, so the
 * capacitance the gate gains as the channel forms is an element of its own between gate and source, with charge
 * {@code CGCH * K * ln(1 + exp((VGS - VTO) / K))} (K = KSUBTHRES, the channel's own weak-inversion slope): nil with the
 * device off, CGCH once the channel is on. ngspice writes it as a capacitor given by its charge (it holds in transient
 * and AC runs; given by its capacitance instead, it stalled ngspice's gate-charge transients of a 640 V part), LTspice
 * as a behavioural current source (the time derivative of the charge; ngspice's LTspice mode refuses a capacitor's
 * charge expression), PSpice as an ABM source ({@code DDT});</li>
 * <li>a card with a collapsing gate-drain or drain-source capacitance ({@link KneeElement}): an element between its
 * pins, written the same way (PSpice's stand-in holds it at the Crss test voltage).</li>
 * </ul>
 * Pins are D G S in that order, as the vendors' MOSFET subcircuits name them.
 */
final class VdmosSubckt {

	/** the parameter of the gate's capacitance to the channel, written outside the VDMOS card */
	static final String GATE_CHANNEL = "CGCH";
	/** ngspice's default KSUBTHRES, the weak-inversion slope where the card sets none */
	private static final double KSUBTHRES = 0.1;

	private VdmosSubckt() {
	}

	/** Whether the card carries the gate's capacitance to the channel. */
	static boolean hasGateChannel(ModelCard card) {
		Double c = card.value(GATE_CHANNEL);
		return c != null && c > 0;
	}

	/** Whether the card carries an element beside VDMOS (the gate-channel capacitance or a collapsing one). */
	static boolean wrapped(ModelCard card) {
		return hasGateChannel(card) || !KneeElement.GATE_DRAIN.of(card).isNone()
				|| !KneeElement.DRAIN_SOURCE.of(card).isNone();
	}

	/**
	 * KP for a card that does not carry THETA (LTspice's and PSpice's): ngspice's KP / (1 + THETA VGS) at the first
	 * RDS(on) row's gate voltage inside RS, where the channel then conducts as in ngspice's card; KP where THETA is not
	 * set or no RDS(on) row is checked.
	 */
	static double kpWithoutTheta(ModelCard card) {
		double kp = orZero(card, "KP");
		Check ron = card.checks().stream().filter(c -> c.probe() == Probe.RDS_ON).findFirst().orElse(null);
		if (card.value("THETA") == null || ron == null) {
			return kp;
		}
		double vgs = Math.abs(ron.condition("VGS", 10)) - Math.abs(ron.condition("ID", 1)) * orZero(card, "RS");
		return kp / (1 + card.value("THETA") * vgs);
	}

	/** Whether a parameter belongs to an element beside VDMOS, not to its {@code .model} card. */
	static boolean outside(String parameter) {
		return GATE_CHANNEL.equals(parameter) || KneeElement.names(parameter);
	}

	/**
	 * The wrapper of an ngspice or LTspice VDMOS card with its elements beside VDMOS; {@code model} writes the inner
	 * {@code .model} under the name it is given.
	 */
	static void wrapper(StringBuilder out, ModelCard card, Dialect dialect, java.util.function.Consumer<String> model) {
		String n = card.modelName();
		if (hasGateChannel(card)) {
			out.append("* VDMOS's CGS is constant: CGCH, the gate's capacitance to the channel, is added as the "
					+ "channel forms\n");
		}
		if (!KneeElement.GATE_DRAIN.of(card).isNone()) {
			out.append("* CGDK, the part of Cgd that collapses near VDS = VGDK, beside VDMOS's own Cgd law\n");
		}
		if (!KneeElement.DRAIN_SOURCE.of(card).isNone()) {
			out.append("* CDSK, the part of Cds that collapses near VDS = VDSK, beside the body diode's junction\n");
		}
		out.append(".SUBCKT ").append(n).append(" D G S\n");
		out.append("M1 D G S ").append(n).append("_M\n");
		if (hasGateChannel(card)) {
			out.append(element(card, dialect)).append('\n');
		}
		for (KneeElement e : KneeElement.values()) {
			out.append(e.element(card, dialect == Dialect.LTSPICE));
		}
		model.accept(n + "_M");
		out.append(".ENDS ").append(n).append('\n');
	}

	/** The gate-channel element between G and S (S and G for a p-channel card) in a dialect's syntax. */
	static String element(ModelCard card, Dialect dialect) {
		boolean p = card.flags().contains("pchan");
		String nodes = p ? "S G" : "G S";
		String v = p ? "V(S,G)" : "V(G,S)";
		double cgch = card.value(GATE_CHANNEL);
		double vto = Math.abs(or(card.value("VTO"), 0));
		double k = or(card.value("KSUBTHRES"), KSUBTHRES);
		String x = String.format(Locale.ROOT, "((%s-%s)/%s)", v, Target.fmt(vto), Target.fmt(k));
		// the overdrive ln(1 + exp(x)) without overflow: max(x, 0) + ln(1 + exp(-|x|))
		String ln = dialect == Dialect.PSPICE ? "LOG" : "ln";
		String charge = String.format(Locale.ROOT, "%s*%s*(max(%s,0)+%s(1+exp(-abs(%s))))", Target.fmt(cgch),
				Target.fmt(k), x, ln, x);
		return switch (dialect) {
		case NGSPICE -> "CCH " + nodes + " Q='" + charge + "'";
		// as a knee's: the charge on a 1 nF capacitor whose current a controlled source mirrors. Through a
		// behavioural source's ddt() ngspice's LTspice mode left the gate jittering by tenths of a volt under a
		// constant charging current where the channel's charge sets in, and put the plateau's start 5 % early
		case LTSPICE -> KneeElement.mirroredCharge("CH", nodes, charge);
		case PSPICE -> "GCH " + nodes + " VALUE={DDT(" + charge + ")}";
		};
	}

	/** PSpice's stand-in for a VDMOS card: a LEVEL=1 MOSFET, the resistances, capacitances and body diode. */
	static void pspice(StringBuilder out, ModelCard card) {
		boolean p = card.flags().contains("pchan");
		String n = card.modelName();
		out.append("* PSpice has no VDMOS: LEVEL=1 MOS + body diode; CGD fixed at its value at the Crss test voltage\n");
		double rd = orZero(card, "RD");
		if (card.value("MTRIODE") != null) {
			rd = pspiceDrain(card);
			out.append("* LEVEL=1 has no MTRIODE (").append(Target.fmt(card.value("MTRIODE"))).append("): RD is ")
					.append(Target.fmt(rd)).append(" Ohm so that the table's RDS(on) stays met; away from its gate ")
					.append("voltage the ohmic region follows KP\n");
		}
		out.append(".SUBCKT ").append(n).append(" D G S\n");
		out.append("M1 D1 G S1 S1 ").append(n).append("_M L=1u W=1u\n");
		out.append("RD D D1 ").append(Target.fmt(rd + 1e-6)).append('\n');
		out.append("RS S1 S ").append(Target.fmt(orZero(card, "RS") + 1e-6)).append('\n');
		out.append("CGS G S1 ").append(Target.fmt(orZero(card, "CGS"))).append('\n');
		out.append("CGD G D1 ").append(Target.fmt(cgdAtCrssVoltage(card))).append('\n');
		CapacitanceKnee ds = KneeElement.DRAIN_SOURCE.of(card);
		if (!ds.isNone()) {
			out.append("CDSK D S ").append(Target.fmt(ds.at(crssVoltage(card)))).append('\n');
		}
		if (hasGateChannel(card)) {
			out.append(element(card, Dialect.PSPICE)).append('\n');
		}
		out.append(p ? "DB D S " : "DB S D ").append(n).append("_DB\n");
		out.append(".model ").append(n).append("_M ").append(p ? "PMOS" : "NMOS").append(" (LEVEL=1 VTO=")
				.append(Target.fmt(orZero(card, "VTO"))).append(" KP=").append(Target.fmt(kpWithoutTheta(card)))
				.append(" LAMBDA=").append(Target.fmt(orZero(card, "LAMBDA"))).append(")\n");
		out.append(".model ").append(n).append("_DB D (IS=").append(Target.fmt(or(card.value("IS"), 1e-14)))
				.append(" N=").append(Target.fmt(or(card.value("N"), 1))).append(" RS=")
				.append(Target.fmt(orZero(card, "RB"))).append(" CJO=").append(Target.fmt(orZero(card, "CJO")))
				.append(" VJ=0.8 M=0.5 TT=").append(Target.fmt(orZero(card, "TT")))
				.append(card.value("BV") == null ? "" : " BV=" + Target.fmt(card.value("BV")))
				.append(card.value("IBV") == null ? "" : " IBV=" + Target.fmt(card.value("IBV"))).append(")\n");
		out.append(".ENDS ").append(n).append('\n');
	}

	private static double cgdAtCrssVoltage(ModelCard card) {
		double v = crssVoltage(card);
		return ModelCard.cgd(orZero(card, "CGDMIN"), orZero(card, "CGDMAX"), orZero(card, "A"), -v)
				+ KneeElement.GATE_DRAIN.of(card).at(v);
	}

	/** The Crss test's drain voltage, a magnitude (a p-channel part's is printed negative). */
	private static double crssVoltage(ModelCard card) {
		return card.checks().stream().filter(c -> c.probe() == Probe.CRSS).map(c -> Math.abs(c.condition("VDS", 25)))
				.findFirst().orElse(25.0);
	}

	/**
	 * The drain resistance that gives LEVEL=1 (no MTRIODE, no weak-inversion slope) the RDS(on) ngspice's VDMOS has at
	 * the card's RDS(on) row: the difference of their channel drops there added to RD.
	 */
	private static double pspiceDrain(ModelCard card) {
		Check ron = card.checks().stream().filter(c -> c.probe() == Probe.RDS_ON).findFirst().orElse(null);
		double rd = orZero(card, "RD");
		if (ron == null) {
			return rd;
		}
		double id = ron.condition("ID", 1);
		double vgst = Math.abs(ron.condition("VGS", 10)) - Math.abs(orZero(card, "VTO")) - id * orZero(card, "RS");
		double ksub = or(card.value("KSUBTHRES"), 0.1);
		double kp = kpWithoutTheta(card);
		double vdmos = VdmosLaw.ohmicDrop(VdmosLaw.softplus(vgst, ksub), kp, id) / card.value("MTRIODE");
		double level1 = VdmosLaw.ohmicDrop(vgst, kp, id);
		return Double.isFinite(vdmos) && Double.isFinite(level1) ? Math.max(0, rd + (vdmos - level1) / id) : rd;
	}

	private static double orZero(ModelCard card, String name) {
		return or(card.value(name), 0);
	}

	private static double or(Double v, double fallback) {
		return v == null ? fallback : v;
	}
}
