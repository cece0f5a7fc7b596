package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.espice.samples.SampleDatasheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user starts it: the PDF library's log lines (the sample datasheets' Symbol text makes PDFBox
 * substitute a font, and say so) are printed with {@code --verbose} only.
 */
class LibraryLogsTest {

	@TempDir
	Path tmp;

	@AfterEach
	void killLeftovers() {
		ChildJvm.destroyAll();
	}

	private String run(String... args) throws Exception {
		Process p = ChildJvm.start(ChildJvm.cli(tmp.resolve("home"), null, args));
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command did not end");
		String out = ChildJvm.output(p);
		assertEquals(0, p.exitValue(), out);
		return out;
	}

	@Test
	void theLibrarysLogLinesShowWithVerboseOnly() throws Exception {
		Path in = tmp.resolve("in");
		SampleDatasheets.write(in);
		String loud = run("extract", in.toString(), "--format", "table", "--verbose");
		assertTrue(loud.contains("org.apache.pdfbox"), "with --verbose PDFBox says what it substituted:\n" + loud);
		String quiet = run("extract", in.toString(), "--format", "table");
		assertFalse(quiet.contains("org.apache.pdfbox") || quiet.contains("WARNING"), quiet);
		assertTrue(quiet.contains("VF"), "the table itself is there:\n" + quiet);
	}

	@Test
	void verboseIsReadBeforeTheEndOfOptionsOnly() {
		assertTrue(LibraryLogs.wanted(new String[] { "extract", "x.pdf", "--verbose" }));
		assertTrue(LibraryLogs.wanted(new String[] { "process", "-v", "dir" }));
		assertFalse(LibraryLogs.wanted(new String[] { "extract", "--", "--verbose" }), "a file named --verbose");
		assertFalse(LibraryLogs.wanted(new String[] { "extract", "x.pdf" }));
	}
}
