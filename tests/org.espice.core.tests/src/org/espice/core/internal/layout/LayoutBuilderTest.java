package org.espice.core.internal.layout;

import static org.espice.tests.common.PageText.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.espice.core.internal.pdf.PageGraphics;
import org.espice.tests.common.NumberNamedFonts;
import org.junit.jupiter.api.Test;

/** The layout read from generated pages, alone and in the same pass as the page's drawing. */
class LayoutBuilderTest {

	private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	/**
	 * A page with a parameter line ("VDS 60 V"), a subscripted symbol, a rotated axis title and a small plot frame
	 * drawn with lines, a filled bar and a dashed curve.
	 */
	private static PDDocument page() throws IOException {
		PDDocument doc = new PDDocument();
		PDPage page = new PDPage(PDRectangle.A4);
		doc.addPage(page);
		try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
			text(c, FONT, 9, 60, 700, "Drain-source voltage");
			text(c, FONT, 9, 200, 700, "V");
			text(c, FONT, 6, 206, 698, "DS");
			text(c, FONT, 9, 260, 700, "60 V");
			c.setLineWidth(0.5f);
			c.addRect(100, 400, 200, 150);
			c.stroke();
			c.setNonStrokingColor(0.2f, 0.2f, 0.8f);
			c.addRect(100, 470, 200, 0.8f);
			c.fill();
			c.setLineDashPattern(new float[] { 2, 1 }, 0);
			c.moveTo(100, 400);
			c.curveTo(150, 500, 200, 520, 300, 530);
			c.stroke();
			c.beginText();
			c.setFont(FONT, 7);
			c.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 85, 430));
			c.showText("ID (A)");
			c.endText();
		}
		return doc;
	}

	private static List<PageLayout> layout(PDDocument doc, PageGraphics graphics) throws IOException {
		return new LayoutBuilder(n -> {
		}, graphics).build(doc);
	}

	@Test
	void readingTheDrawingInTheSamePassLeavesTheTextAsItIs() throws IOException {
		try (PDDocument doc = page()) {
			List<PageLayout> alone = layout(doc, null);
			Recorder drawing = new Recorder(false);
			List<PageLayout> withDrawing = layout(doc, drawing);
			assertEquals(alone, withDrawing);
			assertEquals("Drain-source voltage VDS 60 V", alone.get(0).lines().get(0).text());
			assertEquals(List.of("begin 1", "end"), drawing.pages);
			// the frame, the curve and the bar's fill; the rotated title's glyphs in user space
			assertEquals(2, drawing.strokes);
			assertEquals(1, drawing.fills);
			assertEquals(6, drawing.glyphs);
		}
	}

	@Test
	void aFailingDrawingLosesNoText() throws IOException {
		try (PDDocument doc = page()) {
			Recorder failing = new Recorder(true);
			assertEquals(layout(doc, null), layout(doc, failing));
			assertFalse(failing.failures.isEmpty());
		}
	}

	/** A bold heading set by drawing each glyph twice, 0.3 pt apart, then the whole word again 0.25 pt lower. */
	@Test
	void fakeBoldGlyphsAreReadOnce() throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
				float x = 60;
				for (char ch : "Features".toCharArray()) {
					String g = String.valueOf(ch);
					text(c, FONT, 10, x, 700, g);
					text(c, FONT, 10, x + 0.3f, 700, g);
					x += FONT.getStringWidth(g) / 1000 * 10;
				}
				text(c, FONT, 10, 60.2f, 699.75f, "Features");
				text(c, FONT, 10, 60, 650, "11 mm");
			}
			List<TextLine> lines = layout(doc, null).get(0).lines();
			assertEquals("Features", lines.get(0).text());
			assertEquals("11 mm", lines.get(1).text(), "two equal glyphs side by side are two glyphs");
		}
	}

	/**
	 * A symbol whose subscript sits deep ("V" with "CE(sat)" 2.4 pt lower, in 7 pt) beside a description wrapped onto
	 * two lines, its second line closer to the subscript's baseline than the symbol's line is: the subscript follows
	 * its "V", as printed, and does not join the wrapped word "voltage".
	 */
	@Test
	void aDeepSubscriptStaysWithTheSymbolItFollows() throws IOException {
		List<TextLine> lines = linesOf(c -> {
			text(c, FONT, 8, 179, 705, "Collector-emitter saturation");
			text(c, FONT, 8, 130.6f, 699.2f, "V");
			text(c, FONT, 7, 136.6f, 696.8f, "CE(sat)");
			text(c, FONT, 8, 302, 700.4f, "IC = 3 A");
			text(c, FONT, 8, 475, 699.4f, "1.2");
			text(c, FONT, 8, 509, 699.4f, "V");
			text(c, FONT, 8, 179, 694.1f, "voltage");
		});
		assertEquals(List.of("Collector-emitter saturation", "VCE(sat) IC = 3 A 1.2 V", "voltage"),
				lines.stream().map(TextLine::text).toList());
	}

	/**
	 * A symbol whose subscript sits only 0.5 pt low ("I" + "DSS") on a row whose conditions are printed 2 pt lower:
	 * against the row's baseline the subscript looks raised, like a footnote mark, but it follows its "I" and is read
	 * with it.
	 */
	@Test
	void aShallowSubscriptOnARowPrintedLowerJoinsItsSymbol() throws IOException {
		List<TextLine> lines = linesOf(c -> {
			text(c, FONT, 9, 132.6f, 624.7f, "I");
			text(c, FONT, 6, 135.1f, 624.2f, "DSS");
			text(c, FONT, 9, 282, 622.5f, "VGS = 0 V");
			text(c, FONT, 9, 514, 624.7f, "µA");
		});
		assertEquals(List.of("IDSS", "VGS", "=", "0", "V", "µA"), lines.get(0).words().stream().map(Word::text).toList());
	}

	/** What a page draws, for {@link #linesOf}. */
	private interface Drawing {
		void draw(PDPageContentStream c) throws IOException;
	}

	/** The lines of a one-page document that draws {@code drawing}. */
	private static List<TextLine> linesOf(Drawing drawing) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
				drawing.draw(c);
			}
			return layout(doc, null).get(0).lines();
		}
	}

	/**
	 * A subset re-encoded from code 2 on, naming its glyphs by their characters' decimal numbers (G86 for "V" at code
	 * 2), and mapping no character: the line reads as printed, not as the codes ("\u0002..." before).
	 */
	@Test
	void aFontNamingItsGlyphsByNumberIsReadByTheNames() throws IOException {
		// V D S space 6 0
		PDType1Font renamed = NumberNamedFonts.font("Arial041", 2, 600, "G86", "G68", "G83", "G32", "G54", "G48");
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
				c.beginText();
				c.setFont(renamed, 9);
				c.newLineAtOffset(60, 700);
				c.appendRawCommands("<020304050607> Tj\n");
				c.endText();
			}
			assertEquals("VDS 60", layout(doc, null).get(0).lines().get(0).text());
		}
	}

	/** A font's character map can give a glyph any code: control codes become {@code ?}, reordering is dropped. */
	@Test
	void controlAndInvisibleFormatCharactersNeverReachTheLayout() {
		assertEquals("IRF?]0;x?540", LayoutBuilder.normalise("IRF\u001b]0;x\u0007540", null));
		assertEquals("BAT54?", LayoutBuilder.normalise("\u202eBAT\u200d54\u0085", null));
		assertEquals("a-b c", LayoutBuilder.normalise("a\u00adb\tc", null));
	}

	@Test
	void aRedrawnGlyphIsTheSameGlyphOnlyWithinASmallOffset() {
		assertTrue(FakeBold.redraws("A", 100, 700, "A", 100.4, 700.2, 6));
		assertTrue(FakeBold.redraws("W", 100, 700, "W", 101.5, 700, 9), "a wide glyph may be smeared further");
		assertFalse(FakeBold.redraws("1", 100, 700, "1", 103, 700, 3), "a second digit one advance further");
		assertFalse(FakeBold.redraws("A", 100, 700, "B", 100.1, 700, 6));
		assertFalse(FakeBold.redraws("A", 100, 700, "A", 100, 701, 6), "a glyph on the next line");
	}

	/** Counts what the page draws; when asked, fails on every stroke and glyph as a broken drawing would. */
	private static final class Recorder implements PageGraphics {
		final List<String> pages = new ArrayList<>();
		final List<Exception> failures = new ArrayList<>();
		final boolean fail;
		int strokes;
		int fills;
		int glyphs;

		Recorder(boolean fail) {
			this.fail = fail;
		}

		@Override
		public void beginPage(int number, PDPage page, PDFStreamEngine engine) {
			pages.add("begin " + number);
		}

		@Override
		public void endPage() {
			pages.add("end");
		}

		@Override
		public void failed(Exception e) {
			failures.add(e);
		}

		@Override
		public void moveTo(float x, float y) {
		}

		@Override
		public void lineTo(float x, float y) {
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		}

		@Override
		public void closePath() {
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		}

		@Override
		public Point2D getCurrentPoint() {
			return new Point2D.Float();
		}

		@Override
		public void endPath() {
		}

		@Override
		public void strokePath() {
			if (fail) {
				throw new IllegalStateException("broken stroke");
			}
			strokes++;
		}

		@Override
		public void fillPath(int windingRule) {
			fills++;
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			fills++;
			strokes++;
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void drawImage() {
		}

		@Override
		public void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
			if (fail) {
				throw new IOException("broken glyph");
			}
			if (trm.getValue(0, 1) != 0) {
				glyphs++;
			}
		}
	}
}
