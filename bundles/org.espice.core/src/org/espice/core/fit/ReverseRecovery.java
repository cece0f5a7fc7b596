package org.espice.core.fit;

import org.espice.core.Parameter;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * The transit time TT from a datasheet's reverse-recovery time. SPICE's diode stores a charge TT times its current;
 * switched from a forward current IF to a reverse current IR it is swept out in ts = TT ln(1 + IF/IR), after which the
 * reverse current falls within the test circuit's time constant. So TT = trr / ln(1 + IF/IR) where the datasheet
 * prints its test's IF and IR (the rectifier test's 0.5 A and 1 A give trr / ln 1.5), and trr / ln 2 (IF = IR)
 * otherwise, as for a body diode's di/dt test, which no charge-control figure answers exactly.
 */
final class ReverseRecovery {

	private ReverseRecovery() {
	}

	/**
	 * Sets TT on the card from the part's trr row (a no-op without one); with {@code checked}, the row is the card's
	 * check where the verifier measures it (IF and IR printed, IR of {@link Probe#RECOVERY_MIN_CURRENT} or more).
	 */
	static void tt(ModelCard card, Parameter trr, boolean checked) {
		if (trr == null) {
			return;
		}
		Target t = Target.of(trr);
		Double iF = trr.condition("IF");
		Double iR = trr.condition("IR");
		if (iF == null || iR == null || iF == 0 || iR == 0) {
			card.set("TT", t.value() / Math.log(2), "trr/ln 2 (the test's IF and IR not printed: taken equal) from "
					+ Fits.from(trr, t));
			return;
		}
		double storage = Math.log(1 + Math.abs(iF / iR));
		double tt = t.value() / storage;
		card.set("TT", tt, Fits.fmt("trr/ln(1 + IF/IR) = trr/%.3g from ", storage) + Fits.from(trr, t));
		if (checked && Math.abs(iR) >= Probe.RECOVERY_MIN_CURRENT) {
			card.check(new Check(trr, Probe.REVERSE_RECOVERY, t), tt * storage);
		}
	}
}
