package org.espice.core.fit;

import java.util.function.DoubleUnaryOperator;

import org.espice.core.Parameter;
import org.espice.core.spice.CapacitanceKnee;
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * The gate-charge test on a VDMOS card, solved quasi-statically: the gate is charged by a constant current, the drain
 * hangs on a constant current ID from a supply VDS with a clamp diode back to it, as in the verifier's transient (and
 * the datasheets' JESD24-2 circuit). The test is slow against every time constant, so the charge delivered is a
 * function of the operating point alone: CGS (Vgs), the charge of the gate's capacitance to the channel where the card
 * has one (CGCH, growing with the channel's weak-inversion overdrive; {@link GateChannelFit}), plus the integral of
 * ngspice's Cgd(Vgd) and of the collapsing gate-drain capacitance beside it ({@link CapacitanceKnee}) from its start.
 * The operating point moves in three phases:
 * <ol>
 * <li>the gate rises until the channel carries ID, the drain held at the supply;</li>
 * <li>the Miller plateau: the drain falls, the gate held where the channel carries ID at each drain voltage
 * (saturation, then triode);</li>
 * <li>the gate rises to VGS on the drain bottomed out at ID times the on-resistance.</li>
 * </ol>
 * QGS, QGD and QG are read the way the verifier reads its transient: QGS at the drain's fall below 99 % of VDS, QGD
 * from there until the gate has risen 3 % of the way from the plateau voltage to VGS, QG at VGS.
 */
final class GateCharge {

	/** where the plateau starts: the drain below this share of VDS */
	private static final double PLATEAU_START = 0.99;
	/** where the plateau ends: the gate up by this share of the way from the plateau voltage to VGS */
	private static final double PLATEAU_END = 0.03;
	private static final int MAX_BISECTIONS = 200;

	/**
	 * The channel of the card: VTO, KP, LAMBDA, the source and drain resistances, KSUBTHRES and MTRIODE (n-channel
	 * magnitudes).
	 */
	record Channel(double vto, double kp, double lambda, double rs, double rd, double ksub, double mtr, double theta) {

		/**
		 * The intrinsic gate overdrive (Vgs - VTO at the channel) at which it carries {@code id} at {@code vds}; in the
		 * ohmic region ngspice's VDMOS takes the drain voltage times MTRIODE, and KP falls with the gate voltage by
		 * THETA in both.
		 */
		double overdrive(double id, double vds) {
			double w = mtr * vds;
			return SquareLaw.overdrive(vto, theta, kp * (1 + lambda * vds), beta -> {
				double sat = Math.sqrt(2 * id / beta);
				double eff = w >= sat ? sat : id / (beta * w) + w / 2;
				return VdmosFitter.overdriveFor(eff, ksub);
			});
		}
	}

	/** ngspice's VDMOS Cgd(Vgd) shape and the collapsing part beside it, for their charge integral. */
	record Cgd(double min, double max, double a, CapacitanceKnee knee) {

		/**
		 * The charge integral of Cgd from Vgd = 0 to {@code v} at the channel's drain (inside RD) and {@code pins} at
		 * the subcircuit's pins, where the knee's element sits.
		 */
		double charge(double v, double pins) {
			return law(v) - knee.charge(-pins);
		}

		private double law(double v) {
			double s = (max - min) / (1 + Math.PI / 2);
			double y = max - s;
			double av = a * v;
			if (v > 0) {
				// ln cosh without overflow
				double lnCosh = Math.abs(av) + Math.log1p(Math.exp(-2 * Math.abs(av))) - Math.log(2);
				return y * v + s * lnCosh / a;
			}
			return y * v + s * (v * Math.atan(av) - Math.log1p(av * av) / (2 * a));
		}
	}

	/** The three charges of one test, as the verifier measures them. */
	record Charges(double qg, double qgs, double qgd) {

		/** The charge a row of {@code probe} prints: QG, QGS or QGD. */
		double of(Probe probe) {
			return probe == Probe.GATE_CHARGE ? qg : probe == Probe.GATE_SOURCE_CHARGE ? qgs : qgd;
		}
	}

	/** A typical gate-charge row of the datasheet (QG, QGS or QGD) with its test's VGS, drain supply and ID. */
	record Row(Parameter parameter, Probe probe, Target target, double vgs, double vds, double id) {

		static Row of(Parameter p, Probe probe) {
			return new Row(p, probe, Target.of(p), Check.condition(p, "VGS", 10), GateChargeFit.drainVoltage(p),
					Check.condition(p, "ID", 1));
		}

		/** The row's charge on a card (channel, CGS, CGCH and Cgd), or null when its test has no plateau. */
		Double charge(Channel ch, double cgs, double cgch, Cgd cgd) {
			Charges q = GateCharge.of(ch, cgs, cgch, cgd, vgs, vds, id);
			double v = q == null ? Double.NaN : q.of(probe);
			return Double.isFinite(v) ? v : null;
		}

		Check check() {
			return new Check(parameter, probe, target);
		}

		/** The row as printed, for an origin: name, value, conditions and page. */
		String from() {
			return Fits.from(parameter, target);
		}
	}

	private GateCharge() {
	}

	/**
	 * The charges of a test at gate voltage {@code vgs}, supply {@code vds} and drain current {@code id}, or null when
	 * the gate never reaches a plateau below {@code vgs} (the channel cannot carry {@code id}).
	 */
	static Charges of(Channel ch, double cgs, double cgch, Cgd cgd, double vgs, double vds, double id) {
		double vs = id * ch.rs();
		double start = -vds; // Vgd with the gate at 0 and the drain at the supply
		// the plateau: the drain falls from the supply; the gate where the channel carries ID
		double vdsInt0 = vds - id * (ch.rs() + ch.rd());
		if (vdsInt0 <= 0) {
			return null;
		}
		DoubleUnaryOperator gate = vd -> ch.vto() + ch.overdrive(id, vd - id * (ch.rs() + ch.rd())) + vs;
		double channel0 = VdmosFitter.softplus(-ch.vto(), ch.ksub());
		DoubleUnaryOperator charge = vd -> {
			double vg = gate.applyAsDouble(vd);
			double channel = cgch == 0 ? 0 : cgch * (VdmosFitter.softplus(vg - ch.vto(), ch.ksub()) - channel0);
			return cgs * (vg - vs) + channel + cgd.charge(vg - (vd - id * ch.rd()), vg - vd) - cgd.charge(start, start);
		};
		double vdStart = PLATEAU_START * vds;
		double vp = gate.applyAsDouble(vdStart);
		if (!(vp < vgs)) {
			return null;
		}
		double qgs = charge.applyAsDouble(vdStart);
		double vEnd = vp + PLATEAU_END * (vgs - vp);
		double vdEnd = drainAt(gate, vEnd, id * (ch.rs() + ch.rd()), vdStart);
		double vdTop = drainAt(gate, vgs, id * (ch.rs() + ch.rd()), vdStart);
		return new Charges(charge.applyAsDouble(vdTop), qgs, charge.applyAsDouble(vdEnd) - qgs);
	}

	/** The drain voltage (between the bottom {@code floor} and {@code top}) at which the gate stands at {@code vg}. */
	private static double drainAt(DoubleUnaryOperator gate, double vg, double floor, double top) {
		double lo = floor * (1 + 1e-9) + 1e-12;
		double hi = top;
		if (gate.applyAsDouble(lo) < vg) {
			return lo;
		}
		for (int i = 0; i < MAX_BISECTIONS && hi - lo > 1e-9 * top; i++) {
			double mid = 0.5 * (lo + hi);
			if (gate.applyAsDouble(mid) > vg) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return 0.5 * (lo + hi);
	}
}
