package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.espice.core.Plot;

/**
 * A quantity against junction temperature read from the device's one plot of a kind (RDS(on), VGS(th) against T),
 * as ratios to its value at 25 degC: the fits apply the ratio to the table's room value, so a curve drawn normalised
 * or in ohms or volts reads the same. Temperatures keep their sign. The curve is the plot's only series, or the
 * middle of three (a minimum, typical and maximum curve); anything else is ambiguous and not used.
 *
 * @param page the datasheet page
 * @param t    temperatures in degC, increasing
 * @param y    the values as drawn (magnitudes)
 */
record TemperatureCurve(int page, double[] t, double[] y) {

	/** The curve of the device's only plot of {@code kind} with a temperature x axis, or null. */
	static TemperatureCurve of(DeviceCurves curves, Plot.Kind kind) {
		List<Plot> plots = curves.plots(kind);
		if (plots.size() != 1 || !"T".equals(plots.get(0).x().quantity().toUpperCase(Locale.ROOT))) {
			return null;
		}
		Plot p = plots.get(0);
		List<TemperatureCurve> series = new ArrayList<>();
		for (Plot.Series s : p.series()) {
			TemperatureCurve c = of(p.page(), s);
			if (c == null) {
				return null;
			}
			series.add(c);
		}
		if (series.size() == 1) {
			return series.get(0);
		}
		if (series.size() == 3) {
			series.sort(Comparator.comparingDouble(c -> c.at(25)));
			return series.get(1);
		}
		return null;
	}

	private static TemperatureCurve of(int page, Plot.Series s) {
		List<double[]> pts = new ArrayList<>();
		for (Plot.Point q : s.points()) {
			if (Double.isFinite(q.x()) && Double.isFinite(q.y()) && q.y() != 0) {
				pts.add(new double[] { q.x(), Math.abs(q.y()) });
			}
		}
		pts.sort(Comparator.comparingDouble(a -> a[0]));
		if (pts.size() < 3 || pts.get(0)[0] > 25 || pts.get(pts.size() - 1)[0] < 25) {
			return null;
		}
		return new TemperatureCurve(page, pts.stream().mapToDouble(a -> a[0]).toArray(),
				pts.stream().mapToDouble(a -> a[1]).toArray());
	}

	/** The curve at {@code at} degC, linearly interpolated (its end values outside its range). */
	double at(double at) {
		if (at <= t[0]) {
			return y[0];
		}
		for (int i = 1; i < t.length; i++) {
			if (at <= t[i]) {
				double span = t[i] - t[i - 1];
				return span == 0 ? y[i] : y[i - 1] + (y[i] - y[i - 1]) * (at - t[i - 1]) / span;
			}
		}
		return y[y.length - 1];
	}

	/** The value at point {@code i} over the value at 25 degC. */
	double ratio(int i) {
		return y[i] / at(25);
	}

	/** The error on the points a fit did not use: relative rms and how many points. */
	record HeldOut(double rms, int points) {
	}

	/**
	 * The relative rms error of a model's ratios to its 25 degC value against the curve's, over the points up to
	 * {@code limit} degC other than {@code fitted}: the error on the points the fit did not use.
	 */
	HeldOut heldOut(int fitted, double limit, DoubleUnaryOperator modelRatio) {
		double ss = 0;
		int n = 0;
		for (int i = 0; i < t.length; i++) {
			if (i != fitted && t[i] <= limit) {
				double e = modelRatio.applyAsDouble(t[i]) / ratio(i) - 1;
				ss += e * e;
				n++;
			}
		}
		return new HeldOut(n == 0 ? Double.NaN : Math.sqrt(ss / n), n);
	}

	/** The index of the hottest point at or below {@code limit} degC, or -1. */
	int hottest(double limit) {
		int h = -1;
		for (int i = 0; i < t.length; i++) {
			if (t[i] <= limit) {
				h = i;
			}
		}
		return h;
	}
}
