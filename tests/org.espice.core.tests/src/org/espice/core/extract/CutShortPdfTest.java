package org.espice.core.extract;

import static org.espice.core.extract.ExtractionAssertions.assertValue;
import static org.espice.core.extract.ExtractionAssertions.assertNoValue;
import static org.espice.core.extract.ExtractionAssertions.onlyDevice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.TaskMonitor;
import org.espice.samples.DatasheetPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download cut short: the file has no {@code %%EOF}, and with its end it lost its cross-reference table and
 * trailer, often its catalog and page tree. The reader reads the pages whose objects are whole and says, on the
 * result, which pages it read of how many; a file cut before any page is whole still fails, saying so.
 */
class CutShortPdfTest {

	@TempDir
	Path dir;

	/**
	 * Three pages of a MOSFET datasheet: ratings on page 1 (VDS 60 V, ID 80 A), threshold voltage on page 2,
	 * on-resistance on page 3; written page by page (each page's objects, then the page tree and catalog, then
	 * the cross-reference table), as many producers write.
	 */
	private static PageByPagePdf threePages() throws IOException {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP4301", "60 V N-channel power MOSFET")
				.heading("Absolute maximum ratings (T_{C} = 25 °C unless otherwise noted)");
		pdf.table(ColumnLayoutTest.RATINGS)
				.row("V_{DS}", "Drain-source voltage", "60", "V")
				.row("I_{D}", "Continuous drain current", "80", "A");
		pdf.pageBreak().heading("Electrical characteristics (T_{J} = 25 °C unless otherwise noted)");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = 250 µA", "2.0", "3.0", "4.0", "V");
		pdf.pageBreak().heading("Electrical characteristics, continued");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("R_{DS(on)}", "Drain-source on-resistance", "V_{GS} = 10 V, I_{D} = 40 A", "—", "4.2", "5.5", "mΩ");
		return PageByPagePdf.of(pdf.toBytes(null));
	}

	private ExtractionResult read(byte[] bytes) throws IOException {
		Path file = Files.write(dir.resolve("ESP4301.pdf"), bytes);
		return new DatasheetReader().read(file, TaskMonitor.NONE);
	}

	private static String warning(ExtractionResult r) {
		assertEquals(1, r.warnings().size(), () -> "warnings: " + r.warnings());
		return r.warnings().get(0);
	}

	/** The sound file reads all three pages and carries no warning (the JSON has no "warnings" key). */
	@Test
	void theWholeFileHasNoWarning() throws IOException {
		ExtractionResult r = read(threePages().bytes());
		assertTrue(r.ok(), () -> String.valueOf(r.failure()));
		assertTrue(r.warnings().isEmpty(), () -> "warnings: " + r.warnings());
		assertFalse(ExtractionJson.write(r).contains("warnings"));
		assertValue(onlyDevice(r), "RDS_ON", "typ", 0.0042);
	}

	/** Cut inside page 1's content stream: no page is whole, so the file fails and says why. */
	@Test
	void cutBeforeTheFirstPageIsWholeFails() throws IOException {
		PageByPagePdf pdf = threePages();
		int firstStream = new String(pdf.bytes(), StandardCharsets.ISO_8859_1).indexOf("stream\n");
		ExtractionResult r = read(pdf.cut(firstStream + 10));
		assertFalse(r.ok(), () -> "read " + r.devices());
		assertEquals(FailureCategory.INVALID_INPUT, r.failure().category());
		assertTrue(r.failure().message().contains("cut short before its first page"), r.failure().message());
		assertTrue(r.failure().message().contains("download it again"), r.failure().message());
	}

	/**
	 * Cut just after page 1's objects, inside page 2's: page 1's ratings are read, nothing of pages 2 and 3, and
	 * the warning names the page read. The page tree is lost, so the page count is a lower bound.
	 */
	@Test
	void cutAfterPageOneOfThreeReadsPageOne() throws IOException {
		PageByPagePdf pdf = threePages();
		ExtractionResult r = read(pdf.cut(pdf.pageEnds().get(0) + 200));
		assertTrue(r.ok(), () -> String.valueOf(r.failure()));
		Device d = onlyDevice(r);
		assertEquals(1, assertValue(d, "VDSS", "max", 60).source().page());
		assertValue(d, "ID", "max", 80);
		assertNoValue(d, "VGS_TH");
		assertNoValue(d, "RDS_ON");
		String w = warning(r);
		assertTrue(w.contains("cut short") && w.contains("read page 1 of at least") && w.contains("download it again"),
				w);
		assertTrue(ExtractionJson.write(r).contains("\"warnings\""), "the JSON shows the warning");
	}

	/** Cut after page 2's objects: pages 1 and 2 are read with their own page numbers, page 3 is missing. */
	@Test
	void cutAfterPageTwoOfThreeReadsPagesOneAndTwo() throws IOException {
		PageByPagePdf pdf = threePages();
		ExtractionResult r = read(pdf.cut(pdf.pageEnds().get(1) + 10));
		Device d = onlyDevice(r);
		assertEquals(2, assertValue(d, "VGS_TH", "typ", 3.0).source().page());
		assertNoValue(d, "RDS_ON");
		assertTrue(warning(r).contains("read pages 1-2 of at least 2"), warning(r));
	}

	/**
	 * The page tree first (as in linearized files), then the objects of pages 1, 3 and 2 in that order; cut inside
	 * page 2's: pages 1 and 3 are read, page 3's values keep their page number (page 2 stays as a blank page), and
	 * the count comes from the page tree.
	 */
	@Test
	void aPageLostInTheMiddleKeepsTheLaterPagesNumbers() throws IOException {
		DatasheetPdf sheet = new DatasheetPdf().title("ESP4304", "60 V N-channel power MOSFET")
				.heading("Absolute maximum ratings");
		sheet.table(ColumnLayoutTest.RATINGS).row("V_{DS}", "Drain-source voltage", "60", "V");
		sheet.pageBreak().heading("Electrical characteristics");
		sheet.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = 250 µA", "2.0", "3.0", "4.0", "V");
		sheet.pageBreak().heading("Electrical characteristics, continued");
		sheet.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("R_{DS(on)}", "Drain-source on-resistance", "V_{GS} = 10 V, I_{D} = 40 A", "—", "4.2", "5.5", "mΩ");
		PageByPagePdf pdf = PageByPagePdf.treeFirst(sheet.toBytes(null), 0, 2, 1);
		ExtractionResult r = read(pdf.cut(pdf.pageEnds().get(2) + 10));
		Device d = onlyDevice(r);
		assertEquals(3, assertValue(d, "RDS_ON", "typ", 0.0042).source().page());
		assertNoValue(d, "VGS_TH");
		assertEquals(3, r.pageCount());
		assertTrue(warning(r).contains("read pages 1, 3 of 3"), warning(r));
	}

	/** Cut just before {@code %%EOF}: every object is whole, the page tree gives the count, all pages are read. */
	@Test
	void cutJustBeforeTheEndMarkerReadsEveryPage() throws IOException {
		PageByPagePdf pdf = threePages();
		ExtractionResult r = read(pdf.cut(pdf.eof()));
		Device d = onlyDevice(r);
		assertEquals(3, assertValue(d, "RDS_ON", "typ", 0.0042).source().page());
		assertValue(d, "VDSS", "max", 60);
		assertTrue(warning(r).contains("all 3 pages were read"), warning(r));
	}

	/** Cut inside the cross-reference table: the same as above, the table is rebuilt from the objects. */
	@Test
	void cutInsideTheCrossReferenceTableReadsEveryPage() throws IOException {
		PageByPagePdf pdf = threePages();
		ExtractionResult r = read(pdf.cut(pdf.xref() + 40));
		assertValue(onlyDevice(r), "RDS_ON", "typ", 0.0042);
		assertTrue(warning(r).contains("all 3 pages were read"), warning(r));
	}

	/**
	 * PDFBox's own layout: objects compressed in object streams, a cross-reference stream at the end. Cut just
	 * before {@code %%EOF}, the objects are found inside the whole object streams and every page is read.
	 */
	@Test
	void objectsInsideObjectStreamsAreRecovered() throws IOException {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP4302", "60 V N-channel power MOSFET")
				.heading("Absolute maximum ratings");
		pdf.table(ColumnLayoutTest.RATINGS).row("V_{DS}", "Drain-source voltage", "60", "V");
		byte[] full = pdf.toBytes(null);
		String s = new String(full, StandardCharsets.ISO_8859_1);
		assertTrue(s.contains("/ObjStm"), "the layout under test uses object streams");
		ExtractionResult r = read(java.util.Arrays.copyOf(full, s.lastIndexOf("%%EOF")));
		assertValue(onlyDevice(r), "VDSS", "max", 60);
		assertTrue(warning(r).contains("all 1 pages were read") || warning(r).contains("read page 1"), warning(r));
	}

	/**
	 * A file protected with an owner password only (it opens with the empty one), in PDFBox's layout with the
	 * encryption named by the cross-reference stream at the end. Cut just before {@code %%EOF}, that stream is whole
	 * and gives the key: every page is read. Cut before it, the key is lost with the end, and the file fails saying
	 * it is encrypted and cut short rather than reading garbage.
	 */
	@Test
	void anEncryptedFileIsReadOnlyWhileItsKeySurvives() throws IOException {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP4303", "60 V N-channel power MOSFET")
				.heading("Absolute maximum ratings");
		pdf.table(ColumnLayoutTest.RATINGS).row("V_{DS}", "Drain-source voltage", "60", "V");
		byte[] full = pdf.toBytes("");
		String s = new String(full, StandardCharsets.ISO_8859_1);
		ExtractionResult keyKept = read(java.util.Arrays.copyOf(full, s.lastIndexOf("%%EOF")));
		assertValue(onlyDevice(keyKept), "VDSS", "max", 60);
		ExtractionResult keyLost = read(java.util.Arrays.copyOf(full, s.lastIndexOf("/XRef") - 40));
		assertFalse(keyLost.ok(), () -> "read " + keyLost.devices());
		assertTrue(keyLost.failure().message().contains("encrypted"), keyLost.failure().message());
	}

	/**
	 * Hostile cuts end quickly in a clean failure: a page tree that is its own kid, an object number far beyond
	 * any real file's, a hundred thousand pages whose contents are not streams, object headers without an end.
	 */
	@Test
	void hostileCutsFailQuicklyAndCleanly() {
		StringBuilder pages = new StringBuilder("%PDF-1.7\n");
		for (int i = 1; i < 100_000; i++) {
			pages.append(i).append(" 0 obj << /Type /Page /Contents ").append(i + 1).append(" 0 R >> endobj\n");
		}
		StringBuilder unended = new StringBuilder("%PDF-1.7\n");
		for (int i = 1; i < 200_000; i++) {
			unended.append(i).append(" 0 obj << /Type /Page /Contents ").append(i + 1).append(" 0 R >> ");
		}
		List<String> files = List.of(
				"%PDF-1.4\n1 0 obj << /Type /Pages /Kids [1 0 R 1 0 R] /Count 2 >> endobj\n",
				"%PDF-1.4\n99999999999 0 obj << /Type /Page >> endobj\n1 0 obj << /Type /Pa",
				pages.toString(), unended.toString());
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			for (String f : files) {
				ExtractionResult r = read(f.getBytes(StandardCharsets.ISO_8859_1));
				assertFalse(r.ok(), () -> "read " + r.devices());
				assertTrue(r.failure().message().contains("cut short"), r.failure().message());
			}
		});
	}
}
