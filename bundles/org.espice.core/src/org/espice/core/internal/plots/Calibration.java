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

	double value(double pos) {
		double v = a + b * pos;
		return sign * (scale == Plot.Scale.LOG ? Math.pow(10, v) : v);
	}

	/** Fits ticks sorted along the axis; never guesses when the ticks do not define a scale. */
	static Outcome fit(List<Tick> ticks, String axis) {
		if (ticks.size() < 2) {
			return new Outcome(null, "fewer than two numeric tick labels on the " + axis + " axis");
		}
		if (ticks.stream().anyMatch(t -> t.value() < 0) && growingMagnitude(ticks)) {
			// a negative axis (PNP, P-channel): calibrated on magnitudes, a sign lost in print counts as negative
			Outcome o = fit(ticks.stream().map(t -> new Tick(t.pos(), Math.abs(t.value()))).toList(), axis);
			if (o.calibration() == null) {
				return o;
			}
			Calibration c = o.calibration();
			return new Outcome(new Calibration(c.scale, c.a, c.b, 0.0 - c.first, 0.0 - c.last, -1), null);
		}
		for (int i = 1; i < ticks.size(); i++) {
			if (ticks.get(i).value() <= ticks.get(i - 1).value()) {
				return new Outcome(null, "the " + axis + "-axis tick labels are not in increasing order");
			}
		}
		double lo = ticks.get(0).value();
		double hi = ticks.get(ticks.size() - 1).value();
		if (ticks.size() == 2 && lo > 0 && hi / lo >= 10) {
			return new Outcome(null, "only two tick labels on the " + axis + " axis: linear or log cannot be told");
		}
		Calibration best = bestOf(ticks);
		if (best == null && ticks.size() >= 4) {
			for (int skip = 0; skip < ticks.size() && best == null; skip++) {
				List<Tick> rest = new ArrayList<>(ticks);
				rest.remove(skip);
				best = bestOf(rest);
			}
		}
		if (best == null) {
			return new Outcome(null, "the " + axis + "-axis tick labels fall on neither a linear nor a log scale");
		}
		return new Outcome(new Calibration(best.scale, best.a, best.b, lo, hi, 1), null);
	}

	private static boolean growingMagnitude(List<Tick> ticks) {
		for (int i = 1; i < ticks.size(); i++) {
			if (Math.abs(ticks.get(i).value()) <= Math.abs(ticks.get(i - 1).value())) {
				return false;
			}
		}
		return true;
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

	/** Least squares through the ticks, null when a tick is off the line by more than {@link #FIT}. */
	private static Calibration line(List<Tick> ticks, boolean log) {
		int n = ticks.size();
		double sx = 0, sy = 0, sxx = 0, sxy = 0;
		double[] ys = new double[n];
		for (int i = 0; i < n; i++) {
			Tick t = ticks.get(i);
			ys[i] = log ? Math.log10(t.value()) : t.value();
			sx += t.pos();
			sy += ys[i];
			sxx += t.pos() * t.pos();
			sxy += t.pos() * ys[i];
		}
		double den = n * sxx - sx * sx;
		if (Math.abs(den) < 1e-9) {
			return null;
		}
		double b = (n * sxy - sx * sy) / den;
		double a = (sy - b * sx) / n;
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
