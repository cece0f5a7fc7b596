package org.espice.core.spice;

/**
 * A capacitance that collapses at a voltage of its own: C = C0 (1 - tanh((V - V0) / W)) / 2, whole below V0 and gone
 * a few W above it. A power MOSFET has two beside ngspice's VDMOS laws ({@link KneeElement}): the gate's overlap of
 * the drain is screened once the depletion spreading from the body wells pinches the region between them under the
 * gate, so Crss falls by a decade or more over a few volts (a trench or high-voltage part's Crss curve), a step
 * VDMOS's Cgd law, centred at Vgd = 0 with one slope A, cannot draw; and a superjunction part's output capacitance
 * falls a hundredfold once its pillars deplete sideways, then stays flat, which no junction law follows.
 *
 * @param c  the collapsing capacitance (F)
 * @param v0 the voltage at the middle of the fall (V)
 * @param w  the fall's width (V)
 */
public record CapacitanceKnee(double c, double v0, double w) {

	/** No collapsing part: the VDMOS law alone. */
	public static final CapacitanceKnee NONE = new CapacitanceKnee(0, 1, 1);

	public boolean isNone() {
		return !(c > 0);
	}

	/** The capacitance at a voltage (drain above gate, or above source). */
	public double at(double v) {
		return isNone() ? 0 : c * (1 - Math.tanh((v - v0) / w)) / 2;
	}

	/** The charge from 0 V to {@code v}: the integral of {@link #at}. */
	public double charge(double v) {
		if (isNone()) {
			return 0;
		}
		return c / 2 * (v - w * (lnCosh((v - v0) / w) - lnCosh(-v0 / w)));
	}

	/** The same knee with its capacitance scaled by {@code k}. */
	public CapacitanceKnee scaled(double k) {
		return isNone() ? this : new CapacitanceKnee(c * k, v0, w);
	}

	/** The same knee at voltages {@code s} times its own: C(V / s). */
	public CapacitanceKnee stretched(double s) {
		return isNone() ? this : new CapacitanceKnee(c, v0 * s, w * s);
	}

	private static double lnCosh(double z) {
		double a = Math.abs(z);
		return a + Math.log1p(Math.exp(-2 * a)) - Math.log(2);
	}
}
