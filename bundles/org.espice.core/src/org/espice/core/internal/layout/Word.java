package org.espice.core.internal.layout;

/**
 * A word on a page: glyphs without a visible gap between them, in top-down page coordinates (points).
 *
 * @param text        normalised text
 * @param x0          left edge
 * @param x1          right edge
 * @param top         top of the tallest glyph
 * @param baseline    baseline of the word's main glyphs
 * @param fontSize    font size in points
 * @param superscript true when the whole word sits raised in a smaller font (footnote markers)
 */
public record Word(String text, double x0, double x1, double top, double baseline, double fontSize,
		boolean superscript) {

	public double center() {
		return (x0 + x1) / 2;
	}
}
