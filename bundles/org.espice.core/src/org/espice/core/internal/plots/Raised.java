package org.espice.core.internal.plots;

import org.espice.core.internal.plots.TextAssembly.Placed;

/**
 * Whether a glyph read along its line is raised over the one before it, as an exponent: smaller and raised over its
 * base, or going on beside a raised one; and whether a number's glyph, not raised, stands off the baseline of the
 * number's glyph before it and starts another number. Lines of mixed sizes make the line's own baseline a poor
 * reference, so each glyph is judged against the one before it.
 */
final class Raised {

	/** How far across the line, in font sizes, a number's glyph stands off the one before it to be another number. */
	private static final double OFF_BASELINE = 0.3;

	private Raised() {
	}

	/**
	 * Whether {@code p} is raised over {@code prev} (null at the line's start).
	 *
	 * @param prevRaised whether {@code prev} is
	 * @param lastMain   the last glyph not raised
	 * @param size       the line's largest size
	 * @param word       the text of the word so far, {@code prev} last
	 */
	static boolean over(Placed prev, Placed p, boolean prevRaised, Placed lastMain, double size, CharSequence word) {
		if (prev == null || p.u() - (prev.u() + prev.width()) > 0.6 * size) {
			return false;
		}
		if (prevRaised) {
			// going on right after the exponent at its height, no larger than it (a full-size exponent goes on
			// full size); small text further on at that height is a legend, not the exponent
			return p.g().size() <= 1.05 * prev.g().size() && Math.abs(p.v() - prev.v()) < 0.15 * lastMain.g().size()
					&& p.u() - (prev.u() + prev.width()) < 0.3 * prev.g().size();
		}
		double up = p.v() - prev.v();
		boolean raised = p.g().size() < 0.92 * prev.g().size() && up > 0.2 * prev.g().size()
				|| up > 0.3 * prev.g().size() && digit(prev) && (digit(p) || "-\u2212\u2013".contains(p.g().text()));
		// a number raised after a number is a decade's exponent only: after its "10"; the next decade's first
		// multiplier, set a little higher right after an exponent standing on a line of its own, is not
		return raised && (!digit(prev) || !numeric(p) || word.toString().endsWith("10"));
	}

	/**
	 * Whether a number's glyph stands off the baseline of the number's glyph before it, a third of its size or more,
	 * and is no exponent of it: another number (an exponent set on a line of its own, then the next decade's first
	 * multiplier right after it, a little higher), not the same one.
	 */
	static boolean anotherNumber(Placed prev, Placed p, boolean raised) {
		return !raised && numeric(prev) && numeric(p)
				&& Math.abs(p.v() - prev.v()) > OFF_BASELINE * Math.min(prev.g().size(), p.g().size());
	}

	/** A decade's exponent may be set full size, only raised: "10" then a higher "2". */
	private static boolean digit(Placed p) {
		return p.g().text().length() == 1 && Character.isDigit(p.g().text().charAt(0));
	}

	/** A digit, a sign or a decimal point. */
	private static boolean numeric(Placed p) {
		return p.g().text().length() == 1 && "0123456789.-+\u2212\u2013".indexOf(p.g().text().charAt(0)) >= 0;
	}
}
