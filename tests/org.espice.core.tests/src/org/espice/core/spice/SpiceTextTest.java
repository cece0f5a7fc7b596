package org.espice.core.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Text from outside becomes one comment line, an identifier or a token, and never a card. */
class SpiceTextTest {

	static final String INJECTED_NAME = "X\n.control\nshell touch INJECTED\n.endc\n*.pdf";

	@Test
	void aCommentIsOneLineWhateverBreaksItCarries() {
		for (String br : new String[] { "\n", "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029" }) {
			String c = SpiceText.commentLine("a" + br + ".control" + br + "shell touch INJECTED" + br + ".endc");
			assertEquals(1, c.lines().count(), () -> "one line for " + Integer.toHexString(br.charAt(0)));
			assertTrue(c.startsWith("* "), c);
			assertFalse(c.chars().anyMatch(ch -> ch < 0x20 || ch == 0x85 || ch == 0x2028 || ch == 0x2029), c);
		}
		assertEquals("* X .control shell touch INJECTED .endc *.pdf", SpiceText.commentLine(INJECTED_NAME));
	}

	@Test
	void aCommentKeepsItsColumnsAndLosesInvisibleFormatCharacters() {
		assertEquals("VF   typ 0.93 V", SpiceText.comment("VF   typ 0.93 V"));
		assertEquals("ab", SpiceText.comment("a\u200Bb").replace(" ", ""));
		assertEquals("right-to-left   override", SpiceText.comment("right-to-left \u202E override"));
	}

	@Test
	void aCommentEndsWithoutABackslashAndIsBounded() {
		assertEquals("joins next", SpiceText.comment("joins next \\\\"));
		String longText = "x".repeat(10 * SpiceText.MAX_COMMENT);
		String c = SpiceText.comment(longText);
		assertEquals(SpiceText.MAX_COMMENT, c.length());
		assertTrue(c.endsWith("..."));
		assertEquals("*", SpiceText.commentLine(null));
		assertEquals("*", SpiceText.commentLine(" \n\t "));
	}

	@Test
	void aCommentCannotBecomeACommandComment() {
		// ngspice runs "*#" lines as commands; ours always have a space after the star
		assertEquals("* #shell touch INJECTED", SpiceText.commentLine("#shell touch INJECTED"));
		assertEquals("* ng_script", SpiceText.commentLine("\nng_script"));
	}

	@Test
	void namesAreSpiceIdentifiers() {
		assertEquals("X__CONTROL_SHELL_TOUCH_INJECTED", SpiceText.identifier(INJECTED_NAME));
		assertEquals("X_CONTROL", SpiceText.identifier(".control"));
		assertEquals("IRF540N", SpiceText.identifier("irf540n"));
		assertEquals("PART", SpiceText.identifier("  "));
		assertTrue(SpiceText.identifier("a".repeat(80)).length() <= SpiceText.MAX_IDENTIFIER);
		assertTrue(SpiceText.identifier(INJECTED_NAME).matches("[A-Z0-9][A-Z0-9_]*"));
	}

	@Test
	void valueTokensHoldNoSpacesOrCardStarts() {
		assertEquals("ON_Semi_.control", SpiceText.token("ON Semi\n.control"));
		assertEquals("_", SpiceText.token(""));
		assertTrue(SpiceText.token("a b=c)(\n").matches("[A-Za-z0-9_.+-]+"));
	}
}
