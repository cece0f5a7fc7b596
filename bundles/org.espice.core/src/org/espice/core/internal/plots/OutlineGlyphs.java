package org.espice.core.internal.plots;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.espice.core.Plot;

/**
 * Reads text that a page draws as paths rather than as text, near plot frames: the small contours of a glyph (its
 * outer contour and its holes, or the lines of a stroke font) are grouped into glyphs, each glyph is identified by
 * its shape ({@link GlyphTemplates}) in the reading direction its neighbours agree on, and placed on a baseline with
 * a font size ({@link OutlinedGlyph}) so that {@link TextAssembly} makes words of them like of any text. Glyphs of a
 * font that maps no character to its codes are read the same way from their outlines. A weak or ambiguous shape
 * stays unread: a wrong tick number is worse than none.
 */
final class OutlineGlyphs {

	/** Glyphs read and the strokes that drew them (no longer curves or frame lines). */
	record Read(List<DrawingCollector.Glyph> glyphs, Set<Stroke> consumed) {
	}

	/** Outlined glyphs are at most this tall or wide (points). */
	static final double MAX_GLYPH = 14;
	/** A glyph has at most this many contours or lines (a stroke font thickens a 0 with inner lines). */
	private static final int MAX_PARTS = 12;
	/** Widening of contour boxes when grouping (points). */
	private static final double HAIR = 0.15;
	/** Outlines farther than this from any plot frame are not read (points). */
	private static final double FRAME_REACH = 70;

	private static final System.Logger LOG = System.getLogger(OutlineGlyphs.class.getName());

	/** A subpath in page space with its box {x0, y0, x1, y1}, the stroke that drew it (null when filled). */
	record Contour(double[] xs, double[] ys, double[] box, Stroke stroke, boolean evenOdd, boolean closed) {
	}

	private final List<Contour> contours = new ArrayList<>();
	private final GlyphTemplates.Seen seen;

	/** Outlines of one page; {@code seen} holds the glyph rasters of the document's earlier pages. */
	OutlineGlyphs(GlyphTemplates.Seen seen) {
		this.seen = seen;
	}

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
		double end = Planar.length(xs[0] - xs[xs.length - 1], ys[0] - ys[ys.length - 1]);
		if (w > MAX_GLYPH || h > MAX_GLYPH || Math.max(w, h) < 0.4) {
			return;
		}
		contours.add(new Contour(xs, ys, box, stroke, evenOdd, end <= 0.05 * Math.max(w, h) + 0.01));
	}

	/** Remembers the outline of a text glyph whose font maps no character to its code, placed on the page. */
	void glyphOutline(GeneralPath outline, AffineTransform toPage) {
		List<double[]> pts = new ArrayList<>();
		double[] c = new double[6];
		for (PathIterator it = outline.getPathIterator(toPage, 0.05); !it.isDone(); it.next()) {
			int type = it.currentSegment(c);
			if (type == PathIterator.SEG_MOVETO && !pts.isEmpty()) {
				closedContour(pts);
				pts = new ArrayList<>();
			}
			if (type != PathIterator.SEG_CLOSE) {
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
		List<OutlinedGlyph> shapes = shapes(contours.stream()
				.filter(c -> near(frames, (c.box[0] + c.box[2]) / 2, (c.box[1] + c.box[3]) / 2)).toList());
		for (OutlinedGlyph s : shapes) {
			s.identify(seen);
		}
		NearGlyphs near = new NearGlyphs(shapes);
		for (OutlinedGlyph s : shapes) {
			s.orient(near);
		}
		// glyphs that tell their own size first, then the bars, dashes and dots that take it from their line
		for (OutlinedGlyph s : shapes) {
			s.placeSized();
		}
		for (OutlinedGlyph s : shapes) {
			s.inContext(near);
		}
		for (OutlinedGlyph s : shapes) {
			s.placeBar(near);
		}
		for (OutlinedGlyph s : shapes) {
			SmallMarks.place(s, near);
		}
		for (OutlinedGlyph s : shapes) {
			s.recase(near);
		}
		for (OutlinedGlyph s : shapes) {
			s.closeUp(near);
		}
		List<OutlinedGlyph> alone = shapes.stream().filter(s -> s.alone(near)).toList();
		alone.forEach(s -> s.glyph = null);
		for (OutlinedGlyph s : shapes) {
			LOG.log(System.Logger.Level.TRACE, () -> String.format("outline %.1f %.1f %.1f %.1f parts %d: %s -> %s",
					s.box[0], s.box[1], s.box[2], s.box[3], s.parts.size(), s.describe(), s.glyph));
			if (s.glyph != null) {
				glyphs.add(s.glyph);
				for (OutlinedGlyph g : s.partner == null ? List.of(s) : List.of(s, s.partner)) {
					for (Contour c : g.parts) {
						if (c.stroke() != null) {
							consumed.add(c.stroke());
						}
					}
				}
			}
		}
		return new Read(glyphs, consumed);
	}

	private static boolean near(List<Plot.Box> frames, double x, double y) {
		return frames.stream().anyMatch(f -> f.contains(x, y, FRAME_REACH));
	}

	/**
	 * Contours whose boxes overlap by half the smaller one belong to one glyph (outer contour and holes, the lines of
	 * a stroke font's glyph); boxes are widened by a hair so that the bar and stem of a T meet.
	 */
	private static List<OutlinedGlyph> shapes(List<Contour> contours) {
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
		Arrays.fill(index, -1);
		for (int i = 0; i < n; i++) {
			int r = find(parent, i);
			if (index[r] < 0) {
				index[r] = groups.size();
				groups.add(new ArrayList<>());
			}
			groups.get(index[r]).add(sorted.get(i));
		}
		List<OutlinedGlyph> out = new ArrayList<>();
		for (List<Contour> g : groups) {
			if (g.size() <= MAX_PARTS) {
				out.add(new OutlinedGlyph(g));
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
				if (Line2D.ptSegDistSq(b.xs[i - 1], b.ys[i - 1], b.xs[i], b.ys[i], x, y) < HAIR * HAIR) {
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

}
