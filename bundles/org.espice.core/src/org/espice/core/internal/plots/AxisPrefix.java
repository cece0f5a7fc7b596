package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.espice.core.Plot;

/**
 * An axis whose printed unit prefix the datasheet's own tables contradict by a whole prefix step: every typical
 * value that falls on its curves reads a thousand times (or a millionth, ...) off and within 10 % once scaled. The
 * unit printed on the graph is then a misprint (IRF840's on-resistance plot prints "mΩ" over 0.6 .. 1.0 where its
 * table gives 0.75 Ω) or a prefix misread, and the axis takes the tables' unit, with a warning that says so.
 */
final class AxisPrefix {

	/** How near a whole prefix step (as a share) the tables and the curve must stand. */
	private static final double NEAR = 0.1;
	/** The largest step looked at: 10^9 either way. */
	private static final int MAX_STEPS = 3;

	private AxisPrefix() {
	}

	/**
	 * One typical value read on a curve.
	 *
	 * @param onY   whether the value lies on the y axis (else on x)
	 * @param table the table's typical value
	 * @param curve the curve's value at the table's condition
	 * @param what  the value and where it was read, as the warning names it ("table RDS_ON typ 750 mOhm (page 2) at
	 *              ID = 4.8 A read 766 µOhm")
	 */
	record Slip(boolean onY, double table, double curve, String what) {
	}

	/** The plot with an axis rescaled where every value read on it is off by one and the same prefix step. */
	static Plot byTables(Plot plot, List<Slip> slips) {
		Plot out = plot;
		for (boolean onY : new boolean[] { false, true }) {
			List<Slip> on = slips.stream().filter(s -> s.onY() == onY).toList();
			int step = on.isEmpty() ? 0 : step(on.get(0));
			if (step == 0 || on.stream().anyMatch(s -> step(s) != step)) {
				continue;
			}
			out = scaled(out, onY, Math.pow(1000, step), on);
		}
		return out;
	}

	/** The prefix steps (powers of a thousand) the table stands from the curve, 0 when none within {@link #NEAR}. */
	private static int step(Slip s) {
		if (s.curve() == 0 || s.table() == 0) {
			return 0;
		}
		double ratio = Math.abs(s.table() / s.curve());
		for (int k = -MAX_STEPS; k <= MAX_STEPS; k++) {
			if (k != 0 && Math.abs(ratio / Math.pow(1000, k) - 1) <= NEAR) {
				return k;
			}
		}
		return 0;
	}

	private static Plot scaled(Plot p, boolean onY, double factor, List<Slip> on) {
		Plot.Axis a = onY ? p.y() : p.x();
		Plot.Axis axis = new Plot.Axis(a.quantity(), a.unit(), a.scale(), a.min() * factor, a.max() * factor);
		List<Plot.Series> series = new ArrayList<>();
		for (Plot.Series s : p.series()) {
			if (onY && s.onY2()) {
				series.add(s);
				continue;
			}
			List<Plot.Point> pts = s.points().stream()
					.map(q -> onY ? new Plot.Point(q.x(), q.y() * factor) : new Plot.Point(q.x() * factor, q.y()))
					.toList();
			series.add(new Plot.Series(s.label(), s.conditions(), s.name(), pts, s.onY2()));
		}
		Plot.Edges e = p.edges();
		Plot.Edges edges = e == null ? null
				: onY ? new Plot.Edges(e.xLow(), e.xHigh(), e.yLow() * factor, e.yHigh() * factor)
						: new Plot.Edges(e.xLow() * factor, e.xHigh() * factor, e.yLow(), e.yHigh());
		String warning = String.format(Locale.ROOT,
				"the %s axis is taken times %s: its printed unit disagrees with the tables by that factor (%s)",
				onY ? "y" : "x", factor >= 1 ? String.format(Locale.ROOT, "%.0f", factor) : String.valueOf(factor),
				String.join("; ", on.stream().map(Slip::what).toList()));
		return new Plot(p.page(), p.bbox(), p.caption(), p.kind(), p.drawnAs(), onY ? p.x() : axis, onY ? axis : p.y(),
				p.y2(), series, p.parts(), p.reason(), p.warnings(), edges).withWarnings(List.of(warning));
	}
}
