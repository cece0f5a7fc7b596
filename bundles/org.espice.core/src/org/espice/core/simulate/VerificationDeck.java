package org.espice.core.simulate;

import java.util.Locale;

import org.espice.core.DeviceKind;
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;

/**
 * The ngspice deck that measures a model at its datasheet test conditions: every check gets its own instance of the
 * device (nodes suffixed with its index) and one {@code let}/{@code print} line, collected under one operating point,
 * one AC run at 1 MHz for capacitances, one at 1 kHz for Zener impedance and one AC run per fT point.
 */
final class VerificationDeck {

	private final StringBuilder net;
	private final StringBuilder op = new StringBuilder();
	private final StringBuilder ac1m = new StringBuilder();
	private final StringBuilder ac1k = new StringBuilder();
	private final StringBuilder acFt = new StringBuilder();
	/** The gain of a MOSFET test circuit's gate drive on its drain's error. */
	private static final double DRAIN_HOLD_GAIN = 100;
	/** The gain of a BJT test circuit's base drive on its collector's error. */
	private static final double BASE_DRIVE_GAIN = 100;
	private final ModelVerifier.Instance inst;
	private final DeviceKind kind;
	/** -1 for p-type devices, which are driven with negative voltages and currents */
	private final double s;
	private final GateChargeProbes gateCharge = new GateChargeProbes(this);
	private final RecoveryProbes recovery = new RecoveryProbes(this);

	VerificationDeck(String models, ModelVerifier.Instance inst, DeviceKind kind) {
		this(models, inst, kind, null);
	}

	/** @param temperature the device temperature in degC ({@code .temp}), or null for ngspice's default 27 degC */
	VerificationDeck(String models, ModelVerifier.Instance inst, DeviceKind kind, Double temperature) {
		this.net = new StringBuilder(models);
		if (temperature != null) {
			line(net, ".temp %s", num(temperature));
		}
		this.inst = inst;
		this.kind = kind;
		this.s = ModelVerifier.negative(kind) ? -1 : 1;
	}

	/** Adds the circuit and the measurement of check {@code k}, whose value is printed as {@code m<k>}. */
	void add(int k, Check c) {
		String m = "m" + k;
		switch (c.probe()) {
		case FORWARD_VOLTAGE -> forwardVoltage(k, c, m);
		case REVERSE_CURRENT -> reverseCurrent(k, c, m);
		case JUNCTION_CAPACITANCE -> junctionCapacitance(k, c, m);
		case ZENER_VOLTAGE -> zenerVoltage(k, c, m);
		case ZENER_IMPEDANCE -> zenerImpedance(k, c, m);
		case RDS_ON -> onResistance(k, c, m);
		case OHMIC_RESISTANCE -> ohmicResistance(k, c, m);
		case DRAIN_CURRENT -> drainCurrent(k, c, m);
		case VGS_TH, IGBT_VGE_TH -> threshold(k, c, m);
		case CISS, CRSS, COSS -> gateCapacitance(k, c, m);
		case HFE, VBE_ON -> gain(k, c, m);
		case VCE_SAT, VBE_SAT -> saturation(k, c, m);
		case FT -> transitFrequency(k, c, m);
		case JFET_IDSS -> jfetIdss(k, c, m);
		case JFET_VGS_OFF -> jfetPinchOff(k, c, m);
		case IGBT_VCE_SAT -> igbtSaturation(k, c, m);
		case GATE_CHARGE, GATE_SOURCE_CHARGE, GATE_DRAIN_CHARGE -> gateCharge.add(k, c);
		case REVERSE_RECOVERY -> recovery.add(k, c);
		case TRANSCONDUCTANCE -> JunctionProbes.transconductance(this, k, c);
		case COLLECTOR_BASE_CAPACITANCE, EMITTER_BASE_CAPACITANCE -> JunctionProbes.bjtCapacitance(this, k, c);
		case CUTOFF_CURRENT -> JunctionProbes.cutoff(this, k, c);
		}
	}

	/** Whether a check is measured in a transient run (gate charge, reverse recovery), which gets a deck of its own. */
	static boolean transientRun(Check c) {
		return GateChargeProbes.PROBES.contains(c.probe()) || c.probe() == Probe.REVERSE_RECOVERY;
	}

	/** The whole deck: circuit, then one control block with the analyses. */
	String text() {
		StringBuilder out = new StringBuilder(net).append(gateCharge.models()).append(".control\n");
		section(out, "op", op);
		section(out, "ac lin 1 1e6 1e6", ac1m);
		section(out, "ac lin 1 1e3 1e3", ac1k);
		out.append(acFt);
		out.append(gateCharge.control());
		out.append(recovery.control());
		return out.append(".endc\n.end\n").toString();
	}

	private void forwardVoltage(int k, Check c, String m) {
		if (kind.isMosfet()) {
			double is = c.condition("IS", 1);
			// body diode: pushed from source to drain with the gate on the source
			line(net, "I%d 0 s%d DC %s", k, k, num(s * is));
			line(net, "%s", inst.line(k, "0", "s" + k, "s" + k));
			let(op, m, "v(s" + k + ")");
		} else if (kind == DeviceKind.IGBT) {
			line(net, "I%d 0 e%d DC %s", k, k, num(c.condition("IF", 1)));
			line(net, "%s", inst.line(k, "0", "e" + k, "e" + k));
			let(op, m, "v(e" + k + ")");
		} else {
			line(net, "I%d 0 a%d DC %s", k, k, num(c.condition("IF", 1)));
			line(net, "%s", inst.line(k, "a" + k, "0", null));
			let(op, m, "v(a" + k + ")");
		}
	}

	private void reverseCurrent(int k, Check c, String m) {
		line(net, "V%d c%d 0 DC %s", k, k, num(c.condition("VR", 1)));
		line(net, "%s", inst.line(k, "0", "c" + k, null));
		let(op, m, "i(v" + k + ")");
	}

	private void junctionCapacitance(int k, Check c, String m) {
		line(net, "V%d c%d 0 DC %s AC 1", k, k, num(c.condition("VR", 0)));
		line(net, "%s", inst.line(k, "0", "c" + k, null));
		let(ac1m, m, "imag(i(v" + k + "))/(2*pi*1e6)");
	}

	private void zenerVoltage(int k, Check c, String m) {
		line(net, "I%d 0 c%d DC %s", k, k, num(c.condition("IZ", 5e-3)));
		line(net, "%s", inst.line(k, "0", "c" + k, null));
		let(op, m, "v(c" + k + ")");
	}

	private void zenerImpedance(int k, Check c, String m) {
		line(net, "I%d 0 c%d DC %s AC 1", k, k, num(c.condition("IZ", 5e-3)));
		line(net, "%s", inst.line(k, "0", "c" + k, null));
		let(ac1k, m, "mag(v(c" + k + "))");
	}

	private void ohmicResistance(int k, Check c, String m) {
		double vds = c.condition("VDS", 1);
		drainHeld(k, c, vds);
		let(op, m, num(vds) + "/abs(i(vd" + k + "))");
	}

	private void drainCurrent(int k, Check c, String m) {
		drainHeld(k, c, c.condition("VDS", 10));
		let(op, m, "abs(i(vd" + k + "))");
	}

	/**
	 * The gate voltage of a check's VGS (a magnitude): a JFET's gate reverse biased (negative for an n-channel, 0 V
	 * where none is printed), a MOSFET's driven on (10 V where none is printed).
	 */
	private double gate(Check c) {
		return kind.isJfet() ? -s * c.condition("VGS", 0) : s * c.condition("VGS", 10);
	}

	/** The part with its gate held at the check's VGS and its drain at {@code vds}. */
	private void drainHeld(int k, Check c, double vds) {
		line(net, "Vg%d g%d 0 DC %s", k, k, num(gate(c)));
		line(net, "Vd%d d%d 0 DC %s", k, k, num(s * vds));
		line(net, "%s", inst.line(k, "d" + k, "g" + k, "0"));
	}

	private void onResistance(int k, Check c, String m) {
		double id = c.condition("ID", kind.isJfet() ? 1e-3 : 1);
		line(net, "Vg%d g%d 0 DC %s", k, k, num(gate(c)));
		line(net, "I%d 0 d%d DC %s", k, k, num(s * id));
		line(net, "%s", inst.line(k, "d" + k, "g" + k, "0"));
		let(op, m, "v(d" + k + ")/" + num(id));
	}

	/**
	 * The gate voltage at which the part carries the check's current: with the drain tied to the gate, or, where the
	 * check prints its drain (an IGBT's collector) voltage, a transfer curve's point, with the gate driven so that the
	 * drain sits there ({@link #DRAIN_HOLD_GAIN} volts of gate per volt of drain error).
	 */
	private void threshold(int k, Check c, String m) {
		double id = c.condition(c.probe() == Probe.VGS_TH ? "ID" : "IC", 250e-6);
		double vds = c.condition(c.probe() == Probe.VGS_TH ? "VDS" : "VCE", 0);
		if (vds != 0) {
			line(net, "I%d 0 d%d DC %s", k, k, num(s * id));
			line(net, "Vr%d r%d 0 DC %s", k, k, num(s * Math.abs(vds)));
			line(net, "E%d g%d 0 d%d r%d %s", k, k, k, k, num(DRAIN_HOLD_GAIN));
			line(net, "%s", inst.line(k, "d" + k, "g" + k, "0"));
			let(op, m, "v(g" + k + ")");
			return;
		}
		line(net, "I%d 0 d%d DC %s", k, k, num(s * id));
		line(net, "%s", inst.line(k, "d" + k, "d" + k, "0"));
		let(op, m, "v(d" + k + ")");
	}

	private void gateCapacitance(int k, Check c, String m) {
		double vds = c.condition(kind == DeviceKind.IGBT ? "VCE" : "VDS", 25);
		boolean gateAc = c.probe() != Probe.COSS;
		// a JFET's gate is reverse biased (negative VGS for n-channel); MOSFETs and IGBTs are driven on
		double gate = (kind.isJfet() ? -s : s) * c.condition(kind == DeviceKind.IGBT ? "VGE" : "VGS", 0);
		line(net, "Vg%d g%d 0 DC %s%s", k, k, num(gate), gateAc ? " AC 1" : "");
		line(net, "Vd%d d%d 0 DC %s%s", k, k, num(s * vds), gateAc ? "" : " AC 1");
		line(net, "%s", inst.line(k, "d" + k, "g" + k, "0"));
		let(ac1m, m, "imag(i(" + (c.probe() == Probe.CISS ? "vg" : "vd") + k + "))/(2*pi*1e6)");
	}

	private void gain(int k, Check c, String m) {
		double ic = c.condition("IC", 1e-3);
		line(net, "I%d 0 c%d DC %s", k, k, num(s * ic));
		line(net, "Vr%d r%d 0 DC %s", k, k, num(s * c.condition("VCE", 5)));
		// the base is driven so that the collector sits at VCE while IC flows
		baseDrive(k);
		line(net, "Vb%d x%d b%d DC 0", k, k, k);
		line(net, "%s", inst.line(k, "c" + k, "b" + k, "0"));
		let(op, m, c.probe() == Probe.HFE ? num(ic) + "/i(vb" + k + ")" : "v(b" + k + ")");
	}

	private void saturation(int k, Check c, String m) {
		double ic = c.condition("IC", 1e-3);
		line(net, "Ib%d 0 b%d DC %s", k, k, num(s * c.condition("IB", ic / 10)));
		line(net, "Ic%d 0 c%d DC %s", k, k, num(s * ic));
		line(net, "%s", inst.line(k, "c" + k, "b" + k, "0"));
		let(op, m, "v(" + (c.probe() == Probe.VCE_SAT ? "c" : "b") + k + ")");
	}

	/**
	 * The source that drives the base of test circuit {@code k} so that its collector sits at the reference: a gain of
	 * 100 on the collector's error (the collector within 10 to 20 mV of VCE). A gain of 1000 made a deck of many such
	 * circuits, solved at once, too stiff: Newton settled some of them with the base driven to a thousand volts (both
	 * junctions on), and their gain and fT read a fiftieth of the circuit's own. A bounded (tanh) drive fails the
	 * operating point of such decks outright.
	 */
	private void baseDrive(int k) {
		line(net, "E%d x%d 0 c%d r%d %s", k, k, k, k, num(BASE_DRIVE_GAIN));
	}

	private void transitFrequency(int k, Check c, String m) {
		double ic = c.condition("IC", 1e-3);
		double f = Math.max(1e3, c.target().value() / 10);
		line(net, "I%d 0 c%d DC %s", k, k, num(s * ic));
		line(net, "Vr%d r%d 0 DC %s", k, k, num(s * c.condition("VCE", 5)));
		baseDrive(k);
		// DC bias through a huge inductor, AC base current from Iac; the collector is AC-shorted by a
		// huge capacitor whose current is the AC collector current
		line(net, "L%d x%d b%d 1e6", k, k, k);
		line(net, "Iac%d 0 b%d DC 0 AC 1", k, k);
		line(net, "Vm%d c%d cm%d DC 0", k, k, k);
		line(net, "Cm%d cm%d 0 1", k, k);
		line(net, "%s", inst.line(k, "c" + k, "b" + k, "0"));
		acFt.append("ac lin 1 ").append(num(f)).append(' ').append(num(f)).append('\n');
		acFt.append("let ").append(m).append(" = ").append(num(f)).append("*mag(i(vm").append(k).append("))\n");
		acFt.append("print ").append(m).append('\n');
	}

	private void jfetIdss(int k, Check c, String m) {
		line(net, "Vd%d d%d 0 DC %s", k, k, num(s * c.condition("VDS", 15)));
		line(net, "%s", inst.line(k, "d" + k, "0", "0"));
		let(op, m, "i(vd" + k + ")");
	}

	private void jfetPinchOff(int k, Check c, String m) {
		line(net, "Vd%d d%d 0 DC %s", k, k, num(s * c.condition("VDS", 15)));
		line(net, "I%d s%d 0 DC %s", k, k, num(s * c.condition("ID", 1e-9)));
		line(net, "%s", inst.line(k, "d" + k, "0", "s" + k));
		let(op, m, "v(s" + k + ")");
	}

	private void igbtSaturation(int k, Check c, String m) {
		line(net, "Vg%d g%d 0 DC %s", k, k, num(c.condition("VGE", 15)));
		line(net, "I%d 0 c%d DC %s", k, k, num(c.condition("IC", 1)));
		line(net, "%s", inst.line(k, "c" + k, "g" + k, "0"));
		let(op, m, "v(c" + k + ")");
	}

	StringBuilder net() {
		return net;
	}

	StringBuilder op() {
		return op;
	}

	StringBuilder ac1m() {
		return ac1m;
	}

	StringBuilder ac1k() {
		return ac1k;
	}

	DeviceKind kind() {
		return kind;
	}

	/** -1 for p-type devices, 1 otherwise */
	double sign() {
		return s;
	}

	/** The instance line of the device under test for measurement {@code k}. */
	String dut(int k, String n1, String n2, String n3) {
		return inst.line(k, n1, n2, n3);
	}

	private static void section(StringBuilder net, String analysis, StringBuilder lets) {
		if (lets.length() > 0) {
			net.append(analysis).append('\n').append(lets);
		}
	}

	static void let(StringBuilder b, String name, String expr) {
		b.append("let ").append(name).append(" = ").append(expr).append('\n').append("print ").append(name)
				.append('\n');
	}

	static void line(StringBuilder b, String pattern, Object... args) {
		b.append(String.format(Locale.ROOT, pattern, args)).append('\n');
	}

	static String num(double v) {
		return ModelVerifier.num(v);
	}
}
