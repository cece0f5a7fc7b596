package org.espice.core.extract;

import static org.espice.core.extract.ExtractionAssertions.assertValue;
import static org.espice.core.extract.ExtractionAssertions.onlyDevice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.TaskMonitor;
import org.espice.samples.DatasheetPdf;
import org.espice.samples.DatasheetPdf.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the reader cannot extract end in a failed result with the right category and a message that says what
 * is wrong, never an exception or an empty success.
 */
class TextLayerFailureTest {

	@TempDir
	Path dir;

	/** A plain datasheet with a ratings table, used as content for the encrypted cases. */
	private static DatasheetPdf plainDiodeSheet() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP4150", "Small-signal switching diode")
				.heading("Absolute maximum ratings");
		pdf.table(ColumnLayoutTest.RATINGS)
				.row("V_{RRM}", "Repetitive peak reverse voltage", "75", "V")
				.row("I_{F}", "Forward continuous current", "200", "mA");
		return pdf;
	}

	private ExtractionResult read(Path file) {
		ExtractionResult r = new DatasheetReader().read(file, TaskMonitor.NONE);
		assertNotNull(r, "reader returned null");
		return r;
	}

	private static void assertFailure(ExtractionResult r, FailureCategory category, String... anyOfWords) {
		assertFalse(r.ok(), () -> r.file() + " should fail but gave " + r.devices());
		assertTrue(r.devices().isEmpty(), "a failed result carries no devices");
		assertEquals(category, r.failure().category(), () -> "category of " + r.file() + ": " + r.failure());
		String msg = r.failure().message();
		assertNotNull(msg);
		String lower = msg.toLowerCase(Locale.ROOT);
		assertTrue(Arrays.stream(anyOfWords).anyMatch(lower::contains),
				() -> "message should mention one of " + Arrays.toString(anyOfWords) + ": " + msg);
	}

	/** Two pages of scanned "text": only images, no text layer. */
	@Test
	void scannedPagesHaveNoTextLayer() throws IOException {
		Path file = dir.resolve("scanned.pdf");
		new DatasheetPdf().scannedPage("ESP2222 NPN switching transistor", "Absolute maximum ratings",
				"VCEO Collector-emitter voltage 40 V", "IC Collector current 600 mA")
				.scannedPage("Electrical characteristics", "hFE DC current gain 100 300").save(file);
		ExtractionResult r = read(file);
		assertEquals(2, r.pageCount(), "the PDF itself opens");
		assertFailure(r, FailureCategory.NO_TEXT_LAYER, "text", "scan", "image");
	}

	/** A PDF with one blank page and nothing on it. */
	@Test
	void emptyPageHasNoText() throws IOException {
		Path file = dir.resolve("empty-page.pdf");
		new DatasheetPdf().save(file);
		assertFailure(read(file), FailureCategory.NO_TEXT_LAYER, "text", "empty");
	}

	/**
	 * A full datasheet whose page reads normally but whose text layer is shifted letter by letter (ROT47 in the
	 * ToUnicode map): the words are not words.
	 */
	@Test
	void scrambledFontEncodingIsUnreadable() throws IOException {
		Path file = dir.resolve("scrambled.pdf");
		DatasheetPdf pdf = plainDiodeSheet().scrambledTextLayer()
				.paragraph("Silicon epitaxial planar diode for fast switching in general-purpose circuits.");
		pdf.heading("Electrical characteristics");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("V_{F}", "Forward voltage", "I_{F} = 10 mA", "—", "0.72", "1.0", "V")
				.row("I_{R}", "Reverse current", "V_{R} = 20 V", "—", "—", "25", "nA");
		pdf.save(file);
		assertFailure(read(file), FailureCategory.UNREADABLE_TEXT, "encod", "unreadable", "scrambl", "garbled",
				"font");
	}

	/** Opening needs a user password, which the reader does not have. */
	@Test
	void encryptedWithUserPassword() throws IOException {
		Path file = dir.resolve("locked.pdf");
		plainDiodeSheet().saveEncrypted(file, "espice-secret");
		assertFailure(read(file), FailureCategory.INVALID_INPUT, "password", "encrypt");
	}

	/** Encrypted with an owner password only (empty user password): opens like any PDF. */
	@Test
	void encryptedWithEmptyUserPasswordStillReads() throws IOException {
		Path file = dir.resolve("owner-only.pdf");
		plainDiodeSheet().saveEncrypted(file, "");
		assertValue(onlyDevice(read(file)), "VRRM", "max", 75);
	}

	/** A text file that only carries a .pdf name. */
	@Test
	void textFileNamedPdfIsNotAPdf() throws IOException {
		Path file = dir.resolve("notes.pdf");
		Files.writeString(file, "VDS 60 V\nRDS(on) 4.2 mOhm\nThis is a text file, not a datasheet.\n",
				StandardCharsets.UTF_8);
		assertFailure(read(file), FailureCategory.INVALID_INPUT, "pdf");
	}

	/** A zero-byte file. */
	@Test
	void emptyFileIsNotAPdf() throws IOException {
		Path file = dir.resolve("zero.pdf");
		Files.write(file, new byte[0]);
		assertFailure(read(file), FailureCategory.INVALID_INPUT, "pdf", "empty");
	}

	/**
	 * The first third of a valid datasheet as PDFBox writes it: the page objects sit in object streams near the
	 * end, so no page is whole and the file fails, saying it was cut short (see CutShortPdfTest for cuts that
	 * leave pages to read).
	 */
	@Test
	void truncatedPdfFailsCleanly() throws IOException {
		DatasheetPdf pdf = plainDiodeSheet();
		pdf.table(Column.left("Symbol", 50, 50), Column.left("Parameter", 100, 200), Column.center("Max", 300, 50),
				Column.center("Unit", 350, 40)).row("V_{F}", "Forward voltage, I_{F} = 10 mA", "1.0", "V");
		byte[] full = pdf.toBytes(null);
		Path file = dir.resolve("truncated.pdf");
		Files.write(file, Arrays.copyOf(full, full.length / 3));
		ExtractionResult r = read(file);
		assertFalse(r.ok(), () -> "a truncated PDF should fail, got " + r.devices());
		assertTrue(r.failure().category() == FailureCategory.INVALID_INPUT
				|| r.failure().category() == FailureCategory.NO_TEXT_LAYER, () -> "category: " + r.failure());
		assertTrue(r.failure().message().contains("cut short"), r.failure().message());
	}
}
