package org.espice.core.internal.extract;

import java.util.List;

/** Tells a usable text layer from a missing (scanned) or scrambled (broken font encoding) one. */
public final class TextHealth {

	public enum Verdict {
		OK, NO_TEXT, SCRAMBLED
	}

	private TextHealth() {
	}

	public static Verdict check(List<PageLayout> pages) {
		int glyphs = pages.stream().mapToInt(PageLayout::glyphCount).sum();
		if (glyphs < 40) {
			return Verdict.NO_TEXT;
		}
		// Real text is mostly words with vowels and ASCII letters; a scrambled encoding yields symbol soup.
		int words = 0;
		int plausible = 0;
		for (PageLayout p : pages) {
			for (TextLine l : p.lines()) {
				for (Word w : l.words()) {
					String t = w.text();
					long letters = t.chars().filter(Character::isLetter).count();
					if (t.length() < 3) {
						continue;
					}
					words++;
					boolean vowel = t.chars().anyMatch(c -> "aeiouyAEIOUY".indexOf(c) >= 0);
					boolean ascii = t.chars().allMatch(c -> c < 0x250 || "µΩθΘ°±≤≥–—−·•×≈".indexOf(c) >= 0);
					boolean numeric = t.chars().anyMatch(Character::isDigit);
					if (ascii && (vowel || numeric || letters <= 4)) {
						plausible++;
					}
				}
			}
		}
		if (words < 10) {
			return Verdict.NO_TEXT;
		}
		return plausible < 0.5 * words ? Verdict.SCRAMBLED : Verdict.OK;
	}
}
