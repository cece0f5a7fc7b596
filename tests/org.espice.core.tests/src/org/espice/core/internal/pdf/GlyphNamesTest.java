package org.espice.core.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.espice.tests.common.NumberNamedFonts;
import org.junit.jupiter.api.Test;

/** Characters read from glyph names that give a character's number, as fonts converted by older tools name them. */
class GlyphNamesTest {

	/** A Type 1 font (not embedded) whose encoding gives {@code names} from code {@code first} on. */
	private static PDFont font(String baseFont, int first, String... names) throws IOException {
		return NumberNamedFonts.font(baseFont, first, 0, names);
	}

	@Test
	void decimalNamesGiveTheirCharacters() throws IOException {
		PDFont f = font("PSOhelv", 45, "C0045", "C0046", "C0047", "C0048", "C0049");
		GlyphNames names = new GlyphNames();
		assertEquals("-", names.text(f, 45));
		assertEquals(".", names.text(f, 46));
		assertEquals("0", names.text(f, 48));
		assertEquals("1", names.text(f, 49));
		assertNull(names.text(f, 50), "a code the encoding does not name");
	}

	@Test
	void aNameWithAHexLetterMakesTheFontsNamesHexadecimal() throws IOException {
		PDFont f = font("MSTT31c46e", 1, "G30", "G2E", "G6C", "G81");
		// (its 0 makes it a text face: its letters are read)
		GlyphNames names = new GlyphNames();
		assertEquals("0", names.text(f, 1));
		assertEquals(".", names.text(f, 2));
		assertEquals("l", names.text(f, 3));
		assertNull(names.text(f, 4), "0x81 is no printable character");
	}

	@Test
	void namesStandingAtTheCodesTheyGiveInHexadecimalAreHexadecimal() throws IOException {
		PDFont f = font("MSTT31c497", 0x30, "G30", "G31");
		assertEquals("1", new GlyphNames().text(f, 0x31));
	}

	@Test
	void decimalNamesOfAReencodedSubsetGiveTheirCharacters() throws IOException {
		PDFont f = font("Arial041", 2, "G32", "G49", "G46", "G119");
		GlyphNames names = new GlyphNames();
		assertEquals(" ", names.text(f, 2));
		assertEquals("1", names.text(f, 3));
		assertEquals(".", names.text(f, 4));
		assertEquals("w", names.text(f, 5));
	}

	@Test
	void namesThatCountASubsetsGlyphsGiveNothing() throws IOException {
		PDFont f = font("MSTT315b3b", 1, "G01", "G02", "G03", "G35");
		GlyphNames names = new GlyphNames();
		for (int code = 1; code <= 4; code++) {
			assertNull(names.text(f, code));
		}
	}

	@Test
	void numbersAboveLatin1AreTheFontsOwnGlyphs() throws IOException {
		PDFont f = font("PSOhelv", 1, "C0257", "C0258", "C0048");
		GlyphNames names = new GlyphNames();
		assertNull(names.text(f, 1), "C0257 is the font's minus, not ā");
		assertNull(names.text(f, 2));
		assertEquals("0", names.text(f, 3));
	}

	@Test
	void aSymbolFontGivesDigitsAndTheGreekLettersItsLatinLettersStandFor() throws IOException {
		PDFont f = font("PSOgrkdutch", 1, "C0109", "C0050", "C0087", "C0033");
		GlyphNames names = new GlyphNames();
		assertEquals("\u00b5", names.text(f, 1), "m in a Greek font is µ");
		assertEquals("2", names.text(f, 2));
		assertEquals("\u03a9", names.text(f, 3), "W is Ω");
		assertNull(names.text(f, 4), "! is no number's and no Greek letter");
	}

	@Test
	void aFaceNamingLettersButNoDigitIsReadAsGreek() throws IOException {
		// a Greek face subset to µ and θ, named for the Latin m and q they replace ("10 µA", "RθJA")
		PDFont f = font("IntDutch801G-Roman", 1, "C0109", "C0113");
		GlyphNames names = new GlyphNames();
		assertEquals("\u00b5", names.text(f, 1));
		assertEquals("\u03b8", names.text(f, 2));
	}

	@Test
	void dingbatNamesAreNoCharacters() throws IOException {
		// ZapfDingbats' a71 is a black circle, not the G of 71
		PDFont f = font("BKBDPI+ZapfDingbats", 108, "a71", "a72", "a73");
		GlyphNames names = new GlyphNames();
		for (int code = 108; code <= 110; code++) {
			assertNull(names.text(f, code));
		}
	}

	@Test
	void ordinaryGlyphNamesAreNotNumbers() throws IOException {
		// "space" reads as s, p and the hex digits a, c, e: it must not make the font's names hexadecimal
		PDFont f = font("PSOhelv", 32, "space", "C0033", "C0034", "C0035", "C0036", "C0037", "C0038", "C0039", "C0040",
				"C0041", "C0042", "C0043", "C0044", "C0045", "C0046", "C0047", "C0048");
		GlyphNames names = new GlyphNames();
		assertNull(names.text(f, 32));
		assertEquals("!", names.text(f, 33));
	}
}
