package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchSnapshot;
import org.espice.tests.common.TestClassPath;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;


/** The batch commands run in-process, as a user would type them. */
@ExtendWith(IsolatedHome.class)
class BatchCliTest {

	@TempDir
	Path tmp;

	record Run(int code, String out, String err) {
	}

	static {
		// this OSGi test runtime's own class path does not hold the engine: give the workers one
		System.setProperty(WorkerChoice.CLASS_PATH_PROPERTY,
				TestClassPath.joined(EspiceCli.class, org.espice.tests.common.FakeWork.class));
	}

	static Run espice(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = EspiceCli.commandLine(out, err).execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	/** Bad inputs among good ones, through the real reader: each bad file in its category, order kept. */
	@Test
	void processReportsBadInputsInOrderAndExitsWithOne() throws Exception {
		Path in = tmp.resolve("in");
		List<Path> files = new ArrayList<>();
		files.add(TestPdfs.datasheet(in.resolve("a-good.pdf"), "GOODA"));
		files.add(TestPdfs.corrupt(in.resolve("b-corrupt.pdf")));
		files.add(TestPdfs.truncated(in.resolve("c-truncated.pdf")));
		files.add(TestPdfs.datasheet(in.resolve("d-encrypted.pdf"), "ENC", 1, "pw"));
		files.add(TestPdfs.empty(in.resolve("e-empty.pdf")));
		files.add(TestPdfs.notPdf(in.resolve("f-not-pdf.pdf")));
		files.add(TestPdfs.oversized(in.resolve("g-oversized.pdf"), 51L * 1024 * 1024));
		files.add(TestPdfs.datasheet(in.resolve("h-good.pdf"), "GOODH"));
		Path out = tmp.resolve("out");
		Run r = espice("process", in.toString(), "--out", out.toString(), "--parallel", "3");
		assertEquals(1, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("8 files:"), r.out());
		assertTrue(r.out().contains("invalid-input 6"), r.out());
		BatchSnapshot s = BatchJournal.read(out);
		for (int i = 1; i <= 6; i++) {
			assertEquals("failed", s.items().get(i).state().id(), s.items().get(i).toString());
		}
		// the good files reach a final state through the real reader and fitter, whatever they conclude
		assertTrue(s.items().get(0).state().isFinal() && s.items().get(7).state().isFinal());
		List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
		for (String f : new String[] { "json", "md", "csv" }) {
			Run rep = espice("report", out.toString(), "--format", f);
			assertEquals(0, rep.code(), rep.err());
			assertInOrder(rep.out(), names);
			try (Stream<Path> written = Files.list(out)) {
				Path file = written.filter(p -> p.toString().endsWith(".report." + f)).findFirst().orElseThrow();
				assertInOrder(Files.readString(file), names);
			}
		}
	}

	static void assertInOrder(String text, List<String> names) {
		int at = -1;
		for (String n : names) {
			int i = text.indexOf(n, at + 1);
			assertTrue(i > at, n + " missing or out of order in:\n" + text);
			at = i;
		}
	}

	@Test
	void samplesAreWrittenAndProcessedWithASummary() throws Exception {
		Path dir = tmp.resolve("samples");
		Run r = espice("process", "--samples", dir.toString());
		assertTrue(r.code() == 0 || r.code() == 1, r.out() + r.err());
		assertTrue(r.out().contains("Wrote 11 sample datasheets"), r.out());
		assertTrue(r.out().contains("11 files:"), r.out());
		assertTrue(r.out().contains("journal: " + dir.resolve("models").toAbsolutePath()), r.out());
		BatchSnapshot s = BatchJournal.read(dir.resolve("models"));
		assertTrue(s.items().stream().allMatch(i -> i.state().isFinal()), s.items().toString());
	}

	@Test
	void dryRunValidatesWithoutWriting() throws Exception {
		Path in = tmp.resolve("in");
		TestPdfs.datasheet(in.resolve("a.pdf"), "A");
		Files.copy(in.resolve("a.pdf"), in.resolve("b.pdf"));
		TestPdfs.empty(in.resolve("c.pdf"));
		Run r = espice("process", in.toString(), "--out", tmp.resolve("out").toString(), "--dry-run");
		assertEquals(1, r.code());
		assertTrue(r.out().contains("a.pdf  ok        1 page"), r.out());
		assertTrue(r.out().contains("b.pdf  skip      same content as a.pdf"), r.out());
		assertTrue(r.out().contains("c.pdf  invalid   invalid-input"), r.out());
		assertTrue(!Files.exists(tmp.resolve("out")));
	}

	@Test
	void exportListMonitorAndRetryWorkOnAFinishedBatch() throws Exception {
		TestPdfs.many(tmp.resolve("in"), 3);
		Path out = tmp.resolve("out");
		Run r = espice("process", tmp.resolve("in").toString(), "--out", out.toString(), "--limit", "3", "--retries",
				"0", "--work-class", "org.espice.tests.common.FakeWork", "--save-preset", tmp.resolve("p.json").toString());
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("3 files: 3 done"), r.out());
		assertTrue(Files.readString(tmp.resolve("p.json")).contains("\"retries\" : 0"));

		Run zip = espice("export", out.toString(), "--zip", tmp.resolve("x.zip").toString());
		assertEquals(0, zip.code(), zip.err());
		assertTrue(zip.out().contains("(7 entries)"), zip.out());

		Run list = espice("list");
		assertTrue(list.out().contains(BatchJournal.read(out).id()), list.out());
		assertTrue(list.out().contains("finished"), list.out());

		Run mon = espice("monitor", out.toString(), "--once");
		assertEquals(0, mon.code(), mon.out() + mon.err());
		assertTrue(mon.out().contains("[##############################] 100% 3/3"), mon.out());

		Run retry = espice("retry", out.toString(), "--items", "2", "--work-class", "org.espice.tests.common.FakeWork");
		assertEquals(0, retry.code(), retry.out() + retry.err());
		assertTrue(retry.out().contains("retrying 1 files"), retry.out());
		assertEquals(2, BatchJournal.read(out).items().get(1).attempts());

		Run missing = espice("report", tmp.resolve("nowhere").toString());
		assertEquals(4, missing.code());
		assertTrue(missing.err().contains("No batch at"), missing.err());
	}

	@Test
	void anUnwritableOutputExitsWithThreeAndSaysSo() throws Exception {
		TestPdfs.many(tmp.resolve("in"), 2);
		Path out = tmp.resolve("out");
		Files.createDirectories(out);
		Path blocker = out.resolve("sub");
		Files.writeString(blocker, "not a folder");
		Run r = espice("process", tmp.resolve("in").toString(), "--out", blocker.resolve("models").toString(),
				"--work-class", "org.espice.tests.common.FakeWork");
		assertEquals(3, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("PAUSED: The output folder") && r.out().contains("not writable"), r.out());
		assertTrue(r.out().contains("run the same command again"), r.out());
	}

	@Test
	void everyCommandHasHelpWithExitCodes() {
		for (String c : new String[] { "process", "resume", "retry", "report", "monitor", "export", "list" }) {
			Run r = espice(c, "--help");
			assertEquals(0, r.code(), c);
			assertTrue(r.out().contains("Usage: espice " + c), r.out());
			assertTrue(r.out().contains("Exit codes:"), c + ":\n" + r.out());
		}
		assertEquals(2, espice("process", "--parallel", "x", "in").code());
		Run bad = espice("process", "in", "--parallel", "40");
		assertEquals(2, bad.code());
		assertTrue(bad.err().contains("Parallelism must be 1..16"), bad.err());
	}
}
