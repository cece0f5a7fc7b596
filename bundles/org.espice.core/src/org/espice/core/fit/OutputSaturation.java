package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.espice.core.Plot;

/**
 * A MOSFET's output curves at room temperature past their knee, where the drain current barely follows the drain
 * voltage: the points that check a model's saturation current at each gate voltage and drain voltage drawn
 * ({@link CurveChecks}), and where no transfer curve is drawn, a transfer curve for the channel fit
 * ({@link TransferCurves#fromOutput}). A point is saturated when its drain voltage lies past {@link #PAST_KNEE} times the knee the
 * curve's own ohmic slope puts there (the square law saturates at {@code VDS = 2 ID / g0}, with {@code g0} the
 * conductance of its ohmic part); a curve counts when at least {@link #MIN_POINTS} points lie there, across a fifth of
 * its drain voltages, its saturated slope (a straight line through them) stays {@link #FLAT} times under its ohmic
 * conductance and rises at most {@link #MAX_RISE} of its intercept per volt (a curve still bending at high gate
 * voltage is not saturated), and none of its points reach the top of the frame (a curve cut off there is flat only
 * because the frame ends). The curves of the room output plot that reaches the highest drain voltage are taken: where a
 * plot of the first volts and one of the rated range are both drawn, the curves of the first volts are still bending.
 * In magnitudes.
 */
final class OutputSaturation {

	/** How far past the square law's knee a point must lie to be saturated. */
	static final double PAST_KNEE = 1.5;
	/** A curve's saturated slope must stay this many times under its ohmic conductance. */
	static final double FLAT = 10;
	/** Saturated points a curve needs to count. */
	static final int MIN_POINTS = 3;
	/** The share of the curve's drain voltages the saturated points must span. */
	static final double MIN_SPAN = 0.2;
	/** A curve reaching this share of the frame's top is cut off by the frame. */
	static final double AT_TOP = 0.98;
	/** The least current counted in the ohmic conductance, as a share of the curve's largest. */
	static final double FROM = 0.1;
	/** The most a saturated curve may rise per volt, as a share of its intercept at VDS = 0 (a LAMBDA of 0.2 /V). */
	static final double MAX_RISE = 0.2;

	/**
	 * One curve's saturated part.
	 *
	 * @param vgs    its gate voltage, magnitude
	 * @param page   the page it was read from
	 * @param vds    drain voltages, rising
	 * @param id     the currents at them
	 * @param index  each point's index among the curve's read points, by which every third one is checked
	 * @param rise   the curve's slope over its intercept at VDS = 0 (what ngspice's LAMBDA would be for it)
	 */
	record Saturated(double vgs, int page, double[] vds, double[] id, int[] index, double rise) {
	}

	private OutputSaturation() {
	}

	/** The saturated parts of the curves that count, on the room output plot reaching the highest drain voltage. */
	static List<Saturated> find(DeviceCurves curves) {
		List<Saturated> best = List.of();
		double reach = 0;
		for (Plot p : OutputCurves.drainPlots(curves)) {
			List<Saturated> found = new ArrayList<>();
			double frameTop = AT_TOP * Math.max(Math.abs(p.y().min()), Math.abs(p.y().max()));
			for (OutputCurves.Room r : OutputCurves.room(p)) {
				Saturated sat = found.stream().anyMatch(o -> o.vgs() == r.vgs()) ? null
						: saturated(r.vgs(), r.curve(), frameTop);
				if (sat != null) {
					found.add(sat);
				}
			}
			double top = Math.max(Math.abs(p.x().min()), Math.abs(p.x().max()));
			if (!found.isEmpty() && top > reach) {
				best = found;
				reach = top;
			}
		}
		return best;
	}

	/** The saturated part of one curve, or null when it does not count ({@code top}: the frame's top current). */
	static Saturated saturated(double vgs, DeviceCurves.Curve c, double top) {
		double[] vds = c.x();
		double[] id = c.y();
		int n = vds.length;
		double largest = Arrays.stream(id).max().orElse(0);
		if (largest >= top || n < MIN_POINTS) {
			return null;
		}
		double g0 = 0;
		for (int k = 0; k < n; k++) {
			if (id[k] >= FROM * largest && vds[k] > 0) {
				g0 = Math.max(g0, id[k] / vds[k]);
			}
		}
		if (g0 <= 0) {
			return null;
		}
		double knee = PAST_KNEE * 2 * id[n - 1] / g0;
		List<double[]> kept = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			if (vds[k] >= knee) {
				kept.add(new double[] { vds[k], id[k], k });
			}
		}
		if (kept.size() < MIN_POINTS
				|| kept.get(kept.size() - 1)[0] - kept.get(0)[0] < MIN_SPAN * (vds[n - 1] - vds[0])) {
			return null;
		}
		double[] line = line(kept);
		double intercept = line[0];
		double slope = line[1];
		if (!(intercept > 0) || slope < 0 || slope * FLAT > g0 || slope / intercept > MAX_RISE) {
			return null;
		}
		double[][] xy = DeviceCurves.columns(kept);
		int[] index = kept.stream().mapToInt(q -> (int) q[2]).toArray();
		return new Saturated(vgs, c.page(), xy[0], xy[1], index, slope / intercept);
	}

	/** The least-squares line {intercept, slope} through points {x, y}. */
	private static double[] line(List<double[]> pts) {
		double sx = 0;
		double sy = 0;
		for (double[] q : pts) {
			sx += q[0];
			sy += q[1];
		}
		int n = pts.size();
		double mx = sx / n;
		double my = sy / n;
		double sxx = 0;
		double sxy = 0;
		for (double[] q : pts) {
			sxx += (q[0] - mx) * (q[0] - mx);
			sxy += (q[0] - mx) * (q[1] - my);
		}
		double slope = sxx > 0 ? sxy / sxx : 0;
		return new double[] { my - slope * mx, slope };
	}
}
