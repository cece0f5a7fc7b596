package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.espice.core.Plot;

/**
 * A BJT's forward Early voltage VAF from its output characteristics (IC against VCE, one curve per base current): in
 * the forward-active region past the saturation knee a curve rises as IC0 (1 + VCE / VAF), so a straight line through
 * it meets the VCE axis at -VAF. The region is the curve from a third of its VCE span (and at least
 * {@link #KNEE} V) up; a curve must reach {@link #MIN_REACH} V and keep {@link #MIN_POINTS} points there. A power
 * transistor's high-current curves steepen as the die heats during the sweep, so only the curves of the lower half
 * of the collector currents count, and VAF is the median of their intercepts; a curve drawn flat counts as
 * {@link #MAX_VAF}.
 */
final class EarlyVoltage {

	/** The collector voltage below which a curve may still be in saturation, V. */
	static final double KNEE = 1;
	/** How far a curve must reach along VCE to show its active-region slope, V. */
	static final double MIN_REACH = 3;
	static final int MIN_POINTS = 5;
	/** The bounds of VAF: below, a curve is not in the active region; above, the slope is lost in the drawing. */
	static final double MIN_VAF = 5, MAX_VAF = 1000;

	/**
	 * @param vaf     the Early voltage, V
	 * @param curves  how many curves gave it
	 * @param lo      the lowest intercept among them, V
	 * @param hi      the highest, V
	 * @param page    the page of the plot
	 */
	record Result(double vaf, int curves, double lo, double hi, int page) {

		/** "median of the Early intercepts of 4 output curves p.2 at the lower collector currents (44 .. 128 V)" */
		String describe() {
			return String.format(Locale.ROOT, "median of the Early intercepts (-VCE where the active-region line "
					+ "meets IC = 0) of %d output curves p.%d at the lower collector currents (%.0f .. %.0f V)", curves,
					page, lo, hi);
		}
	}

	/** One curve's line: its intercept on the VCE axis and the collector current it runs at. */
	private record Line(double vaf, double ic) {
	}

	private EarlyVoltage() {
	}

	/** The Early voltage from the room-temperature output curves, or null when none gives one. */
	static Result of(DeviceCurves curves) {
		for (Plot p : curves.plots(Plot.Kind.OUTPUT)) {
			if (!"VCE".equals(p.x().quantity()) || !"IC".equals(p.y().quantity())) {
				continue;
			}
			List<Line> lines = new ArrayList<>();
			for (Plot.Series s : p.series()) {
				Double t = s.conditions().get("T");
				DeviceCurves.Curve c = DeviceCurves.curve(p, s, "IC");
				Line l = c == null || !Fits.room(t) ? null : line(c);
				if (l != null) {
					lines.add(l);
				}
			}
			if (!lines.isEmpty()) {
				lines.sort(Comparator.comparingDouble(Line::ic));
				List<Line> low = lines.subList(0, (lines.size() + 1) / 2);
				double[] v = low.stream().mapToDouble(Line::vaf).sorted().toArray();
				double median = v.length % 2 == 1 ? v[v.length / 2] : Math.sqrt(v[v.length / 2 - 1] * v[v.length / 2]);
				return new Result(Math.max(MIN_VAF, Math.min(MAX_VAF, median)), v.length, v[0], v[v.length - 1],
						p.page());
			}
		}
		return null;
	}

	/** The active-region line of one curve (magnitudes, VCE rising), or null when the curve does not show it. */
	private static Line line(DeviceCurves.Curve c) {
		double[] x = c.x();
		double[] y = c.y();
		double reach = x[x.length - 1];
		if (reach < MIN_REACH) {
			return null;
		}
		double from = Math.max(KNEE, reach / 3);
		double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
		for (int i = 0; i < x.length; i++) {
			if (x[i] >= from) {
				n++;
				sx += x[i];
				sy += y[i];
				sxx += x[i] * x[i];
				sxy += x[i] * y[i];
			}
		}
		double den = n * sxx - sx * sx;
		if (n < MIN_POINTS || den <= 0) {
			return null;
		}
		double slope = (n * sxy - sx * sy) / den;
		double intercept = (sy - slope * sx) / n;
		if (!(intercept > 0)) {
			return null;
		}
		double vaf = slope > 0 ? intercept / slope : MAX_VAF;
		return vaf < MIN_VAF ? null : new Line(Math.min(vaf, MAX_VAF), sy / n);
	}
}
