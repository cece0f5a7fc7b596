package org.espice.core.simulate;

import static org.espice.core.simulate.VerificationDeck.line;
import static org.espice.core.simulate.VerificationDeck.num;

import org.espice.core.spice.Check;

/**
 * A diode's reverse-recovery time in the rectifier test (JEDEC, MIL-STD-750 method 4031 A) as an ngspice transient:
 * the diode carries the datasheet's forward current IF from a voltage source through a resistor, the source steps to
 * a reverse drive that pulls the datasheet's reverse current IR, and trr runs from the current's zero crossing until
 * the reverse current has recovered to a quarter of IR. The resistor and the forward level are sized from an
 * estimated diode drop ({@link #DROP}; the drive is {@link #DRIVE} volts, so the reverse current is within a few
 * percent of IR whatever the drop), and the time scale from the datasheet's trr: the step is a hundredth of it, the
 * run lasts {@link #SPAN} times it. Rows of one part share one transient.
 */
final class RecoveryProbes {

	/** the reverse drive (V): well under any rectifier's rating, far above its forward drop */
	static final double DRIVE = 10;
	/** the diode drop the resistor is sized with (V) */
	static final double DROP = 0.8;
	/** the share of IR the reverse current has recovered to at the end of trr */
	static final double RECOVERED = 0.25;
	/** how many datasheet trr the run lasts after the step */
	private static final double SPAN = 30;

	private final VerificationDeck deck;
	private final StringBuilder measures = new StringBuilder();
	private double shortest = Double.POSITIVE_INFINITY;
	private double stop;

	RecoveryProbes(VerificationDeck deck) {
		this.deck = deck;
	}

	/** Adds the measurement of check {@code k} (its IF and IR, its trr setting the time scale), printed as m<k>. */
	void add(int k, Check c) {
		double trr = Math.abs(c.target().value());
		double iF = Math.abs(c.condition("IF", 1));
		double iR = Math.abs(c.condition("IR", 1));
		double r = (DRIVE + DROP) / iR;
		double step = 2 * trr;
		StringBuilder net = deck.net();
		line(net, "Vrr%d rs%d 0 PWL(0 %s %s %s %s %s)", k, k, num(iF * r + DROP), num(step), num(iF * r + DROP),
				num(step + trr / 100), num(-DRIVE));
		line(net, "Rrr%d rs%d ra%d %s", k, k, k, num(r));
		line(net, "%s", deck.dut(k, "ra" + k, "0", null));
		// the source's current is -IF while the diode conducts and +IR while it is swept out
		line(measures, "meas tran tz%d when i(vrr%d)=0 rise=1", k, k);
		line(measures, "meas tran tq%d when i(vrr%d)=%s fall=1", k, k, num(RECOVERED * iR));
		VerificationDeck.let(measures, "m" + k, "tq" + k + "-tz" + k);
		shortest = Math.min(shortest, trr);
		stop = Math.max(stop, step + SPAN * trr);
	}

	/** The transient run and its measurements, for the deck's control block (empty without recovery checks). */
	String control() {
		if (measures.isEmpty()) {
			return "";
		}
		return "tran " + num(shortest / 100) + " " + num(stop) + " 0 " + num(shortest / 100) + "\n" + measures;
	}
}
