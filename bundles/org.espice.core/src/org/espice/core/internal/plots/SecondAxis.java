package org.espice.core.internal.plots;

import java.util.Locale;
import java.util.Set;

import org.espice.core.Plot;

/**
 * A plot with a vertical axis at each edge: which of the two the plot is about, and which curves are read against
 * which. A gate charge plot draws the gate voltage rising with the charge against one axis and the drain (or
 * collector) voltage falling against the other.
 */
final class SecondAxis {

	private static final Set<String> GATE = Set.of("VGS", "VGE");
	private static final Set<String> DRAIN = Set.of("VDS", "VCE");
	/** A curve whose end lies this share of the frame height under its start falls. */
	private static final double FALL = 0.1;

	private SecondAxis() {
	}

	/**
	 * Whether the right axis is the plot's y: on a gate charge plot the gate voltage wherever it is printed,
	 * elsewhere the right axis only when the left one gives the plot no kind and the right one does.
	 */
	static boolean rightIsPrimary(AxisTitle x, AxisTitle left, AxisTitle right, Plot.Scale xs, Plot.Scale ls,
			Plot.Scale rs) {
		if (x.quantity().equals("QG")) {
			return GATE.contains(right.quantity()) && !GATE.contains(left.quantity());
		}
		return PlotKinds.of(x.quantity(), left.quantity(), xs, ls) == Plot.Kind.OTHER
				&& PlotKinds.of(x.quantity(), right.quantity(), xs, rs) != Plot.Kind.OTHER;
	}

	/**
	 * Whether a curve is read against the second axis: its label is that axis's symbol alone ("VDS", not
	 * "VDS = 400 V", which names a condition of a gate voltage curve), or on a gate charge plot it is the falling
	 * drain voltage while the second axis is the drain voltage (or the rising gate voltage while it is the gate).
	 */
	static boolean onSecond(CurveTracer.Trace t, String label, AxisTitle first, AxisTitle second, Plot.Kind kind,
			Plot.Box box) {
		if (label != null && !label.contains("=")) {
			String symbol = AxisTitle.compactSymbols(label).replaceAll("[\\s_]", "").toUpperCase(Locale.ROOT);
			if (symbol.equals(second.quantity())) {
				return true;
			}
			if (symbol.equals(first.quantity())) {
				return false;
			}
		}
		if (kind != Plot.Kind.GATE_CHARGE) {
			return false;
		}
		int n = t.size();
		double dx = t.xs()[n - 1] - t.xs()[0];
		double dy = t.ys()[n - 1] - t.ys()[0];
		if (Math.abs(dy) <= FALL * box.height()) {
			return false;
		}
		return dx * dy < 0 ? DRAIN.contains(second.quantity()) : GATE.contains(second.quantity());
	}
}
