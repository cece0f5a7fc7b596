package org.espice.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.Provenance;
import org.espice.core.TaskMonitor;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueOnPageTest {

	@TempDir
	Path tmp;

	/** A black block at (100..200, 500..540) in PDF points on an A4 page turned by {@code rotation}. */
	private Path block(int rotation) throws IOException {
		Path file = tmp.resolve("block-" + rotation + ".pdf");
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			page.setRotation(rotation);
			doc.addPage(page);
			try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
				c.setNonStrokingColor(Color.BLACK);
				c.addRect(100, 500, 100, 40);
				c.fill();
			}
			doc.save(file.toFile());
		}
		return file;
	}

	@Test
	void theOutlineLandsOnTheBoxOnPagesTurnedAnyWay() throws IOException {
		for (int rotation : new int[] { 0, 90, 180, 270 }) {
			outlinedOn(rotation);
		}
	}

	private void outlinedOn(int rotation) throws IOException {
		ValueOnPage v = ValueOnPage.render(block(rotation), new Provenance(1, 100, 500, 200, 540, "block"), 2);
		Rectangle box = v.box();
		assertNotNull(box);
		int cx = box.x + box.width / 2;
		int cy = box.y + box.height / 2;
		Color inside = new Color(v.image().getRGB(cx, cy));
		assertTrue(inside.getRed() < 60 && inside.getGreen() < 60, rotation + "°: the box holds the block: " + inside);
		Color edge = new Color(v.image().getRGB(box.x, cy));
		assertEquals(ValueOnPage.OUTLINE.getRGB(), edge.getRGB(), rotation + "°: outlined at " + box);
		// 100 x 40 points at zoom 2, 2 points of margin around: 208 x 88 pixels, turned with the page
		boolean turned = rotation == 90 || rotation == 270;
		assertEquals(turned ? 88 : 208, box.width, 2);
		assertEquals(turned ? 208 : 88, box.height, 2);
	}

	@Test
	void aValueReadFromATableIsOutlinedOnItsPage() throws IOException {
		Path pdf = TestPdfs.datasheet(tmp.resolve("d.pdf"), "ESP1");
		ExtractionResult x = new DatasheetReader().read(pdf, TaskMonitor.NONE);
		Parameter p = x.devices().get(0).parameters().stream().filter(q -> q.source() != null
				&& q.source().x1() > q.source().x0()).findFirst().orElseThrow();
		ValueOnPage v = ValueOnPage.render(pdf, p.source(), 1.5);
		assertEquals(p.source().page(), v.page());
		assertNotNull(v.box(), p.toString());
		assertTrue(v.png().length > 1000);
	}

	@Test
	void aValueWithoutABoxShowsItsPageAndAMissingPageIsAnError() throws IOException {
		Path pdf = block(0);
		assertNull(ValueOnPage.render(pdf, Provenance.page(1, "somewhere"), 1).box());
		IOException e = assertThrows(IOException.class, () -> ValueOnPage.render(pdf, Provenance.page(3, "x"), 1));
		assertTrue(e.getMessage().contains("no page 3"), e.getMessage());
	}
}
