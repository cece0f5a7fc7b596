package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.Plot;

/**
 * Tells a linear from a log axis that prints only two tick numbers a decade or more apart, by the grid lines
 * between them: equal steps of a round value are linear; lines at the 2, 3, ... 9 of each decade, or at the
 * decades alone, are log. Null when the grid tells neither.
 */
final class GridScale {

	/** How far (as a share of the span between the ticks) a grid line may stand from where a scale puts one. */
	private static final double PLACE = 0.015;
	/** How far (as a share of the mean step) equally spaced lines may stray. */
	private static final double EVEN = 0.05;
	/** Fewest grid lines that show the 2 .. 9 pattern of a decade. */
	private static final int MIN_MINOR = 3;

	/** How far (pt) a tick number's centre may stand from the grid line it labels. */
	private static final double LABELS_LINE = 3;

	private GridScale() {
	}

	/** The tick at the grid line it labels, when one stands next to its number: lines are placed exactly, text not. */
	static Calibration.Tick onLine(Calibration.Tick tick, List<Double> grid) {
		double best = tick.pos();
		double off = LABELS_LINE;
		for (double g : grid) {
			if (Math.abs(g - tick.pos()) <= off) {
				best = g;
				off = Math.abs(g - tick.pos());
			}
		}
		return new Calibration.Tick(best, tick.value());
	}

	static Plot.Scale between(Calibration.Tick lo, Calibration.Tick hi, List<Double> grid) {
		double span = hi.pos() - lo.pos();
		List<Double> at = new ArrayList<>();
		for (double g : grid) {
			double f = (g - lo.pos()) / span;
			if (f > PLACE && f < 1 - PLACE) {
				at.add(f);
			}
		}
		if (at.isEmpty()) {
			return null;
		}
		double decades = Math.log10(hi.value() / lo.value());
		if (even(at)) {
			double step = (hi.value() - lo.value()) / (at.size() + 1);
			if (round(step)) {
				return Plot.Scale.LINEAR;
			}
			// lines at the decades alone
			boolean wholeDecades = Math.abs(decades - Math.rint(decades)) < 0.01;
			return wholeDecades && at.size() + 1 == (int) Math.rint(decades) ? Plot.Scale.LOG : null;
		}
		if (at.size() < MIN_MINOR) {
			return null;
		}
		for (double f : at) {
			if (!onLogGrid(f, lo.value(), decades)) {
				return null;
			}
		}
		return Plot.Scale.LOG;
	}

	/** Whether a line at share {@code f} of the span stands where a log grid has one (k times a decade). */
	private static boolean onLogGrid(double f, double lo, double decades) {
		double value = Math.log10(lo) + f * decades;
		double decade = Math.floor(value + 1e-9);
		double k = Math.pow(10, value - decade);
		double nearest = Math.rint(k);
		return Math.abs(Math.log10(k / nearest)) <= PLACE * decades;
	}

	private static boolean even(List<Double> at) {
		List<Double> all = new ArrayList<>();
		all.add(0.0);
		all.addAll(at);
		all.add(1.0);
		double mean = 1.0 / (all.size() - 1);
		for (int i = 1; i < all.size(); i++) {
			if (Math.abs(all.get(i) - all.get(i - 1) - mean) > EVEN * mean) {
				return false;
			}
		}
		return true;
	}

	/** A step a scale is drawn in: 1, 2, 2.5 or 5 times a power of ten. */
	private static boolean round(double step) {
		double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
		for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (Math.abs(mantissa - m) < 1e-6 * m) {
				return true;
			}
		}
		return false;
	}
}
