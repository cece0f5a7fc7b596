package org.espice.core.internal.overlay;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.espice.core.Plot;

/**
 * A rectangle of a page as PDFBox renders it: the plot frame with a margin wide enough for its printed tick numbers,
 * so the page's own numbers stand beside the axes as read. Only the region is rendered, not the whole page.
 *
 * @param area  the rendered rectangle in PDF user space (the frame and its margin, clipped to the page)
 * @param image the rendered pixels, {@code scale} pixels per point
 */
public record PageRegion(Plot.Box area, BufferedImage image) {

	/** Points around the frame: tick numbers and the start of axis titles print within this of the frame. */
	static final double MARGIN = 30;
	/** The longer side of the frame in pixels, so a small plot is not a thumbnail and a large one not a poster. */
	static final double TARGET_PIXELS = 640;
	static final double MIN_SCALE = 1.5;
	static final double MAX_SCALE = 4;

	/** Renders the frame {@code box} of page {@code page} (1-based) with its margin. */
	public static PageRegion render(PDDocument doc, PDFRenderer renderer, int page, Plot.Box box) throws IOException {
		PDRectangle crop = doc.getPage(page - 1).getCropBox();
		Plot.Box area = new Plot.Box(Math.max(crop.getLowerLeftX(), box.x0() - MARGIN),
				Math.max(crop.getLowerLeftY(), box.y0() - MARGIN), Math.min(crop.getUpperRightX(), box.x1() + MARGIN),
				Math.min(crop.getUpperRightY(), box.y1() + MARGIN));
		if (area.width() <= 0 || area.height() <= 0) {
			throw new IOException("the plot frame on page " + page + " lies outside the page");
		}
		double scale = Math.max(MIN_SCALE,
				Math.min(MAX_SCALE, TARGET_PIXELS / Math.max(box.width(), box.height())));
		int w = Math.max(1, (int) Math.round(area.width() * scale));
		int h = Math.max(1, (int) Math.round(area.height() * scale));
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			// PDFBox clears the page with the background colour, which is black unless set
			g.setBackground(Color.WHITE);
			g.clearRect(0, 0, w, h);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			// PDFBox draws the crop box with its top-left corner at the origin, y down
			g.translate(-(area.x0() - crop.getLowerLeftX()) * scale, -(crop.getUpperRightY() - area.y1()) * scale);
			renderer.renderPageToGraphics(page - 1, g, (float) scale);
		} finally {
			g.dispose();
		}
		return new PageRegion(area, image);
	}
}
