package org.espice.core.internal.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
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
	/** Raster side in cells. */
	private static final int GRID = 20;
	/** Pen width of stroke-font glyphs in cells: a sans-serif stem is about a seventh of the cap height. */
	private static final float PEN = 2.4f;
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
		float[] out = new float[GRID * GRID * n];
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
		double[] penalties = null;
		for (int k = 0; k < out.length; k++) {
			if (k < 2) {
				penalties = penalties(k == 0 ? aspect : 1 / aspect, shape.holes); // both quarter turns alike
			}
			out[k] = best(scores(shape.correlations(k), penalties), c -> true);
		}
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
		private final Canvas canvas = new Canvas();

		Drawn drawn(float[] solid) {
			return drawn.computeIfAbsent(new Raster(solid), r -> new Drawn(solid));
		}

		/** The outline drawn into the grid, filled or with a pen, unless the same placed shape was drawn before. */
		Drawn drawn(Shape path, Rectangle2D b, boolean pen) {
			AffineTransform at = fit(b, pen ? 2 : 1);
			Shape inGrid = at.createTransformedShape(path);
			if (!pen && hairline(b)) {
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

			Drawn(float[] solid) {
				holes = holes(solid);
				raster = unit(blur(solid));
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
		for (int i = 0; i < GRID; i++) {
			for (int j = 0; j < GRID; j++) {
				out[i * GRID + j] = clockwise ? r[(GRID - 1 - j) * GRID + i] : r[j * GRID + GRID - 1 - i];
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
		double ratio = Math.abs(Math.log(aspect / t.aspect));
		double p = Math.max(0, ratio - Math.log(1.35)) * 0.6;
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
		float[] solid = raster(path, b);
		return new Template(c, unit(blur(solid)), holes(solid), aspect(b), b.getMinX() / em, b.getMinY() / em,
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

	/** The shape filled into the grid, stretched to its box, anti-aliased; row 0 at the top. */
	static float[] raster(Shape path, Rectangle2D b) {
		return new Canvas().raster(path, b);
	}

	/** A box so thin that its shape draws too little: the box is drawn as well. */
	private static boolean hairline(Rectangle2D b) {
		return b.getWidth() < 0.05 * b.getHeight() || b.getHeight() < 0.05 * b.getWidth();
	}

	/**
	 * Maps a glyph's box into the grid, y down: the longer side fills the grid, the shorter one keeps the square root
	 * of its share, so that shapes compare across plain and condensed faces while bars stay bars.
	 */
	private static AffineTransform fit(Rectangle2D b, double margin) {
		double inner = GRID - 2 * margin;
		double w = Math.max(b.getWidth(), 0.02 * b.getHeight() + 1e-9);
		double h = Math.max(b.getHeight(), 0.02 * b.getWidth() + 1e-9);
		double a = w / h;
		double wpx = a < 1 ? inner * Math.sqrt(a) : inner;
		double hpx = a < 1 ? inner : inner / Math.sqrt(a);
		double sx = wpx / w;
		double sy = hpx / h;
		double ox = (GRID - wpx) / 2;
		double oy = (GRID - hpx) / 2;
		return new AffineTransform(sx, 0, 0, -sy, ox - b.getMinX() * sx, oy + b.getMaxY() * sy);
	}

	/**
	 * The grids glyphs are drawn into, one for filled outlines and one for pen strokes, each cleared and drawn into
	 * again for the next glyph: setting up a drawing costs more than drawing a glyph this small.
	 */
	static final class Canvas {
		private final BufferedImage filled = new BufferedImage(GRID, GRID, BufferedImage.TYPE_BYTE_GRAY);
		private final BufferedImage penned = new BufferedImage(GRID, GRID, BufferedImage.TYPE_BYTE_GRAY);
		private Graphics2D fill;
		private Graphics2D pen;

		/** The shape filled into the grid, stretched to its box, anti-aliased; row 0 at the top. */
		float[] raster(Shape path, Rectangle2D b) {
			AffineTransform at = fit(b, 1);
			return fill(at.createTransformedShape(path), hairline(b) ? at.createTransformedShape(b) : null);
		}

		/** A shape placed in the grid filled, and the box of a hairline bar unless null. */
		float[] fill(Shape inGrid, Shape bar) {
			if (fill == null) {
				fill = filled.createGraphics();
				fill.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				fill.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
				fill.setColor(Color.WHITE);
			}
			byte[] px = pixels(filled);
			Arrays.fill(px, (byte) 0);
			fill.fill(inGrid);
			if (bar != null) {
				fill.fill(bar); // a hairline bar: its box is its shape
			}
			return coverage(px);
		}

		/** A stroke-font glyph's lines, placed in the grid, drawn with a pen as wide as a sans-serif stem. */
		float[] pen(Shape inGrid) {
			if (pen == null) {
				pen = penned.createGraphics();
				pen.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				pen.setColor(Color.WHITE);
				pen.setStroke(new BasicStroke(PEN, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			}
			byte[] px = pixels(penned);
			Arrays.fill(px, (byte) 0);
			pen.draw(inGrid);
			return coverage(px);
		}

		private static byte[] pixels(BufferedImage img) {
			return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
		}
	}

	/** The grey grid drawn into, as coverage 0..1 per cell. */
	private static float[] coverage(byte[] px) {
		float[] out = new float[GRID * GRID];
		for (int i = 0; i < out.length; i++) {
			out[i] = (px[i] & 0xff) / 255f;
		}
		return out;
	}

	/** A 3x3 box blur: glyphs of other weights still overlap where their strokes run. */
	private static float[] blur(float[] r) {
		float[] out = new float[r.length];
		for (int y = 0; y < GRID; y++) {
			for (int x = 0; x < GRID; x++) {
				float s = 0;
				int n = 0;
				for (int dy = -1; dy <= 1; dy++) {
					for (int dx = -1; dx <= 1; dx++) {
						int xx = x + dx;
						int yy = y + dy;
						if (xx >= 0 && yy >= 0 && xx < GRID && yy < GRID) {
							s += r[yy * GRID + xx];
							n++;
						}
					}
				}
				out[y * GRID + x] = 0.5f * r[y * GRID + x] + 0.5f * s / n;
			}
		}
		return out;
	}

	/** The raster less its mean, scaled to unit length; null for a flat raster. */
	private static float[] unit(float[] r) {
		double mean = 0;
		for (float v : r) {
			mean += v;
		}
		mean /= r.length;
		double norm = 0;
		for (float v : r) {
			norm += (v - mean) * (v - mean);
		}
		if (norm < 1e-9) {
			return null;
		}
		double scale = 1 / Math.sqrt(norm);
		float[] out = new float[r.length];
		for (int i = 0; i < r.length; i++) {
			out[i] = (float) ((r[i] - mean) * scale);
		}
		return out;
	}

	/**
	 * The raster's dot product with every template's, each summed cell by cell in order as a plain dot product would;
	 * the templates side by side in the inner loop make the sums independent of one another, hence fast, and four
	 * cells at a time keep each sum in a register.
	 */
	private static double[] dots(float[] r) {
		float[] byCell = Holder.BY_CELL;
		int n = templates().size();
		double[] out = new double[n];
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
				double o = out[t];
				o += v0 * byCell[b0 + t];
				o += v1 * byCell[b1 + t];
				o += v2 * byCell[b2 + t];
				o += v3 * byCell[b3 + t];
				out[t] = o;
			}
		}
		for (; i < r.length; i++) {
			float v = r[i];
			int base = i * n;
			for (int t = 0; t < n; t++) {
				out[t] += v * byCell[base + t];
			}
		}
		return out;
	}

	/** Background regions of the raster that do not reach its border. */
	static int holes(float[] r) {
		boolean[] seen = new boolean[r.length];
		int holes = 0;
		int[] stack = new int[r.length];
		for (int start = 0; start < r.length; start++) {
			if (seen[start] || r[start] >= 0.35f) {
				continue;
			}
			int top = 0;
			stack[top++] = start;
			seen[start] = true;
			boolean border = false;
			int size = 0;
			while (top > 0) {
				int i = stack[--top];
				size++;
				int x = i % GRID;
				int y = i / GRID;
				border |= x == 0 || y == 0 || x == GRID - 1 || y == GRID - 1;
				// left, right, up, down: the order the region is walked in does not change its size or border
				if (x > 0 && !seen[i - 1] && r[i - 1] < 0.35f) {
					seen[i - 1] = true;
					stack[top++] = i - 1;
				}
				if (x < GRID - 1 && !seen[i + 1] && r[i + 1] < 0.35f) {
					seen[i + 1] = true;
					stack[top++] = i + 1;
				}
				if (y > 0 && !seen[i - GRID] && r[i - GRID] < 0.35f) {
					seen[i - GRID] = true;
					stack[top++] = i - GRID;
				}
				if (y < GRID - 1 && !seen[i + GRID] && r[i + GRID] < 0.35f) {
					seen[i + GRID] = true;
					stack[top++] = i + GRID;
				}
			}
			if (!border && size >= 2) {
				holes++;
			}
		}
		return holes;
	}
}
