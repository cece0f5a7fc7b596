package org.espice.core.internal.plots;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.espice.tests.common.NumberNamedFonts;

/**
 * Draws a datasheet page with plots the way vendors do, in PDF user space: a frame with grid lines, tick numbers
 * under the bottom edge and left of the left edge, axis titles (the y title rotated), curves as polylines and text
 * inside the frame. Each call draws one element, so a test reads as the layout it checks.
 */
final class PlotSketch {

	private final List<Op> ops = new ArrayList<>();

	private interface Op {
		void draw(PDDocument doc, PDPageContentStream c) throws IOException;
	}

	static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	/** A frame drawn as a rectangle with {@code n} inner grid lines each way, all in black 0.5 pt. */
	PlotSketch frame(float x0, float y0, float x1, float y1, int grid) {
		ops.add((doc, c) -> {
			c.setLineWidth(0.5f);
			c.setStrokingColor(0f, 0f, 0f);
			c.addRect(x0, y0, x1 - x0, y1 - y0);
			c.stroke();
			for (int i = 1; i <= grid; i++) {
				float x = x0 + i * (x1 - x0) / (grid + 1);
				float y = y0 + i * (y1 - y0) / (grid + 1);
				c.moveTo(x, y0);
				c.lineTo(x, y1);
				c.moveTo(x0, y);
				c.lineTo(x1, y);
			}
			c.stroke();
		});
		return this;
	}

	/** Horizontal text with its baseline at y, starting at x. */
	PlotSketch text(String s, float x, float y, float size) {
		ops.add((doc, c) -> {
			c.beginText();
			c.setFont(FONT, size);
			c.newLineAtOffset(x, y);
			c.showText(s);
			c.endText();
		});
		return this;
	}

	/** Horizontal text in another font (Symbol for Ω and µ), its baseline at y, starting at x. */
	PlotSketch text(PDType1Font font, String s, float x, float y, float size) {
		ops.add((doc, c) -> {
			c.beginText();
			c.setFont(font, size);
			c.newLineAtOffset(x, y);
			c.showText(s);
			c.endText();
		});
		return this;
	}

	/**
	 * Helvetica's outlines (not embedded) under an encoding that names its digits, point and minus by number
	 * ({@code C0048} for "0" at code 48), as older publishing tools wrote fonts: no glyph list knows the names, and
	 * the font maps no character to its codes.
	 */
	static PDType1Font numberNamedFont() throws IOException {
		return NumberNamedFonts.font("PSOhelv", 45, 556, NumberNamedFonts.decimalNumberNames());
	}

	/**
	 * Text shown as its own bytes, its baseline at y, starting at x: for a font whose encoding no glyph list reads,
	 * which PDFBox cannot encode text for.
	 */
	PlotSketch codes(PDType1Font font, String s, float x, float y, float size) {
		ops.add((doc, c) -> {
			c.beginText();
			c.setFont(font, size);
			c.newLineAtOffset(x, y);
			c.appendRawCommands("(" + s + ") Tj\n");
			c.endText();
		});
		return this;
	}

	/** The width of text set in the sketch's font. */
	float width(String s, float size) throws IOException {
		return FONT.getStringWidth(s) / 1000 * size;
	}

	/** Horizontal text centred on x. */
	PlotSketch centred(String s, float x, float y, float size) throws IOException {
		return text(s, x - FONT.getStringWidth(s) / 1000 * size / 2, y, size);
	}

	/** Horizontal text ending at x (right-aligned tick numbers). */
	PlotSketch right(String s, float x, float y, float size) throws IOException {
		return text(s, x - FONT.getStringWidth(s) / 1000 * size, y, size);
	}

	/** Text reading bottom to top, its baseline at x, starting at y: a y-axis title. */
	PlotSketch rotated(String s, float x, float y, float size) {
		ops.add((doc, c) -> {
			c.beginText();
			c.setFont(FONT, size);
			c.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y));
			c.showText(s);
			c.endText();
		});
		return this;
	}

	/**
	 * Text drawn as filled glyph outlines instead of text, as some datasheets export their graphs: each glyph's
	 * outline is taken from the font, narrowed to {@code condensed} of its width, and filled as a path. The
	 * baseline starts at (x, y); {@code angle} 90 reads bottom to top.
	 */
	PlotSketch outlined(String s, float x, float y, float size, float condensed, int angle) {
		return outlined(s, x, y, size, condensed, angle, false);
	}

	/** Outlined text whose outlines are traced with a hairline pen instead of filled, when {@code traced}. */
	PlotSketch outlined(String s, float x, float y, float size, float condensed, int angle, boolean traced) {
		return outlined(s, x, y, size, condensed, angle, traced, 0);
	}

	/** Outlined text slanted as an oblique face is ({@code slant}: the shift right per unit of height). */
	PlotSketch outlinedSlanted(String s, float x, float y, float size, float slant) throws IOException {
		return outlined(s, x - FONT.getStringWidth(s) / 1000 * size / 2, y, size, 1, 0, false, slant);
	}

	private PlotSketch outlined(String s, float x, float y, float size, float condensed, int angle, boolean traced,
			float slant) {
		ops.add((doc, c) -> {
			c.setLineWidth(0.1f);
			java.awt.geom.AffineTransform at = java.awt.geom.AffineTransform.getTranslateInstance(x, y);
			at.rotate(Math.toRadians(angle));
			// outlines come in the units of the font file behind the standard font: scale them so an H is cap high
			float unit = (float) (FONT.getFontDescriptor().getCapHeight() / FONT.getNormalizedPath('H').getBounds2D()
					.getHeight());
			float pen = 0;
			for (char ch : s.toCharArray()) {
				java.awt.geom.AffineTransform glyph = new java.awt.geom.AffineTransform(at);
				glyph.translate(pen, 0);
				glyph.scale(size / 1000f * condensed * unit, size / 1000f * unit);
				glyph.shear(slant, 0);
				trace(c, FONT.getNormalizedPath(ch).getPathIterator(glyph));
				if (traced) {
					c.stroke();
				} else {
					c.fill();
				}
				pen += FONT.getWidth(ch) / 1000f * size * condensed;
			}
		});
		return this;
	}

	/** Outlined text centred on x. */
	PlotSketch outlinedCentred(String s, float x, float y, float size, float condensed) throws IOException {
		return outlined(s, x - FONT.getStringWidth(s) / 1000 * size * condensed / 2, y, size, condensed, 0);
	}

	/** Outlined text ending at x. */
	PlotSketch outlinedRight(String s, float x, float y, float size, float condensed) throws IOException {
		return outlined(s, x - FONT.getStringWidth(s) / 1000 * size * condensed, y, size, condensed, 0);
	}

	/**
	 * Outlined text ending at x as a face unlike the templates sets it: its decimal points are small round dots
	 * (octagons {@code 0.1} em across, which match an O as well as a point), its 1s are narrowed to {@code oneWidth}
	 * of their width and stand {@code afterOne} ems farther from what follows (a face whose 1 is a stem with a small
	 * flag, set off-centre).
	 */
	PlotSketch outlinedOddFace(String s, float x, float y, float size, float oneWidth, float afterOne)
			throws IOException {
		float width = 0;
		for (char ch : s.toCharArray()) {
			width += FONT.getWidth(ch) / 1000f * size + (ch == '1' ? afterOne * size : 0);
		}
		float pen = x - width;
		for (char ch : s.toCharArray()) {
			float advance = FONT.getWidth(ch) / 1000f * size;
			if (ch == '.') {
				float r = 0.05f * size;
				float cx = pen + advance / 2;
				float[] xs = new float[8];
				float[] ys = new float[8];
				for (int k = 0; k < 8; k++) {
					double a = Math.PI / 8 + k * Math.PI / 4;
					xs[k] = cx + (float) (r * Math.cos(a));
					ys[k] = y + r + (float) (r * Math.sin(a));
				}
				blob(xs, ys);
			} else {
				outlined(String.valueOf(ch), pen, y, size, ch == '1' ? oneWidth : 1, 0, false, 0);
			}
			pen += advance + (ch == '1' ? afterOne * size : 0);
		}
		return this;
	}

	/** A closed shape through the points, filled: a mark that is no glyph. */
	PlotSketch blob(float[] xs, float[] ys) {
		ops.add((doc, c) -> {
			c.moveTo(xs[0], ys[0]);
			for (int i = 1; i < xs.length; i++) {
				c.lineTo(xs[i], ys[i]);
			}
			c.closePath();
			c.fill();
		});
		return this;
	}

	private static void trace(PDPageContentStream c, java.awt.geom.PathIterator it) throws IOException {
		float[] p = new float[6];
		float cx = 0;
		float cy = 0;
		for (; !it.isDone(); it.next()) {
			switch (it.currentSegment(p)) {
			case java.awt.geom.PathIterator.SEG_MOVETO -> c.moveTo(p[0], p[1]);
			case java.awt.geom.PathIterator.SEG_LINETO -> c.lineTo(p[0], p[1]);
			case java.awt.geom.PathIterator.SEG_QUADTO -> c.curveTo(cx + 2f / 3 * (p[0] - cx), cy + 2f / 3 * (p[1] - cy),
					p[2] + 2f / 3 * (p[0] - p[2]), p[3] + 2f / 3 * (p[1] - p[3]), p[2], p[3]);
			case java.awt.geom.PathIterator.SEG_CUBICTO -> c.curveTo(p[0], p[1], p[2], p[3], p[4], p[5]);
			default -> c.closePath();
			}
			int n = it.currentSegment(p) == java.awt.geom.PathIterator.SEG_CUBICTO ? 4
					: it.currentSegment(p) == java.awt.geom.PathIterator.SEG_QUADTO ? 2 : 0;
			if (it.currentSegment(p) != java.awt.geom.PathIterator.SEG_CLOSE) {
				cx = p[n];
				cy = p[n + 1];
			}
		}
	}

	/** "10" with a raised, smaller exponent, centred on x: a log decade. */
	PlotSketch decade(int exponent, float x, float y, float size) throws IOException {
		float w = FONT.getStringWidth("10") / 1000 * size;
		text("10", x - w / 2, y, size);
		return text(String.valueOf(exponent), x + w / 2, y + 0.4f * size, 0.65f * size);
	}

	/** A curve through points, drawn as one path or as a separate path per segment. */
	PlotSketch curve(float[] xs, float[] ys, float width, float[] rgb, boolean pieces) {
		ops.add((doc, c) -> {
			c.setLineWidth(width);
			c.setStrokingColor(rgb[0], rgb[1], rgb[2]);
			for (int i = 1; i < xs.length; i++) {
				if (i == 1 || pieces) {
					c.moveTo(xs[i - 1], ys[i - 1]);
				}
				c.lineTo(xs[i], ys[i]);
				if (pieces) {
					c.stroke();
				}
			}
			if (!pieces) {
				c.stroke();
			}
		});
		return this;
	}

	/** A curve through points drawn as one path with a dash pattern (3 pt on, 2 pt off). */
	PlotSketch dashed(float[] xs, float[] ys, float width, float[] rgb) {
		ops.add((doc, c) -> {
			c.setLineDashPattern(new float[] { 3, 2 }, 0);
			c.setLineWidth(width);
			c.setStrokingColor(rgb[0], rgb[1], rgb[2]);
			c.moveTo(xs[0], ys[0]);
			for (int i = 1; i < xs.length; i++) {
				c.lineTo(xs[i], ys[i]);
			}
			c.stroke();
			c.setLineDashPattern(new float[0], 0);
		});
		return this;
	}

	/** A straight line: a leader from a label to its curve, or a legend swatch. */
	PlotSketch line(float x0, float y0, float x1, float y1, float width, float[] rgb) {
		return curve(new float[] { x0, x1 }, new float[] { y0, y1 }, width, rgb, false);
	}

	/**
	 * A capacitance plot's axes: the frame 100..300 x 400..550 pt with four grid steps, 0..50 V across every 40 pt,
	 * 0..300 pF up every 50 pt, and both titles.
	 */
	static PlotSketch capacitanceAxes() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 5; i++) {
			s.centred(String.valueOf(10 * i), 100 + 40 * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(100 * i), 97, 400 + 50 * i - 2.5f, 7);
		}
		return s.centred("VDS, DRAIN-TO-SOURCE VOLTAGE (V)", 200, 378, 7).rotated("C, CAPACITANCE (pF)", 80, 420, 7);
	}

	/** A curve y = f(x) sampled at n points between page x0 and x1. */
	PlotSketch function(float x0, float x1, int n, DoubleUnaryOperator f, boolean pieces) {
		float[] xs = new float[n];
		float[] ys = new float[n];
		for (int i = 0; i < n; i++) {
			xs[i] = x0 + i * (x1 - x0) / (n - 1);
			ys[i] = (float) f.applyAsDouble(xs[i]);
		}
		return curve(xs, ys, 1f, new float[] { 0, 0, 0 }, pieces);
	}

	/**
	 * A frame and grid drawn as fills of their outlines, as some producers export every line: the frame a ring of
	 * width {@code pen} (outer and inner edge as two subpaths, filled even-odd), each grid line a thin bar with
	 * pointed ends (six points).
	 */
	PlotSketch filledFrame(float x0, float y0, float x1, float y1, int grid, float pen) {
		ops.add((doc, c) -> {
			c.setNonStrokingColor(0f, 0f, 0f);
			float h = pen / 2;
			c.addRect(x0 - h, y0 - h, x1 - x0 + pen, y1 - y0 + pen);
			c.addRect(x0 + h, y0 + h, x1 - x0 - pen, y1 - y0 - pen);
			c.fillEvenOdd();
			for (int i = 1; i <= grid; i++) {
				float x = x0 + i * (x1 - x0) / (grid + 1);
				float y = y0 + i * (y1 - y0) / (grid + 1);
				bar(c, new float[] { x - 0.3f, x, x + 0.3f, x + 0.3f, x, x - 0.3f },
						new float[] { y0, y0 - 0.3f, y0, y1, y1 + 0.3f, y1 });
				bar(c, new float[] { x0, x0 - 0.3f, x0, x1, x1 + 0.3f, x1 },
						new float[] { y - 0.3f, y, y + 0.3f, y + 0.3f, y, y - 0.3f });
			}
		});
		return this;
	}

	private static void bar(PDPageContentStream c, float[] xs, float[] ys) throws IOException {
		c.moveTo(xs[0], ys[0]);
		for (int i = 1; i < xs.length; i++) {
			c.lineTo(xs[i], ys[i]);
		}
		c.closePath();
		c.fill();
	}

	/**
	 * A curve y = f(x) drawn as the filled outline of a {@code pen}-wide stroke: out along one edge, back along the
	 * other. It runs from x0 to x1, and only what lies inside the clip box shows.
	 */
	PlotSketch filledFunction(float x0, float x1, int n, DoubleUnaryOperator f, float pen, float[] clip) {
		ops.add((doc, c) -> {
			c.saveGraphicsState();
			c.addRect(clip[0], clip[1], clip[2] - clip[0], clip[3] - clip[1]);
			c.clip();
			c.setNonStrokingColor(0f, 0f, 0f);
			float[][] edge = new float[2 * n][];
			for (int i = 0; i < n; i++) {
				float x = x0 + i * (x1 - x0) / (n - 1);
				float dx = (x1 - x0) / (n - 1);
				float y = (float) f.applyAsDouble(x);
				float slope = (float) ((f.applyAsDouble(x + dx / 10) - f.applyAsDouble(x - dx / 10)) / (dx / 5));
				float norm = (float) Math.hypot(1, slope);
				float ox = -slope / norm * pen / 2;
				float oy = 1 / norm * pen / 2;
				edge[i] = new float[] { x + ox, y + oy };
				edge[2 * n - 1 - i] = new float[] { x - ox, y - oy };
			}
			c.moveTo(edge[0][0], edge[0][1]);
			for (int i = 1; i < edge.length; i++) {
				c.lineTo(edge[i][0], edge[i][1]);
			}
			c.closePath();
			c.fill();
			c.restoreGraphicsState();
		});
		return this;
	}

	/**
	 * A curve y = f(x) from x0 to x1 drawn as one filled quadrilateral per segment, each the outline of that
	 * segment's {@code pen}-wide stroke and its own path (moved to, lined three times, not closed), as some
	 * producers export a thick curve.
	 */
	PlotSketch quadFunction(float x0, float x1, int n, DoubleUnaryOperator f, float pen) {
		ops.add((doc, c) -> {
			c.setNonStrokingColor(0f, 0f, 0f);
			for (int i = 0; i + 1 < n; i++) {
				float xa = x0 + i * (x1 - x0) / (n - 1);
				float xb = x0 + (i + 1) * (x1 - x0) / (n - 1);
				float ya = (float) f.applyAsDouble(xa);
				float yb = (float) f.applyAsDouble(xb);
				float len = (float) Math.hypot(xb - xa, yb - ya);
				float ox = -(yb - ya) / len * pen / 2;
				float oy = (xb - xa) / len * pen / 2;
				c.moveTo(xa + ox, ya + oy);
				c.lineTo(xb + ox, yb + oy);
				c.lineTo(xb - ox, yb - oy);
				c.lineTo(xa - ox, ya - oy);
				c.fill();
			}
		});
		return this;
	}

	/**
	 * A curve y = f(x) from x0 to x1 drawn dash-dot, each mark a filled quadrilateral and its own path, as ST exports
	 * its dashed curves: dashes 5.5 pt long drawn as two halves that touch (a dash across a corner of the polyline,
	 * the second half drawn first), dots 1.6 pt long, every other one drawn as two square halves, 2 pt between marks.
	 * The corners lie on a coarse grid, so that the marks' widths vary about {@code pen} (0.85 to 1.2 times it).
	 */
	PlotSketch quadDashDot(float x0, float x1, DoubleUnaryOperator f, float pen) {
		ops.add((doc, c) -> {
			c.setNonStrokingColor(0f, 0f, 0f);
			double x = x0;
			int mark = 0;
			while (true) {
				boolean dash = mark % 2 == 0;
				double[] ends = { x, along(f, x, dash ? 2.75 : 0.8), 0 };
				ends[2] = along(f, ends[1], dash ? 2.75 : 0.8);
				if (ends[2] > x1) {
					break;
				}
				boolean halves = dash || mark % 4 == 1;
				float w = pen * new float[] { 1f, 0.85f, 1.2f }[mark % 3];
				if (!halves) {
					quad(c, f, ends[0], ends[2], w);
				} else if (dash) {
					quad(c, f, ends[1], ends[2], w);
					quad(c, f, ends[0], ends[1], w);
				} else {
					quad(c, f, ends[0], ends[1], w);
					quad(c, f, ends[1], ends[2], w);
				}
				x = along(f, ends[2], 2);
				mark++;
			}
		});
		return this;
	}

	/** The x a length {@code l} (points) farther along y = f(x) from x. */
	private static double along(DoubleUnaryOperator f, double x, double l) {
		double walked = 0;
		double step = 0.01;
		while (walked < l) {
			walked += Math.hypot(step, f.applyAsDouble(x + step) - f.applyAsDouble(x));
			x += step;
		}
		return x;
	}

	/** The outline of a {@code pen}-wide stroke from x = xa to xb along the curve, its corners on a 0.26 pt grid. */
	private static void quad(PDPageContentStream c, DoubleUnaryOperator f, double xa, double xb, float pen)
			throws IOException {
		double ya = f.applyAsDouble(xa);
		double yb = f.applyAsDouble(xb);
		double len = Math.hypot(xb - xa, yb - ya);
		double ox = -(yb - ya) / len * pen / 2;
		double oy = (xb - xa) / len * pen / 2;
		c.moveTo(grid(xa + ox), grid(ya + oy));
		c.lineTo(grid(xb + ox), grid(yb + oy));
		c.lineTo(grid(xb - ox), grid(yb - oy));
		c.lineTo(grid(xa - ox), grid(ya - oy));
		c.closePath();
		c.fill();
	}

	private static float grid(double v) {
		return (float) (Math.round(v / 0.26) * 0.26);
	}

	/** Everything sketched so far drawn a second time, on top of itself, as some producers do. */
	PlotSketch twice() {
		List<Op> drawn = List.copyOf(ops);
		ops.addAll(drawn);
		return this;
	}

	/** A grey picture filling a box: a plot pasted in as an image. */
	PlotSketch picture(float x0, float y0, float x1, float y1) {
		ops.add((doc, c) -> {
			java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(20, 20,
					java.awt.image.BufferedImage.TYPE_INT_RGB);
			PDImageXObject x = LosslessFactory.createFromImage(doc, img);
			c.drawImage(x, x0, y0, x1 - x0, y1 - y0);
		});
		return this;
	}

	/** The sketch on one A4 page, loaded back as a document. */
	PDDocument document() throws IOException {
		PDDocument doc = new PDDocument();
		PDPage page = new PDPage(PDRectangle.A4);
		doc.addPage(page);
		try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
			for (Op op : ops) {
				op.draw(doc, c);
			}
		}
		return doc;
	}
}
