package org.espice.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One line of cell or body text with a small markup, drawn the way datasheets print it:
 * {@code V_{GS(th)}} draws "GS(th)" as a subscript (smaller font on a lowered baseline), {@code T^{2)}} a
 * superscript (footnote marker). Characters the standard Helvetica encoding lacks (Greek Ω, μ, ≤, ±) are drawn
 * with the standard Symbol font, as many vendors do.
 *
 * <p>{@code !{µ}} draws µ with a Symbol font whose ToUnicode map is wrong, as in many vendor PDFs: the glyph
 * code of mu is the code of "m", and the text layer reads "m" in a font named Symbol (Ω reads "W"). A reader
 * has to look at the font to get µ back.
 */
final class StyledText {

	/** A piece of text in one font and baseline offset. */
	record Run(String text, PDType1Font font, float size, float rise) {
	}

	/** The fonts with a ToUnicode map of ours, and their ranges. */
	private static final Map<PDType1Font, String> TO_UNICODE_RANGES = new java.util.IdentityHashMap<>();

	static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	static final PDType1Font SYMBOL = new PDType1Font(Standard14Fonts.FontName.SYMBOL);
	static final PDType1Font SYMBOL_READ_AS_LATIN = symbolReadAsLatin();

	/** Sub- and superscripts are this much smaller than the text they belong to. */
	private static final float SCRIPT_SCALE = 0.7f;

	private static final Map<Character, Boolean> ENCODABLE = new HashMap<>();

	private StyledText() {
	}

	/**
	 * The Symbol font with a wrong ToUnicode map that sends every code to the Latin letter of the same code, as
	 * in vendor PDFs whose text layer reads "m" for µ: the page shows the Greek glyph, the text layer does not.
	 */
	private static PDType1Font symbolReadAsLatin() {
		return withToUnicode(new PDType1Font(Standard14Fonts.FontName.SYMBOL), "1 beginbfrange\n<20> <7E> <0020>\n"
				+ "endbfrange\n");
	}

	/**
	 * A font whose ToUnicode map shifts every printable ASCII letter by 47 places (ROT47): the page reads normally,
	 * the text layer is gibberish, as in PDFs with a scrambled font encoding.
	 */
	static PDType1Font scrambled(Standard14Fonts.FontName name) {
		return withToUnicode(new PDType1Font(name), "3 beginbfrange\n<20> <20> <0020>\n<21> <4F> <0050>\n"
				+ "<50> <7E> <0021>\nendbfrange\n");
	}

	static final PDType1Font SCRAMBLED_REGULAR = scrambled(Standard14Fonts.FontName.HELVETICA);
	static final PDType1Font SCRAMBLED_BOLD = scrambled(Standard14Fonts.FontName.HELVETICA_BOLD);

	/** The runs with Helvetica swapped for its scrambled twin. */
	static List<Run> scramble(List<Run> runs) {
		return runs.stream().map(r -> new Run(r.text(),
				r.font() == REGULAR ? SCRAMBLED_REGULAR : r.font() == BOLD ? SCRAMBLED_BOLD : r.font(), r.size(),
				r.rise())).toList();
	}

	/**
	 * Gives every font with a ToUnicode map of ours a new map stream. Closing a document closes the streams it
	 * wrote, so a stream shared with the next document would be written empty and its text layer read plainly.
	 */
	static void renewToUnicodeMaps() {
		TO_UNICODE_RANGES.forEach((font, ranges) -> font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicodeStream(ranges)));
	}

	private static PDType1Font withToUnicode(PDType1Font f, String ranges) {
		TO_UNICODE_RANGES.put(f, ranges);
		f.getCOSObject().setItem(COSName.TO_UNICODE, toUnicodeStream(ranges));
		return f;
	}

	private static COSStream toUnicodeStream(String ranges) {
		String cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
				+ "/CMapName /ESpice-UCS def\n/CMapType 2 def\n"
				+ "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" + ranges
				+ "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
		COSStream toUnicode = new COSStream();
		try (OutputStream out = toUnicode.createOutputStream()) {
			out.write(cmap.getBytes(StandardCharsets.US_ASCII));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return toUnicode;
	}

	/** Splits marked-up text into runs for a base font and size. */
	static List<Run> runs(String markup, PDType1Font base, float size) {
		List<Run> runs = new ArrayList<>();
		int i = 0;
		StringBuilder plain = new StringBuilder();
		while (i < markup.length()) {
			char c = markup.charAt(i);
			if ((c == '_' || c == '^') && i + 1 < markup.length() && markup.charAt(i + 1) == '{') {
				int end = markup.indexOf('}', i + 2);
				if (end < 0) {
					throw new IllegalArgumentException("Unclosed " + c + "{ in '" + markup + "'");
				}
				addRuns(runs, plain.toString(), base, size, 0);
				plain.setLength(0);
				float scriptSize = size * SCRIPT_SCALE;
				float rise = c == '_' ? -size * 0.25f : size * 0.4f;
				addRuns(runs, markup.substring(i + 2, end), base, scriptSize, rise);
				i = end + 1;
			} else if (c == '!' && i + 1 < markup.length() && markup.charAt(i + 1) == '{') {
				int end = markup.indexOf('}', i + 2);
				if (end < 0) {
					throw new IllegalArgumentException("Unclosed !{ in '" + markup + "'");
				}
				addRuns(runs, plain.toString(), base, size, 0);
				plain.setLength(0);
				StringBuilder greek = new StringBuilder();
				markup.substring(i + 2, end).chars().forEach(ch -> greek.append(symbolChar((char) ch)));
				runs.add(new Run(greek.toString(), SYMBOL_READ_AS_LATIN, size, 0));
				i = end + 1;
			} else {
				plain.append(c);
				i++;
			}
		}
		addRuns(runs, plain.toString(), base, size, 0);
		return runs;
	}

	private static void addRuns(List<Run> runs, String text, PDType1Font base, float size, float rise) {
		StringBuilder current = new StringBuilder();
		PDType1Font currentFont = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			PDType1Font font = encodable(c) ? base : SYMBOL;
			char drawn = font == SYMBOL ? symbolChar(c) : c;
			if (currentFont != null && font != currentFont) {
				runs.add(new Run(current.toString(), currentFont, size, rise));
				current.setLength(0);
			}
			currentFont = font;
			current.append(drawn);
		}
		if (current.length() > 0) {
			runs.add(new Run(current.toString(), currentFont, size, rise));
		}
	}

	/**
	 * The Symbol font's glyphs "Omega" and "mu" stand for U+2126 (ohm sign) and U+00B5 (micro sign) in the Adobe
	 * glyph list, so the Greek letters are drawn with those; a text layer then reads them back as Ω and µ.
	 */
	private static char symbolChar(char c) {
		return switch (c) {
			case '\u03A9' -> '\u2126';
			case '\u03BC' -> '\u00B5';
			default -> c;
		};
	}

	private static synchronized boolean encodable(char c) {
		return ENCODABLE.computeIfAbsent(c, ch -> {
			try {
				REGULAR.getStringWidth(String.valueOf(ch));
				return Boolean.TRUE;
			} catch (IllegalArgumentException | IOException e) {
				return Boolean.FALSE;
			}
		});
	}

	static float width(List<Run> runs) {
		float w = 0;
		for (Run r : runs) {
			try {
				w += r.font().getStringWidth(r.text()) / 1000f * r.size();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return w;
	}

	static float width(String markup, PDType1Font base, float size) {
		return width(runs(markup, base, size));
	}

	/** Draws runs starting at (x, baseline). */
	static void draw(PDPageContentStream cs, List<Run> runs, float x, float baseline) throws IOException {
		float cx = x;
		for (Run r : runs) {
			cs.beginText();
			cs.setFont(r.font(), r.size());
			cs.newLineAtOffset(cx, baseline + r.rise());
			cs.showText(r.text());
			cs.endText();
			cx += r.font().getStringWidth(r.text()) / 1000f * r.size();
		}
	}
}
