package org.espice.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.espice.core.ExtractionResult;
import org.espice.core.TaskMonitor;
import org.espice.core.WorkStep;
import org.espice.samples.DatasheetPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What callers (batch engine, UI jobs) rely on: cancellation, no exceptions on junk, stable results. */
class ReaderContractTest {

	@TempDir
	Path dir;

	/** A 12-page datasheet: a ratings table on each page. */
	private Path twelvePages() throws IOException {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP12P", "12-page N-channel MOSFET datasheet");
		for (int page = 1; page <= 12; page++) {
			if (page > 1) {
				pdf.pageBreak();
			}
			pdf.heading("Characteristics, part " + page);
			pdf.table(ColumnLayoutTest.SYMBOL_FIRST).row("V_{GS(th)}", "Gate threshold voltage",
					"V_{DS} = V_{GS}, I_{D} = 250 µA", "2.0", "3.0", "4.0", "V");
		}
		Path file = dir.resolve("ESP12P.pdf");
		pdf.save(file);
		return file;
	}

	@Test
	void cancelledMonitorStopsTheRead() throws IOException {
		Path file = twelvePages();
		assertThrows(CancellationException.class, () -> new DatasheetReader().read(file, () -> true));
	}

	/** Cancelled after the work started: the reader notices between pages, long before the end. */
	@Test
	void cancellationIsCheckedBetweenPages() throws IOException {
		Path file = twelvePages();
		AtomicInteger checks = new AtomicInteger();
		TaskMonitor cancelSoon = () -> checks.incrementAndGet() > 2;
		assertThrows(CancellationException.class, () -> new DatasheetReader().read(file, cancelSoon));
		AtomicInteger all = new AtomicInteger();
		new DatasheetReader().read(file, () -> {
			all.incrementAndGet();
			return false;
		});
		assertTrue(all.get() >= 12, "isCanceled() asked at least once per page, was " + all.get());
	}

	@Test
	void progressStaysBetweenZeroAndOneAndGrows() throws IOException {
		Path file = twelvePages();
		List<Double> fractions = new ArrayList<>();
		ExtractionResult r = new DatasheetReader().read(file, new TaskMonitor() {
			@Override
			public boolean isCanceled() {
				return false;
			}

			@Override
			public void progress(WorkStep step, double fraction) {
				fractions.add(fraction);
			}
		});
		assertEquals(12, r.pageCount());
		for (int i = 0; i < fractions.size(); i++) {
			double f = fractions.get(i);
			assertTrue(f >= 0 && f <= 1, "fraction " + f);
		}
	}

	@Test
	void randomBytesNeverThrow() throws IOException {
		Random random = new Random(42);
		for (int i = 0; i < 5; i++) {
			byte[] junk = new byte[200 + random.nextInt(5000)];
			random.nextBytes(junk);
			if (i % 2 == 0) {
				System.arraycopy("%PDF-1.7\n".getBytes(), 0, junk, 0, 9);
			}
			Path file = dir.resolve("junk" + i + ".pdf");
			Files.write(file, junk);
			ExtractionResult r = new DatasheetReader().read(file, TaskMonitor.NONE);
			assertNotNull(r);
			assertFalse(r.ok(), "junk must not succeed");
			assertEquals("junk" + i + ".pdf", r.file());
		}
	}

	@Test
	void missingFileIsAFailureNotAnException() {
		ExtractionResult r = new DatasheetReader().read(dir.resolve("does-not-exist.pdf"), TaskMonitor.NONE);
		assertFalse(r.ok());
		assertTrue(r.failure().message().contains("does-not-exist.pdf") || r.failure().message().toLowerCase()
				.contains("not found") || r.failure().message().toLowerCase().contains("no such"), r.failure().message());
	}

	@Test
	void sameFileGivesTheSameResult() throws IOException {
		Path file = twelvePages();
		ExtractionResult a = new DatasheetReader().read(file, TaskMonitor.NONE);
		ExtractionResult b = new DatasheetReader().read(file, TaskMonitor.NONE);
		assertEquals(a, b);
		assertEquals("ESP12P.pdf", a.file());
	}
}
