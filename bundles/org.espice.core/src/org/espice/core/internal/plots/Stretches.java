package org.espice.core.internal.plots;

import java.util.Arrays;
import java.util.List;

import org.espice.core.internal.plots.TextAssembly.Placed;

/**
 * The stretches of a line of glyphs: its text up to a gap that ends a phrase either side, or to a glyph stacked over
 * or under the one before it. A line chains text from across the page (the tick numbers of one plot beside the curve
 * labels of another, in another size, a few points higher), and its middle baseline is no stretch's own. A stretch set
 * in one size on one baseline is placed on its own baseline; one in one size on several (a tick number beside a legend
 * whose subscript is set lower, the corner numbers of two axes run together) has its plain numbers placed on theirs,
 * and one with smaller glyphs (an exponent, a subscript, a minor multiplier) its plain numbers in its largest size;
 * its smaller glyphs stay on the line's, which the reading of decades and corners works from.
 */
final class Stretches {

	/** Glyphs this close across the line, in font sizes, stand on one baseline. */
	static final double ONE_BASELINE = 0.05;
	/** Gap that ends a phrase (two plots side by side share baselines), in font sizes. */
	static final double PHRASE_GAP = 1.5;
	/** Share of the narrower glyph two glyphs overlap by, and of the smaller size they stand apart by, when stacked. */
	private static final double STACKED = 0.5;

	/**
	 * A stretch: whether its glyphs but spaces are set in (nearly) one size, its size, and its baseline where they
	 * also stand on one (NaN where not).
	 */
	record Stretch(boolean oneSize, double size, double base) {

		/** Whether the stretch stands on a baseline of its own. */
		boolean level() {
			return !Double.isNaN(base);
		}
	}

	private Stretches() {
	}

	/** Whether a gap along the line (in points, negative where glyphs run back) ends a phrase. */
	static boolean ends(double gap, double size) {
		return gap > PHRASE_GAP * size || gap < -size;
	}

	/**
	 * Whether a glyph ends the phrase of the one before it along the line: a wide gap either way, or the glyph stands
	 * over or under it (a column of small numbers beside a log axis, a line apart each, caught in one page-wide line).
	 */
	static boolean ends(Placed prev, Placed p, double size) {
		return ends(p.u() - (prev.u() + prev.width()), size) || stacked(prev, p);
	}

	/**
	 * Whether two glyphs overlap along the line by more than half the narrower and stand apart across it by more
	 * than half the smaller's size: one stands over the other, not beside it.
	 */
	static boolean stacked(Placed a, Placed b) {
		double overlap = Math.min(a.u() + a.width(), b.u() + b.width()) - Math.max(a.u(), b.u());
		return overlap > STACKED * Math.min(a.width(), b.width())
				&& Math.abs(a.v() - b.v()) > STACKED * Math.min(a.g().size(), b.g().size());
	}

	/** The stretch of each glyph of the line, sorted along it; {@code size} is the line's largest. */
	static Stretch[] of(List<Placed> sorted, double size) {
		Stretch[] out = new Stretch[sorted.size()];
		int start = 0;
		Placed prev = null;
		for (int i = 0; i <= sorted.size(); i++) {
			Placed p = i < sorted.size() ? sorted.get(i) : null;
			if (p != null && p.blank()) {
				continue;
			}
			if (p == null || prev != null && ends(prev, p, size)) {
				Arrays.fill(out, start, i, stretch(sorted.subList(start, i)));
				start = i;
			}
			prev = p;
		}
		return out;
	}

	private static Stretch stretch(List<Placed> glyphs) {
		double largest = TextAssembly.largestSize(glyphs);
		double[] vs = new double[glyphs.size()];
		int n = 0;
		boolean oneSize = true;
		for (Placed q : glyphs) {
			if (!q.blank()) {
				oneSize &= q.g().size() >= 0.95 * largest;
				vs[n++] = q.v();
			}
		}
		vs = Arrays.copyOf(vs, n);
		Arrays.sort(vs);
		boolean level = oneSize && n > 0 && vs[n - 1] - vs[0] <= ONE_BASELINE * largest;
		return new Stretch(oneSize, largest, level ? vs[n / 2] : Double.NaN);
	}
}
