package org.espice.ui.internal.views;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.espice.core.simulate.ModelCurves.Curve;
import org.espice.core.simulate.ModelCurves.DatasheetPoint;
import org.espice.core.simulate.ModelCurves.Series;

/**
 * The arithmetic of {@link CurvePlot}'s axes: the range a curve spans, 1-2-5 or decade ticks, their labels with SI
 * prefixes, and the pixel a value falls on. No drawing here.
 */
final class PlotScale {

	/** An axis scale: the shown range, logarithmic or not, its tick values and (linear) tick step. */
	public record Scale(double lo, double hi, boolean log, double[] ticks, double step) {

		/** Where {@code v} lies along the axis: 0 at lo, 1 at hi. */
		public double fraction(double v) {
			return log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
		}

		public boolean shows(double v) {
			return Double.isFinite(v) && (!log || v > 0);
		}
	}

	private PlotScale() {
	}

	/**
	 * The smallest and largest plotted value along one axis, over series and points (positive only on a log axis);
	 * points get a margin of 3 % of the span so that a marker never sits on the frame.
	 */
	static double[] range(Curve c, boolean x) {
		boolean log = x ? c.xLog() : c.yLog();
		double[] all = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		double[] marks = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		for (Series s : c.simulated()) {
			for (double v : x ? s.x() : s.y()) {
				include(all, v, log);
			}
		}
		for (DatasheetPoint p : c.points()) {
			include(all, x ? p.x() : p.y(), log);
			include(marks, x ? p.x() : p.y(), log);
		}
		if (marks[0] <= marks[1] && all[0] < all[1]) {
			if (log) {
				double f = Math.pow(all[1] / all[0], 0.03);
				all[0] = Math.min(all[0], marks[0] / f);
				all[1] = Math.max(all[1], marks[1] * f);
			} else {
				double pad = 0.03 * (all[1] - all[0]);
				all[0] = Math.min(all[0], marks[0] - pad);
				all[1] = Math.max(all[1], marks[1] + pad);
			}
		}
		return all;
	}

	private static void include(double[] range, double v, boolean log) {
		if (Double.isFinite(v) && (!log || v > 0)) {
			range[0] = Math.min(range[0], v);
			range[1] = Math.max(range[1], v);
		}
	}

	/**
	 * A scale over [min, max] with at most about {@code maxTicks} ticks: 1-2-5 steps rounded outwards on a linear
	 * axis, whole decades on a log axis (every n-th decade when there are many). Empty or degenerate ranges get a
	 * sensible span around the value.
	 */
	static Scale scale(double min, double max, boolean log, int maxTicks) {
		int ticks = Math.max(2, maxTicks);
		if (log) {
			if (!(min > 0) || !(max > 0) || !Double.isFinite(min) || !Double.isFinite(max)) {
				min = 1;
				max = 10;
			}
			if (max / min < 1 + 1e-9) {
				// a single value: a decade or two around it rather than one that starts at it
				min /= 3;
				max *= 3;
			}
			int dlo = (int) Math.floor(Math.log10(min) + 1e-9);
			int dhi = (int) Math.ceil(Math.log10(max) - 1e-9);
			if (dhi <= dlo) {
				dhi = dlo + 1;
			}
			int every = Math.max(1, (int) Math.ceil((dhi - dlo) / (double) ticks));
			dhi = dlo + every * (int) Math.ceil((dhi - dlo) / (double) every);
			List<Double> t = new ArrayList<>();
			for (int d = dlo; d <= dhi; d += every) {
				t.add(Math.pow(10, d));
			}
			return new Scale(Math.pow(10, dlo), Math.pow(10, dhi), true,
					t.stream().mapToDouble(Double::doubleValue).toArray(), every);
		}
		if (!Double.isFinite(min) || !Double.isFinite(max)) {
			min = 0;
			max = 1;
		}
		if (max - min <= 1e-12 * Math.max(Math.abs(min), Math.abs(max))) {
			double d = min == 0 ? 1 : Math.abs(min) * 0.1;
			min -= d;
			max += d;
		}
		double step = niceStep((max - min) / ticks);
		double lo = Math.floor(min / step + 1e-9) * step;
		double hi = Math.ceil(max / step - 1e-9) * step;
		int n = (int) Math.round((hi - lo) / step);
		double[] t = new double[n + 1];
		for (int i = 0; i <= n; i++) {
			t[i] = lo + i * step;
		}
		return new Scale(lo, hi, false, t, step);
	}

	/** The 1, 2 or 5 times a power of ten at or above {@code raw}. */
	static double niceStep(double raw) {
		double p = Math.pow(10, Math.floor(Math.log10(raw)));
		double f = raw / p;
		return (f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10) * p;
	}

	/** 2..9 within each decade of a log axis, when decades are at least 60 pixels apart; none otherwise. */
	static double[] minorTicks(Scale s, int pixels) {
		if (!s.log() || s.step() != 1 || pixels / (s.ticks().length - 1.0) < 60) {
			return new double[0];
		}
		List<Double> m = new ArrayList<>();
		for (int i = 0; i + 1 < s.ticks().length; i++) {
			for (int k = 2; k <= 9; k++) {
				m.add(s.ticks()[i] * k);
			}
		}
		return m.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** Engineering notation on log axes and for very large or small values (1m, 10m, 100m, 1, 10, 2.5k), else decimals. */
	static String tickLabel(double v, Scale s) {
		if (s.log() || Math.abs(v) >= 1e5 || s.step() < 1e-3) {
			return engineering(v);
		}
		if (Math.abs(v) < s.step() * 1e-6) {
			return "0";
		}
		int digits = Math.max(0, (int) -Math.floor(Math.log10(s.step()) + 1e-9));
		return String.format(Locale.ROOT, "%." + digits + "f", v);
	}

	/** "1m", "250\u00b5", "1.5k": three significant digits and an SI prefix. */
	static String engineering(double v) {
		if (v == 0 || !Double.isFinite(v)) {
			return v == 0 ? "0" : String.valueOf(v);
		}
		String[] prefixes = { "f", "p", "n", "\u00b5", "m", "", "k", "M", "G", "T" };
		int e = Math.max(-5, Math.min(4, (int) Math.floor(Math.log10(Math.abs(v)) / 3)));
		BigDecimal m = new BigDecimal(v / Math.pow(1000, e)).round(new MathContext(3));
		if (m.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && e < 4) {
			e++;
			m = new BigDecimal(v / Math.pow(1000, e)).round(new MathContext(3));
		}
		return m.stripTrailingZeros().toPlainString() + prefixes[e + 5];
	}

	/** Pixel column of x; far-off values are held just outside the plot so that clipping hides them. */
	static int px(Scale s, double v, int left, int width) {
		return left + (int) Math.round(clamp(s.fraction(v)) * width);
	}

	static int py(Scale s, double v, int top, int height) {
		return top + height - (int) Math.round(clamp(s.fraction(v)) * height);
	}

	private static double clamp(double f) {
		return Double.isNaN(f) ? 0 : Math.max(-1, Math.min(2, f));
	}
}
