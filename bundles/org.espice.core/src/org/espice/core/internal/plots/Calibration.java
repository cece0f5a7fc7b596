package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.Plot;

/**
 * How page positions along one axis map to printed values: {@code value = a + b·pos} on a linear axis,
 * {@code log10(value) = a + b·pos} on a log axis, fitted by least squares over the tick labels.
 *
 * @param scale linear or log
 * @param a     intercept
 * @param b     slope per point
 * @param first the first printed tick value (nearest the origin)
 * @param last  the last printed tick value
 * @param sign  -1 on a PNP or P-channel axis printed in negative numbers growing in magnitude (0, -2, -4 ...)
 */
record Calibration(Plot.Scale scale, double a, double b, double first, double last, double sign) {

	/** A tick label: its centre along the axis and the number printed. */
	record Tick(double pos, double value) {
	}

	/** A fit, or the reason there is none. */
	record Outcome(Calibration calibration, String problem) {
	}

	/** Largest tick residual, as a share of the axis span, that a fit may leave. */
	private static final double FIT = 0.03;
	/** Fewest ticks that make a scale once misread ticks are left out. */
	private static final int MIN_CONSISTENT = 3;
	/** How near (in decades) a log value must come to a whole multiple of its decade to be taken for it. */
	private static final double SNAP_LOG = 0.02;
	/** How near (in decades) a value must come to a decade on an axis labelled in decades only. */
	private static final double SNAP_DECADE = 0.1;
	/** How near (as a share of the step) a linear value must come to a multiple of the step to be taken for it. */
	private static final double SNAP_STEP = 0.1;

	double value(double pos) {
		double v = a + b * pos;
		return sign * (scale == Plot.Scale.LOG ? Math.pow(10, v) : v);
	}

	/** Fits ticks sorted along the axis; never guesses when the ticks do not define a scale. */
	static Outcome fit(List<Tick> ticks, String axis) {
		return fit(ticks, axis, List.of());
	}

	/**
	 * Fits ticks sorted along the axis, with the grid lines across it (their positions along it) to tell a linear
	 * from a log scale when only two ticks are printed.
	 */
	static Outcome fit(List<Tick> ticks, String axis, List<Double> grid) {
		if (ticks.size() == 1 && !grid.isEmpty()) {
			Calibration one = GridScale.oneDecade(ticks.get(0), grid);
			if (one != null) {
				return new Outcome(one, null);
			}
		}
		if (ticks.size() < 2) {
			return new Outcome(null, "fewer than two numeric tick labels on the " + axis + " axis");
		}
		if (ticks.stream().anyMatch(t -> t.value() < 0) && growingMagnitude(ticks)) {
			// a negative axis (PNP, P-channel): calibrated on magnitudes, a sign lost in print counts as negative
			Outcome o = fit(ticks.stream().map(t -> new Tick(t.pos(), Math.abs(t.value()))).toList(), axis, grid);
			if (o.calibration() == null) {
				return o;
			}
			Calibration c = o.calibration();
			return new Outcome(new Calibration(c.scale, c.a, c.b, 0.0 - c.first, 0.0 - c.last, -1), null);
		}
		boolean increasing = true;
		for (int i = 1; i < ticks.size(); i++) {
			increasing &= ticks.get(i).value() > ticks.get(i - 1).value();
		}
		double lo = ticks.get(0).value();
		double hi = ticks.get(ticks.size() - 1).value();
		if (increasing && ticks.size() == 2 && lo > 0 && hi / lo >= 10) {
			List<Tick> onGrid = ticks.stream().map(t -> GridScale.onLine(t, grid)).toList();
			Plot.Scale told = GridScale.between(onGrid.get(0), onGrid.get(1), grid);
			Calibration c = told == null ? null : line(onGrid, told == Plot.Scale.LOG);
			return c != null ? new Outcome(c, null)
					: new Outcome(null, "only two tick labels on the " + axis + " axis: linear or log cannot be told");
		}
		// a log axis labelled by decades and, between them, mantissas alone (10^-2 2 4 6 8 10^-1 2 4 ...)
		Calibration mantissas = increasing ? null : MantissaTicks.calibrate(ticks);
		if (mantissas != null) {
			return new Outcome(mantissas, null);
		}
		Calibration kilo = increasing ? null : prefixLost(ticks);
		if (kilo != null) {
			return new Outcome(kilo, null);
		}
		Calibration best = increasing ? bestOf(ticks) : null;
		if (best == null && increasing && ticks.size() >= 4) {
			// one tick label off its place (set beside its tick, or misplaced by the layout): the rest make the fit
			List<Tick> rest = List.of();
			// numbers in equal steps are a linear axis's: a skip that leaves a line wins over a log scale another
			// skip happens to suit (20 40 60 80 with the 60 off its place: 40 60 80 on a log scale)
			if (evenSteps(ticks)) {
				best = lineWithoutOne(ticks);
			}
			for (int skip = 0; skip < ticks.size() && best == null; skip++) {
				rest = new ArrayList<>(ticks);
				rest.remove(skip);
				best = bestOf(rest);
			}
			if (best != null) {
				// a first decade printed as zero ("0.0" for 0.01 with one decimal) is the decade the scale gives
				double first = best.scale == Plot.Scale.LOG && lo <= 0
						? best.onProgression(ticks.get(0).pos(), rest, best.first)
						: lo;
				best = new Calibration(best.scale, best.a, best.b, first, hi, 1);
			}
		}
		if (best == null) {
			// a misread tick (a glyph taken for another, an exponent lost) among ticks that keep their steps
			best = consistentMajority(ticks);
		}
		if (best == null) {
			return new Outcome(null, increasing
					? "the " + axis + "-axis tick labels fall on neither a linear nor a log scale"
					: "the " + axis + "-axis tick labels are not in increasing order");
		}
		return new Outcome(best, null);
	}

	/**
	 * The scale most ticks keep, when at least {@link #MIN_CONSISTENT} of them and more than half lie on one linear
	 * or log progression (equal steps in value at equal steps along the axis); the others are taken for misreadings
	 * and left out of the fit. Null when no such majority.
	 */
	private static Calibration consistentMajority(List<Tick> ticks) {
		int n = ticks.size();
		List<Tick> bestSet = List.of();
		for (boolean log : new boolean[] { false, true }) {
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					List<Tick> on = onLine(ticks, ticks.get(i), ticks.get(j), log);
					if (on.size() > bestSet.size()) {
						bestSet = on;
					}
				}
			}
		}
		if (bestSet.size() < MIN_CONSISTENT || 2 * bestSet.size() <= n) {
			return null;
		}
		Calibration c = bestOf(bestSet);
		if (c == null) {
			return null;
		}
		// an end tick misread is still a printed tick: its value is the one the scale gives where it stands;
		// an end tick left out but in order with the rest keeps its printed value
		Tick start = ticks.get(0);
		Tick end = ticks.get(n - 1);
		boolean linear = c.scale == Plot.Scale.LINEAR;
		double first = start == bestSet.get(0) || start.value() < c.first && (linear || start.value() > 0)
				? start.value()
				: c.onProgression(start.pos(), bestSet, c.first);
		double last = end == bestSet.get(bestSet.size() - 1) || end.value() > c.last ? end.value()
				: c.onProgression(end.pos(), bestSet, c.last);
		return new Calibration(c.scale, c.a, c.b, first, last, 1);
	}

	/**
	 * The value at a position when it falls on the progression of the consistent ticks (a multiple of their step on a
	 * linear axis, 1 to 9 times a decade on a log axis), else {@code otherwise}.
	 */
	private double onProgression(double pos, List<Tick> consistent, double otherwise) {
		double v = value(pos);
		if (scale == Plot.Scale.LOG) {
			double exponent = Math.rint(Math.log10(v));
			if (consistent.stream().allMatch(t -> Math.abs(Math.log10(t.value()) - Math.rint(Math.log10(t.value()))) < 1e-6)
					&& Math.abs(Math.log10(v) - exponent) <= SNAP_DECADE) {
				// an axis labelled in decades only
				return Math.pow(10, exponent);
			}
			double decade = Math.pow(10, Math.floor(Math.log10(v) + SNAP_LOG));
			for (int k = 1; k <= 9; k++) {
				if (Math.abs(Math.log10(v / (k * decade))) <= SNAP_LOG) {
					return k * decade;
				}
			}
			return otherwise;
		}
		double step = Double.MAX_VALUE;
		for (int i = 1; i < consistent.size(); i++) {
			step = Math.min(step, consistent.get(i).value() - consistent.get(i - 1).value());
		}
		double k = Math.rint(v / step);
		return Math.abs(v - k * step) <= SNAP_STEP * step ? k * step : otherwise;
	}

	/**
	 * The scale of ticks whose last ones were printed with an SI prefix the text lost ("500 700 1.0" for 500, 700,
	 * 1.0 k; "100 1 10" for 100, 1 k, 10 k): where the ticks fall from one to the next and those from there on, times
	 * a thousand (or a million), go on rising and put every tick on one scale, that scale, when at least three ticks
	 * come before the fall; else null.
	 */
	private static Calibration prefixLost(List<Tick> ticks) {
		int drop = 1;
		while (drop < ticks.size() && ticks.get(drop).value() > ticks.get(drop - 1).value()) {
			drop++;
		}
		if (drop < MIN_CONSISTENT) {
			return null; // too few ticks before the fall to set the scale the others continue
		}
		for (double prefix : new double[] { 1e3, 1e6 }) {
			List<Tick> scaled = new ArrayList<>(ticks.subList(0, drop));
			for (Tick t : ticks.subList(drop, ticks.size())) {
				scaled.add(new Tick(t.pos(), t.value() * prefix));
			}
			boolean rising = true;
			for (int i = 1; i < scaled.size(); i++) {
				rising &= scaled.get(i).value() > scaled.get(i - 1).value();
			}
			Calibration c = rising ? bestOf(scaled) : null;
			if (c != null) {
				return c;
			}
		}
		return null;
	}

	/** The ticks on the progression through two of them, in order along the axis; none when the two do not rise. */
	private static List<Tick> onLine(List<Tick> ticks, Tick p, Tick q, boolean log) {
		if (q.pos() - p.pos() < 1e-6 || q.value() <= p.value() || log && p.value() <= 0) {
			return List.of();
		}
		double yp = log ? Math.log10(p.value()) : p.value();
		double yq = log ? Math.log10(q.value()) : q.value();
		double b = (yq - yp) / (q.pos() - p.pos());
		double lo = ticks.get(0).pos();
		double hi = ticks.get(ticks.size() - 1).pos();
		double tolerance = FIT * b * (hi - lo);
		List<Tick> on = new ArrayList<>();
		for (Tick t : ticks) {
			if (log && t.value() <= 0) {
				continue;
			}
			double y = log ? Math.log10(t.value()) : t.value();
			boolean fits = Math.abs(yp + b * (t.pos() - p.pos()) - y) <= tolerance;
			if (fits && (on.isEmpty() || t.value() > on.get(on.size() - 1).value())) {
				on.add(t);
			}
		}
		return on;
	}

	private static boolean growingMagnitude(List<Tick> ticks) {
		for (int i = 1; i < ticks.size(); i++) {
			if (Math.abs(ticks.get(i).value()) <= Math.abs(ticks.get(i - 1).value())) {
				return false;
			}
		}
		return true;
	}

	/** Whether the printed numbers go up in one step ("20 40 60 80"), as a linear axis's do. */
	private static boolean evenSteps(List<Tick> ticks) {
		double step = ticks.get(1).value() - ticks.get(0).value();
		for (int i = 2; i < ticks.size(); i++) {
			if (Math.abs(ticks.get(i).value() - ticks.get(i - 1).value() - step) > 1e-9 * Math.abs(step)) {
				return false;
			}
		}
		return step > 0;
	}

	/**
	 * The line through the ticks but the one whose leaving out lets the others lie closest to it, or null when none
	 * does.
	 */
	private static Calibration lineWithoutOne(List<Tick> ticks) {
		Calibration best = null;
		double least = Double.MAX_VALUE;
		for (int skip = 0; skip < ticks.size(); skip++) {
			List<Tick> rest = new ArrayList<>(ticks);
			rest.remove(skip);
			Calibration c = line(rest, false);
			if (c == null) {
				continue;
			}
			double worst = 0;
			for (Tick t : rest) {
				worst = Math.max(worst, Math.abs(c.value(t.pos()) - t.value()));
			}
			if (worst < least) {
				least = worst;
				best = c;
			}
		}
		return best;
	}

	private static Calibration bestOf(List<Tick> ticks) {
		Calibration lin = line(ticks, false);
		boolean positive = ticks.stream().allMatch(t -> t.value() > 0);
		Calibration log = positive && ticks.size() >= 3 ? line(ticks, true) : null;
		if (log != null && (lin == null || ticks.get(ticks.size() - 1).value() / ticks.get(0).value() >= 10)) {
			return log;
		}
		return lin != null ? lin : log;
	}

	/** The straight line y = a + b·x through the points by least squares, {a, b}; null when the x do not vary. */
	static double[] leastSquares(double[] xs, double[] ys) {
		int n = xs.length;
		double sx = 0, sy = 0, sxx = 0, sxy = 0;
		for (int i = 0; i < n; i++) {
			sx += xs[i];
			sy += ys[i];
			sxx += xs[i] * xs[i];
			sxy += xs[i] * ys[i];
		}
		double den = n * sxx - sx * sx;
		if (Math.abs(den) < 1e-9) {
			return null;
		}
		double b = (n * sxy - sx * sy) / den;
		return new double[] { (sy - b * sx) / n, b };
	}

	/** Least squares through the ticks, null when a tick is off the line by more than {@link #FIT}. */
	static Calibration line(List<Tick> ticks, boolean log) {
		int n = ticks.size();
		double[] xs = new double[n];
		double[] ys = new double[n];
		for (int i = 0; i < n; i++) {
			Tick t = ticks.get(i);
			xs[i] = t.pos();
			ys[i] = log ? Math.log10(t.value()) : t.value();
		}
		double[] ab = leastSquares(xs, ys);
		if (ab == null) {
			return null;
		}
		double a = ab[0];
		double b = ab[1];
		double span = Math.abs(ys[n - 1] - ys[0]);
		if (b <= 0 || span == 0) {
			return null;
		}
		for (int i = 0; i < n; i++) {
			if (Math.abs(a + b * ticks.get(i).pos() - ys[i]) > FIT * span) {
				return null;
			}
		}
		return new Calibration(log ? Plot.Scale.LOG : Plot.Scale.LINEAR, a, b, ticks.get(0).value(),
				ticks.get(n - 1).value(), 1);
	}
}
