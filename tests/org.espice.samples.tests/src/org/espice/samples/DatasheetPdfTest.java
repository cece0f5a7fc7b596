package org.espice.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.espice.samples.DatasheetPdf.Column;
import org.junit.jupiter.api.Test;

/** The builder draws what the layout code says: checked through PDFBox's own text layer. */
class DatasheetPdfTest {

	/** Every glyph with its page, baseline, size and font. */
	record Glyph(int page, String text, float x, float baseline, float size, String font) {
	}

	static List<Glyph> glyphs(byte[] pdf) throws IOException {
		List<Glyph> out = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					for (TextPosition p : positions) {
						out.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(),
								p.getFontSizeInPt(), p.getFont().getName()));
					}
				}
			};
			stripper.getText(doc);
		}
		return out;
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	private static Glyph first(List<Glyph> gs, String ch, int page) {
		return gs.stream().filter(g -> g.text().equals(ch) && g.page() == page).findFirst().orElseThrow();
	}

	@Test
	void subscriptIsSmallerAndLowered() throws IOException {
		DatasheetPdf pdf = new DatasheetPdf();
		pdf.table(Column.left("Symbol", 50, 60), Column.center("Max", 110, 40)).row("V_{GS(th)}", "4.0");
		List<Glyph> gs = glyphs(pdf.toBytes(null));
		Glyph v = first(gs, "V", 1);
		Glyph g = first(gs, "G", 1);
		assertTrue(g.size() < v.size(), "subscript font is smaller");
		assertTrue(g.baseline() > v.baseline() + 1, "subscript baseline is lower on the page (y grows downwards)");
		assertTrue(text(pdf.toBytes(null)).contains("VGS(th)"));
	}

	@Test
	void greekGlyphsComeFromTheSymbolFont() throws IOException {
		DatasheetPdf pdf = new DatasheetPdf().paragraph("R = 4.2 m\u03A9, I = 2 \u03BCA, I = 3 \u00B5A");
		List<Glyph> gs = glyphs(pdf.toBytes(null));
		Glyph omega = gs.stream().filter(g -> g.text().equals("\u2126") || g.text().equals("\u03A9")).findFirst()
				.orElseThrow();
		assertEquals("Symbol", omega.font());
		long symbolMu = gs.stream().filter(g -> g.font().equals("Symbol") && !g.text().isBlank()).count();
		assertEquals(2, symbolMu, "Ω and the Greek μ in Symbol; the micro sign stays in Helvetica");
	}

	@Test
	void brokenSymbolEncodingReadsMuAsM() throws IOException {
		DatasheetPdf pdf = new DatasheetPdf().paragraph("I = 250 !{µ}A");
		List<Glyph> gs = glyphs(pdf.toBytes(null));
		Glyph m = gs.stream().filter(g -> g.font().equals("Symbol")).findFirst().orElseThrow();
		assertEquals("m", m.text(), "the text layer says m, the font is Symbol");
		assertTrue(text(pdf.toBytes(null)).contains("250 mA"));
	}

	@Test
	void scrambledTextLayerIsShiftedLetterByLetter() throws IOException {
		String t = text(new DatasheetPdf().scrambledTextLayer().paragraph("Absolute maximum ratings").toBytes(null));
		assertFalse(t.contains("Absolute"), t);
		assertTrue(t.contains("p3D@=FE6 >2I:>F> C2E:?8D"), t);
	}

	@Test
	void spanIsPrintedOnceAndWideCellOnce() throws IOException {
		DatasheetPdf pdf = new DatasheetPdf();
		pdf.table(Column.left("Symbol", 50, 50), Column.left("Conditions", 100, 150), Column.center("A", 250, 40),
				Column.center("B", 290, 40))
				.row("C_{iss}", DatasheetPdf.span("V_{DS} = 25 V", 3), "1", "2")
				.row("C_{oss}", null, "3", "4")
				.row("C_{rss}", null, "5", "6")
				.row("I_{F}", "", DatasheetPdf.wide("1.0", 2), null);
		String t = text(pdf.toBytes(null));
		assertEquals(1, t.split("25 V", -1).length - 1, t);
		assertEquals(1, t.split("1\\.0", -1).length - 1, t);
		List<Glyph> gs = glyphs(pdf.toBytes(null));
		Glyph v = gs.stream().filter(g -> g.text().equals("2") && g.x() > 100 && g.x() < 250).findFirst().orElseThrow();
		Glyph coss = first(gs, "3", 1);
		assertEquals(coss.baseline(), v.baseline(), 3, "the span is centred on the middle row");
	}

	@Test
	void continuedTableRepeatsOrOmitsItsHeader() throws IOException {
		for (boolean repeat : new boolean[] { true, false }) {
			DatasheetPdf pdf = new DatasheetPdf();
			pdf.table(Column.left("Symbol", 50, 60), Column.center("Typ", 110, 40)).repeatHeaderOnContinuation(repeat)
					.row("Q_{g}", "48").continueOnNextPage().row("Q_{gd}", "12");
			byte[] bytes = pdf.toBytes(null);
			try (PDDocument doc = Loader.loadPDF(bytes)) {
				assertEquals(2, doc.getNumberOfPages());
				PDFTextStripper s = new PDFTextStripper();
				s.setStartPage(2);
				s.setEndPage(2);
				String page2 = s.getText(doc);
				assertTrue(page2.contains("Qgd"));
				assertEquals(repeat, page2.contains("Symbol"), page2);
			}
		}
	}

	@Test
	void longCellsWrapInsideTheirColumn() throws IOException {
		DatasheetPdf pdf = new DatasheetPdf();
		pdf.table(Column.left("Parameter", 50, 80), Column.left("Conditions", 130, 100))
				.row("Collector-emitter breakdown voltage", "I_{C} = 1 mA");
		List<Glyph> gs = glyphs(pdf.toBytes(null));
		assertTrue(gs.stream().filter(g -> g.x() < 130).allMatch(g -> g.x() < 125), "no glyph runs into the next column");
		assertTrue(gs.stream().filter(g -> g.x() < 130).map(Glyph::baseline).distinct().count() >= 2, "wrapped");
	}

	@Test
	void scannedPageHasNoTextAndEncryptedNeedsPassword() throws IOException {
		byte[] scanned = new DatasheetPdf().scannedPage("ESP1 scanned text").toBytes(null);
		assertTrue(text(scanned).isBlank());
		byte[] locked = new DatasheetPdf().paragraph("secret").toBytes("pw");
		assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(locked).close());
		try (PDDocument doc = Loader.loadPDF(locked, "pw")) {
			assertTrue(doc.isEncrypted());
			assertTrue(new PDFTextStripper().getText(doc).contains("secret"));
		}
		byte[] ownerOnly = new DatasheetPdf().paragraph("open").toBytes("");
		try (PDDocument doc = Loader.loadPDF(ownerOnly)) {
			assertTrue(doc.isEncrypted());
			assertFalse(new PDFTextStripper().getText(doc).isBlank());
		}
	}
}
