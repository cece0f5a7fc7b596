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
 * operating area's limits) are not. A curve stroked out and back in one path is its way out ({@link #oneWay}).
 */
final class Redrawn {

	/**
	 * How near (points) every part of a repeat lies to the curve it repeats: a repeat is drawn from the same
	 * coordinates, to their rounding (within 0.12 pt on the dev sheets). Curves drawn for two gate voltages that
	 * coincide (International Rectifier's output curves at 12 and 15 V) lie 0.2 pt or more apart somewhere, and stay
	 * two curves, one per value of a TOP-to-BOTTOM list.
	 */
	static final double ON = 0.15;
	/** How near (points) the way back of a curve drawn out and back in one path keeps to the way out. */
	static final double BACK = 2;
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

	/**
	 * A chain that goes out and comes back over itself to where it started (a curve stroked up and down again in one
	 * path, each way a little apart): its way out. Any other chain as it is.
	 */
	static List<double[]> oneWay(List<double[]> chain) {
		int n = chain.size();
		double[] start = chain.get(0);
		if (n < 4 || Planar.length(chain.get(n - 1)[0] - start[0], chain.get(n - 1)[1] - start[1]) > BACK) {
			return chain;
		}
		int far = 0;
		double reach = 0;
		for (int i = 0; i < n; i++) {
			double d = Planar.length(chain.get(i)[0] - start[0], chain.get(i)[1] - start[1]);
			if (d > reach) {
				reach = d;
				far = i;
			}
		}
		if (reach < 4 * BACK) {
			return chain;
		}
		CurveTracer.Trace out = CurveTracer.Trace.of(chain.subList(0, far + 1), null);
		CurveTracer.Trace back = CurveTracer.Trace.of(chain.subList(far, n), null);
		return lies(back, out, BACK) && lies(out, back, BACK) ? new ArrayList<>(chain.subList(0, far + 1)) : chain;
	}

	/** Whether two traces are one curve drawn twice. */
	static boolean repeats(CurveTracer.Trace a, CurveTracer.Trace b) {
		if (a.pen().rgb() != b.pen().rgb() || !sameBounds(a, b)) {
			return false;
		}
		return lies(a, b, ON) && lies(b, a, ON);
	}

	private static boolean sameBounds(CurveTracer.Trace a, CurveTracer.Trace b) {
		double[] p = Stroke.bounds(a.xs(), a.ys());
		double[] q = Stroke.bounds(b.xs(), b.ys());
		for (int i = 0; i < 4; i++) {
			if (Math.abs(p[i] - q[i]) > ON) {
				return false;
			}
		}
		return true;
	}

	/** Whether every sampled vertex of a lies within {@code on} of b. */
	private static boolean lies(CurveTracer.Trace a, CurveTracer.Trace b, double on) {
		int step = Math.max(1, a.size() / SAMPLES);
		for (int i = 0; i < a.size(); i += step) {
			if (b.distance(a.xs()[i], a.ys()[i]) > on) {
				return false;
			}
		}
		return b.distance(a.xs()[a.size() - 1], a.ys()[a.size() - 1]) <= on;
	}
}
