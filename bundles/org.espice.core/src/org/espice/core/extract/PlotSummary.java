package org.espice.core.extract;


import org.espice.core.Engineering;
import org.espice.core.Plot;

/**
 * One line that tells a person what was read from a plot: page, kind, caption, both axes with their range, unit
 * and scale, and how many curves; or why the plot was not read. The command line's table and the IDE's list of
 * datasheet plots show the same line.
 */
public final class PlotSummary {

	private PlotSummary() {
	}

	/** e.g. {@code p.3 HFE_IC "Figure 3. DC Current Gain": x IC 100 µA..1 A log, y HFE 10..1000 log; 2 series}. */
	public static String line(Plot plot) {
		StringBuilder s = new StringBuilder();
		s.append("p.").append(plot.page()).append(' ').append(plot.kind().name());
		if (plot.drawnAs() != Plot.DrawnAs.VECTOR) {
			s.append(" (").append(plot.drawnAs().id()).append(')');
		}
		s.append(' ').append(plot.caption() == null ? "(no caption)" : '"' + plot.caption() + '"').append(": ");
		s.append("x ").append(axis(plot.x())).append(", y ").append(axis(plot.y()));
		if (plot.reason() != null) {
			s.append("; not read: ").append(plot.reason());
		} else {
			s.append("; ").append(plot.series().size()).append(" series");
		}
		return s.toString();
	}

	/** {@code IC 100 µA..1 A log}, or {@code ?} for an axis that was not read. */
	static String axis(Plot.Axis a) {
		if (a == null) {
			return "?";
		}
		return a.quantity() + " " + range(a.min(), a.max(), a.unit()) + " " + a.scale().id();
	}

	/** {@code 0..10 V}, {@code 100 µA..1 A}: the unit written once where both ends share it. */
	static String range(double min, double max, String unit) {
		String lo = Engineering.format(min, unit);
		String hi = Engineering.format(max, unit);
		int space = hi.lastIndexOf(' ');
		if (space < 0) {
			return lo + ".." + hi;
		}
		String suffix = hi.substring(space);
		if (min == 0) {
			lo = "0";
		} else if (lo.endsWith(suffix)) {
			lo = lo.substring(0, lo.length() - suffix.length());
		}
		return lo + ".." + hi;
	}
}
