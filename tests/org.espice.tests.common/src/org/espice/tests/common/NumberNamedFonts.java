package org.espice.tests.common;

import java.io.IOException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Type 1 fonts (Helvetica's outlines, not embedded) whose encoding names glyphs by their characters' numbers, as
 * older publishing tools wrote them ({@code C0048} for "0", {@code G49} for "1" in a re-encoded subset): no glyph
 * list knows such names, and the fonts map no character to their codes. Text in them is shown as raw codes.
 */
public final class NumberNamedFonts {

	private NumberNamedFonts() {
	}

	/**
	 * A font whose encoding gives {@code names} from code {@code first} on, each glyph {@code width} thousandths of
	 * an em wide (0 for no widths: the standard font's metrics by name, which know none of these names).
	 */
	public static PDType1Font font(String baseFont, int first, int width, String... names) throws IOException {
		COSArray differences = new COSArray();
		differences.add(COSInteger.get(first));
		COSArray widths = new COSArray();
		for (String n : names) {
			differences.add(COSName.getPDFName(n));
			widths.add(COSInteger.get(width));
		}
		COSDictionary encoding = new COSDictionary();
		encoding.setItem(COSName.TYPE, COSName.ENCODING);
		encoding.setItem(COSName.DIFFERENCES, differences);
		COSDictionary font = new COSDictionary();
		font.setItem(COSName.TYPE, COSName.FONT);
		font.setItem(COSName.SUBTYPE, COSName.TYPE1);
		font.setName(COSName.BASE_FONT, baseFont);
		font.setItem(COSName.ENCODING, encoding);
		if (width > 0) {
			font.setInt(COSName.FIRST_CHAR, first);
			font.setInt(COSName.LAST_CHAR, first + names.length - 1);
			font.setItem(COSName.WIDTHS, widths);
		}
		return new PDType1Font(font);
	}

	/** The names {@code C0045} .. {@code C0057}: minus, point, slash and the digits, named in decimal. */
	public static String[] decimalNumberNames() {
		String[] names = new String[13];
		for (int code = 45; code <= 57; code++) {
			names[code - 45] = String.format("C%04d", code);
		}
		return names;
	}
}
