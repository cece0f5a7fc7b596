package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.espice.core.internal.layout.LayoutBuilder;
import org.espice.core.internal.layout.PageLayout;
import org.junit.jupiter.api.Test;

/** What the layout's pass over the pages hands to the plot reader. */
class DrawingCollectorTest {

	/** A page of running text under a full-width rule, as a datasheet's first page: nothing there is a plot. */
	private static PDPage textPage(PDDocument doc) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
			c.setLineWidth(0.5f);
			c.moveTo(50, 760);
			c.lineTo(545, 760);
			c.stroke();
			for (int i = 0; i < 5; i++) {
				c.beginText();
				c.setFont(PlotSketch.FONT, 9);
				c.newLineAtOffset(50, 740 - 12 * i);
				c.showText("Low on-resistance, fast switching, avalanche rated " + i);
				c.endText();
			}
		}
		return page;
	}

	/** An output plot on page 2 after a text page; a picture the size of a plot on page 3. */
	@Test
	void onlyPagesThatMayHoldAPlotAreKeptWithTheirDrawing() throws IOException {
		PlotSketch plot = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 5; i++) {
			plot.centred(String.valueOf(2 * i), 100 + 40 * i, 390, 7);
		}
		plot.function(100, 300, 30, x -> 400 + (x - 100) / 2, false);
		try (PDDocument doc = plot.document();
				PDDocument picture = new PlotSketch().picture(100, 400, 300, 550).document()) {
			doc.getPages().insertBefore(textPage(doc), doc.getPage(0));
			doc.importPage(picture.getPage(0));
			DrawingCollector drawings = new DrawingCollector();
			List<PageLayout> layout = new LayoutBuilder(n -> {
			}, drawings).build(doc);

			assertEquals(3, layout.size(), "every page's text is read");
			List<PageDrawing> kept = drawings.drawings();
			assertEquals(List.of(2, 3), kept.stream().map(PageDrawing::page).toList());
			PageDrawing page2 = kept.get(0);
			assertTrue(page2.strokes().size() >= 3, "frame, grid and curve: " + page2.strokes().size());
			assertEquals(6, page2.labels().numbers().size(), "the tick numbers as labels");
			assertEquals(1, kept.get(1).images().size());
		}
	}
}
