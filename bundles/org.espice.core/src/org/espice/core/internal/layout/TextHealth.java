package org.espice.core.internal.layout;

import java.util.List;

/** Tells a usable text layer from a missing (scanned) or scrambled (broken font encoding) one. */
public final class TextHealth {

	public enum Verdict {
		OK, NO_TEXT, SCRAMBLED
	}

	private static final java.util.regex.Pattern PLAIN_WORD = java.util.regex.Pattern
			.compile("[(\"“]?([A-Z]?[a-z]{2,}|[A-Z]{3,})(-[A-Za-z]+)?[.,;:)\"”]?");
	/** Below this share of plain words a text layer is not readable (datasheets score 0.3 and more). */
	static final double RATIO = 0.12;

	private TextHealth() {
	}

	public static Verdict check(List<PageLayout> pages) {
		int glyphs = pages.stream().mapToInt(PageLayout::glyphCount).sum();
		if (glyphs < 40) {
			return Verdict.NO_TEXT;
		}
		// Real text has many plain words (letters only, with vowels); a scrambled encoding yields symbol soup.
		int words = 0;
		int plain = 0;
		for (PageLayout p : pages) {
			for (TextLine l : p.lines()) {
				for (Word w : l.words()) {
					String t = w.text();
					if (t.length() < 3) {
						continue;
					}
					words++;
					if (PLAIN_WORD.matcher(t).matches() && t.chars().anyMatch(c -> "aeiouyAEIOUY".indexOf(c) >= 0)) {
						plain++;
					}
				}
			}
		}
		if (words < 10) {
			return Verdict.NO_TEXT;
		}
		return plain < RATIO * words ? Verdict.SCRAMBLED : Verdict.OK;
	}
}
