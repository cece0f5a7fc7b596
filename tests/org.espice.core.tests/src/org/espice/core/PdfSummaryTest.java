package org.espice.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSummaryTest {

	@TempDir
	Path dir;

	/** Writes a PDF with {@code pages} blank pages and the given document title (null for none). */
	private Path pdf(String name, int pages, String title) throws IOException {
		Path file = dir.resolve(name);
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < pages; i++) {
				document.addPage(new PDPage());
			}
			if (title != null) {
				document.getDocumentInformation().setTitle(title);
			}
			document.save(file.toFile());
		}
		return file;
	}

	@Test
	void readsPageCountAndTitle() throws Exception {
		PdfSummary summary = PdfSummary.read(pdf("three.pdf", 3, "  BAT54 Schottky diode "));
		assertEquals(3, summary.pageCount());
		assertEquals("BAT54 Schottky diode", summary.title());
	}

	@Test
	void blankOrMissingTitleIsNull() throws Exception {
		assertNull(PdfSummary.read(pdf("untitled.pdf", 1, null)).title());
		assertNull(PdfSummary.read(pdf("blank.pdf", 1, "   ")).title());
	}

	@Test
	void textFileIsInvalidInputNamingTheFile() throws Exception {
		Path notPdf = dir.resolve("notes.pdf");
		Files.writeString(notPdf, "this is not a PDF", StandardCharsets.US_ASCII);
		ProcessingException e = assertThrows(ProcessingException.class, () -> PdfSummary.read(notPdf));
		assertEquals(FailureCategory.INVALID_INPUT, e.category());
		assertTrue(e.getMessage().startsWith("notes.pdf: "), e.getMessage());
	}

	@Test
	void missingFileIsIoError() {
		ProcessingException e = assertThrows(ProcessingException.class,
				() -> PdfSummary.read(dir.resolve("gone.pdf")));
		assertEquals(FailureCategory.IO_ERROR, e.category());
		assertTrue(e.getMessage().contains("gone.pdf"), e.getMessage());
	}
}
