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
