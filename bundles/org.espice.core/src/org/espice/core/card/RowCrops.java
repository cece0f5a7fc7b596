package org.espice.core.card;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.rendering.PDFRenderer;
import org.espice.core.Plot;
import org.espice.core.Provenance;
import org.espice.core.extract.ValueOnPage;
import org.espice.core.internal.overlay.PageRegion;
import org.espice.core.internal.pdf.OpenedPdf;
import org.espice.core.internal.pdf.PdfSource;

/**
 * Crops of the datasheet around the rows a model was fitted to, each row outlined, rendered with PDFBox from the
 * datasheet itself. One open document serves every crop of a card.
 */
final class RowCrops implements Closeable {

	private final OpenedPdf pdf;
	private final PDFRenderer renderer;
	private final Map<String, BufferedImage> done = new HashMap<>();

	private RowCrops(OpenedPdf pdf) {
		this.pdf = pdf;
		this.renderer = new PDFRenderer(pdf.document());
	}

	/** Crops from {@code pdf}, or null when it cannot be opened (the card then goes without them). */
	static RowCrops open(Path pdf) {
		if (pdf == null) {
			return null;
		}
		try {
			return new RowCrops(PdfSource.open(pdf));
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** The row with some of the page around it and the row outlined, or null when it has no box on a page. */
	BufferedImage crop(Provenance p) {
		if (p == null || p.page() < 1 || p.page() > pdf.document().getNumberOfPages() || !(p.x1() > p.x0())
				|| !(p.y1() > p.y0())) {
			return null;
		}
		String key = p.page() + ":" + p.x0() + ":" + p.y0() + ":" + p.x1() + ":" + p.y1();
		if (done.containsKey(key)) {
			return done.get(key);
		}
		BufferedImage image = null;
		try {
			PageRegion region = PageRegion.render(pdf.document(), renderer, p.page(),
					new Plot.Box(p.x0(), p.y0(), p.x1(), p.y1()));
			image = region.image();
			Plot.Box area = region.area();
			double scale = image.getWidth() / area.width();
			Graphics2D g = image.createGraphics();
			try {
				g.setColor(ValueOnPage.OUTLINE);
				g.setStroke(new BasicStroke(2f));
				g.drawRect((int) Math.round((p.x0() - area.x0()) * scale) - 2,
						(int) Math.round((area.y1() - p.y1()) * scale) - 2,
						(int) Math.round((p.x1() - p.x0()) * scale) + 4, (int) Math.round((p.y1() - p.y0()) * scale) + 4);
			} finally {
				g.dispose();
			}
		} catch (IOException | RuntimeException e) {
			image = null;
		}
		done.put(key, image);
		return image;
	}

	@Override
	public void close() throws IOException {
		pdf.close();
	}
}
