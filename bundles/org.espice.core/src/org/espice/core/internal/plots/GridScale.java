package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.Plot;

/**
 * What an axis's grid lines tell. They tell a linear from a log axis that prints only two tick numbers a decade or
 * more apart: equal steps of a round value are linear; lines at the 2, 3, ... 9 of each decade, or at the decades
 * alone, are log (null when the grid tells neither). A log grid also gives a decade's length where only one decade
 * is labelled. And they place the axis exactly: tick numbers are set a point or two off the lines they label, the
 * lines where the values are.
 */
final class GridScale {

	/** How far (as a share of the span between the ticks) a grid line may stand from where a scale puts one. */
	private static final double PLACE = 0.015;
	/** How far (as a share of the mean step) equally spaced lines may stray. */
	private static final double EVEN = 0.05;
	/** Fewest grid lines that show the 2 .. 9 pattern of a decade. */
	private static final int MIN_MINOR = 3;
	/** Fewest grid lines that set a decade's length around a single decade label. */
	private static final int MIN_LOG_LINES = 6;
	/** Farthest a grid line may stand from where the log grid puts one, as a share of the decade's length. */
	private static final double LOG_LINE_REACH = 0.012;

	/** Farthest a grid line may stand from a log grid's, in decades, when the grid counts the decades between labels. */
	private static final double COUNT_REACH = 0.03;
	/** How much worse (times) the next count's farthest line must fit for the best count to be told. */
	private static final double COUNT_MARGIN = 2;
	/** Most decades counted between two labels. */
	private static final int MAX_COUNT = 6;

	/** How far (pt) a tick number's centre may stand from the grid line it labels. */
	private static final double LABELS_LINE = 3;

	/** Farthest (pt) a tick's place on the text's fit may stand from the grid line that takes it. */
	private static final double SETTLE_REACH = 2.5;
	/** Largest residual (pt) a fit through grid lines may leave: lines are placed exactly. */
	private static final double ON_LINES = 0.25;
	/** Fewest ticks that settle an axis on its grid. */
	private static final int MIN_SETTLED = 3;

	private GridScale() {
	}

	/** The solid and the minor (dotted) grid lines together, in order. */
	static List<Double> all(List<Double> solid, List<Double> minor) {
		if (minor.isEmpty()) {
			return solid;
		}
		List<Double> all = new ArrayList<>(solid);
		all.addAll(minor);
		all.sort(null);
		return all;
	}

	/**
	 * {@link #settle(Calibration.Outcome, List, List, double, double)} on the solid grid lines, or where the ticks
	 * settle on none of them, on the solid and minor lines together: tick numbers label the solid lines, the dotted
	 * ones between them are minor and would take a number set a little off its line.
	 */
	static Calibration.Outcome settle(Calibration.Outcome fitted, List<Calibration.Tick> ticks, List<Double> solid,
			List<Double> minor, double from, double to) {
		Calibration.Outcome onSolid = settle(fitted, ticks, solid, from, to);
		return onSolid != fitted || minor.isEmpty() ? onSolid : settle(fitted, ticks, all(solid, minor), from, to);
	}

	/**
	 * The calibration through the grid lines the tick numbers label, where each tick's place on the fit has one
	 * grid line (or frame edge) near it and no other close enough to confuse it, and the lines fall on one scale
	 * exactly: tick numbers are set a little off their lines (a point or two, often all the same way, or one of them
	 * further), the lines are drawn where the values are. Where the first and last ticks label the frame's edges,
	 * the axis runs from edge to edge. Otherwise the fit as it was.
	 *
	 * @param grid the grid lines across the axis, positions along it
	 * @param from the frame's edge where the axis starts
	 * @param to   the frame's edge where it ends
	 */
	static Calibration.Outcome settle(Calibration.Outcome fitted, List<Calibration.Tick> ticks, List<Double> grid,
			double from, double to) {
		Calibration c = fitted.calibration();
		if (c == null || ticks.size() < MIN_SETTLED) {
			return fitted;
		}
		List<Double> lines = new ArrayList<>(grid);
		lines.add(from);
		lines.add(to);
		boolean log = c.scale() == Plot.Scale.LOG;
		List<double[]> on = new ArrayList<>(); // {line, h(value)}
		for (Calibration.Tick t : ticks) {
			double v = c.sign() * t.value();
			if (log && v <= 0) {
				continue;
			}
			double h = log ? Math.log10(v) : v;
			double place = (h - c.a()) / c.b();
			Double line = alone(place, lines);
			if (line == null && (t == ticks.get(0) || t == ticks.get(ticks.size() - 1))) {
				// an end tick whose place has the frame's edge near it and another line as near (a curve drawn flat
				// along the axis): the edge, which the end numbers label
				line = Math.abs(place - from) <= SETTLE_REACH ? Double.valueOf(from)
						: Math.abs(place - to) <= SETTLE_REACH ? Double.valueOf(to) : null;
			}
			if (line == null) {
				// the numbers at both ends set in from the frame's corners (0 a point and a half up, 1.0 two down)
				// shrink the text's fit, which then places the end ticks off their lines: the number's own place
				line = alone(t.pos(), lines);
			}
			if (line == null) {
				return fitted;
			}
			on.add(new double[] { line, h });
		}
		if (on.size() < MIN_SETTLED) {
			return fitted;
		}
		double[] first = on.get(0);
		double[] last = on.get(on.size() - 1);
		double slope = (last[1] - first[1]) / (to - from);
		boolean edgeToEdge = first[0] == from && last[0] == to && slope > 0;
		double[] ab = edgeToEdge ? new double[] { first[1] - first[0] * slope, slope }
				: Calibration.leastSquares(on.stream().mapToDouble(p -> p[0]).toArray(),
						on.stream().mapToDouble(p -> p[1]).toArray());
		if (ab == null || ab[1] <= 0) {
			return fitted;
		}
		for (double[] p : on) {
			if (Math.abs(ab[0] + ab[1] * p[0] - p[1]) / ab[1] > ON_LINES) {
				return fitted;
			}
		}
		return new Calibration.Outcome(new Calibration(c.scale(), ab[0], ab[1], c.first(), c.last(), c.sign()), null);
	}

	/**
	 * The line nearest a place when it is within reach and no other line stands near enough to be taken for it
	 * (a log grid's 9 just under its decade): null otherwise.
	 */
	private static Double alone(double at, List<Double> lines) {
		Double best = null;
		double first = Double.MAX_VALUE;
		double second = Double.MAX_VALUE;
		for (double g : lines) {
			double d = Math.abs(g - at);
			if (d < first) {
				second = first;
				first = d;
				best = g;
			} else if (d < second) {
				second = d;
			}
		}
		return best != null && first <= SETTLE_REACH && second >= 3 * first + 1 ? best : null;
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

	/**
	 * A log axis that prints one decade label on a log grid (Vishay's "10¹" alone on a drain-current axis): the grid
	 * lines give the decade's length, the label its value. Null when the label is no power of ten or the grid tells
	 * no single length.
	 */
	static Calibration oneDecade(Calibration.Tick tick, List<Double> grid) {
		double v = tick.value();
		if (!(v > 0) || Math.abs(Math.log10(v) - Math.rint(Math.log10(v))) > 1e-9) {
			return null;
		}
		Calibration.Tick on = onLine(tick, grid);
		double length = decadeLength(on.pos(), grid);
		if (Double.isNaN(length)) {
			return null;
		}
		double b = 1 / length;
		return new Calibration(Plot.Scale.LOG, Math.log10(v) - on.pos() * b, b, v, v, 1);
	}

	/**
	 * How many decades lie from a decade label to a decade label at {@code at} (negative below it): the count whose log
	 * grid, decades {@code (at - known) / count} long through the known label, the grid lines fit best, where all
	 * lines stand within {@link #COUNT_REACH} of it, {@link #MIN_LOG_LINES} or more of them at the 2 .. 9 of a decade,
	 * and every other such count leaves a line {@link #COUNT_MARGIN} times as far off. A grid drawn by hand strays more
	 * than {@link #decadeLength} allows but still tells one decade from two. 0 when the grid does not tell.
	 */
	static int decadesTo(double known, double at, List<Double> grid) {
		if (grid.size() < MIN_LOG_LINES || Math.abs(at - known) < 1) {
			return 0;
		}
		int best = 0;
		double bestMiss = Double.MAX_VALUE;
		double nextMiss = Double.MAX_VALUE;
		for (int n = 1; n <= MAX_COUNT; n++) {
			double length = Math.abs(at - known) / n;
			double miss = 0;
			int minors = 0;
			for (double g : grid) {
				double log10 = (g - known) / length;
				miss = Math.max(miss, logGridMiss(log10));
				long k = Math.round(Math.pow(10, log10 - Math.floor(log10 + 1e-9)));
				minors += k >= 2 && k <= 9 ? 1 : 0;
			}
			if (minors < MIN_LOG_LINES) {
				continue; // lines at the decades alone count any number of decades
			}
			if (miss < bestMiss) {
				nextMiss = bestMiss;
				bestMiss = miss;
				best = n;
			} else {
				nextMiss = Math.min(nextMiss, miss);
			}
		}
		if (bestMiss > COUNT_REACH || nextMiss < COUNT_MARGIN * bestMiss) {
			return 0;
		}
		return at > known ? best : -best;
	}

	/**
	 * The length of a decade along the axis when the grid lines around a decade label at {@code at} are a log grid's:
	 * lines at log10(k) of a decade past a decade, k from 2 to 9, at {@link #MIN_LOG_LINES} lines or more with none
	 * elsewhere; NaN when the grid shows no such pattern or more than one length fits it.
	 */
	private static double decadeLength(double at, List<Double> grid) {
		List<Double> lines = grid.stream().filter(g -> Math.abs(g - at) > 1).toList();
		if (lines.size() < MIN_LOG_LINES) {
			return Double.NaN;
		}
		double found = Double.NaN;
		for (double g : lines) {
			for (int k = 2; k <= 10; k++) {
				double length = Math.abs(g - at) / Math.log10(k);
				if (length < 10 || !Double.isNaN(found) && Math.abs(length / found - 1) < 0.02) {
					continue;
				}
				if (allOnLogGrid(at, length, lines)) {
					if (!Double.isNaN(found)) {
						return Double.NaN; // two lengths fit: the grid does not tell
					}
					found = length;
				}
			}
		}
		return found;
	}

	/** Whether every line stands where a log grid with decades {@code length} long through {@code at} has one. */
	private static boolean allOnLogGrid(double at, double length, List<Double> lines) {
		for (double g : lines) {
			if (logGridMiss((g - at) / length) > LOG_LINE_REACH) {
				return false;
			}
		}
		return true;
	}

	/** Whether a line at share {@code f} of the span stands where a log grid has one (k times a decade). */
	private static boolean onLogGrid(double f, double lo, double decades) {
		return logGridMiss(Math.log10(lo) + f * decades) <= PLACE * decades;
	}

	/** How far (in decades) a value at {@code log10} stands from the nearest line of a log grid, k times a decade. */
	private static double logGridMiss(double log10) {
		double k = Math.pow(10, log10 - Math.floor(log10 + 1e-9));
		return Math.abs(Math.log10(k / Math.rint(k)));
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
