package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.Plot;

/**
 * The datasheet curves that bear on one part: the plots read from its datasheet that are for all its parts or name
 * it, were read (they have series) and carry no warning that they disagree with the datasheet's own tables. A plot
 * whose axis was misread would pass its error straight into a model, so a plot with such a warning is left out; so
 * is one whose caption gives limits ("maximum values"), not typical curves, and so is a curve whose label does.
 */
public final class DeviceCurves {

	/** No curves: the fit uses the tables alone. */
	public static final DeviceCurves NONE = new DeviceCurves(List.of());

	/** A caption title that opens with a limit: "Maximum Forward Voltage" (after "Figure 2."). */
	private static final java.util.regex.Pattern LIMIT_TITLE = java.util.regex.Pattern
			.compile("(?i)(?:maximum|minimum)\\s");

	/**
	 * A table condition this close to a curve's end (as a share of it) is on the curve: a curve drawn from a grid
	 * line is read up to a point off it, a few per cent of a decade (100 uA read as 102.7 uA).
	 */
	static final double END = 0.05;

	/** A curve agrees with a table value when they differ by at most this share. */
	static final double TABLE_AGREEMENT = 0.25;

	/**
	 * One curve as magnitudes sorted by x (p-type and reverse-biased plots print negative values).
	 *
	 * @param page the datasheet page it was read from
	 * @param name the quantity it is (CRSS, COBO, ...) or the plot's y quantity for an unnamed curve
	 */
	public record Curve(int page, String name, double[] x, double[] y) {

		/**
		 * The curve's value at {@code at}, or NaN outside its x range. Between read points ln y is interpolated
		 * linearly in ln(1 + x / 1 V), the coordinates in which a junction capacitance is nearly straight.
		 */
		public double at(double at) {
			at = onEnd(at);
			if (x.length == 0 || at < x[0] || at > x[x.length - 1]) {
				return Double.NaN;
			}
			for (int i = 1; i < x.length; i++) {
				if (at <= x[i]) {
					double u0 = Math.log1p(x[i - 1]);
					double span = Math.log1p(x[i]) - u0;
					double t = span == 0 ? 1 : (Math.log1p(at) - u0) / span;
					return Math.exp(Math.log(y[i - 1]) + (Math.log(y[i]) - Math.log(y[i - 1])) * t);
				}
			}
			return y[y.length - 1];
		}

		/**
		 * The curve's value at {@code at}, interpolated linearly in ln x and in ln y ({@code logY}) or y; NaN outside
		 * the curve. For quantities drawn against a current on a log axis (hFE, fT, the on voltages).
		 */
		double atLogX(double at, boolean logY) {
			at = onEnd(at);
			if (x.length == 0 || x[0] <= 0 || at < x[0] || at > x[x.length - 1]) {
				return Double.NaN;
			}
			for (int k = 1; k < x.length; k++) {
				if (at <= x[k]) {
					double t = Math.log(at / x[k - 1]) / Math.log(x[k] / x[k - 1]);
					return logY ? Math.exp(Math.log(y[k - 1]) + (Math.log(y[k]) - Math.log(y[k - 1])) * t)
							: y[k - 1] + (y[k] - y[k - 1]) * t;
				}
			}
			return y[y.length - 1];
		}

		/** Whether the curve is drawn at {@code at} (its ends within {@link #END}). */
		boolean spans(double at) {
			at = onEnd(at);
			return x.length > 0 && at >= x[0] && at <= x[x.length - 1];
		}

		/** {@code at}, or the curve's end it lies within {@link #END} of. */
		private double onEnd(double at) {
			return x.length == 0 ? at : DeviceCurves.onEnd(at, x[0], x[x.length - 1]);
		}

		/** {x[], y[]} at {@code n} values of x evenly spread in ln x over the curve (its ends exact). */
		double[][] samplesLogX(int n, boolean logY) {
			double lo = Math.log(x[0]);
			double hi = Math.log(x[x.length - 1]);
			double[][] out = new double[2][n];
			for (int k = 0; k < n; k++) {
				out[0][k] = k == 0 ? x[0] : k == n - 1 ? x[x.length - 1] : Math.exp(lo + (hi - lo) * k / (n - 1));
				out[1][k] = atLogX(out[0][k], logY);
			}
			return out;
		}

		/**
		 * Whether a table value agrees with the curve at its condition {@code key}: a typical value within
		 * {@link #TABLE_AGREEMENT}, a limit not broken by more than that. True when the row has no such condition or
		 * it lies outside the curve (nothing to compare).
		 */
		public boolean agreesWith(Parameter table, String key) {
			Double v = table == null ? null : table.condition(key);
			return v == null || agreesAt(table, v);
		}

		/**
		 * The same, with the row taken at {@code assumed} where it prints no condition {@code key}: the voltage a fit
		 * scales the curve to meet the row at.
		 */
		public boolean agreesWith(Parameter table, String key, double assumed) {
			Double v = table == null ? null : table.condition(key);
			return table == null || agreesAt(table, v == null ? assumed : v);
		}

		private boolean agreesAt(Parameter table, double v) {
			double c = at(Math.abs(v));
			return Double.isNaN(c) || agrees(c, table);
		}

		/** "Crss curve p.5" for provenance. */
		public String describe() {
			return name + " curve p." + page;
		}
	}

	/**
	 * Whether a curve's value {@code c} at a table row's condition agrees with the row: within
	 * {@link #TABLE_AGREEMENT} of a typical value, a limit not broken by more than that.
	 */
	static boolean agrees(double c, Parameter table) {
		if (table.typ() != null) {
			return Math.abs(c / Math.abs(table.typ()) - 1) <= TABLE_AGREEMENT;
		}
		boolean underMax = table.max() == null || c <= Math.abs(table.max()) * (1 + TABLE_AGREEMENT);
		boolean overMin = table.min() == null || c >= Math.abs(table.min()) * (1 - TABLE_AGREEMENT);
		return underMax && overMin;
	}

	private final List<Plot> plots;

	private DeviceCurves(List<Plot> plots) {
		this.plots = plots;
	}

	/** The usable plots of {@code source} for the device. */
	public static DeviceCurves of(Device device, List<Plot> source) {
		if (source == null || source.isEmpty()) {
			return NONE;
		}
		return new DeviceCurves(usable(device, source));
	}

	/**
	 * The plots of {@code source} a fit of the device may use: read, checked against the tables, for its part, less
	 * the curves labelled as limits; of a plot that labels one curve by the part's name, that curve alone.
	 */
	public static List<Plot> usable(Device device, List<Plot> source) {
		List<Plot> usable = new ArrayList<>();
		for (Plot p : source == null ? List.<Plot>of() : source) {
			boolean forPart = p.parts().isEmpty() || p.parts().contains(device.part());
			if (forPart && !p.series().isEmpty() && p.warnings().isEmpty() && p.x() != null && p.y() != null
					&& !limits(p.caption())) {
				List<Plot.Series> typical = p.series().stream().filter(c -> !c.limits()).toList();
				// "1N5818" at one of three forward curves: that part's curve is the part's
				List<Plot.Series> own = typical.stream().filter(c -> names(c.label(), device)).toList();
				typical = own.isEmpty() ? typical : own;
				if (typical.size() == p.series().size()) {
					usable.add(p);
				} else if (!typical.isEmpty()) {
					usable.add(p.withSeries(typical));
				}
			}
		}
		return usable;
	}

	/** Whether a curve's label is the device's part name (the plot reader names curves by part names alone). */
	private static boolean names(String label, Device device) {
		return label != null && label.strip().equalsIgnoreCase(device.part());
	}

	/**
	 * Whether a caption says its curves are limits ("Forward current as a function of forward voltage; maximum
	 * values.", Philips; "Figure 2. Maximum Forward Voltage", onsemi, beside its "Typical Forward Voltage"): a model
	 * aims at typical behaviour, and the table's limit rows check it.
	 */
	static boolean limits(String caption) {
		return caption != null
				&& (Plot.saysLimits(caption) || LIMIT_TITLE.matcher(Plot.title(caption)).lookingAt());
	}

	/**
	 * The curve named one of {@code names} (CRSS, ...) in a plot of {@code kind}; with no names, the only curve of
	 * such a plot. Empty when there is none, or more than one candidate (two plots, two temperatures): an ambiguous
	 * curve is not used.
	 */
	public List<Curve> find(Plot.Kind kind, Set<String> xQuantities, String... names) {
		List<Curve> found = new ArrayList<>();
		for (Plot p : plots) {
			if (p.kind() != kind || !xQuantities.contains(p.x().quantity().toUpperCase(Locale.ROOT))) {
				continue;
			}
			List<Plot.Series> candidates = new ArrayList<>();
			for (Plot.Series s : p.series()) {
				if (!s.onY2() && matches(s, p, names)) {
					candidates.add(s);
				}
			}
			if (candidates.size() == 1) {
				Curve c = curve(p, candidates.get(0), names.length == 0 ? p.y().quantity() : names[0]);
				if (c != null) {
					found.add(c);
				}
			}
		}
		return found.size() == 1 ? found : List.of();
	}

	/** The usable plots of a kind. */
	List<Plot> plots(Plot.Kind kind) {
		return plots.stream().filter(p -> p.kind() == kind).toList();
	}

	private static boolean matches(Plot.Series s, Plot p, String... names) {
		if (names.length == 0) {
			return p.series().size() == 1;
		}
		String n = s.name() == null ? "" : s.name().toUpperCase(Locale.ROOT);
		return Arrays.asList(names).contains(n);
	}

	/** On a linear y axis, values under this share of the largest are read off the axis line itself. */
	static final double LINEAR_FLOOR = 0.05;

	/**
	 * The part of a curve where y rises with x, resampled at {@code samples} values of y evenly spaced in ln y, as
	 * {y, x}; null when it rises over less than {@code minSpan} times its first y. Points at or over {@code upTo} are
	 * left out, and on a linear y axis ({@code linearY}) those under {@link #LINEAR_FLOOR} of the largest y. Between
	 * read points x is interpolated linearly in ln y.
	 */
	static double[][] risingInLnY(Curve c, boolean linearY, double upTo, double minSpan, int samples) {
		double floor = linearY ? LINEAR_FLOOR * Arrays.stream(c.y()).max().orElse(0) : 0;
		List<double[]> rising = new ArrayList<>();
		for (int k = 0; k < c.x().length; k++) {
			double y = c.y()[k];
			if (y > floor && y <= upTo && (rising.isEmpty() || y > rising.get(rising.size() - 1)[0])) {
				rising.add(new double[] { y, c.x()[k] });
			}
		}
		if (rising.size() < 3 || rising.get(rising.size() - 1)[0] < minSpan * rising.get(0)[0]) {
			return null;
		}
		double lo = Math.log(rising.get(0)[0]);
		double hi = Math.log(rising.get(rising.size() - 1)[0]);
		double[] ys = new double[samples];
		double[] xs = new double[samples];
		for (int k = 0; k < samples; k++) {
			ys[k] = k == 0 ? rising.get(0)[0]
					: k == samples - 1 ? rising.get(rising.size() - 1)[0] : Math.exp(lo + (hi - lo) * k / (samples - 1));
			xs[k] = xAtLnY(rising, ys[k]);
		}
		return new double[][] { ys, xs };
	}

	/** x at {@code y} between the points {y, x} (rising in y), linear in ln y. */
	private static double xAtLnY(List<double[]> pts, double y) {
		for (int k = 1; k < pts.size(); k++) {
			double[] a = pts.get(k - 1);
			double[] b = pts.get(k);
			if (y <= b[0]) {
				return a[1] + (b[1] - a[1]) * Math.log(y / a[0]) / Math.log(b[0] / a[0]);
			}
		}
		return pts.get(pts.size() - 1)[1];
	}

	/** {@code at}, or the end of the span {@code first}..{@code last} it lies within {@link #END} of. */
	static double onEnd(double at, double first, double last) {
		return Math.abs(at - first) <= END * Math.abs(first) ? first
				: Math.abs(at - last) <= END * Math.abs(last) ? last : at;
	}

	/** y at {@code at} on the points (x rising), linear between them; the last y past the end. */
	static double linear(double[] x, double[] y, double at) {
		for (int i = 1; i < x.length; i++) {
			if (at <= x[i]) {
				return y[i - 1] + (y[i] - y[i - 1]) * (at - x[i - 1]) / (x[i] - x[i - 1]);
			}
		}
		return y[y.length - 1];
	}

	/** The points {x, y} sorted by x, one per x (the first read there). */
	static List<double[]> sortedDistinct(List<double[]> pts) {
		List<double[]> sorted = new ArrayList<>(pts);
		sorted.sort((a, b) -> Double.compare(a[0], b[0]));
		List<double[]> distinct = new ArrayList<>();
		for (double[] q : sorted) {
			if (distinct.isEmpty() || q[0] > distinct.get(distinct.size() - 1)[0]) {
				distinct.add(q);
			}
		}
		return distinct;
	}

	/**
	 * A curve's read points sorted by |x|, the first read at each distinct |x|: the points a held-out benchmark counts,
	 * every third of which (index 3k+2) the checks take and the benchmark leaves out of a fit.
	 */
	static List<Plot.Point> distinctX(Plot.Series s) {
		List<Plot.Point> sorted = new ArrayList<>(s.points());
		sorted.sort((a, b) -> Double.compare(Math.abs(a.x()), Math.abs(b.x())));
		List<Plot.Point> out = new ArrayList<>();
		for (Plot.Point q : sorted) {
			if (out.isEmpty() || Math.abs(q.x()) > Math.abs(out.get(out.size() - 1).x())) {
				out.add(q);
			}
		}
		return out;
	}

	/** Magnitudes sorted by x, one point per x; null when fewer than three distinct points remain. */
	static Curve curve(Plot p, Plot.Series s, String name) {
		return curve(p, s, name, false);
	}

	/** As {@link #curve(Plot, Plot.Series, String)}, with the plot's axes swapped when {@code swap}. */
	static Curve curve(Plot p, Plot.Series s, String name, boolean swap) {
		List<double[]> pts = new ArrayList<>();
		for (Plot.Point q : s.points()) {
			double x = Math.abs(swap ? q.y() : q.x());
			double y = Math.abs(swap ? q.x() : q.y());
			if (Double.isFinite(x) && Double.isFinite(y) && y > 0) {
				pts.add(new double[] { x, y });
			}
		}
		List<double[]> distinct = sortedDistinct(pts);
		if (distinct.size() < 3) {
			return null;
		}
		double[][] xy = columns(distinct);
		return new Curve(p.page(), name, xy[0], xy[1]);
	}

	/** The points {x, y} as two columns, {x[], y[]}. */
	static double[][] columns(List<double[]> pts) {
		double[][] xy = new double[2][pts.size()];
		for (int i = 0; i < pts.size(); i++) {
			xy[0][i] = pts.get(i)[0];
			xy[1][i] = pts.get(i)[1];
		}
		return xy;
	}
}
