package org.espice.core.internal.plots;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rotated axis title's subscript that the text layer set as a line of its own, a little below the title's line
 * and within its length ("Collector Current, I [A]" and "C" beside it, which joined as "... I [A] C" made the axis a
 * capacitance): it goes back after the symbol it subscripts, the one-letter or two-letter symbol of the title nearest
 * to where it stands along the line.
 */
final class RotatedSubscript {

	/** A symbol a subscript follows: one or two letters, the first a capital, standing as a word. */
	private static final Pattern SYMBOL = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}\\p{L}?(?![\\p{L}\\d(])");
	/** A subscript: a few letters or digits. */
	private static final Pattern SUBSCRIPT = Pattern.compile("[\\p{L}\\d]{1,4}");

	private RotatedSubscript() {
	}

	/**
	 * {@code line} with {@code sub} put back after its symbol, or null when {@code sub} is no subscript of it: it lies
	 * wholly along the line's length, less than half a line below it, and the line prints a symbol near it.
	 */
	static Label into(Label line, Label sub) {
		double len = line.y1() - line.y0();
		if (line.dir() != sub.dir() || line.dir() != 90 && line.dir() != 270
				|| !SUBSCRIPT.matcher(sub.text()).matches() || sub.text().length() >= line.text().length() || sub.y0() < line.y0() || sub.y1() > line.y1()
				|| sub.x0() < line.x0() || sub.x0() - line.x0() > 0.5 * line.size() || len <= 0) {
			return null;
		}
		// where the subscript starts along the line, in characters (reading up for 90, down for 270)
		double along = line.dir() == 90 ? sub.y0() - line.y0() : line.y1() - sub.y1();
		double at = along / len * line.text().length();
		Matcher m = SYMBOL.matcher(line.text());
		int best = -1;
		while (m.find()) {
			if (Math.abs(m.end() - at) <= 3 && (best < 0 || Math.abs(m.end() - at) < Math.abs(best - at))) {
				best = m.end();
			}
		}
		if (best < 0) {
			return null;
		}
		String text = line.text().substring(0, best) + sub.text() + line.text().substring(best);
		return new Label(text, line.x0(), line.y0(), Math.max(line.x1(), sub.x1()), line.y1(), line.dir(), line.size(),
				line.anchor());
	}
}
