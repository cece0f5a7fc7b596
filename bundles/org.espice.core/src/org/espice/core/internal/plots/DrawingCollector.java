package org.espice.core.internal.plots;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.espice.core.internal.pdf.GlyphNames;
import org.espice.core.internal.pdf.PageGraphics;

/**
 * Collects what each page draws, in PDF user space, while the layout reads its text in the same pass: stroked
 * polylines with their colour, width and dash; thin filled rectangles and the filled outlines of strokes (grid lines, curves and frames drawn as fills) as lines; the
 * boxes of small fills (glyphs drawn as outlines) and of images; and every text glyph in any direction, so plots
 * can be read with text and paths in one frame. Small
 * subpaths and the outlines of glyphs without a character go to {@link OutlineGlyphs}, which reads the ones near
 * plot frames as text. Only pages that may hold a plot are kept ({@link #endPage}).
 */
public final class DrawingCollector implements PageGraphics {

	private static final System.Logger LOG = System.getLogger(DrawingCollector.class.getName());

	/** A glyph at its origin, with its advance and up vectors. */
	record Glyph(String text, double x, double y, double ax, double ay, double size, int dir) {
	}

	/** Beziers are flattened into this many chords: enough for a plotted curve, cheap on long paths. */
	private static final int BEZIER_STEPS = 6;
	/** A filled rectangle thinner than this is a line drawn as a fill. */
	private static final double THIN_FILL = 1.6;

	private final List<PageDrawing> drawings = new ArrayList<>();
	private PDFStreamEngine engine;
	private int page;
	private double width;
	private Exception failure;
	private final List<List<double[]>> subpaths = new ArrayList<>();
	private List<double[]> current;
	private List<Stroke> strokes = new ArrayList<>();
	private List<Rectangle2D> images = new ArrayList<>();
	private List<Rectangle2D> smallFills = new ArrayList<>();
	private List<Glyph> glyphs = new ArrayList<>();
	private final Map<PDFont, String[]> unicodes = new IdentityHashMap<>();
	private final GlyphNames glyphNames = new GlyphNames();
	/** The axis titles parsed in the document, by their text: a datasheet's plots repeat their titles. */
	private final Map<String, AxisTitle> titles = new HashMap<>();
	private final Map<PDVectorFont, Map<Integer, java.awt.geom.GeneralPath>> outlineCache = new IdentityHashMap<>();
	private PDFont lastFont;
	private double[] lastMatrix;
	private double lastSize;
	private int lastDir;
	private String[] lastKnown;
	private PDColor lastColor;
	private int lastRgb;
	private final GlyphTemplates.Seen seen = new GlyphTemplates.Seen();
	private OutlineGlyphs outlines = new OutlineGlyphs(seen);
	private boolean filledToo;

	/** The drawings of the pages read so far that may hold a plot, in page order. */
	List<PageDrawing> drawings() {
		return List.copyOf(drawings);
	}

	@Override
	public void beginPage(int number, PDPage pdPage, PDFStreamEngine pageEngine) {
		engine = pageEngine;
		page = number;
		width = pdPage.getCropBox().getWidth();
		failure = null;
		fresh();
	}

	@Override
	public void endPage() {
		if (failure != null) {
			Exception e = failure;
			LOG.log(System.Logger.Level.WARNING, () -> "page " + page + ": its plots are not read: " + e);
		} else {
			// a page that may hold a plot has a candidate frame, or a picture the size of a plot; other pages (text,
			// tables without a corner of long lines) skip assembling their text in every direction and outlined glyphs
			List<FrameFinder.Frame> found = FrameFinder.find(strokes, width);
			if (!found.isEmpty() || hasPicture()) {
				OutlineGlyphs.Read outlined = outlines.read(found.stream().map(FrameFinder.Frame::box).toList());
				boolean consumed = strokes.removeIf(outlined.consumed()::contains);
				glyphs.addAll(outlined.glyphs());
				List<Stroke> distinct = Stroke.distinct(strokes);
				// the frames found are the frames of the strokes kept as long as none was taken away
				boolean same = !consumed && distinct.size() == strokes.size();
				TextAssembly.Labels text = TextAssembly.labels(glyphs, titles);
				drawings.add(new PageDrawing(page, width, distinct, images, smallFills, text, same ? found : null));
			}
		}
		fresh(); // what is drawn until the next page (annotations) belongs to no page
	}

	@Override
	public void failed(Exception e) {
		if (failure == null) {
			failure = e;
		}
	}

	private boolean hasPicture() {
		return images.stream().anyMatch(r -> r.getWidth() >= PlotReader.MIN_PICTURE_WIDTH
				&& r.getHeight() >= PlotReader.MIN_PICTURE_HEIGHT);
	}

	private void fresh() {
		subpaths.clear();
		current = null;
		strokes = new ArrayList<>();
		images = new ArrayList<>();
		smallFills = new ArrayList<>();
		glyphs = new ArrayList<>();
		outlines = new OutlineGlyphs(seen);
	}

	private PDGraphicsState getGraphicsState() {
		return engine.getGraphicsState();
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		List<double[]> r = new ArrayList<>(5);
		for (Point2D p : new Point2D[] { p0, p1, p2, p3, p0 }) {
			r.add(new double[] { p.getX(), p.getY() });
		}
		subpaths.add(r);
		current = null;
	}

	@Override
	public void drawImage() {
		Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
		images.add(ctm.createAffineTransform().createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1))
				.getBounds2D());
	}

	@Override
	public void clip(int windingRule) {
		// clipping does not change what is drawn where; the path is discarded by endPath
	}

	@Override
	public void moveTo(float x, float y) {
		current = new ArrayList<>();
		current.add(new double[] { x, y });
		subpaths.add(current);
	}

	@Override
	public void lineTo(float x, float y) {
		if (current == null) {
			moveTo(x, y);
			return;
		}
		current.add(new double[] { x, y });
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		if (current == null) {
			moveTo(x3, y3);
			return;
		}
		double[] p0 = current.get(current.size() - 1);
		for (int i = 1; i <= BEZIER_STEPS; i++) {
			double t = i / (double) BEZIER_STEPS;
			double u = 1 - t;
			double a = u * u * u;
			double b = 3 * u * u * t;
			double c = 3 * u * t * t;
			double d = t * t * t;
			current.add(new double[] { a * p0[0] + b * x1 + c * x2 + d * x3, a * p0[1] + b * y1 + c * y2 + d * y3 });
		}
	}

	@Override
	public Point2D getCurrentPoint() {
		if (current == null || current.isEmpty()) {
			return new Point2D.Float();
		}
		double[] p = current.get(current.size() - 1);
		return new Point2D.Double(p[0], p[1]);
	}

	@Override
	public void closePath() {
		if (current != null && current.size() > 1) {
			current.add(current.get(0).clone());
		}
	}

	@Override
	public void endPath() {
		subpaths.clear();
		current = null;
	}

	@Override
	public void strokePath() throws IOException {
		Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
		double width = Math.max(0.1, getGraphicsState().getLineWidth() * Math.abs(ctm.getScalingFactorX()));
		boolean dashed = getGraphicsState().getLineDashPattern() != null
				&& getGraphicsState().getLineDashPattern().getDashArray().length > 0;
		int rgb = rgb(getGraphicsState().getStrokingColor());
		for (List<double[]> p : subpaths) {
			if (p.size() > 1) {
				Stroke s = Stroke.of(p, rgb, width, dashed);
				strokes.add(s);
				if (!filledToo) {
					outlines.contour(p, s, true);
				}
			}
		}
		endPath();
	}

	@Override
	public void fillPath(int windingRule) throws IOException {
		fills(windingRule);
		endPath();
	}

	@Override
	public void fillAndStrokePath(int windingRule) throws IOException {
		fills(windingRule);
		filledToo = true;
		strokePath();
		filledToo = false;
	}

	/**
	 * Thin filled rectangles and other fills that are a stroke's outline ({@link FilledStrokes}) become lines; small
	 * fills are remembered as possible outlined glyphs.
	 */
	private void fills(int windingRule) throws IOException {
		int rgb = rgb(getGraphicsState().getNonStrokingColor());
		for (List<double[]> p : subpaths) {
			List<double[]> closed = new ArrayList<>(p);
			if (!p.isEmpty()) {
				closed.add(p.get(0));
			}
			outlines.contour(closed, null, windingRule == java.awt.geom.Path2D.WIND_EVEN_ODD);
			double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
			for (double[] q : p) {
				x0 = Math.min(x0, q[0]);
				y0 = Math.min(y0, q[1]);
				x1 = Math.max(x1, q[0]);
				y1 = Math.max(y1, q[1]);
			}
			double w = x1 - x0;
			double h = y1 - y0;
			if (p.size() <= 5 && Math.min(w, h) < THIN_FILL && Math.max(w, h) > 3 * THIN_FILL) {
				double[] a = w > h ? new double[] { x0, (y0 + y1) / 2 } : new double[] { (x0 + x1) / 2, y0 };
				double[] b = w > h ? new double[] { x1, (y0 + y1) / 2 } : new double[] { (x0 + x1) / 2, y1 };
				strokes.add(Stroke.of(List.of(a, b), rgb, Math.max(0.1, Math.min(w, h)), false));
			} else if (w < 12 && h < 12 && p.size() > 5) {
				smallFills.add(new Rectangle2D.Double(x0, y0, w, h));
			} else {
				addBand(FilledStrokes.band(p), rgb);
			}
		}
		if (subpaths.size() == 2) {
			addBand(FilledStrokes.ring(subpaths.get(0), subpaths.get(1)), rgb);
		}
	}

	/** A stroke drawn as its filled outline, as the part of it the clip lets show. */
	private void addBand(FilledStrokes.Band band, int rgb) {
		if (band == null) {
			return;
		}
		java.awt.geom.Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
		for (List<double[]> part : FilledStrokes.inside(band.line(), clip.getMinX() - 1, clip.getMinY() - 1,
				clip.getMaxX() + 1, clip.getMaxY() + 1)) {
			strokes.add(Stroke.of(part, rgb, band.width(), false));
		}
	}

	@Override
	public void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
		String text = unicode(font, code);
		double a = trm.getValue(0, 0);
		double b = trm.getValue(0, 1);
		double c = trm.getValue(1, 0);
		double d = trm.getValue(1, 1);
		if (!sameMatrix(a, b, c, d)) { // a run of text keeps its size and direction
			lastSize = Planar.length(c, d);
			lastDir = (int) Math.floorMod(Math.round(Math.toDegrees(Math.atan2(b, a)) / 90.0) * 90, 360);
		}
		double size = lastSize;
		if (size < 0.5) {
			return;
		}
		int dir = lastDir;
		double adv = displacement.getX();
		if (text != null && !text.isEmpty()) {
			glyphs.add(new Glyph(text, trm.getTranslateX(), trm.getTranslateY(), adv * a, adv * b, size, dir));
		} else if (font instanceof PDVectorFont vector) {
			// a font that maps no character to its codes: its outlines are read like outlines drawn as paths
			java.awt.geom.AffineTransform at = trm.createAffineTransform();
			at.scale(0.001, 0.001); // normalised outlines are in thousandths of the font size
			outlines.glyphOutline(outline(vector, code), at);
		}
	}

	/** A glyph's normalised outline, read from its font once per document (a font without characters repeats them). */
	private java.awt.geom.GeneralPath outline(PDVectorFont font, int code) throws IOException {
		Map<Integer, java.awt.geom.GeneralPath> known = outlineCache.computeIfAbsent(font, f -> new HashMap<>());
		java.awt.geom.GeneralPath path = known.get(code);
		if (path == null) {
			path = font.getNormalizedPath(code);
			known.put(code, path);
		}
		return path;
	}

	/** Whether the glyph matrix scales and turns as the last one did; if not, it is remembered. */
	private boolean sameMatrix(double a, double b, double c, double d) {
		boolean same = lastMatrix != null && Double.compare(a, lastMatrix[0]) == 0 && Double.compare(b, lastMatrix[1]) == 0
				&& Double.compare(c, lastMatrix[2]) == 0 && Double.compare(d, lastMatrix[3]) == 0;
		if (!same) {
			lastMatrix = new double[] { a, b, c, d };
		}
		return same;
	}

	/** The glyph's text; a font's one-byte codes are looked up once per document (tick numbers repeat a lot). */
	private String unicode(PDFont font, int code) throws IOException {
		if (code < 0 || code > 0xFF) {
			return font.toUnicode(code);
		}
		if (font != lastFont) { // a run of text keeps its font
			lastFont = font;
			lastKnown = unicodes.computeIfAbsent(font, f -> new String[0x100]);
		}
		String[] known = lastKnown;
		String text = known[code];
		if (text == null) {
			text = font.toUnicode(code);
			if (text == null) {
				text = glyphNames.text(font, code);
			}
			known[code] = text == null ? "" : text;
		}
		return text;
	}

	/** The colour as 0xRRGGBB; the last one is remembered, as a page draws many strokes in one colour. */
	private int rgb(PDColor color) {
		if (color != lastColor) {
			lastColor = color;
			try {
				lastRgb = color == null ? 0 : color.toRGB();
			} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
				lastRgb = 0;
			}
		}
		return lastRgb;
	}
}
