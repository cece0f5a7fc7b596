package org.espice.core.internal.plots;

import java.util.List;

import org.espice.core.Plot;

/**
 * An unlabelled zero at the frame's corner: many plots print no number at their origin (the 0 is left out, or set
 * once for both axes and read for one of them only) and start their tick row one or more steps up. Where the
 * frame's edge calibrates to zero within a tenth of the tick step, a linear axis starts at 0 there, as a reader
 * of the plot takes it; its last printed tick stays its end. And a number at a corner set in from the edge it
 * labels ({@link #endsOnEdges}) labels the edge.
 */
final class AxisOrigin {

	/** How near (as a share of the tick step) the edge must calibrate to zero. */
	private static final double NEAR = 0.1;

	private AxisOrigin() {
	}

	/**
	 * The outcome with its first value set to 0 where the frame's edge at {@code edge} (page position along the
	 * axis) calibrates to zero and the first printed tick is a whole number of steps above it.
	 */
	static Calibration.Outcome atCorner(Calibration.Outcome outcome, List<Calibration.Tick> ticks, double edge) {
		Calibration c = outcome.calibration();
		if (c == null || c.scale() != Plot.Scale.LINEAR || c.first() == 0) {
			return outcome;
		}
		double step = Double.MAX_VALUE;
		for (int i = 1; i < ticks.size(); i++) {
			double d = Math.abs(ticks.get(i).value()) - Math.abs(ticks.get(i - 1).value());
			if (d > 0) {
				step = Math.min(step, d);
			}
		}
		double first = Math.abs(c.first());
		double steps = first / step;
		if (step == Double.MAX_VALUE || Math.abs(c.value(edge)) > NEAR * step || steps < 1 - NEAR
				|| Math.abs(steps - Math.rint(steps)) > NEAR) {
			return outcome;
		}
		return new Calibration.Outcome(new Calibration(c.scale(), c.a(), c.b(), 0, c.last(), c.sign()), null);
	}

	/** How far (in label heights) a number at the frame's corner may be set in from the edge it labels. */
	private static final double NUDGE = 1.2;

	/**
	 * The ticks with the first and last moved onto the frame's edges where their numbers stand just inside them:
	 * a number at a corner is set in from its edge, clear of the other axis's corner number (the "10" at the foot of
	 * a y axis raised above the x axis's "1.0"). Null when neither end stands so.
	 *
	 * @param labels the tick numbers, in the ticks' order
	 * @param from   the frame's edge where the axis starts
	 * @param to     the frame's edge where it ends
	 */
	static List<Calibration.Tick> endsOnEdges(List<Calibration.Tick> ticks, List<Label> labels, double from, double to) {
		if (ticks.size() < 3 || labels.size() != ticks.size()) {
			return null;
		}
		List<Calibration.Tick> out = new java.util.ArrayList<>(ticks);
		boolean moved = false;
		Calibration.Tick first = ticks.get(0);
		double h = labels.get(0).y1() - labels.get(0).y0();
		if (first.pos() > from && first.pos() - from < NUDGE * h) {
			out.set(0, new Calibration.Tick(from, first.value()));
			moved = true;
		}
		int n = ticks.size() - 1;
		Calibration.Tick last = ticks.get(n);
		h = labels.get(n).y1() - labels.get(n).y0();
		if (last.pos() < to && to - last.pos() < NUDGE * h) {
			out.set(n, new Calibration.Tick(to, last.value()));
			moved = true;
		}
		return moved ? out : null;
	}
}
