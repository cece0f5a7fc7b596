package org.espice.core;

/**
 * Where a value was read: 1-based page, bounding box in PDF user space (points, origin bottom-left)
 * and the raw text of the table row.
 */
public record Provenance(int page, double x0, double y0, double x1, double y1, String rowText) {

	/** A provenance that only knows the page, for values not tied to a table row. */
	public static Provenance page(int page, String text) {
		return new Provenance(page, 0, 0, 0, 0, text);
	}
}
