package org.espice.core.extract;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.espice.core.Provenance;
import org.espice.core.internal.pdf.OpenedPdf;
import org.espice.core.internal.pdf.PdfSource;

/**
 * A datasheet page as an image with the row a value was read from outlined: where a reviewer checks a suspicious
 * number without hunting through the PDF. The outline is the value's {@link Provenance} box, the one every value
 * carries; a value that names only its page shows that page without an outline.
 *
 * @param image the page, rendered by PDFBox at {@code zoom} times 72 dpi
 * @param box   the outlined row in the image's pixels, or null when the value has no box
 * @param page  the 1-based page
 */
public record ValueOnPage(BufferedImage image, Rectangle box, int page) {

	/** The outline's colour, here and on the model card's row crops. */
	public static final Color OUTLINE = new Color(230, 120, 0);

	/**
	 * Renders the page of {@code where} from {@code pdf} with its box outlined.
	 *
	 * @param zoom pixels per PDF point (1 = 72 dpi); between 0.25 and 8
	 * @throws IOException when the file cannot be read or has no such page
	 */
	public static ValueOnPage render(Path pdf, Provenance where, double zoom) throws IOException {
		double z = Math.max(0.25, Math.min(8, zoom));
		try (OpenedPdf doc = PdfSource.open(pdf)) {
			int n = doc.document().getNumberOfPages();
			if (where.page() < 1 || where.page() > n) {
				throw new IOException(pdf.getFileName() + " has no page " + where.page() + " (it has " + n + ")");
			}
			PDPage page = doc.document().getPage(where.page() - 1);
			BufferedImage image = new PDFRenderer(doc.document()).renderImage(where.page() - 1, (float) z);
			Rectangle box = boxInImage(page, where, z, image.getWidth(), image.getHeight());
			if (box != null) {
				Graphics2D g = image.createGraphics();
				try {
					g.setColor(new Color(OUTLINE.getRed(), OUTLINE.getGreen(), OUTLINE.getBlue(), 48));
					g.fill(box);
					g.setColor(OUTLINE);
					g.setStroke(new BasicStroke(2f));
					g.draw(box);
				} finally {
					g.dispose();
				}
			}
			return new ValueOnPage(image, box, where.page());
		}
	}

	/**
	 * The provenance box in image pixels, a few points of margin around it: PDF user space (origin bottom-left of
	 * the page) to the rendered crop box (origin top-left). Null when the value has no box. Rotated pages are
	 * turned as PDFBox renders them.
	 */
	static Rectangle boxInImage(PDPage page, Provenance p, double zoom, int width, int height) {
		if (!(p.x1() > p.x0()) || !(p.y1() > p.y0())) {
			return null;
		}
		PDRectangle crop = page.getCropBox();
		double margin = 2;
		double x0 = (p.x0() - margin - crop.getLowerLeftX()) * zoom;
		double x1 = (p.x1() + margin - crop.getLowerLeftX()) * zoom;
		double top = (crop.getUpperRightY() - p.y1() - margin) * zoom;
		double bottom = (crop.getUpperRightY() - p.y0() + margin) * zoom;
		Rectangle r = switch (((page.getRotation() % 360) + 360) % 360) {
		case 90 -> rect(width - bottom, x0, width - top, x1);
		case 180 -> rect(width - x1, height - bottom, width - x0, height - top);
		case 270 -> rect(top, height - x1, bottom, height - x0);
		default -> rect(x0, top, x1, bottom);
		};
		return r.intersection(new Rectangle(0, 0, width, height));
	}

	private static Rectangle rect(double x0, double y0, double x1, double y1) {
		int left = (int) Math.floor(Math.min(x0, x1));
		int upper = (int) Math.floor(Math.min(y0, y1));
		return new Rectangle(left, upper, (int) Math.ceil(Math.abs(x1 - x0)), (int) Math.ceil(Math.abs(y1 - y0)));
	}

	/** The image as PNG. */
	public byte[] png() {
		return Png.of(image);
	}
}
