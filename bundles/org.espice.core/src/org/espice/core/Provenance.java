package org.espice.core;

/**
 * Where a value was read: 1-based page, bounding box in PDF user space (points, origin bottom-left)
 * and the raw text of the table row.
 */
public record Provenance(int page, double x0, double y0, double x1, double y1, String rowText) {

	/** The row text of a value read off a plotted curve rather than printed in a table. */
	public static final String CURVE_READING = "read off a curve";

	/** A value read off a curve on a page (a gate charge at a corner of the gate-charge curve). */
	public static Provenance curve(int page) {
		return page(page, CURVE_READING);
	}

	/** Whether the value was read off a curve ({@link #curve(int)}). */
	public boolean fromCurve() {
		return CURVE_READING.equals(rowText);
	}

	/** A provenance that only knows the page, for values not tied to a table row. */
	public static Provenance page(int page, String text) {
		return new Provenance(page, 0, 0, 0, 0, text);
	}
}
