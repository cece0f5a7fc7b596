package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two inputs of one name in different folders, or two datasheets of one part, each keep their own output file. */
@ExtendWith(IsolatedHome.class)
class SameNameOutputTest {

	@TempDir
	Path tmp;

	@Test
	void extractWritesOneJsonPerInputEvenWhenNamesRepeat() throws Exception {
		TestPdfs.datasheet(tmp.resolve("in/a/IRF540.pdf"), "PARTA1", 1, null);
		TestPdfs.datasheet(tmp.resolve("in/b/IRF540.pdf"), "PARTB1", 2, null);
		Path out = tmp.resolve("out");
		BatchCliTest.Run run = BatchCliTest.espice("extract", tmp.resolve("in").toString(), "--out", out.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(List.of("IRF540-2.pdf.json", "IRF540.pdf.json"), names(out));
		assertTrue(run.err().contains("written as IRF540-2.pdf.json"), run.err());
		// in input order: the one-page datasheet of folder a first, the two-page one of folder b second
		assertTrue(Files.readString(out.resolve("IRF540.pdf.json")).contains("\"pages\" : 1"));
		assertTrue(Files.readString(out.resolve("IRF540-2.pdf.json")).contains("\"pages\" : 2"));
	}

	@Test
	void modelWritesOneFilePerDatasheetOfTheSamePart() throws Exception {
		TestPdfs.datasheet(tmp.resolve("in/a/SAME1.pdf"), "SAME1");
		TestPdfs.datasheet(tmp.resolve("in/b/SAME1.pdf"), "SAME1");
		Path out = tmp.resolve("out");
		BatchCliTest.Run run = BatchCliTest.espice("model", tmp.resolve("in").toString(), "--out", out.toString());
		assertEquals(0, run.code(), run.out());
		assertEquals(List.of("SAME1-2.lib", "SAME1.lib"), names(out), run.out());
	}

	private static List<String> names(Path dir) throws Exception {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
