package org.espice.core.internal.layout;

/**
 * Fake bold: a font without a bold face is made bold by drawing each glyph twice, the second time a hair to the
 * side. The second drawing is the same glyph, not a new letter, wherever text is read (the layout's lines, the
 * plots' labels in any reading direction).
 */
public final class FakeBold {

	/** The second drawing lies at most this far along the line, in points ... */
	static final double OFFSET = 0.6;
	/** ... or in widths of the glyph, whichever is more: a wide glyph may be smeared further. */
	static final double OFFSET_WIDTHS = 0.35;
	/** The second drawing lies at most this far across the line, in points. */
	static final double SHIFT = 0.6;

	private FakeBold() {
	}

	/**
	 * Whether a glyph ({@code text} at {@code along, across}, {@code width} wide) is a second drawing of the glyph
	 * before it ({@code earlierText} at {@code earlierAlong, earlierAcross}); positions are along and across the
	 * reading direction, in points.
	 */
	public static boolean redraws(String earlierText, double earlierAlong, double earlierAcross, String text,
			double along, double across, double width) {
		return earlierText.equals(text) && Math.abs(along - earlierAlong) < Math.max(OFFSET, OFFSET_WIDTHS * width)
				&& Math.abs(across - earlierAcross) < SHIFT;
	}
}
