package org.espice.core.batch;

import org.espice.core.spice.SpiceText;

/**
 * Text from outside (file names, failure messages, part names read from a PDF) made safe for the batch reports.
 * A CSV cell never starts a spreadsheet formula and a Markdown cell never breaks its table, starts markup or
 * carries HTML.
 */
final class ReportText {

	private ReportText() {
	}

	/**
	 * An RFC 4180 cell on one line. A cell that would start with {@code = + - @}, a tab or a carriage return is
	 * read as a formula by spreadsheets (CSV injection); it gets a leading apostrophe, which they show as text.
	 */
	static String csv(String s) {
		String one = oneLine(s);
		String lead = one.stripLeading();
		// spreadsheets skip leading blanks before they look for a formula
		if (!lead.isEmpty() && "=+-@".indexOf(lead.charAt(0)) >= 0) {
			one = "'" + one;
		}
		if (one.contains(",") || one.contains("\"") || one.contains(";")) {
			return "\"" + one.replace("\"", "\"\"") + "\"";
		}
		return one;
	}

	/**
	 * A Markdown table cell: one line, with the characters that start markup, links, code, HTML or a new cell
	 * escaped by a backslash, so the text shows as it is.
	 */
	static String markdown(String s) {
		String one = oneLine(s);
		StringBuilder b = new StringBuilder(one.length() + 8);
		for (int i = 0; i < one.length(); i++) {
			char c = one.charAt(i);
			if ("\\`*_[]<>|&~".indexOf(c) >= 0) {
				b.append('\\');
			}
			b.append(c);
		}
		return b.toString();
	}

	/** What ends or hides a line ({@link SpiceText#breaksLine(char)}) becomes a space. */
	static String oneLine(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			b.append(SpiceText.breaksLine(c) ? ' ' : c);
		}
		return b.toString();
	}
}
