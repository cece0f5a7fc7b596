package org.espice.core.internal.plots;

import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

import org.espice.core.Plot;

/**
 * Lines drawn from a label to the curve it names, where curves lie too close for the label to sit at one: a short
 * straight line with one end at the label's text and the other on a curve, or a line underlining the text that
 * turns into a straight shaft to the curve. The line is no curve; the label is the curve's.
 */
final class LeaderLines {

	/**
	 * A leader line, the curve it points at (trace index) and its label.
	 *
	 * @param line  the trace index of the line when it was traced as a curve, else -1
	 * @param curve the trace index of the curve
	 * @param label the text at the line's other end
	 */
	record Leader(int line, int curve, Label label) {
	}

	/** How far a leader's end may stop short of its label's text. */
	private static final double AT_LABEL = 4;
	/** How far a leader's end may stop short of (or overshoot) its curve. */
	private static final double AT_CURVE = 3;
	/** How far short of its end a shaft that crosses a curve has passed it (points). */
	private static final double SHORT_OF_END = 0.2;
	/** A leader is a single stroke of at most this many vertices (an arrow head may add a few). */
	private static final int MAX_VERTICES = 4;
	/** An arrow head's barb is at most this long (points). */
	private static final double BARB = 6;

	private LeaderLines() {
	}

	/**
	 * The leaders among the traced lines and the short strokes inside the frame (too short to be traced): straight,
	 * slanted, from a label's text to a curve.
	 */
	static List<Leader> find(Plot.Box f, List<Stroke> strokes, List<CurveTracer.Trace> traces, List<Label> labels) {
		List<Leader> out = new ArrayList<>();
		List<CurveTracer.Trace> lines = new ArrayList<>(traces);
		for (Stroke s : strokes) {
			double[] b = s.bounds();
			if (s.size() <= MAX_VERTICES && f.contains(b[0], b[1], 0) && f.contains(b[2], b[3], 0) && b[2] - b[0] > 1
					&& b[3] - b[1] > 1) {
				lines.add(new CurveTracer.Trace(s.xs(), s.ys(), s));
			}
		}
		List<Label> taken = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			CurveTracer.Trace t = lines.get(i);
			int line = i < traces.size() ? i : -1;
			int[] shaft = shaft(t);
			if (shaft == null) {
				Leader u = underlined(f, line, t, traces, labels);
				if (u != null && !taken.contains(u.label())) {
					out.add(u);
					taken.add(u.label());
				}
				continue;
			}
			double ax = t.xs()[shaft[0]], ay = t.ys()[shaft[0]], bx = t.xs()[shaft[1]], by = t.ys()[shaft[1]];
			Leader a = leader(line, traces, labels, ax, ay, bx, by);
			Leader b = a != null ? a : leader(line, traces, labels, bx, by, ax, ay);
			if (b != null && !taken.contains(b.label())) {
				out.add(b);
				taken.add(b.label());
			}
		}
		return out;
	}

	/** The leader from a label at (lx, ly) to a curve at (cx, cy), or null. */
	private static Leader leader(int line, List<CurveTracer.Trace> traces, List<Label> labels, double lx, double ly,
			double cx, double cy) {
		Label label = null;
		double best = AT_LABEL;
		for (Label l : labels) {
			double d = l.distance(lx, ly);
			if (d <= best && l.distance(cx, cy) > d) {
				best = d;
				label = l;
			}
		}
		if (label == null) {
			return null;
		}
		int curve = curveAt(line, traces, lx, ly, cx, cy, AT_CURVE);
		return curve < 0 ? null : new Leader(line, curve, label);
	}

	/**
	 * The curve a shaft from (lx, ly) ends on at (cx, cy), within {@code reach}; where curves run closer together
	 * than the reach, not one it crossed on its way there (an arrow to the middle of three curves passes the outer
	 * one). -1 when none.
	 */
	private static int curveAt(int line, List<CurveTracer.Trace> traces, double lx, double ly, double cx, double cy,
			double reach) {
		int curve = -1;
		boolean crossed = true;
		double near = reach;
		for (int j = 0; j < traces.size(); j++) {
			if (j == line || shaft(traces.get(j)) != null) {
				continue;
			}
			double d = traces.get(j).distance(cx, cy);
			boolean passed = crosses(traces.get(j), lx, ly, cx, cy);
			if (d <= reach && (crossed && !passed || d <= near && passed == crossed)) {
				near = d;
				curve = j;
				crossed = passed;
			}
		}
		return curve;
	}

	/**
	 * A label underlined by its leader (ST): a level stroke under the text, then a straight shaft from its end to
	 * the curve, whose arrow head, drawn apart as a filled shape, may cover the last few points to it. A line that
	 * starts or ends on the frame is a curve of that shape (a derating curve, level and then falling to the axis;
	 * an output curve drawn as two strokes from the origin), however its label sits. Null when the trace is no such
	 * line.
	 */
	private static Leader underlined(Plot.Box f, int line, CurveTracer.Trace t, List<CurveTracer.Trace> traces,
			List<Label> labels) {
		if (t.size() != 3) {
			return null;
		}
		double[] xs = t.xs();
		double[] ys = t.ys();
		for (int k : new int[] { 0, 2 }) {
			if (!f.contains(xs[k], ys[k], -ON_FRAME)) {
				return null;
			}
		}
		// the level stroke at either end, the elbow in the middle
		int end = Math.abs(ys[0] - ys[1]) <= LEVEL ? 0 : Math.abs(ys[2] - ys[1]) <= LEVEL ? 2 : -1;
		if (end < 0 || Math.abs(xs[end] - xs[1]) < UNDERLINE) {
			return null;
		}
		int tip = 2 - end;
		double under0 = Math.min(xs[end], xs[1]);
		double under1 = Math.max(xs[end], xs[1]);
		Label label = null;
		for (Label l : labels) {
			double over = Math.min(l.x1(), under1) - Math.max(l.x0(), under0);
			if (l.dir() == 0 && l.y0() >= ys[1] - 1 && l.y0() <= ys[1] + AT_LABEL && over >= 0.5 * (l.x1() - l.x0())
					&& (label == null || l.y0() < label.y0())) {
				label = l;
			}
		}
		if (label == null) {
			return null;
		}
		int curve = curveAt(line, traces, xs[1], ys[1], xs[tip], ys[tip], AT_CURVE + BARB);
		return curve < 0 ? null : new Leader(line, curve, label);
	}

	/** A line's end this close to the frame (points) is on it. */
	private static final double ON_FRAME = 2;
	/** A stroke this close to level (points) is level. */
	private static final double LEVEL = 0.5;
	/** An underline is at least this long (points). */
	private static final double UNDERLINE = 8;

	/** Whether the shaft from (lx, ly) crosses the trace before its last {@link #SHORT_OF_END} points to (cx, cy). */
	private static boolean crosses(CurveTracer.Trace t, double lx, double ly, double cx, double cy) {
		double len = Planar.length(cx - lx, cy - ly);
		if (len <= SHORT_OF_END) {
			return false;
		}
		double k = 1 - SHORT_OF_END / len;
		double ex = lx + k * (cx - lx);
		double ey = ly + k * (cy - ly);
		for (int i = 1; i < t.size(); i++) {
			if (Line2D.linesIntersect(lx, ly, ex, ey, t.xs()[i - 1], t.ys()[i - 1], t.xs()[i], t.ys()[i])) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The vertices that end a leader's shaft: a straight line of a few vertices, or a line with an arrow head's
	 * barb (segments much shorter than the shaft) at one end; null when the trace is no leader.
	 */
	static int[] shaft(CurveTracer.Trace t) {
		if (t.size() > MAX_VERTICES) {
			return null;
		}
		int longest = 0;
		double length = 0;
		double rest = 0;
		for (int i = 1; i < t.size(); i++) {
			double l = Planar.length(t.xs()[i] - t.xs()[i - 1], t.ys()[i] - t.ys()[i - 1]);
			rest += l;
			if (l > length) {
				length = l;
				longest = i;
			}
		}
		rest -= length;
		if (length >= 3 * BARB && rest <= BARB * (t.size() - 2)) {
			return new int[] { longest - 1, longest }; // the barbs' vertices are no end of the shaft
		}
		return straight(t) ? new int[] { 0, t.size() - 1 } : null;
	}

	private static boolean straight(CurveTracer.Trace t) {
		int n = t.size() - 1;
		double len = Planar.length(t.xs()[n] - t.xs()[0], t.ys()[n] - t.ys()[0]);
		if (len < 3) {
			return false;
		}
		for (int i = 1; i < n; i++) {
			double d = Math.abs((t.xs()[n] - t.xs()[0]) * (t.ys()[0] - t.ys()[i])
					- (t.xs()[0] - t.xs()[i]) * (t.ys()[n] - t.ys()[0])) / len;
			if (d > 1) {
				return false;
			}
		}
		return true;
	}
}
