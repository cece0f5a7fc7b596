package org.espice.core.fit;

import org.espice.core.spice.ModelCard;

/** The Gummel-Poon DC equations of a fitted BJT card, to measure the model the fit wrote. */
final class CardTransistor {

	private CardTransistor() {
	}

	/** The card's transistor: NF (1 unless set) in the thermal voltage, NK at ngspice's 0.5 unless set. */
	static GummelPoon of(ModelCard c) {
		double nf = has(c, "NF") ? c.value("NF") : 1;
		return new GummelPoon(c.value("IS"), c.value("BF"), c.value("IKF"), c.value("ISE"),
				c.value("RE") / GummelPoon.RE_SHARE, c.value("RB"), c.value("NE") / nf, nf * Fits.VT, c.value("VAF"),
				c.value("BR"), c.value("RC"), has(c, "NK") ? c.value("NK") : GummelPoon.NK);
	}

	private static boolean has(ModelCard c, String name) {
		return c.params().stream().anyMatch(p -> p.name().equals(name));
	}
}
