package org.espice.core.batch;

/**
 * What an input file must satisfy before it is read.
 *
 * @param maxBytes largest accepted file, in bytes (default 50 MB)
 * @param maxPages most pages accepted in one PDF
 */
public record ValidationLimits(long maxBytes, int maxPages) {

	public static final ValidationLimits DEFAULT = new ValidationLimits(50L * 1024 * 1024, 500);

	public ValidationLimits {
		if (maxBytes < 1) {
			throw new IllegalArgumentException("The size limit must be at least 1 byte, was " + maxBytes);
		}
		if (maxPages < 1) {
			throw new IllegalArgumentException("The page limit must be at least 1 page, was " + maxPages);
		}
	}
}
