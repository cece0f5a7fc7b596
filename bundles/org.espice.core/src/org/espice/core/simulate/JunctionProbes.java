package org.espice.core.simulate;

import static org.espice.core.simulate.VerificationDeck.let;
import static org.espice.core.simulate.VerificationDeck.line;
import static org.espice.core.simulate.VerificationDeck.num;

import org.espice.core.DeviceKind;
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;

/**
 * Measurements of one junction or channel at a bias, beside the ones the fitters aim at: forward transconductance,
 * a BJT's Cobo and Cibo with the third terminal open, and the cut-off current of a blocking junction (MOSFET IDSS,
 * BJT ICBO, IGBT ICES). An open terminal is tied to ground through 1 TOhm so that ngspice has a DC path.
 */
final class JunctionProbes {

	private static final String OPEN = "1e12";

	private JunctionProbes() {
	}

	/**
	 * gfs at VDS and ID: the drain is fed ID and a high-gain loop drives the gate so that the drain sits at VDS; an AC
	 * current of 1 A into the drain then needs a gate swing of 1/gfs. Without ID (JFETs specify yfs at VGS = 0): the
	 * gate is held at VGS, the drain at VDS, and an AC volt on the gate gives gfs as the AC drain current.
	 */
	static void transconductance(VerificationDeck d, int k, Check c) {
		double s = d.sign();
		StringBuilder net = d.net();
		double vds = c.condition(d.kind() == DeviceKind.IGBT ? "VCE" : "VDS", 10);
		String current = d.kind() == DeviceKind.IGBT ? "IC" : "ID";
		if (c.parameter().condition(current) == null) {
			double vgs = (d.kind().isJfet() ? -s : s) * c.condition("VGS", 0);
			line(net, "Vg%d g%d 0 DC %s AC 1", k, k, num(vgs));
			line(net, "Vd%d d%d 0 DC %s", k, k, num(s * vds));
			line(net, "%s", d.dut(k, "d" + k, "g" + k, "0"));
			let(d.ac1k(), "m" + k, "mag(i(vd" + k + "))");
			return;
		}
		line(net, "I%d 0 d%d DC %s AC 1", k, k, num(s * c.condition(current, 1)));
		line(net, "Vr%d r%d 0 DC %s", k, k, num(s * vds));
		line(net, "E%d g%d 0 d%d r%d 1000", k, k, k, k);
		line(net, "%s", d.dut(k, "d" + k, "g" + k, "0"));
		let(d.ac1k(), "m" + k, "1/mag(v(g" + k + "))");
	}

	/**
	 * Cobo: the collector at VCB against the grounded base, emitter open; Cibo: the emitter at VEB (reverse) against
	 * the grounded base, collector open. An AC volt on the driven terminal at 1 MHz.
	 */
	static void bjtCapacitance(VerificationDeck d, int k, Check c) {
		double s = d.sign();
		StringBuilder net = d.net();
		boolean cob = c.probe() == Probe.COLLECTOR_BASE_CAPACITANCE;
		double v = c.condition(cob ? "VCB" : "VEB", 0);
		// reverse bias: an NPN's collector (emitter) above its base, a PNP's below
		line(net, "Vj%d j%d 0 DC %s AC 1", k, k, num(s * v));
		line(net, "Ro%d o%d 0 %s", k, k, OPEN);
		line(net, "%s", cob ? d.dut(k, "j" + k, "0", "o" + k) : d.dut(k, "o" + k, "0", "j" + k));
		let(d.ac1m(), "m" + k, "imag(i(vj" + k + "))/(2*pi*1e6)");
	}

	/**
	 * The current into a blocking junction at its test voltage: a MOSFET's or IGBT's drain at VDS (VCE) with gate
	 * and source shorted, a BJT's collector at VCB with the base grounded and the emitter open.
	 */
	static void cutoff(VerificationDeck d, int k, Check c) {
		double s = d.sign();
		StringBuilder net = d.net();
		if (d.kind().isBjt()) {
			line(net, "Vj%d j%d 0 DC %s", k, k, num(s * c.condition("VCB", 0)));
			line(net, "Ro%d o%d 0 %s", k, k, OPEN);
			line(net, "%s", d.dut(k, "j" + k, "0", "o" + k));
		} else {
			line(net, "Vj%d j%d 0 DC %s", k, k, num(s * c.condition(d.kind() == DeviceKind.IGBT ? "VCE" : "VDS", 0)));
			line(net, "%s", d.dut(k, "j" + k, "0", "0"));
		}
		let(d.op(), "m" + k, "i(vj" + k + ")");
	}
}
