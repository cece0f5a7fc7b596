package org.espice.core.extract;

import java.math.BigDecimal;
import java.math.MathContext;

import org.espice.core.Plot;

/**
 * One line that tells a person what was read from a plot: page, kind, caption, both axes with their range, unit
 * and scale, and how many curves; or why the plot was not read. The command line's table and the IDE's list of
 * datasheet plots show the same line.
 */
public final class PlotSummary {

	private PlotSummary() {
	}

	/** e.g. {@code p.3 HFE_IC "Figure 3. DC Current Gain": x IC 0.0001..1 A log, y HFE 10..1000 log; 2 series}. */
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

	/** {@code IC 0.0001..1 A log}, or {@code ?} for an axis that was not read. */
	static String axis(Plot.Axis a) {
		if (a == null) {
			return "?";
		}
		String unit = a.unit() == null || a.unit().isEmpty() ? "" : " " + a.unit();
		return a.quantity() + " " + number(a.min()) + ".." + number(a.max()) + unit + " " + a.scale().id();
	}

	/** Four significant digits, plain between 1e-4 and 1e6 ({@code 0.0001}, {@code 1000}), else {@code 1e-12}. */
	static String number(double v) {
		if (v == 0 || !Double.isFinite(v)) {
			return v == 0 ? "0" : Double.toString(v);
		}
		BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
		double a = Math.abs(v);
		return a >= 1e-4 && a < 1e6 ? d.toPlainString() : d.toString().replace("E+", "e").replace('E', 'e');
	}
}
