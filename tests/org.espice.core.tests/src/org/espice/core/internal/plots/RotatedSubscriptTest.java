package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A rotated title's subscript read as a line of its own, a little below the title and within its length, goes back
 * after the symbol it subscripts (Fairchild's IGBT plots: "Collector Current, I [A]" with "C" beside it).
 */
class RotatedSubscriptTest {

	/** A title reading upwards from y 598.6 to 662.7, its line at x 319.4 .. 324.4, 6.36 pt. */
	private static Label title(String text, double y0, double y1) {
		return new Label(text, 319.35, y0, 324.44, y1, 90, 6.36, (y0 + y1) / 2);
	}

	@Test
	void aSubscriptGoesBackAfterItsSymbol() {
		Label line = title("Collector Current, I [A]", 598.56, 662.73);
		Label sub = new Label("C", 321.03, 650.88, 326.12, 653.57, 90, 6.36, 652.2);
		assertEquals("Collector Current, IC [A]", RotatedSubscript.into(line, sub).text());
		assertEquals("IC", AxisTitle.parse(RotatedSubscript.into(line, sub).text()).quantity());
	}

	@Test
	void aTwoLetterSubscriptFindsItsSymbolPastNarrowGlyphs() {
		Label line = title("Collector - Emitter Voltage, V [V]", 145.92, 239.97);
		Label sub = new Label("CE", 321.03, 225.6, 326.12, 230.84, 90, 6.36, 228.2);
		assertEquals("Collector - Emitter Voltage, VCE [V]", RotatedSubscript.into(line, sub).text());
	}

	@Test
	void aSecondLineOfTheTitleIsNoSubscript() {
		Label line = title("Collector Current, I [A]", 598.56, 662.73);
		// a line's height below: the title's second line, joined after it as before
		assertNull(RotatedSubscript.into(line, new Label("C", 326.5, 650.88, 331.6, 653.57, 90, 6.36, 652.2)));
		// a word that is not a subscript's
		assertNull(RotatedSubscript.into(line, new Label("(typ.)", 321.03, 620, 326.12, 640, 90, 6.36, 630)));
	}
}
