package org.espice.core.simulate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.espice.core.ProcessingException;
import org.junit.jupiter.api.Test;

/**
 * The ngspice 39 behaviour the least weak-inversion slope guards against ({@code ChannelPoint.minKsub}): its VDMOS
 * evaluates exp((VGS - VTO)/KSUBTHRES), which overflows past an argument of about 709, and the drain current turns
 * NaN. A slope of 1.2 VGSS / 700 keeps the model finite up to 1.2 times the gate's rating. Skipped when ngspice is not
 * on the PATH.
 */
class WeakInversionReachNgspiceTest {

	private static double drainCurrent(double ksub, double vgs) throws ProcessingException {
		String deck = "* weak inversion reach\n.model MM VDMOS (nchan VTO=2 KP=1 RD=0.1 KSUBTHRES=" + ksub + ")\n"
				+ "Vd d 0 DC 1\nVg g 0 DC " + vgs + "\nM1 d g 0 MM\n.control\nop\nlet m0 = -i(Vd)\nprint m0\n.endc\n.end\n";
		Double v = Ngspice.required().run(deck).values().get("m0");
		return v == null ? Double.NaN : v;
	}

	@Test
	void aSharperSlopeThanTheGatesReachAllowsOverflows() throws ProcessingException {
		double vgs = 1.2 * 20;
		assertFalse(Double.isFinite(drainCurrent(0.02, vgs)), "(24 - 2)/0.02 = 1100: past exp's range");
		double i = drainCurrent(1.2 * 20 / 700, vgs);
		assertTrue(Double.isFinite(i) && i > 0, "the least slope for a 20 V gate: " + i);
	}
}
