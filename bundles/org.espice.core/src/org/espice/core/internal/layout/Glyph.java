package org.espice.core.internal.layout;

/** One normalised glyph in top-down page coordinates (points), as the layout reads it. */
record Glyph(String text, double x, double width, double baseline, double size, double height, int dir) {

	double end() {
		return x + width;
	}

	boolean blank() {
		return text.isBlank();
	}

	/** Whether this glyph draws {@code earlier} again for fake bold. */
	boolean redraws(Glyph earlier) {
		return FakeBold.redraws(earlier.text, earlier.x, earlier.baseline, text, x, baseline, width);
	}
}
