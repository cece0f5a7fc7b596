package org.espice.core.internal.plots;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.espice.core.Plot;

/**
 * Reads text that a page draws as outlines rather than as text: the small closed contours of a glyph (its outer
 * contour and its holes) are grouped into glyphs, each glyph is identified by its shape ({@link GlyphTemplates}) in
 * the reading direction its neighbours agree on, and placed on a baseline with a font size so that
 * {@link TextAssembly} makes words of them like of any text. Glyphs of a font that maps no character to its codes
 * are identified the same way from their outlines. A weak or ambiguous shape stays unread: a wrong tick number is
 * worse than none.
 */
final class OutlineGlyphs {

	/** Glyphs read and the strokes that drew them (no longer curves or frame lines). */
	record Read(List<DrawingCollector.Glyph> glyphs, Set<Stroke> consumed) {
	}

	/** Outlined glyphs are at most this tall or wide (points). */
	static final double MAX_GLYPH = 14;
	/** Score a shape needs to be read as a character. */
	private static final double MIN_SCORE = 0.72;
	/** How much better than the next character the best must be. */
	private static final double MIN_MARGIN = 0.02;
	/** Templates shorter than this (ems) do not tell the font size: dots, dashes, commas. */
	private static final double SIZING_HEIGHT = 0.3;
	/** A glyph has at most this many contours or lines (a stroke font thickens a 0 with inner lines). */
	private static final int MAX_PARTS = 12;
	/** How much worse a character may match and still be read where its word's context asks for it. */
	private static final double CONTEXT = 0.08;
	/** Cap height over x-height of a sans-serif face. */
	private static final double CAP_OVER_X = 1.37;
	/** Score a digit standing alone (a tick number 0 or 5) needs. */
	private static final double LONE_DIGIT = 0.8;
	/** Space beside a digit, in font sizes. */
	private static final double DIGIT_SPACE = 0.06;
	/** Widening of contour boxes when grouping (points). */
	private static final double HAIR = 0.15;
	/** Outlines farther than this from any plot frame are not read (points). */
	private static final double FRAME_REACH = 70;

	private static final System.Logger LOG = System.getLogger(OutlineGlyphs.class.getName());

	private record Contour(double[] xs, double[] ys, double[] box, Stroke stroke, boolean evenOdd, boolean closed) {
	}

	private final List<Contour> contours = new ArrayList<>();

	/**
	 * Remembers a subpath small enough to be part of a glyph: a filled contour ({@code stroke} null), or the stroke
	 * that drew it (a glyph's outline or a stroke font's line).
	 */
	void contour(List<double[]> pts, Stroke stroke, boolean evenOdd) {
		if (pts.size() < 2) {
			return;
		}
		double[] xs = new double[pts.size()];
		double[] ys = new double[pts.size()];
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (int i = 0; i < xs.length; i++) {
			xs[i] = pts.get(i)[0];
			ys[i] = pts.get(i)[1];
			box[0] = Math.min(box[0], xs[i]);
			box[1] = Math.min(box[1], ys[i]);
			box[2] = Math.max(box[2], xs[i]);
			box[3] = Math.max(box[3], ys[i]);
		}
		double w = box[2] - box[0];
		double h = box[3] - box[1];
		double end = Math.hypot(xs[0] - xs[xs.length - 1], ys[0] - ys[ys.length - 1]);
		if (w > MAX_GLYPH || h > MAX_GLYPH || Math.max(w, h) < 0.4) {
			return;
		}
		contours.add(new Contour(xs, ys, box, stroke, evenOdd, end <= 0.05 * Math.max(w, h) + 0.01));
	}

	/** Remembers the outline of a text glyph whose font maps no character to its code, placed on the page. */
	void glyphOutline(java.awt.geom.GeneralPath outline, AffineTransform toPage) {
		List<double[]> pts = new ArrayList<>();
		double[] c = new double[6];
		for (java.awt.geom.PathIterator it = outline.getPathIterator(toPage, 0.05); !it.isDone(); it.next()) {
			int type = it.currentSegment(c);
			if (type == java.awt.geom.PathIterator.SEG_MOVETO && !pts.isEmpty()) {
				closedContour(pts);
				pts = new ArrayList<>();
			}
			if (type != java.awt.geom.PathIterator.SEG_CLOSE) {
				pts.add(new double[] { c[0], c[1] });
			}
		}
		closedContour(pts);
	}

	private void closedContour(List<double[]> pts) {
		if (pts.size() > 2) {
			pts.add(pts.get(0));
			contour(pts, null, false);
		}
	}

	/** Reads the outlines near the frames. */
	Read read(List<Plot.Box> frames) {
		List<DrawingCollector.Glyph> glyphs = new ArrayList<>();
		Set<Stroke> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
		if (frames.isEmpty()) {
			return new Read(glyphs, consumed);
		}
		List<Contour> near = contours.stream()
				.filter(c -> near(frames, (c.box[0] + c.box[2]) / 2, (c.box[1] + c.box[3]) / 2)).toList();
		List<Shape> shapes = shapes(near);
		for (Shape s : shapes) {
			s.identify();
		}
		for (Shape s : shapes) {
			s.orient(shapes);
		}
		// glyphs that tell their own size first, then the bars, dashes and dots that take it from their line
		for (Shape s : shapes) {
			s.placeSized();
		}
		for (Shape s : shapes) {
			s.inContext(shapes);
		}
		for (Shape s : shapes) {
			s.placeBar(shapes);
		}
		for (Shape s : shapes) {
			s.placeSmall(shapes);
		}
		for (Shape s : shapes) {
			s.recase(shapes);
		}
		for (Shape s : shapes) {
			s.closeUp(shapes);
		}
		List<Shape> alone = shapes.stream().filter(s -> s.alone(shapes)).toList();
		alone.forEach(s -> s.glyph = null);
		for (Shape s : shapes) {
			LOG.log(System.Logger.Level.TRACE, () -> String.format("outline %.1f %.1f %.1f %.1f parts %d: %s -> %s",
					s.box[0], s.box[1], s.box[2], s.box[3], s.parts.size(), s.describe(), s.glyph));
			if (s.glyph != null) {
				glyphs.add(s.glyph);
				for (Contour c : s.parts) {
					if (c.stroke != null) {
						consumed.add(c.stroke);
					}
				}
			}
		}
		return new Read(glyphs, consumed);
	}

	private static boolean near(List<Plot.Box> frames, double x, double y) {
		return frames.stream().anyMatch(f -> f.contains(x, y, FRAME_REACH));
	}

	private static boolean accepted(GlyphTemplates.Match m) {
		return m != null && m.score() >= MIN_SCORE && m.margin() >= MIN_MARGIN;
	}

	/**
	 * Contours whose boxes overlap by half the smaller one belong to one glyph (outer contour and holes, the lines of
	 * a stroke font's glyph); boxes are widened by a hair so that the bar and stem of a T meet.
	 */
	private static List<Shape> shapes(List<Contour> contours) {
		List<Contour> sorted = new ArrayList<>(contours);
		sorted.sort(Comparator.comparingDouble(c -> c.box[0]));
		int n = sorted.size();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < n; i++) {
			double[] a = sorted.get(i).box;
			for (int j = i + 1; j < n && sorted.get(j).box[0] <= a[2]; j++) {
				double[] b = sorted.get(j).box;
				double w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]) + 2 * HAIR;
				double h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]) + 2 * HAIR;
				double smaller = Math.min(area(a), area(b));
				if (w > 0 && h > 0 && (w * h >= 0.5 * smaller || touch(sorted.get(i), sorted.get(j))
						|| touch(sorted.get(j), sorted.get(i)))) {
					parent[find(parent, i)] = find(parent, j);
				}
			}
		}
		List<List<Contour>> groups = new ArrayList<>();
		int[] index = new int[n];
		java.util.Arrays.fill(index, -1);
		for (int i = 0; i < n; i++) {
			int r = find(parent, i);
			if (index[r] < 0) {
				index[r] = groups.size();
				groups.add(new ArrayList<>());
			}
			groups.get(index[r]).add(sorted.get(i));
		}
		List<Shape> out = new ArrayList<>();
		for (List<Contour> g : groups) {
			if (g.size() <= MAX_PARTS) {
				out.add(new Shape(g));
			}
		}
		return out;
	}

	/** Whether a line of a stroke font ends on another line: the two strokes of a V, the stem of a T. */
	private static boolean touch(Contour a, Contour b) {
		if (a.closed) {
			return false;
		}
		int n = a.xs.length - 1;
		for (int k = 0; k < 2; k++) {
			double x = k == 0 ? a.xs[0] : a.xs[n];
			double y = k == 0 ? a.ys[0] : a.ys[n];
			for (int i = 1; i < b.xs.length; i++) {
				if (java.awt.geom.Line2D.ptSegDistSq(b.xs[i - 1], b.ys[i - 1], b.xs[i], b.ys[i], x, y) < HAIR * HAIR) {
					return true;
				}
			}
		}
		return false;
	}

	private static double area(double[] b) {
		return (b[2] - b[0] + 2 * HAIR) * (b[3] - b[1] + 2 * HAIR);
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** The reading directions tried: along x, bottom to top, top to bottom. */
	private static final int[] DIRS = { 0, 90, 270 };

	/** One glyph's contours, its matches in each reading direction and the direction chosen. */
	private static final class Shape {
		final List<Contour> parts;
		final double[] box;
		final GlyphTemplates.Match[] matches = new GlyphTemplates.Match[DIRS.length];
		int dir = -1;
		/** The box in the upright frame of the chosen direction: {u0, v0, u1, v1}. */
		double[] uv;
		DrawingCollector.Glyph glyph;

		Shape(List<Contour> parts) {
			this.parts = parts;
			box = new double[] { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
			for (Contour c : parts) {
				box[0] = Math.min(box[0], c.box[0]);
				box[1] = Math.min(box[1], c.box[1]);
				box[2] = Math.max(box[2], c.box[2]);
				box[3] = Math.max(box[3], c.box[3]);
			}
		}

		double cx() {
			return (box[0] + box[2]) / 2;
		}

		double cy() {
			return (box[1] + box[3]) / 2;
		}

		double extent() {
			return Math.max(box[2] - box[0], box[3] - box[1]);
		}

		void identify() {
			Path2D.Double path = new Path2D.Double();
			boolean evenOdd = parts.stream().allMatch(c -> c.evenOdd);
			// a stroke font draws lines; a stroked closed outline with holes is a glyph's outline traced
			boolean pen = parts.stream().anyMatch(c -> c.stroke != null && !c.closed)
					|| parts.stream().allMatch(c -> c.stroke != null) && parts.size() == 1;
			for (Contour c : parts) {
				path.moveTo(c.xs[0], c.ys[0]);
				for (int i = 1; i < c.xs.length; i++) {
					path.lineTo(c.xs[i], c.ys[i]);
				}
				if (c.closed) {
					path.closePath();
				}
			}
			for (int k = 0; k < DIRS.length; k++) {
				AffineTransform upright = AffineTransform.getRotateInstance(-Math.toRadians(DIRS[k]));
				matches[k] = GlyphTemplates.match(upright.createTransformedShape(path), evenOdd, pen);
			}
		}

		/**
		 * The direction that reads best over this glyph and its neighbours (a rotated title reads rotated); only
		 * readable shapes vote, this one twice, and upright text is the default.
		 */
		void orient(List<Shape> all) {
			double reach = 2.5 * extent();
			double[] votes = new double[DIRS.length];
			votes[0] = 0.1;
			for (Shape o : all) {
				if (Math.abs(o.cx() - cx()) <= reach && Math.abs(o.cy() - cy()) <= reach) {
					for (int k = 0; k < DIRS.length; k++) {
						if (accepted(o.matches[k])) {
							votes[k] += (o == this ? 2 : 1) * o.matches[k].score();
						}
					}
				}
			}
			int best = 0;
			for (int k = 1; k < DIRS.length; k++) {
				if (votes[k] > votes[best] + 1e-9) {
					best = k;
				}
			}
			dir = best;
			uv = upright(DIRS[dir]);
		}

		String describe() {
			StringBuilder b = new StringBuilder();
			for (int k = 0; k < DIRS.length; k++) {
				GlyphTemplates.Match m = matches[k];
				b.append(k == dir ? "*" : "").append(DIRS[k]).append(':')
						.append(m == null ? "-" : m.ch() + String.format("%.2f/%.2f ", m.score(), m.margin()));
			}
			return b.toString();
		}

		GlyphTemplates.Match match() {
			return matches[dir];
		}

		double height() {
			return uv[3] - uv[1];
		}

		double width() {
			return uv[2] - uv[0];
		}

		/** A glyph whose template is tall enough to tell the font size, placed by its own height. */
		void placeSized() {
			GlyphTemplates.Match m = match();
			if (bar() || !accepted(m) || m.template().height() < SIZING_HEIGHT || "Il".indexOf(m.ch()) >= 0
					|| m.ch() == '1' && (m.score() < 0.85 || m.margin() < 0.1) || m.ch() == 'j' && width() < 0.35 * height()) {
				return;
			}
			place(m.template(), height() / m.template().height());
		}

		/**
		 * A glyph between letters read as the letter it nearly matches (D for 0), one between digits as the digit:
		 * a word is letters or a number.
		 */
		void inContext(List<Shape> all) {
			if (glyph == null || !Character.isLetterOrDigit(ch())) {
				return;
			}
			Shape right = neighbour(all, true, 0.6);
			Shape left = neighbour(all, false, 0.6);
			boolean digits = (right == null || Character.isDigit(right.ch())) && (left == null || Character.isDigit(left.ch()))
					&& (right != null || left != null);
			boolean letters = (right == null || Character.isLetter(right.ch()))
					&& (left == null || Character.isLetter(left.ch())) && (right != null || left != null);
			if (digits == Character.isDigit(ch()) && letters == Character.isLetter(ch()) || !digits && !letters) {
				return;
			}
			GlyphTemplates.Match m = match().among(digits ? Character::isDigit : Character::isLetter);
			if (m != null && m.score() >= match().score() - CONTEXT && m.score() >= MIN_SCORE - CONTEXT) {
				matches[dir] = m;
				glyph = null;
				placeSized();
			}
		}

		/** Letters drawn alike in both cases (s and S) take the case their height says beside a neighbour. */
		void recase(List<Shape> all) {
			if (glyph == null || GlyphTemplates.CASELESS.indexOf(Character.toLowerCase(ch())) < 0) {
				return;
			}
			Shape ref = null;
			for (boolean after : new boolean[] { true, false }) {
				// along the word to the nearest letter or digit whose case its shape tells (COLLECTOR: the L)
				Shape o = this;
				for (int step = 0; step < 6 && ref == null && o != null; step++) {
					o = o.neighbour(all, after, 0.6);
					if (o != null && Character.isLetterOrDigit(o.ch())
							&& GlyphTemplates.CASELESS.indexOf(Character.toLowerCase(o.ch())) < 0) {
						ref = o;
					}
				}
			}
			if (ref == null) {
				return;
			}
			char r = ref.ch();
			boolean tall = Character.isDigit(r) || Character.isUpperCase(r) || "bdfhklt".indexOf(r) >= 0;
			double cap = tall ? ref.height() : ref.height() * CAP_OVER_X;
			char ch = height() > 0.85 * cap ? Character.toUpperCase(ch()) : Character.toLowerCase(ch());
			if (ch != ch()) {
				GlyphTemplates.Template t = GlyphTemplates.template(ch);
				place(t, height() / t.height());
			}
		}

		/**
		 * Whether this is a glyph by itself that is not a clear digit: a piece of a curve or an arrow matches a / or
		 * an l as well as text does, but text has neighbours.
		 */
		boolean alone(List<Shape> all) {
			if (glyph == null) {
				return false;
			}
			for (Shape o : new Shape[] { neighbour(all, true, 0.6), neighbour(all, false, 0.6) }) {
				if (o != null && (Character.isLetterOrDigit(o.ch()) || Character.isLetterOrDigit(ch()))) {
					return false; // in a word; punctuation only beside a letter or digit
				}
			}
			return !Character.isDigit(ch()) || match().score() < LONE_DIGIT;
		}

		/** A 1 stands narrow in a digit's width: it advances to the glyph right after it, as the face set it. */
		void closeUp(List<Shape> all) {
			if (glyph == null || ch() != '1') {
				return;
			}
			Shape right = neighbour(all, true, 0.75);
			if (right != null && right.uv[0] - uv[2] < 0.75 * height()) {
				double cos = Math.cos(Math.toRadians(DIRS[dir]));
				double sin = Math.sin(Math.toRadians(DIRS[dir]));
				double u = glyph.x() * cos + glyph.y() * sin;
				double advance = Math.max(Math.hypot(glyph.ax(), glyph.ay()), right.uv[0] - u);
				glyph = new DrawingCollector.Glyph("1", glyph.x(), glyph.y(), advance * cos, advance * sin, glyph.size(),
						glyph.dir());
			}
		}

		/** A straight upright bar: a 1 before or after digits, an I before letters of its height, else unread. */
		void placeBar(List<Shape> all) {
			GlyphTemplates.Match m = match();
			boolean upright = bar() && height() > width() || width() < 0.45 * height() && "1Ilj".indexOf(m.ch()) >= 0;
			if (glyph != null || !upright) {
				return;
			}
			Shape right = neighbour(all, true, 0.6);
			Shape left = neighbour(all, false, 0.6);
			char ch;
			Shape by;
			if (right != null && aligned(right) && Character.isDigit(right.ch())) {
				by = right;
				ch = '1';
			} else if (right != null && Character.isLetter(right.ch()) && right.uv[3] < uv[3] + 0.1 * height()
					&& right.uv[1] > uv[1] - 0.5 * height() && right.height() > 0.45 * height()) {
				by = this; // an I before a letter, or before its subscript (ID)
				ch = 'I';
			} else if (left != null && aligned(left) && Character.isDigit(left.ch())) {
				by = left;
				ch = '1';
			} else {
				return;
			}
			GlyphTemplates.Template t = GlyphTemplates.template(ch);
			place(t, by == this ? height() / t.height() : by.glyph.size());
		}

		/** A dash before a digit (a minus), a dot or comma between digits, or a small sign beside any glyph. */
		void placeSmall(List<Shape> all) {
			GlyphTemplates.Match m = match();
			boolean dash = bar() && width() > height() || accepted(m) && m.ch() == '-';
			if (glyph != null || !dash && !accepted(m)) {
				return;
			}
			Shape right = neighbour(all, true, 0.6);
			Shape left = neighbour(all, false, 0.6);
			if (dash) {
				if (right != null && Character.isDigit(right.ch()) && width() <= 1.2 * right.height()
						&& mid() > right.uv[1] + 0.15 * right.height() && mid() < right.uv[1] + 0.8 * right.height()) {
					place(GlyphTemplates.template('-'), right.glyph.size());
				}
			} else if (m.ch() == '.' || m.ch() == ',') {
				if (left != null && right != null && Character.isDigit(left.ch()) && Character.isDigit(right.ch())
						&& Math.abs(uv[1] - left.uv[1]) < 0.25 * left.height()) {
					place(m.template(), left.glyph.size());
				} else if (m.ch() == ',' && left != null && Character.isLetter(left.ch()) && uv[3] > left.uv[1]
						&& uv[3] < left.uv[1] + 0.5 * left.height()) {
					place(m.template(), left.glyph.size()); // "IC, COLLECTOR CURRENT"
				}
			} else if (m.template().height() < SIZING_HEIGHT) {
				Shape by = right != null ? right : left;
				if (by != null) {
					place(m.template(), by.glyph.size());
				}
			}
		}

		private double mid() {
			return (uv[1] + uv[3]) / 2;
		}

		/** Whether a neighbour stands on the same baseline with about this glyph's height. */
		private boolean aligned(Shape o) {
			return Math.abs(o.uv[1] - uv[1]) < 0.2 * height() && o.height() > 0.75 * height()
					&& o.height() < 1.25 * height();
		}

		char ch() {
			return glyph.text().charAt(0);
		}

		/** A straight line or a thin box: its shape says nothing, its neighbours do. */
		boolean bar() {
			return Math.min(width(), height()) < 0.15 * Math.max(width(), height());
		}

		/**
		 * The nearest placed glyph of the same direction just after (or before) this one on its line, at most
		 * {@code within} glyph heights away.
		 */
		private Shape neighbour(List<Shape> all, boolean after, double within) {
			Shape best = null;
			double bestGap = Double.MAX_VALUE;
			double reach = Math.max(height(), width());
			for (Shape o : all) {
				if (o == this || o.glyph == null || o.dir != dir || o.uv[3] < uv[1] || o.uv[1] > uv[3]) {
					continue;
				}
				double gap = after ? o.uv[0] - uv[2] : uv[0] - o.uv[2];
				double limit = within * Math.max(reach, o.height());
				if (gap > -0.3 * o.width() && gap < limit && gap < bestGap) {
					best = o;
					bestGap = gap;
				}
			}
			return best;
		}

		/** The glyph as text places it: origin on the baseline, advance along the reading direction. */
		private void place(GlyphTemplates.Template t, double size) {
			if (size < 2.5 || size > 24) {
				return;
			}
			int d = DIRS[dir];
			double u0 = uv[0] - t.xMin() * size;
			double v0 = uv[1] - t.yMin() * size;
			double advance = width() + (t.xMin() + t.advance() - t.xMax()) * size;
			if (Character.isDigit(t.ch())) {
				// faces are condensed or not: a digit advances by its own width and a little, a 1 by a digit's
				advance = Math.max(width(), t.ch() == '1' ? 0.3 * height() : 0) + DIGIT_SPACE * size;
				u0 = (uv[0] + uv[2]) / 2 - advance / 2;
			}
			double cos = Math.cos(Math.toRadians(d));
			double sin = Math.sin(Math.toRadians(d));
			glyph = new DrawingCollector.Glyph(String.valueOf(t.ch()), u0 * cos - v0 * sin, u0 * sin + v0 * cos,
					advance * cos, advance * sin, size, d);
		}

		/** The box in the upright frame of direction d: {u0, v0, u1, v1}. */
		double[] upright(int d) {
			double cos = Math.cos(Math.toRadians(d));
			double sin = Math.sin(Math.toRadians(d));
			double[] out = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
			for (double x : new double[] { box[0], box[2] }) {
				for (double y : new double[] { box[1], box[3] }) {
					double u = x * cos + y * sin;
					double v = -x * sin + y * cos;
					out[0] = Math.min(out[0], u);
					out[1] = Math.min(out[1], v);
					out[2] = Math.max(out[2], u);
					out[3] = Math.max(out[3], v);
				}
			}
			return out;
		}

	}
}
