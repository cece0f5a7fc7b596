package org.espice.core.internal.pdf;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;

/**
 * The characters a font's glyph names give where neither its character map nor the standard glyph list names one.
 * Fonts converted by older publishing tools name each glyph by its character's number: {@code C0048} is "0" and
 * {@code C0046} is "." (decimal), {@code G30} is "0" in a font whose names run {@code G2E}, {@code G6C} (hexadecimal),
 * {@code G49} is "1" in a font whose names run {@code G32}, {@code G119}. Without this, their tick numbers and axis
 * titles are shapes to be recognised, and a misrecognised "0." turns 0.4 into 4.
 * <p>
 * A font's names are read in one base: hexadecimal when a name uses a hex letter, or when more glyphs stand at the
 * code their name gives in hexadecimal than in decimal; else decimal. Names that count the glyphs of a subset
 * ({@code G01}, {@code G02}: any name giving a control character) are not characters, and the font's names are not
 * used. Numbers above Latin-1 ({@code C0257}) name a font's own extra glyphs (a minus, a thin space), not the
 * character of that number, and are left to be recognised by their shape.
 * <p>
 * A font that sets symbols ({@code Symbol}, Greek, math by its name), or that names letters but no digit (a
 * Greek face subset to the µ and θ a page uses), gives its digits and number punctuation as named, and its letters
 * as the Greek letters the Symbol encoding puts in their place: {@code C0109} ("m") is µ, {@code C0113} ("q") θ.
 * Its other characters give nothing. Dingbat faces ({@code ZapfDingbats}, Wingdings) give nothing: their names
 * ({@code a71}) number shapes.
 */
public final class GlyphNames {

	private static final Pattern NUMERIC = Pattern.compile("[A-Za-z]{1,2}([0-9][0-9A-Fa-f]{1,3})");
	private static final Pattern HEX_LETTER = Pattern.compile(".*[A-Fa-f].*");
	private static final String NUMBER_PUNCTUATION = ".,-+()% ";
	private static final String[] SYMBOL_FONTS = { "sym", "grk", "greek", "math" };
	/** Dingbat faces name their glyphs a1, a71 ... : shapes, not characters' numbers. */
	private static final String[] DINGBAT_FONTS = { "ding", "wing" };
	/** The Latin letters of the Symbol encoding and the Greek letters they stand for there (m for µ, W for Ω). */
	private static final String SYMBOL_LETTERS = "abcdefghiklmnpqrstuwxyzDFGLPQSWY";
	private static final String GREEK = "\u03b1\u03b2\u03c7\u03b4\u03b5\u03c6\u03b3\u03b7\u03b9\u03ba\u03bb\u00b5"
			+ "\u03bd\u03c0\u03b8\u03c1\u03c3\u03c4\u03c5\u03c9\u03be\u03c8\u03b6\u0394\u03a6\u0393\u039b\u03a0"
			+ "\u0398\u03a3\u03a9\u03a8";

	/** What one font's names give, by code; null entries where they give nothing. */
	private final Map<PDFont, String[]> fonts = new IdentityHashMap<>();

	/** The character glyph {@code code} of {@code font} is named for, or null. */
	public String text(PDFont font, int code) {
		if (code < 0 || code > 0xFF || !(font instanceof PDSimpleFont simple)) {
			return null;
		}
		return fonts.computeIfAbsent(font, f -> read(simple))[code];
	}

	private static String[] read(PDSimpleFont font) {
		String[] out = new String[0x100];
		Encoding encoding = font.getEncoding();
		if (encoding == null || named(font.getName(), DINGBAT_FONTS)) {
			return out;
		}
		String[] digits = new String[0x100];
		boolean hexLetter = false;
		int atHex = 0;
		int atDecimal = 0;
		for (int code = 0; code < 0x100; code++) {
			String name = encoding.getName(code);
			Matcher m = name == null ? null : NUMERIC.matcher(name);
			if (m == null || !m.matches()) {
				continue;
			}
			digits[code] = m.group(1);
			hexLetter |= HEX_LETTER.matcher(m.group(1)).matches();
			atHex += Integer.parseInt(m.group(1), 16) == code ? 1 : 0;
			atDecimal += !hexLetter && Integer.parseInt(m.group(1), 10) == code ? 1 : 0;
		}
		boolean hex = hexLetter || atHex > atDecimal;
		int[] chars = new int[0x100];
		boolean namesDigits = false;
		for (int code = 0; code < 0x100; code++) {
			if (digits[code] != null) {
				chars[code] = Integer.parseInt(digits[code], hex ? 16 : 10);
				if (chars[code] < 0x20) {
					return new String[0x100]; // names that number a subset's glyphs, not characters
				}
				namesDigits |= chars[code] >= '0' && chars[code] <= '9';
			}
		}
		// a face that names letters but no digit may be a Greek one whose µ is named by the m it stands for
		boolean symbols = named(font.getName(), SYMBOL_FONTS) || !namesDigits;
		for (int code = 0; code < 0x100; code++) {
			int c = chars[code];
			boolean printable = c < 0x7F || c >= 0xA0 && c <= 0xFF; // above Latin-1, a font's own extras
			if (digits[code] == null || !printable) {
				continue;
			}
			if (!symbols || Character.isDigit(c) || NUMBER_PUNCTUATION.indexOf(c) >= 0) {
				out[code] = Character.toString(c);
			} else if (c < 0x80 && SYMBOL_LETTERS.indexOf(c) >= 0) {
				out[code] = String.valueOf(GREEK.charAt(SYMBOL_LETTERS.indexOf(c)));
			}
		}
		return out;
	}

	private static boolean named(String name, String[] kinds) {
		String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
		for (String s : kinds) {
			if (n.contains(s)) {
				return true;
			}
		}
		return false;
	}
}
