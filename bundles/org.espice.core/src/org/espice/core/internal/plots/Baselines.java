package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.espice.core.internal.plots.TextAssembly.Placed;

/**
 * A line of glyphs chained a little apart each, split into the baselines it holds: where text on two baselines runs
 * across each other (a tick number set a little above a line of other text through it stays apart; a smaller axis
 * title a little over a caption's line, across two of its glyphs or more) or where numbers sit a line above other
 * numbers (the first tick numbers of two axes at a plot's corner). Exponents, smaller and raised over their base, and
 * a subscript beside its symbol stay with their line.
 */
final class Baselines {

	/** Glyphs this far apart across the line, in font sizes, sit on different baselines. */
	private static final double BASELINE_GAP = 0.3;
	/** Glyphs of a number: digits, signs, decimal points. */
	private static final Pattern NUMERIC = Pattern.compile("[0-9.,+\\-\u2212\u2013]+");
	/** Numbers this far above the numbers beside them, in font sizes, are a line of their own, not an exponent. */
	private static final double LINE_APART = 0.8;

	private Baselines() {
	}

	/** The line's glyphs by baseline, each band with the spaces nearest it; the line itself when it holds one. */
	static List<List<Placed>> split(List<Placed> line) {
		double size = TextAssembly.largestSize(line);
		List<Placed> inked = new ArrayList<>(line.size());
		for (Placed p : line) {
			if (!p.blank()) {
				inked.add(p);
			}
		}
		inked.sort(Comparator.comparingDouble(Placed::v));
		List<List<Placed>> bands = new ArrayList<>();
		for (Placed p : inked) {
			List<Placed> last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
			if (last != null && p.v() - last.get(0).v() <= BASELINE_GAP * size) {
				last.add(p);
			} else {
				bands.add(new ArrayList<>(List.of(p)));
			}
		}
		if (bands.size() < 2) {
			return List.of(line);
		}
		List<List<Placed>> out = new ArrayList<>();
		out.add(bands.get(0));
		for (List<Placed> band : bands.subList(1, bands.size())) {
			List<Placed> below = out.get(out.size() - 1);
			double belowSize = below.stream().mapToDouble(p -> p.g().size()).max().orElse(0);
			boolean raisedSmaller = band.stream().allMatch(p -> p.g().size() < 0.95 * belowSize);
			// smaller text raised over the line is its exponents, unless it runs across several of the line's glyphs:
			// an axis title set over a caption's line, a little higher and smaller
			if (!raisedSmaller && (across(below, band) > 0 || numbersAbove(below, band, size))
					|| raisedSmaller && across(below, band) >= 2) {
				out.add(band);
			} else {
				below.addAll(band);
			}
		}
		if (out.size() == 1) {
			return List.of(line);
		}
		for (Placed p : line) {
			if (p.blank()) {
				out.stream().min(Comparator.comparingDouble(l -> Math.abs(l.get(0).v() - p.v()))).orElseThrow().add(p);
			}
		}
		return out;
	}

	/**
	 * Whether the band is numbers a line above numbers beside them, which they only meet end to end: the first tick
	 * numbers of two axes at a plot's corner, not an exponent. Only the glyphs below within a size of each glyph of
	 * the band count: a band may hold the corner numbers of several plots side by side.
	 */
	private static boolean numbersAbove(List<Placed> below, List<Placed> band, double size) {
		if (!band.stream().allMatch(Baselines::number)) {
			return false;
		}
		double base = Double.POSITIVE_INFINITY; // the baseline of the numbers below: their exponents stand higher
		for (Placed q : band) {
			for (Placed p : below) {
				if (p.u() + p.width() >= q.u() - size && p.u() <= q.u() + q.width() + size) {
					if (!number(p)) {
						return false;
					}
					base = Math.min(base, p.v());
				}
			}
		}
		return base < Double.POSITIVE_INFINITY && band.get(0).v() - base >= LINE_APART * size;
	}

	/** Whether a glyph is a digit, a sign or a decimal point. */
	private static boolean number(Placed p) {
		return NUMERIC.matcher(p.g().text()).matches();
	}

	/** How many glyphs of the band above overlap one of the band below along the line by a third of the narrower. */
	private static int across(List<Placed> below, List<Placed> above) {
		int n = 0;
		for (Placed b : above) {
			for (Placed a : below) {
				if (Math.min(a.u() + a.width(), b.u() + b.width()) - Math.max(a.u(), b.u()) > 0.3 * Math.min(a.width(),
						b.width())) {
					n++;
					break;
				}
			}
		}
		return n;
	}
}
