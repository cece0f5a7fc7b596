package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;

/**
 * Curves drawn twice. Some producers stroke every curve of a plot twice over itself, with a slightly different
 * pen or cut into other pieces (an outline and its fill, a halo under the line), so that the repeat is no exact copy
 * that {@link Stroke#distinct} would drop; read as is, every curve becomes two series and the labels are shared out
 * between a curve and its copy. A traced curve is a repeat of another when both are drawn in the same ink, each end
 * and the whole of each lies on the other within {@link #ON} (sampled along both), and they start and stop together.
 * Two curves that only run together for a stretch (output curves at two gate voltages before they part, a safe
 * operating area's limits) are not.
 */
final class Redrawn {

	/**
	 * How near (points) every part of a repeat lies to the curve it repeats: a repeat is drawn from the same
	 * coordinates, to their rounding (within 0.12 pt on the dev sheets). Curves drawn for two gate voltages that
	 * coincide (International Rectifier's output curves at 12 and 15 V) lie 0.2 pt or more apart somewhere, and stay
	 * two curves, one per value of a TOP-to-BOTTOM list.
	 */
	static final double ON = 0.15;
	/** Points sampled along each curve to compare it with the other. */
	private static final int SAMPLES = 64;

	private Redrawn() {
	}

	/** The traces in drawing order, each curve once: a repeat of an earlier one is left out. */
	static List<CurveTracer.Trace> once(List<CurveTracer.Trace> traces) {
		List<CurveTracer.Trace> kept = new ArrayList<>(traces.size());
		for (CurveTracer.Trace t : traces) {
			if (kept.stream().noneMatch(k -> repeats(k, t))) {
				kept.add(t);
			}
		}
		return kept;
	}

	/** Whether two traces are one curve drawn twice. */
	static boolean repeats(CurveTracer.Trace a, CurveTracer.Trace b) {
		if (a.pen().rgb() != b.pen().rgb() || !sameBounds(a, b)) {
			return false;
		}
		return lies(a, b) && lies(b, a);
	}

	private static boolean sameBounds(CurveTracer.Trace a, CurveTracer.Trace b) {
		double[] p = bounds(a);
		double[] q = bounds(b);
		for (int i = 0; i < 4; i++) {
			if (Math.abs(p[i] - q[i]) > ON) {
				return false;
			}
		}
		return true;
	}

	/** Whether every sampled vertex of a lies within {@link #ON} of b. */
	private static boolean lies(CurveTracer.Trace a, CurveTracer.Trace b) {
		int step = Math.max(1, a.size() / SAMPLES);
		for (int i = 0; i < a.size(); i += step) {
			if (b.distance(a.xs()[i], a.ys()[i]) > ON) {
				return false;
			}
		}
		return b.distance(a.xs()[a.size() - 1], a.ys()[a.size() - 1]) <= ON;
	}

	private static double[] bounds(CurveTracer.Trace t) {
		double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (int i = 0; i < t.size(); i++) {
			b[0] = Math.min(b[0], t.xs()[i]);
			b[1] = Math.min(b[1], t.ys()[i]);
			b[2] = Math.max(b[2], t.xs()[i]);
			b[3] = Math.max(b[3], t.ys()[i]);
		}
		return b;
	}
}
