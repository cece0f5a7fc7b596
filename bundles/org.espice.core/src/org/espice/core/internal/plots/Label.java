package org.espice.core.internal.plots;

/**
 * A word or phrase of page text in PDF user space, in any of the four reading directions.
 *
 * @param text   the text; raised glyphs (exponents) follow a {@code ^}
 * @param x0     left edge
 * @param y0     bottom edge
 * @param x1     right edge
 * @param y1     top edge
 * @param dir    reading direction in degrees: 0 left to right, 90 bottom to top, 270 top to bottom
 * @param size   font size of its main glyphs
 * @param anchor centre of its main (not raised) glyphs along the reading direction, in page x for direction 0
 *               and page y otherwise
 */
record Label(String text, double x0, double y0, double x1, double y1, int dir, double size, double anchor) {

	double cx() {
		return (x0 + x1) / 2;
	}

	double cy() {
		return (y0 + y1) / 2;
	}

	/** Distance from a point to this label's box, 0 inside. */
	double distance(double x, double y) {
		double dx = Math.max(0, Math.max(x0 - x, x - x1));
		double dy = Math.max(0, Math.max(y0 - y, y - y1));
		// beside or over the box the distance is along one axis: no square root needed (hypot gives the same)
		return dx == 0 ? dy : dy == 0 ? dx : Planar.length(dx, dy);
	}
}
