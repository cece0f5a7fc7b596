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

/** {@code espice model --card} writes each model's card beside it, and two of one part keep their own names. */
@ExtendWith(IsolatedHome.class)
class ModelCardCommandTest {

	@TempDir
	Path tmp;

	@Test
	void eachModelGetsItsCardBesideIt() throws Exception {
		TestPdfs.datasheet(tmp.resolve("in/a/SAME1.pdf"), "SAME1");
		TestPdfs.datasheet(tmp.resolve("in/b/SAME1.pdf"), "SAME1");
		Path out = tmp.resolve("out");
		BatchCliTest.Run run = BatchCliTest.espice("model", tmp.resolve("in").toString(), "--card", "--out",
				out.toString());
		assertEquals(0, run.code(), run.out());
		assertEquals(List.of("SAME1-2.html", "SAME1-2.lib", "SAME1.html", "SAME1.lib"), names(out), run.out());
		String card = Files.readString(out.resolve("SAME1.html"));
		assertTrue(card.contains("<h1>SAME1") && card.contains("<h2>Parameters</h2>"), card.substring(0, 300));
		assertTrue(run.out().contains("card -> "), run.out());
	}

	private static List<String> names(Path dir) throws Exception {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
