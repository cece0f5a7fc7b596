package org.espice.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchPresets;
import org.espice.core.spice.Dialect;
import org.espice.samples.SampleDatasheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code releng/espice-spark}'s main class: its own local session, the summary, the exit codes. */
class CommandLineTest {

	@TempDir
	Path tmp;

	@Test
	void runsTheJobOnAFolderAndSaysWhatItDid() throws Exception {
		SampleDatasheets.write(tmp.resolve("in"));
		StringWriter out = new StringWriter();
		CommandLine cli = new CommandLine(new EspiceSparkJob());
		cli.setOut(new PrintWriter(out));
		int code = cli.execute(tmp.resolve("in").toString(), "--out", tmp.resolve("out").toString(), "--master",
				"local[2]", "--dialect", "ltspice");
		ExecutorWork.closeAll();
		assertEquals(0, code, out.toString());
		int n = SampleDatasheets.catalog().size();
		assertTrue(out.toString().contains(n + " files") && out.toString().contains("done " + n), out.toString());
		assertTrue(SparkRuns.models(tmp.resolve("out"), "lib").size() >= n, "LTspice models: .lib");
	}

	@Test
	void aPresetGivesTheSettingsAndOptionsWin() throws Exception {
		Path preset = tmp.resolve("preset.json");
		BatchPresets.save(preset, BatchConfig.defaults().withDialect(Dialect.PSPICE).withTimeoutSeconds(30)
				.withNaming("{part}_{kind}"));
		EspiceSparkJob job = new EspiceSparkJob();
		new CommandLine(job).parseArgs("in", "--out", "out", "--preset", preset.toString(), "--timeout", "45");
		JobSettings s = job.settings();
		assertEquals("pspice", s.dialect());
		assertEquals("{part}_{kind}", s.naming());
		assertEquals(45, s.timeoutSeconds(), "an option given wins over the preset");
		assertEquals(BatchConfig.defaults().retries(), s.retries());
	}

	@Test
	void aBadOptionIsAUsageError() {
		StringWriter err = new StringWriter();
		CommandLine cli = new CommandLine(new EspiceSparkJob());
		cli.setErr(new PrintWriter(err));
		assertEquals(2, cli.execute("in", "--out", "out", "--dialect", "spectre"));
		assertTrue(err.toString().contains("spectre"), err.toString());
	}
}
