package org.espice.core.internal.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.internal.layout.Word;
import org.junit.jupiter.api.Test;

/** Where a sheet names a part without specifying it. */
class MentionsTest {

	private static List<Word> words(String line) {
		List<Word> out = new ArrayList<>();
		double x = 0;
		for (String w : line.split(" ")) {
			out.add(new Word(w, x, x + 5 * w.length(), 0, 8, 8, false));
			x += 5 * w.length() + 3;
		}
		return out;
	}

	@Test
	void passingMentions() {
		assertTrue(Mentions.passing("Complementary to ESP125 / ESP126", ""));
		assertTrue(Mentions.passing("(Replaces ESP111/D)", ""));
		assertTrue(Mentions.passing("Sourced from process 68. See ESP200 for characteristics.", ""));
		assertTrue(Mentions.passing("EXAMPLE: THIS IS AN ESPFE30", ""));
		assertTrue(Mentions.passing("ESP32C.", "The complementary PNP type is"), "the sentence began on the line before");
		assertFalse(Mentions.passing("ESP29, A, B, C (NPN), ESP30, A, B, C (PNP)", ""));
	}

	@Test
	void proseAgainstTitlesAndRows() {
		assertTrue(Mentions.prose(words("The PNP type is ESP32C."), 4));
		assertFalse(Mentions.prose(words("ESP120 / ESP121 / ESP122 — NPN Epitaxial Darlington Transistor"), 0));
		assertFalse(Mentions.prose(words("ESP5400-T3 DO-201AD 1200/Tape & Reel"), 0));
		List<Word> columns = words("power supplies and high frequency inverters.");
		columns.add(new Word("ESP5L60S", 400, 440, 0, 8, 8, false));
		assertFalse(Mentions.prose(columns, columns.size() - 1), "a label beside a column of text");
	}

	@Test
	void documentNumbers() {
		assertTrue(Mentions.documentNumber(words("Data Sheet N2219, Rev. -"), 2));
		assertTrue(Mentions.documentNumber(words("Document Number: ESP91234"), 2));
		assertFalse(Mentions.documentNumber(words("ESP2219 NPN switching transistor"), 0));
	}
}
