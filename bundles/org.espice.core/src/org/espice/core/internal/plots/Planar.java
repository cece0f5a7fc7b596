package org.espice.core.internal.plots;

/**
 * Lengths on the page. {@link Math#hypot} guards against overflow and underflow on a slow path of its own, and plot
 * reading measures millions of distances; page coordinates (points, at most a few thousand) come nowhere near either.
 */
final class Planar {

	private Planar() {
	}

	/** The length of the vector (dx, dy). */
	static double length(double dx, double dy) {
		return Math.sqrt(dx * dx + dy * dy);
	}
}
