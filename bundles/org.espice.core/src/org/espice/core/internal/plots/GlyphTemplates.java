package org.espice.core.internal.plots;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Identifies a glyph from its outline alone: the shape is drawn into a small grid stretched to its own box and
 * compared with the same drawing of each character of a plain sans-serif font (Liberation Sans, shipped with
 * PDFBox), with the box's aspect ratio and the number of holes as further evidence. Datasheet plots set their
 * numbers and titles in Helvetica-like faces, plain or condensed, which this matches; anything else scores low and
 * stays unread.
 */
final class GlyphTemplates {

	/**
	 * A character as the font draws it: its blurred raster (less its mean, scaled to unit length, so that a dot
	 * product is a correlation), holes, aspect ratio and metrics in ems.
	 */
	record Template(char ch, float[] raster, int holes, double aspect, double xMin, double yMin, double xMax,
			double yMax, double advance) {
		double height() {
			return yMax - yMin;
		}
	}

	/**
	 * The best template for a shape, with its score and the margin over the best other character.
	 *
	 * @param template the character matched
	 * @param score    correlation of the rasters less the penalties, at most 1
	 * @param margin   how much better than the best other character
	 */
	record Match(Template template, double score, double margin, double[] scores) {
		char ch() {
			return template.ch;
		}

		/** The best match among the characters a word's context allows, its margin taken among them. */
		Match among(IntPredicate allowed) {
			return best(scores, allowed);
		}
	}

	/** Characters of axis numbers, titles and units. */
	static final String CHARACTERS = "0123456789.-+()%/,ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u00b5\u00b0\u03a9";
	/** Letters drawn alike in both cases, told apart by height. */
	static final String CASELESS = "cosuvwxz";
	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private GlyphTemplates() {
	}

	/** Rendered once per JVM, on first use. */
	private static final class Holder {
		static final List<Template> TEMPLATES = load();
		/** The templates' rasters cell by cell: cell i of template t at {@code i * size + t}. */
		static final float[] BY_CELL = byCell(TEMPLATES);
		/** Whether two templates are {@link #alike}, by their indices. */
		static final boolean[][] ALIKE = alike(TEMPLATES);
	}

	private static boolean[][] alike(List<Template> templates) {
		int n = templates.size();
		boolean[][] out = new boolean[n][n];
		for (int a = 0; a < n; a++) {
			for (int b = 0; b < n; b++) {
				out[a][b] = alike(templates.get(a).ch, templates.get(b).ch);
			}
		}
		return out;
	}

	private static float[] byCell(List<Template> templates) {
		int n = templates.size();
		float[] out = new float[GlyphGrid.GRID * GlyphGrid.GRID * n];
		for (int t = 0; t < n; t++) {
			float[] r = templates.get(t).raster;
			for (int i = 0; i < r.length; i++) {
				out[i * n + t] = r[i];
			}
		}
		return out;
	}

	static List<Template> templates() {
		return Holder.TEMPLATES;
	}

	/** The template of a character of {@link #CHARACTERS}. */
	static Template template(char ch) {
		return templates().stream().filter(t -> t.ch == ch).findFirst().orElseThrow();
	}

	/**
	 * The template best matching an outline drawn upright (baseline along +x).
	 *
	 * @param outline the glyph's contours, or its pen strokes
	 * @param evenOdd whether holes are found by the even-odd rule rather than non-zero winding
	 * @param pen     whether the glyph is drawn with a pen along the lines (a stroke font) rather than filled
	 */
	static Match match(Shape outline, boolean evenOdd, boolean pen) {
		return matchTurned(outline, evenOdd, pen, 0)[0];
	}

	/**
	 * The best templates for an outline as drawn and, unless {@code turns} is 0, turned a quarter clockwise and a
	 * quarter counter-clockwise (text read bottom to top and top to bottom). The grid fit is the same for a box and
	 * its turned box, so the turned rasters are the drawn one's cells rearranged.
	 */
	static Match[] matchTurned(Shape outline, boolean evenOdd, boolean pen, int turns) {
		return matchTurned(outline, evenOdd, pen, turns, new Seen());
	}

	/** As {@link #matchTurned(Shape, boolean, boolean, int)}, a raster seen before compared only once. */
	static Match[] matchTurned(Shape outline, boolean evenOdd, boolean pen, int turns, Seen seen) {
		Match[] out = new Match[1 + turns];
		Rectangle2D b = outline.getBounds2D();
		if (b.getWidth() <= 0 && b.getHeight() <= 0) {
			return out;
		}
		GeneralPath path = new GeneralPath(evenOdd ? GeneralPath.WIND_EVEN_ODD : GeneralPath.WIND_NON_ZERO);
		path.append(outline, false);
		Seen.Drawn shape = seen.drawn(path, b, pen);
		double aspect = aspect(b);
		Match[] before = shape.matched.get(aspect);
		if (before != null && before.length >= out.length) {
			System.arraycopy(before, 0, out, 0, out.length);
			return out;
		}
		double[] penalties = null;
		for (int k = 0; k < out.length; k++) {
			if (k < 2) {
				penalties = penalties(k == 0 ? aspect : 1 / aspect, shape.holes); // both quarter turns alike
			}
			out[k] = best(scores(shape.correlations(k), penalties), c -> true);
		}
		shape.matched.put(aspect, out.clone());
		return out;
	}

	private static double[] penalties(double aspect, int holes) {
		List<Template> all = templates();
		double[] out = new double[all.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = penalty(aspect, holes, all.get(i));
		}
		return out;
	}

	private static double[] scores(double[] correlations, double[] penalties) {
		double[] scores = new double[correlations.length];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = correlations[i] - penalties[i];
		}
		return scores;
	}

	/**
	 * The rasters a document's glyphs drew so far, with their holes and correlations with every template in each
	 * reading direction: text repeats a few characters, each drawn to the same raster wherever it stands and at
	 * whatever size, so comparing it with the templates once is enough. Its aspect ratio, the one measure a raster
	 * does not keep, is scored afresh each time.
	 */
	static final class Seen {
		private final Map<Raster, Drawn> drawn = new HashMap<>();
		/** Shapes placed in the grid by their coordinates there: the same coordinates draw the same raster. */
		private final Map<Placed, Drawn> placed = new HashMap<>();
		private final GlyphGrid.Canvas canvas = new GlyphGrid.Canvas();

		Drawn drawn(float[] solid) {
			return drawn.computeIfAbsent(new Raster(solid), r -> new Drawn(solid));
		}

		/** The outline drawn into the grid, filled or with a pen, unless the same placed shape was drawn before. */
		Drawn drawn(Shape path, Rectangle2D b, boolean pen) {
			AffineTransform at = GlyphGrid.fit(b, pen ? 2 : 1);
			Shape inGrid = at.createTransformedShape(path);
			if (!pen && GlyphGrid.hairline(b)) {
				return drawn(canvas.fill(inGrid, at.createTransformedShape(b)));
			}
			Placed key = new Placed(coordinates(inGrid, pen));
			Drawn d = placed.get(key);
			if (d == null) {
				d = drawn(pen ? canvas.pen(inGrid) : canvas.fill(inGrid, null));
				placed.put(key, d);
			}
			return d;
		}

		/** The shape's segments as numbers (kind, then points), after whether drawn with a pen and its winding rule. */
		private static double[] coordinates(Shape s, boolean pen) {
			PathIterator it = s.getPathIterator(null);
			double[] out = new double[64];
			int n = 0;
			out[n++] = pen ? 1 : 0;
			out[n++] = it.getWindingRule();
			double[] c = new double[6];
			for (; !it.isDone(); it.next()) {
				int type = it.currentSegment(c);
				int points = type == PathIterator.SEG_CLOSE ? 0 : type == PathIterator.SEG_QUADTO ? 2
						: type == PathIterator.SEG_CUBICTO ? 3 : 1;
				if (n + 1 + 2 * points > out.length) {
					out = Arrays.copyOf(out, 2 * out.length + 8);
				}
				out[n++] = type;
				for (int i = 0; i < 2 * points; i++) {
					out[n++] = c[i];
				}
			}
			return Arrays.copyOf(out, n);
		}

		private record Placed(double[] numbers) {
			@Override
			public boolean equals(Object o) {
				return o instanceof Placed p && Arrays.equals(numbers, p.numbers);
			}

			@Override
			public int hashCode() {
				return Arrays.hashCode(numbers);
			}
		}

		private record Raster(float[] cells) {
			@Override
			public boolean equals(Object o) {
				return o instanceof Raster r && Arrays.equals(cells, r.cells);
			}

			@Override
			public int hashCode() {
				return Arrays.hashCode(cells);
			}
		}

		/** A raster's holes and, by quarter turns (0 none, 1 clockwise, 2 counter-clockwise), its correlations. */
		static final class Drawn {
			final int holes;
			private final float[] raster;
			private final double[][] correlations = new double[3][];
			/**
			 * The matches by the aspect ratio of the box the raster was drawn from: the same glyph at the same size
			 * again has the same ratio, and so the same matches.
			 */
			final Map<Double, Match[]> matched = new HashMap<>();

			Drawn(float[] solid) {
				holes = GlyphGrid.holes(solid);
				raster = GlyphGrid.unit(GlyphGrid.blur(solid));
			}

			double[] correlations(int k) {
				if (correlations[k] == null) {
					float[] r = k == 0 || raster == null ? raster : turn(raster, k == 1);
					correlations[k] = r == null ? new double[templates().size()] : dots(r);
				}
				return correlations[k];
			}
		}
	}

	/** The raster turned a quarter clockwise (or counter-clockwise), rows from the top. */
	private static float[] turn(float[] r, boolean clockwise) {
		float[] out = new float[r.length];
		for (int i = 0; i < GlyphGrid.GRID; i++) {
			for (int j = 0; j < GlyphGrid.GRID; j++) {
				out[i * GlyphGrid.GRID + j] = clockwise ? r[(GlyphGrid.GRID - 1 - j) * GlyphGrid.GRID + i] : r[j * GlyphGrid.GRID + GlyphGrid.GRID - 1 - i];
			}
		}
		return out;
	}

	private static Match best(double[] scores, IntPredicate allowed) {
		List<Template> all = templates();
		boolean[][] alike = Holder.ALIKE;
		int best = -1;
		double bestScore = Double.NEGATIVE_INFINITY;
		double second = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < scores.length; i++) {
			if (!allowed.test(all.get(i).ch)) {
				continue;
			}
			double s = scores[i];
			if (s > bestScore) {
				if (best >= 0 && !alike[best][i]) {
					second = Math.max(second, bestScore);
				}
				best = i;
				bestScore = s;
			} else if (s > second && !alike[best][i]) {
				second = s;
			}
		}
		return best < 0 ? null : new Match(all.get(best), bestScore, bestScore - second, scores);
	}

	/** The same character, or a letter drawn alike in both cases (its case is for the line's heights to tell). */
	static boolean alike(char a, char b) {
		return a == b || Character.toLowerCase(a) == Character.toLowerCase(b) && CASELESS.indexOf(Character.toLowerCase(a)) >= 0;
	}

	/** Aspect ratios far from the character's (beyond condensed or extended faces) and missing holes count against. */
	private static double penalty(double aspect, int holes, Template t) {
		double q = aspect / t.aspect;
		// well within the ratio allowed, the logarithm need not be taken: it is below log(1.35) either way
		double p = q < 1.349 && q > 1 / 1.349 ? 0 : Math.max(0, Math.abs(Math.log(q)) - Math.log(1.35)) * 0.6;
		if (holes != t.holes) {
			p += 0.15;
		}
		return p;
	}

	/** Width over height, kept within bounds so bars and dots compare by shape. */
	private static double aspect(Rectangle2D b) {
		double w = Math.max(b.getWidth(), 0.02 * b.getHeight());
		double h = Math.max(b.getHeight(), 0.02 * b.getWidth());
		return Math.max(0.05, Math.min(20, w / Math.max(h, 1e-9)));
	}

	private static List<Template> load() {
		try (InputStream in = PDFont.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IOException("PDFBox does not ship " + FONT);
			}
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
			try {
				CmapLookup cmap = ttf.getUnicodeCmapLookup();
				double em = ttf.getUnitsPerEm();
				List<Template> out = new ArrayList<>();
				for (char c : CHARACTERS.toCharArray()) {
					int gid = cmap.getGlyphId(c);
					GlyphData g = gid == 0 ? null : ttf.getGlyph().getGlyph(gid);
					if (g == null) {
						continue;
					}
					double advance = ttf.getAdvanceWidth(gid) / em;
					out.add(template(c, g.getPath(), em, advance));
					if (c == '1') {
						out.add(template(c, withoutFoot(g.getPath(), em), em, advance));
					}
				}
				return List.copyOf(out);
			} finally {
				ttf.close();
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the glyph templates", e);
		}
	}

	private static Template template(char c, Shape path, double em, double advance) {
		Rectangle2D b = path.getBounds2D();
		float[] solid = GlyphGrid.raster(path, b);
		return new Template(c, GlyphGrid.unit(GlyphGrid.blur(solid)), GlyphGrid.holes(solid), aspect(b), b.getMinX() / em, b.getMinY() / em,
				b.getMaxX() / em, b.getMaxY() / em, advance);
	}

	/** The 1 as Helvetica and Arial draw it: Liberation Sans stands it on a foot, which is cut away beside the stem. */
	private static Shape withoutFoot(Shape one, double em) {
		Area area = new Area(one);
		Area band = new Area(new Rectangle2D.Double(-em, 0.3 * em, 3 * em, 0.1 * em));
		band.intersect(area);
		Rectangle2D stem = band.getBounds2D();
		double foot = 0.15 * em;
		area.subtract(new Area(new Rectangle2D.Double(-em, -em, em + stem.getMinX(), em + foot)));
		area.subtract(new Area(new Rectangle2D.Double(stem.getMaxX(), -em, 3 * em, em + foot)));
		return area;
	}

	/**
	 * The raster's dot product with every template's, each summed in float cell by cell in order: the templates side
	 * by side in the inner loop make the sums independent of one another, hence fast, and sums in float, four cells at
	 * a time, take a third less time than sums in double. Their rounding, about 1e-6 of a correlation, lies far below
	 * the steps of the score and margin bounds a match is judged by (the dev corpus reads every glyph as before).
	 */
	private static double[] dots(float[] r) {
		float[] byCell = Holder.BY_CELL;
		int n = templates().size();
		float[] sums = new float[n];
		int i = 0;
		for (; i + 3 < r.length; i += 4) {
			float v0 = r[i];
			float v1 = r[i + 1];
			float v2 = r[i + 2];
			float v3 = r[i + 3];
			int b0 = i * n;
			int b1 = b0 + n;
			int b2 = b1 + n;
			int b3 = b2 + n;
			for (int t = 0; t < n; t++) {
				sums[t] = sums[t] + v0 * byCell[b0 + t] + v1 * byCell[b1 + t] + v2 * byCell[b2 + t]
						+ v3 * byCell[b3 + t];
			}
		}
		for (; i < r.length; i++) {
			float v = r[i];
			int base = i * n;
			for (int t = 0; t < n; t++) {
				sums[t] += v * byCell[base + t];
			}
		}
		double[] out = new double[n];
		for (int t = 0; t < n; t++) {
			out[t] = sums[t];
		}
		return out;
	}
}
