package org.espice.core.internal.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What a page's content draws, told while the text is read in the same pass ({@link GraphicsOperators}): the
 * callbacks of PDFBox's {@code PDFGraphicsStreamEngine}, with path points already in PDF user space. The graphics
 * state (transformation, line width, dash, colours) is read from the engine given to {@link #beginPage}.
 */
public interface PageGraphics {

	/** A page's content starts; {@code engine} holds the graphics state during the calls that follow. */
	void beginPage(int number, PDPage page, PDFStreamEngine engine);

	/** The page's content has been read. */
	void endPage();

	/** The page's drawing cannot be read (a broken colour space, image or path): what it drew is dropped. */
	void failed(Exception e);

	void moveTo(float x, float y);

	void lineTo(float x, float y);

	void curveTo(float x1, float y1, float x2, float y2, float x3, float y3);

	void closePath();

	void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3);

	/** The path's current point; never null (the origin before any {@code moveTo}). */
	Point2D getCurrentPoint();

	void endPath();

	void strokePath() throws IOException;

	void fillPath(int windingRule) throws IOException;

	void fillAndStrokePath(int windingRule) throws IOException;

	void clip(int windingRule);

	/** An image (XObject or inline) is drawn into the unit square of the current transformation. */
	void drawImage();

	/** A text glyph, as PDFBox's engine shows it: text rendering matrix, font, code and advance. */
	void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException;
}
