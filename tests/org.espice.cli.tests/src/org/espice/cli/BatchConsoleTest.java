package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchConfig;
import org.espice.tests.common.FakeWork;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchConsoleTest {

	@TempDir
	Path tmp;

	/** On a terminal: a bar redrawn in place (carriage return) at least every 2 s, failures as lines above it. */
	@Test
	void aTerminalGetsAProgressBarRedrawnInPlace() throws Exception {
		List<Path> in = TestPdfs.many(tmp.resolve("in"), 8);
		StringWriter text = new StringWriter();
		BatchConfig config = BatchConfig.defaults().withParallelism(1).withOutputFolder(tmp.resolve("out"));
		long t0 = System.nanoTime();
		int code = new BatchConsole(new PrintWriter(text, true), true, false).run(Batch.create(config, in, new FakeWork()));
		double seconds = (System.nanoTime() - t0) / 1e9;
		assertEquals(0, code);
		String out = text.toString();
		long redraws = out.chars().filter(c -> c == '\r').count();
		assertTrue(redraws >= seconds / 2, redraws + " redraws in " + seconds + " s:\n" + out);
		assertTrue(out.contains("\r[##############################] 100% 8/8"), out);
		assertFalse(out.contains("] done "), "done files are not listed on a terminal without --verbose");
		assertTrue(out.contains("8 files: 8 done"), out);
	}

	@Test
	void withoutATerminalEachFileIsOnePlainLine() throws Exception {
		List<Path> in = TestPdfs.many(tmp.resolve("in"), 3);
		StringWriter text = new StringWriter();
		BatchConfig config = BatchConfig.defaults().withOutputFolder(tmp.resolve("out"));
		new BatchConsole(new PrintWriter(text, true), false, false).run(Batch.create(config, in, new FakeWork()));
		String out = text.toString();
		assertFalse(out.contains("\r"), out);
		for (int i = 0; i < 3; i++) {
			assertTrue(out.contains("done      ds-00" + i + ".pdf: DS-00" + i + " (diode), 1 value -> DS-00" + i + ".lib"),
					out);
		}
	}
}
