package org.espice.core.simulate;

import static org.espice.core.simulate.VerificationDeck.line;
import static org.espice.core.simulate.VerificationDeck.num;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.espice.core.DeviceKind;
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;

/**
 * The standard gate-charge test (JEDEC JESD24-2 style) as an ngspice transient: a constant current charges the gate
 * from 0 V, and the drain (collector) hangs on a constant current source of the datasheet's ID (IC) from a supply,
 * with a clamp diode back to the supply, as an inductive load behaves; the supply sits the diode's drop under the
 * datasheet's VDS (VDD, VCE, VCC), where the drain then rests. The charge
 * delivered to the gate is the gate current times the time:
 * <ul>
 * <li>QG: until the gate reaches the datasheet's VGS (VGE);</li>
 * <li>QGS: until the Miller plateau starts, i.e. the drain has left the supply (fallen below 99 % of VDS);</li>
 * <li>QGD: across the plateau, from its start until the gate has risen 3 % of the way from the plateau voltage to
 * VGS (the plateau ends where the channel leaves saturation and the gate voltage rises again).</li>
 * </ul>
 * The gate current is sized so that the datasheet's charge is delivered in 10 us, slow enough for every internal
 * gate resistance; the run lasts six times that with the current on, and a diode clamps the gate at 1.5 VGS. The
 * operating point the transient starts from is taken with the gate held at 0 V and the drain at the supply. Rows
 * with the same conditions (QG, QGS and QGD of one test) share one circuit.
 */
final class GateChargeProbes {

	static final Set<Probe> PROBES = EnumSet.of(Probe.GATE_CHARGE, Probe.GATE_SOURCE_CHARGE, Probe.GATE_DRAIN_CHARGE);
	/** the time in which the datasheet's charge is delivered */
	private static final double T_CHARGE = 10e-6;
	private static final double T_STOP = 6 * T_CHARGE;
	/** the drain has left the supply: the Miller plateau has started */
	private static final double PLATEAU_START = 0.99;
	/** the share of the way from the plateau voltage to VGS that marks the plateau's end */
	private static final double PLATEAU_END = 0.03;
	/** The clamp diodes' saturation current, A, and the thermal voltage at ngspice's 27 degC, V. */
	private static final double CLAMP_IS = 1e-14, VT_27 = 0.0258649;

	/** One test circuit: its index, gate current and the gate voltage it is measured to. */
	private record Circuit(int index, double ig, double vgs, double vds) {
	}

	private final VerificationDeck deck;
	private final Map<String, Circuit> circuits = new LinkedHashMap<>();
	private final StringBuilder measures = new StringBuilder();

	GateChargeProbes(VerificationDeck deck) {
		this.deck = deck;
	}

	/** Adds the measurement of check {@code k}, printed as {@code m<k>}; the circuit is shared by equal conditions. */
	void add(int k, Check c) {
		boolean igbt = deck.kind() == DeviceKind.IGBT;
		double vgs = c.condition(igbt ? "VGE" : "VGS", igbt ? 15 : 10);
		double vds = drainVoltage(c, igbt);
		double id = current(c, igbt);
		String key = key(c, deck.kind());
		Circuit cc = circuits.get(key);
		if (cc == null) {
			// the datasheet's total charge, or about three times a partial one
			double q = c.target().value() * (c.probe() == Probe.GATE_CHARGE ? 1 : 3);
			cc = new Circuit(k, q / T_CHARGE, vgs, vds);
			circuits.put(key, cc);
			circuit(cc, id);
		}
		String j = String.valueOf(cc.index());
		String charge = switch (c.probe()) {
		case GATE_CHARGE -> "tq" + j;
		case GATE_SOURCE_CHARGE -> "tp" + j;
		default -> "(te" + j + "-tp" + j + ")";
		};
		VerificationDeck.let(measures, "m" + k, num(cc.ig()) + "*" + charge);
	}

	/** The test a gate-charge check is measured in: its gate voltage, supply and current ("10/50/8"). */
	static String key(Check c, DeviceKind kind) {
		boolean igbt = kind == DeviceKind.IGBT;
		return num(c.condition(igbt ? "VGE" : "VGS", igbt ? 15 : 10)) + "/" + num(drainVoltage(c, igbt)) + "/"
				+ num(current(c, igbt));
	}

	private static double drainVoltage(Check c, boolean igbt) {
		Double v = c.parameter().condition(igbt ? "VCE" : "VDS");
		if (v == null) {
			v = c.parameter().condition(igbt ? "VCC" : "VDD");
		}
		return v == null ? Double.NaN : Math.abs(v);
	}

	private static double current(Check c, boolean igbt) {
		return c.condition(igbt ? "IC" : "ID", 1);
	}

	private void circuit(Circuit cc, double id) {
		double s = deck.sign();
		int j = cc.index();
		StringBuilder net = deck.net();
		// the supply sits the clamp diode's drop at ID under the test's drain voltage, so that the drain rests there
		// until the plateau. At the test's voltage it rested that drop higher than the operating point put it: once
		// the run started the drain rose by it, and Cgd pushed its share onto the floating gate free of charge
		// (PMV31XN's gate up 0.2 V before a coulomb was delivered, QG at 0.47 V read 64 % low)
		line(net, "Vqd%d qdd%d 0 DC %s", j, j, num(s * Math.max(0, cc.vds() - clampDrop(id))));
		line(net, "Iqd%d qdd%d qd%d DC %s", j, j, j, num(s * id));
		line(net, s > 0 ? "Dqd%d qd%d qdd%d ESPICE_QCLAMP" : "Dqd%d qdd%d qd%d ESPICE_QCLAMP", j, j, j);
		double ig = s * cc.ig();
		// on to the run's end: switched off, a gate held at its clamp drained back through the diode in time steps of
		// femtoseconds (a 75 V part's circuit ran for minutes)
		line(net, "Iqg%d 0 qg%d PWL(0 0 1n %s)", j, j, num(ig));
		line(net, "Rqg%d qg%d 0 1e9", j, j);
		line(net, "Vqc%d qgc%d 0 DC %s", j, j, num(s * 1.5 * cc.vgs()));
		line(net, s > 0 ? "Dqg%d qg%d qgc%d ESPICE_QCLAMP" : "Dqg%d qgc%d qg%d ESPICE_QCLAMP", j, j, j);
		line(net, "%s", deck.dut(j, "qd" + j, "qg" + j, "0"));
		// the operating point is taken with the gate held at 0 V and the drain at the supply: through 1 GOhm alone the
		// gate floats, and the solver may settle on the plateau instead (the channel carrying ID, the drain anywhere in
		// saturation), or fail to find where a current source of many amperes meets the clamp diode
		line(net, ".ic v(qg%d)=0 v(qd%d)=%s", j, j, num(s * cc.vds()));
		String dFall = s > 0 ? "fall=1" : "rise=1";
		String gRise = s > 0 ? "rise=1" : "fall=1";
		line(measures, "meas tran tp%d when v(qd%d)=%s %s", j, j, num(s * PLATEAU_START * cc.vds()), dFall);
		line(measures, "meas tran vp%d find v(qg%d) at=$&tp%d", j, j, j);
		line(measures, "let ve%d = vp%d+%s*(%s-vp%d)", j, j, num(PLATEAU_END), num(s * cc.vgs()), j);
		line(measures, "meas tran te%d when v(qg%d)=$&ve%d %s", j, j, j, gRise);
		line(measures, "meas tran tq%d when v(qg%d)=%s %s", j, j, num(s * cc.vgs()), gRise);
	}

	/** The clamp diode's forward drop at {@code current}: {@link #CLAMP_IS}, N = 1, at 27 degC. */
	static double clampDrop(double current) {
		return VT_27 * Math.log1p(Math.abs(current) / CLAMP_IS);
	}

	/** The transient run and the measurements, for the deck's control block (empty without gate-charge checks). */
	String control() {
		if (circuits.isEmpty()) {
			return "";
		}
		return "tran " + num(T_STOP / 3000) + " " + num(T_STOP) + " 0 " + num(T_STOP / 1500) + "\n" + measures;
	}

	/** The clamp diodes' model, written once into a deck that holds gate-charge circuits. */
	String models() {
		return circuits.isEmpty() ? "" : ".model ESPICE_QCLAMP D (IS=" + CLAMP_IS + " N=1)\n";
	}
}
