package org.espice.core.internal.plots;

/**
 * A shape drawn into the grid and its best templates in each reading direction (0 as drawn, 1 and 2 a quarter turn
 * clockwise and counter-clockwise), each worked out only when a rule asks for it. Most shapes near a plot are pieces
 * of curves, or glyphs that read one way up only; whether a direction can read a character at all is told first by a
 * bound on every template's score ({@link TemplateSpace}), so a direction no rule needs is never compared. A match
 * that is worked out is the full comparison's.
 */
final class GlyphReadings {

	private final GlyphTemplates.Seen.Drawn shape;
	private final double aspect;
	/** Penalties of the shape as drawn and as turned (both quarter turns alike), when first needed. */
	private final double[][] penalties = new double[2][];

	GlyphReadings(GlyphTemplates.Seen.Drawn shape, double aspect) {
		this.shape = shape;
		this.aspect = aspect;
	}

	/** The best template in direction {@code k}, its margin and the scores of all. */
	GlyphTemplates.Match match(int k) {
		return GlyphTemplates.best(GlyphTemplates.scores(shape.correlations(k), penalties(k)), c -> true);
	}

	/** At least the best score any template reaches in direction {@code k}. */
	double ceiling(int k) {
		double[] bounds = shape.bounds()[k];
		double[] p = penalties(k);
		double max = Double.NEGATIVE_INFINITY;
		for (int t = 0; t < bounds.length; t++) {
			max = Math.max(max, bounds[t] - p[t]);
		}
		return max;
	}

	/** Whether some template may score {@code floor} or more in direction {@code k}. */
	boolean mayScore(int k, double floor) {
		return ceiling(k) >= floor;
	}

	private double[] penalties(int k) {
		int i = k == 0 ? 0 : 1;
		if (penalties[i] == null) {
			penalties[i] = GlyphTemplates.penalties(i == 0 ? aspect : 1 / aspect, shape.holes);
		}
		return penalties[i];
	}
}
