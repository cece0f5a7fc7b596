package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.Plot;

/**
 * Traces the curves inside a plot frame: stroked pieces inside the frame are joined where one continues another
 * with the same pen, then grid lines, the frame, ticks, legend swatches and arrows are dropped. What is left bends,
 * or is a long diagonal line.
 */
final class CurveTracer {

	/** A traced curve in page coordinates, in drawing order, with the pen it was drawn with. */
	record Trace(double[] xs, double[] ys, Stroke pen) {
		/** The trace through a chain of points {x, y}, in order. */
		static Trace of(List<double[]> pts, Stroke pen) {
			double[] xs = new double[pts.size()];
			double[] ys = new double[pts.size()];
			for (int i = 0; i < xs.length; i++) {
				xs[i] = pts.get(i)[0];
				ys[i] = pts.get(i)[1];
			}
			return new Trace(xs, ys, pen);
		}

		int size() {
			return xs.length;
		}

		/** Distance from a point to the polyline. */
		double distance(double x, double y) {
			double d = Double.MAX_VALUE;
			for (int i = 0; i < xs.length; i++) {
				int j = Math.min(i + 1, xs.length - 1);
				d = Math.min(d, segment(x, y, xs[i], ys[i], xs[j], ys[j]));
			}
			return d;
		}

		private static double segment(double x, double y, double x0, double y0, double x1, double y1) {
			double dx = x1 - x0;
			double dy = y1 - y0;
			double l2 = dx * dx + dy * dy;
			double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / l2));
			return Planar.length(x - x0 - t * dx, y - y0 - t * dy);
		}
	}

	/** Pieces whose ends lie closer than this continue each other. */
	private static final double JOIN = 0.75;
	/** A curve reaches at least this share of the frame's width or height. */
	private static final double MIN_EXTENT = 0.08;
	/** A single straight line is a curve only when at least this share of the frame's diagonal. */
	private static final double MIN_STRAIGHT = 0.25;
	private static final double PEN_MAX = 4;
	private static final int PAPER = 0xFFFFFF;
	/**
	 * A step moving this much both ways is no grid or frame line (drawn exactly level or upright): a curve nearly
	 * flat, as on-resistance at a high gate voltage, climbs in steps of hundredths of a point.
	 */
	private static final double SLANT = 0.01;
	/** A straight line spanning less than this across is level or upright (points). */
	private static final double AXIS_PARALLEL = 1;
	/** Steps of a staircase curve are shorter than this (points). */
	private static final double STAIR = 2;
	/** A closed line drawn in long level or upright sides along this share of its length is a box (any corners). */
	private static final double BOX_SIDES = 0.9;
	/**
	 * A curve's end this near a frame edge (points) was drawn to the edge, where the axis ends: the pen stops at
	 * the inside of the edge's line, or short of it by a rounding.
	 */
	private static final double TO_EDGE = 0.6;
	/** A step along a frame side this share of its length or longer is the frame's, not a curve's. */
	private static final double SIDE_STEP = 0.25;
	/** Steps along the frame's sides in a row that go round it. */
	private static final int ROUND = 2;
	/** How near a frame side (points, its pen's width) a step runs along it. */
	private static final double SIDE_REACH = 1;
	/** Directions at a joint are taken over this length of the curve (points). */
	private static final double DIRECTION_BASE = 2.5;

	private CurveTracer() {
	}

	static List<Trace> trace(Plot.Box f, List<Stroke> strokes) {
		List<Piece> pieces = new ArrayList<>();
		for (Stroke s : strokes) {
			// white ink is the paper: boxes knocked out behind labels, never a curve
			if (s.width() <= PEN_MAX && s.rgb() != PAPER && s.touches(f, 1.5)) {
				clip(f, s, pieces);
			}
		}
		pieces.removeIf(p -> gridOrFrame(f, p));
		List<Trace> out = new ArrayList<>();
		for (Piece joined : join(pieces)) {
			List<double[]> chain = Redrawn.oneWay(joined.pts());
			if (curve(f, chain)) {
				Trace t = Trace.of(offTheSides(f, chain), joined.pen());
				toEdge(f, t.xs(), t.ys(), 0);
				toEdge(f, t.xs(), t.ys(), t.size() - 1);
				out.add(t);
			}
		}
		return Redrawn.once(out);
	}

	/**
	 * The chain without the steps along the frame's sides it starts or ends with, where {@link #ROUND} of them or more
	 * run a quarter of a side or more: a path that draws the frame and a curve in one goes round the frame before the
	 * curve, and that is no part of it.
	 */
	private static List<double[]> offTheSides(Plot.Box f, List<double[]> chain) {
		int from = 0;
		int to = chain.size() - 1;
		int long0 = 0;
		int long1 = 0;
		for (double share; to - from > 1 && (share = alongSide(f, chain.get(from), chain.get(from + 1))) > 0; from++) {
			long0 += share >= SIDE_STEP ? 1 : 0;
		}
		for (double share; to - from > 1 && (share = alongSide(f, chain.get(to - 1), chain.get(to))) > 0; to--) {
			long1 += share >= SIDE_STEP ? 1 : 0;
		}
		// one step along a side is a curve lying on the axis (no current below a threshold); two long ones or more
		// go round the frame
		from = long0 < ROUND ? 0 : from;
		to = long1 < ROUND ? chain.size() - 1 : to;
		return from == 0 && to == chain.size() - 1 ? chain : new ArrayList<>(chain.subList(from, to + 1));
	}

	/**
	 * The share of a frame side's length the step from a to b runs along it (within {@link #SIDE_REACH}); 0 when
	 * it does not.
	 */
	private static double alongSide(Plot.Box f, double[] a, double[] b) {
		if (Math.abs(a[0] - b[0]) <= SIDE_REACH && Math.abs(a[1] - b[1]) > SIDE_REACH
				&& (Math.abs(a[0] - f.x0()) <= SIDE_REACH || Math.abs(a[0] - f.x1()) <= SIDE_REACH)) {
			return Math.abs(a[1] - b[1]) / f.height();
		}
		if (Math.abs(a[1] - b[1]) <= SIDE_REACH && Math.abs(a[0] - b[0]) > SIDE_REACH
				&& (Math.abs(a[1] - f.y0()) <= SIDE_REACH || Math.abs(a[1] - f.y1()) <= SIDE_REACH)) {
			return Math.abs(a[0] - b[0]) / f.width();
		}
		return 0;
	}

	/** Puts the end point {@code i} of a curve on the frame edge it stops just short of (or just past). */
	private static void toEdge(Plot.Box f, double[] xs, double[] ys, int i) {
		if (Math.abs(xs[i] - f.x0()) <= TO_EDGE) {
			xs[i] = f.x0();
		} else if (Math.abs(xs[i] - f.x1()) <= TO_EDGE) {
			xs[i] = f.x1();
		}
		if (Math.abs(ys[i] - f.y0()) <= TO_EDGE) {
			ys[i] = f.y0();
		} else if (Math.abs(ys[i] - f.y1()) <= TO_EDGE) {
			ys[i] = f.y1();
		}
	}

	private record Piece(List<double[]> pts, Stroke pen) {
		double[] first() {
			return pts.get(0);
		}

		double[] last() {
			return pts.get(pts.size() - 1);
		}
	}

	/**
	 * Runs of two or more of the stroke's vertices inside the frame, each from and to where it crosses the frame's
	 * edge: a steep curve drawn on to a vertex far over the top (the frame's clip hides the rest) still reaches the
	 * edge. A line with one vertex inside (a leader from a label outside) stays no run.
	 */
	private static void clip(Plot.Box f, Stroke s, List<Piece> out) {
		List<double[]> run = new ArrayList<>();
		int inside = 0;
		for (int i = 0; i < s.size(); i++) {
			double x = s.xs()[i];
			double y = s.ys()[i];
			if (f.contains(x, y, 1.5)) {
				if (run.isEmpty() && i > 0) {
					add(run, edge(f, x, y, s.xs()[i - 1], s.ys()[i - 1]));
				}
				inside += add(run, new double[] { x, y }) ? 1 : 0;
			} else {
				if (inside > 1) {
					add(run, edge(f, s.xs()[i - 1], s.ys()[i - 1], x, y));
					out.add(new Piece(run, s));
				}
				run = new ArrayList<>();
				inside = 0;
			}
		}
		if (inside > 1) {
			out.add(new Piece(run, s));
		}
	}

	/** Adds the point unless it is the last one again; whether it was added. */
	private static boolean add(List<double[]> run, double[] p) {
		if (p != null && (run.isEmpty() || Math.abs(run.get(run.size() - 1)[0] - p[0]) > 0.01
				|| Math.abs(run.get(run.size() - 1)[1] - p[1]) > 0.01)) {
			run.add(p);
			return true;
		}
		return false;
	}

	/**
	 * Where the segment from (x, y), inside the frame, leaves it on its way to (ox, oy), outside: null when it is no
	 * farther than the vertex (within the frame's slack of 1.5 pt already).
	 */
	private static double[] edge(Plot.Box f, double x, double y, double ox, double oy) {
		double t = 1;
		double dx = ox - x;
		double dy = oy - y;
		if (dx > 0 && x + t * dx > f.x1()) {
			t = (f.x1() - x) / dx;
		}
		if (dx < 0 && x + t * dx < f.x0()) {
			t = (f.x0() - x) / dx;
		}
		if (dy > 0 && y + t * dy > f.y1()) {
			t = (f.y1() - y) / dy;
		}
		if (dy < 0 && y + t * dy < f.y0()) {
			t = (f.y0() - y) / dy;
		}
		if (t <= 0) {
			return null;
		}
		return new double[] { x + t * dx, y + t * dy };
	}

	/** A straight axis-parallel piece spanning half the frame (grid line or frame edge), or lying on an edge. */
	private static boolean gridOrFrame(Plot.Box f, Piece p) {
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (double[] q : p.pts) {
			x0 = Math.min(x0, q[0]);
			y0 = Math.min(y0, q[1]);
			x1 = Math.max(x1, q[0]);
			y1 = Math.max(y1, q[1]);
		}
		boolean flat = y1 - y0 < 0.3;
		boolean upright = x1 - x0 < 0.3;
		if (flat && (x1 - x0 >= 0.5 * f.width() || Math.abs(y0 - f.y0()) < 1 || Math.abs(y0 - f.y1()) < 1)) {
			return true;
		}
		return upright && (y1 - y0 >= 0.5 * f.height() || Math.abs(x0 - f.x0()) < 1 || Math.abs(x0 - f.x1()) < 1);
	}

	private static long key(double x, double y) {
		return Math.round(x / JOIN) * 1_000_003L + Math.round(y / JOIN);
	}

	/** Chains pieces end to end (either way round) when drawn with the same pen. */
	private static List<Piece> join(List<Piece> pieces) {
		Map<Long, List<Integer>> ends = new HashMap<>();
		for (int i = 0; i < pieces.size(); i++) {
			Piece p = pieces.get(i);
			ends.computeIfAbsent(key(p.first()[0], p.first()[1]), k -> new ArrayList<>()).add(i);
			ends.computeIfAbsent(key(p.last()[0], p.last()[1]), k -> new ArrayList<>()).add(i);
		}
		boolean[] used = new boolean[pieces.size()];
		List<Piece> chains = new ArrayList<>();
		for (int i = 0; i < pieces.size(); i++) {
			if (used[i]) {
				continue;
			}
			used[i] = true;
			Piece seed = pieces.get(i);
			List<double[]> chain = new ArrayList<>(seed.pts);
			extend(chain, seed.pen, pieces, ends, used);
			java.util.Collections.reverse(chain);
			extend(chain, seed.pen, pieces, ends, used);
			chains.add(new Piece(chain, seed.pen));
		}
		return chains;
	}

	private static void extend(List<double[]> chain, Stroke pen, List<Piece> pieces, Map<Long, List<Integer>> ends,
			boolean[] used) {
		while (true) {
			double[] end = chain.get(chain.size() - 1);
			int best = -1;
			// a piece that doubles back is another curve from the same point (output curves share the origin)
			double bestTurn = 0;
			boolean reversed = false;
			long k0 = Math.round(end[0] / JOIN);
			long k1 = Math.round(end[1] / JOIN);
			for (long dx = -1; dx <= 1; dx++) {
				for (long dy = -1; dy <= 1; dy++) {
					List<Integer> here = ends.get((k0 + dx) * 1_000_003L + k1 + dy);
					if (here == null) {
						continue;
					}
					here.removeIf(j -> used[j]); // keeps every step cheap where many pieces meet
					for (int j : here) {
						Piece p = pieces.get(j);
						if (!p.pen.samePen(pen)) {
							continue;
						}
						boolean forward = near(p.first(), end);
						if (!forward && !near(p.last(), end)) {
							continue;
						}
						double turn = turn(chain, p.pts, forward);
						if (turn > bestTurn) {
							best = j;
							bestTurn = turn;
							reversed = !forward;
						}
					}
				}
			}
			if (best < 0) {
				return;
			}
			used[best] = true;
			List<double[]> next = new ArrayList<>(pieces.get(best).pts);
			if (reversed) {
				java.util.Collections.reverse(next);
			}
			chain.addAll(next.subList(1, next.size()));
		}
	}

	/**
	 * Cosine between the chain's direction and the piece's (as it would be appended), each taken over a few points
	 * of length: a curve drawn as a staircase of tiny steps turns by right angles at every vertex, yet runs on.
	 */
	private static double turn(List<double[]> chain, List<double[]> piece, boolean forward) {
		double[] a = chain.get(chain.size() - 1);
		double[] b = a;
		for (int i = chain.size() - 2; i >= 0; i--) {
			b = chain.get(i);
			if (Planar.length(a[0] - b[0], a[1] - b[1]) >= DIRECTION_BASE) {
				break;
			}
		}
		double[] c = a;
		for (int k = 1; k < piece.size(); k++) {
			c = piece.get(forward ? k : piece.size() - 1 - k);
			if (Planar.length(c[0] - a[0], c[1] - a[1]) >= DIRECTION_BASE) {
				break;
			}
		}
		double ux = a[0] - b[0], uy = a[1] - b[1];
		double vx = c[0] - a[0], vy = c[1] - a[1];
		double lu = Planar.length(ux, uy), lv = Planar.length(vx, vy);
		if (lu < 1e-6 || lv < 1e-6) {
			return 1e-3; // no direction to compare: joins, but after any piece that has one
		}
		return (ux * vx + uy * vy) / (lu * lv);
	}

	private static boolean near(double[] a, double[] b) {
		return Math.abs(a[0] - b[0]) <= JOIN && Math.abs(a[1] - b[1]) <= JOIN;
	}

	/** Whether a joined chain is a curve: it bends and reaches far enough, or is a long diagonal line. */
	private static boolean curve(Plot.Box f, List<double[]> chain) {
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		boolean slanted = false;
		double length = 0;
		double squared = 0; // length drawn in long level or upright steps
		for (int i = 0; i < chain.size(); i++) {
			double[] q = chain.get(i);
			x0 = Math.min(x0, q[0]);
			y0 = Math.min(y0, q[1]);
			x1 = Math.max(x1, q[0]);
			y1 = Math.max(y1, q[1]);
			if (i > 0) {
				double dx = Math.abs(q[0] - chain.get(i - 1)[0]);
				double dy = Math.abs(q[1] - chain.get(i - 1)[1]);
				slanted |= dx > SLANT && dy > SLANT;
				length += Planar.length(dx, dy);
				// a box's sides, not a staircase's steps
				squared += Math.min(dx, dy) <= 0.3 && Planar.length(dx, dy) >= STAIR ? Planar.length(dx, dy) : 0;
				if (i > 1) {
					// a stair: a short level step then a short upright one (or the other way), unlike a box's corners
					double px = Math.abs(chain.get(i - 1)[0] - chain.get(i - 2)[0]);
					double py = Math.abs(chain.get(i - 1)[1] - chain.get(i - 2)[1]);
					slanted |= Planar.length(dx, dy) < STAIR && Planar.length(px, py) < STAIR
							&& (px > SLANT && dy > SLANT || py > SLANT && dx > SLANT);
				}
			}
		}
		if (!slanted) {
			return false; // grid, frame, ticks, swatches: only axis-parallel strokes
		}
		if (x1 - x0 < MIN_EXTENT * f.width() && y1 - y0 < MIN_EXTENT * f.height()) {
			return false;
		}
		double[] a = chain.get(0);
		double[] b = chain.get(chain.size() - 1);
		boolean closed = near(a, b) && chain.size() > 3;
		if (closed && (squared >= BOX_SIDES * length || (x1 - x0) * (y1 - y0) < 0.05 * f.width() * f.height())) {
			return false; // a box (its corners may be rounded or cut), a marker or an arrow head
		}
		if (straight(chain)) {
			// a level or upright line is grid, however it was cut into pieces
			return x1 - x0 > AXIS_PARALLEL && y1 - y0 > AXIS_PARALLEL
					&& Planar.length(x1 - x0, y1 - y0) >= MIN_STRAIGHT * Planar.length(f.width(), f.height());
		}
		return true;
	}

	private static boolean straight(List<double[]> chain) {
		double[] a = chain.get(0);
		double[] b = chain.get(chain.size() - 1);
		double len = Planar.length(b[0] - a[0], b[1] - a[1]);
		if (len < 1) {
			return false;
		}
		for (double[] q : chain) {
			double d = Math.abs((b[0] - a[0]) * (a[1] - q[1]) - (a[0] - q[0]) * (b[1] - a[1])) / len;
			if (d > 1.0) {
				return false;
			}
		}
		return true;
	}
}
