package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A datasheet whose download stopped just before its {@code %%EOF}: its values are printed as usual, with a
 * warning that tells the user the file is cut short and to download it again; a sound file prints no warning.
 */
@ExtendWith(IsolatedHome.class)
class CutShortOutputTest {

	@TempDir
	Path tmp;

	private Path cutShort() throws Exception {
		Path whole = TestPdfs.datasheet(tmp.resolve("whole/ESP5001.pdf"), "ESP5001");
		byte[] all = Files.readAllBytes(whole);
		int eof = new String(all, StandardCharsets.ISO_8859_1).lastIndexOf("%%EOF");
		return Files.write(tmp.resolve("ESP5001-cut.pdf"), Arrays.copyOf(all, eof));
	}

	@Test
	void extractTablePrintsTheWarningBeforeTheValues() throws Exception {
		Path cut = cutShort();
		BatchCliTest.Run run = BatchCliTest.espice("extract", "--format", "table", cut.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("ESP5001-cut.pdf: WARNING the file is cut short"), run.out());
		assertTrue(run.out().contains("download it again"), run.out());
		assertTrue(run.out().indexOf("WARNING") < run.out().indexOf("values"), run.out());
		assertFalse(run.out().contains("FAILED"), run.out());
	}

	@Test
	void extractJsonCarriesWarningsOnlyForTheCutFile() throws Exception {
		Path cut = cutShort();
		BatchCliTest.Run run = BatchCliTest.espice("extract", cut.toString(),
				tmp.resolve("whole/ESP5001.pdf").toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(1, run.out().split("\"warnings\"", -1).length - 1, run.out());
	}
}
