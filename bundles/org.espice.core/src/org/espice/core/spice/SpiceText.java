package org.espice.core.spice;

import java.util.Locale;

/**
 * The one place where text from outside (file names, PDF text, condition keys, user input) becomes part of a SPICE
 * file or an ngspice deck. A comment is one line that cannot start a card; a name is a SPICE identifier; a
 * parameter value is a plain token. Everything a writer puts into a model file or a deck goes through here.
 *
 * <p>Why: ngspice runs a {@code .control} block wherever it finds one, even in a file read through
 * {@code .include}, and runs {@code *#} comment lines as commands. A line break smuggled in through a datasheet's
 * file name would otherwise turn a header comment into a live {@code shell} command.
 */
public final class SpiceText {

	/** The longest comment text kept; longer text is cut and ends in "...". */
	public static final int MAX_COMMENT = 2000;
	/** The longest identifier: ngspice, LTspice and PSpice all take 31 characters. */
	public static final int MAX_IDENTIFIER = 31;

	private SpiceText() {
	}

	/**
	 * Text for a comment: one line, with every control character, line or paragraph separator and invisible
	 * format character turned into a space, no trailing backslash, and at most {@link #MAX_COMMENT} characters.
	 * Spaces inside are kept, so padded columns stay aligned. Written after {@code "* "} it cannot start a card;
	 * see {@link #commentLine(String)}.
	 */
	public static String comment(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_COMMENT + 1));
		for (int i = 0; i < text.length() && b.length() <= MAX_COMMENT; i++) {
			char c = text.charAt(i);
			b.append(breaksLine(c) || Character.isWhitespace(c) ? ' ' : c);
		}
		String s = b.toString().strip();
		// a trailing backslash joins the next line in some SPICE readers
		while (s.endsWith("\\")) {
			s = s.substring(0, s.length() - 1).strip();
		}
		return s.length() > MAX_COMMENT ? s.substring(0, MAX_COMMENT - 3) + "..." : s;
	}

	/**
	 * A whole comment line, {@code "* " + comment(text)}, without the line break; leading spaces of {@code text}
	 * are kept after the {@code "* "}, so indented tables stay indented.
	 */
	public static String commentLine(String text) {
		String t = text == null ? "" : text;
		int indent = 0;
		while (indent < t.length() && t.charAt(indent) == ' ') {
			indent++;
		}
		String c = comment(t.substring(indent));
		return c.isEmpty() ? "*" : "* " + " ".repeat(Math.min(indent, 8)) + c;
	}

	/**
	 * A name valid in ngspice, LTspice and PSpice: upper-case letters, digits and underscores, starting with a
	 * letter or digit, at most {@link #MAX_IDENTIFIER} characters; never empty.
	 */
	public static String identifier(String name) {
		String s = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
		if (s.isEmpty()) {
			s = "PART";
		}
		if (!Character.isLetterOrDigit(s.charAt(0))) {
			s = "X" + s;
		}
		return s.length() > MAX_IDENTIFIER ? s.substring(0, MAX_IDENTIFIER) : s;
	}

	/**
	 * A value token for a {@code key=value} pair on a card (LTspice's {@code mfg=}, {@code type=}): letters, digits
	 * and {@code _ . + -} only, at most {@link #MAX_IDENTIFIER} characters.
	 */
	public static String token(String value) {
		String s = value == null ? "" : value.trim().replaceAll("[^A-Za-z0-9_.+-]", "_");
		if (s.isEmpty()) {
			return "_";
		}
		return s.length() > MAX_IDENTIFIER ? s.substring(0, MAX_IDENTIFIER) : s;
	}

	/**
	 * Characters that end a line somewhere (control characters, line and paragraph separators) or that a reader may
	 * not show (format and unassigned characters): they never reach a SPICE file or a report line.
	 */
	public static boolean breaksLine(char c) {
		if (Character.isISOControl(c)) {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT
				|| type == Character.UNASSIGNED;
	}
}
