package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.ItemState;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Kills the CLI with SIGKILL in the middle of a batch and resumes it: every file ends done exactly once, files
 * finished before the kill are not redone, and no model file is ever half-written.
 */
class CrashResumeTest {

	@TempDir
	Path tmp;

	@org.junit.jupiter.api.AfterEach
	void killLeftovers() {
		ChildJvm.destroyAll();
	}

	@Test
	void killNineMidBatchThenResumeFinishesEveryFileExactlyOnce() throws Exception {
		List<Path> inputs = TestPdfs.many(tmp.resolve("in"), 30);
		Path out = tmp.resolve("out");
		Path home = tmp.resolve("home");
		// FakeWork: 300 ms per file, writes a 200-line model, so a kill lands mid-work with high probability
		Process p = ChildJvm.start(ChildJvm.cli(home, "128m", "process", tmp.resolve("in").toString(), "--out", out.toString(),
				"--parallel", "2", "--work-class", "org.espice.tests.common.FakeWork"));
		Path journal = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			assertTrue(System.nanoTime() < deadline, "no file finished within 60 s");
			assertTrue(p.isAlive(), () -> "the CLI ended before the kill: " + output(p));
			if (journal == null && Files.isDirectory(out)) {
				try (Stream<Path> s = Files.list(out)) {
					journal = s.filter(f -> f.toString().endsWith(BatchJournal.SUFFIX)).findFirst().orElse(null);
				}
			}
			if (journal != null && countDone(journal) >= 3) {
				break;
			}
			Thread.sleep(5);
		}
		List<ProcessHandle> workers = p.descendants().toList();
		assertFalse(workers.isEmpty(), "the files are read in worker processes");
		p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
		assertTrue(p.waitFor(10, TimeUnit.SECONDS));
		assertEquals(137, p.exitValue(), "killed by SIGKILL");
		for (ProcessHandle w : workers) {
			// a worker learns of its coordinator's death from its closed input, whatever it was doing
			w.onExit().get(30, TimeUnit.SECONDS);
		}

		BatchSnapshot crashed = BatchJournal.read(journal);
		Map<Integer, Boolean> doneBefore = new HashMap<>();
		for (BatchItem i : crashed.items()) {
			doneBefore.put(i.index(), i.state() instanceof ItemState.Done);
		}
		long finishedBefore = doneBefore.values().stream().filter(b -> b).count();
		assertTrue(finishedBefore >= 3 && finishedBefore < inputs.size(),
				"killed mid-batch: " + finishedBefore + " of " + inputs.size() + " done");
		assertFalse(crashed.live(), "the lock died with the process");
		assertAllModelsComplete(out);
		long linesBefore = Files.readAllLines(journal).size();

		Process r = ChildJvm.start(ChildJvm.cli(home, "128m", "resume", out.toString(), "--work-class",
				"org.espice.tests.common.FakeWork"));
		assertTrue(r.waitFor(120, TimeUnit.SECONDS), "resume did not end within 120 s");
		String log = output(r);
		assertEquals(0, r.exitValue(), log);
		assertTrue(log.contains("resuming " + (inputs.size() - finishedBefore) + " unfinished"), log);

		BatchSnapshot after = BatchJournal.read(journal);
		assertEquals(BatchState.FINISHED, after.state());
		assertEquals(inputs.size(), after.items().size());
		assertTrue(after.items().stream().allMatch(i -> i.state() instanceof ItemState.Done), after.items().toString());
		// exactly once: one "done" record per file over both runs, and no run again of a file done before
		List<JsonNode> records = records(journal);
		Map<Integer, Integer> doneCount = new HashMap<>();
		for (JsonNode n : records) {
			if ("state".equals(n.path("type").asText()) && "done".equals(n.path("state").asText())) {
				doneCount.merge(n.path("index").asInt(), 1, Integer::sum);
			}
		}
		for (int i = 0; i < inputs.size(); i++) {
			assertEquals(1, doneCount.getOrDefault(i, 0), "done records of item " + i);
		}
		for (JsonNode n : records.subList((int) linesBefore, records.size())) {
			if ("state".equals(n.path("type").asText()) && "running".equals(n.path("state").asText())) {
				assertFalse(doneBefore.get(n.path("index").asInt()), "item " + n.path("index") + " redone");
			}
		}
		assertAllModelsComplete(out);
		try (Stream<Path> s = Files.list(out)) {
			assertEquals(inputs.size(), s.filter(f -> f.toString().endsWith(".lib")).count());
		}
		try (Stream<Path> s = Files.list(out)) {
			assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temp files cleaned up");
		}
	}

	/** The same with the real reader and fitter: every file ends in one final state exactly once. */
	@Test
	void killNineWithTheRealWorkThenResumeEndsEveryFileOnce() throws Exception {
		List<Path> inputs = new java.util.ArrayList<>();
		for (int i = 0; i < 150; i++) {
			inputs.add(TestPdfs.datasheet(tmp.resolve(String.format("in/real-%03d.pdf", i)), "REAL" + i, 1 + i % 3,
					null));
		}
		Path out = tmp.resolve("out");
		Path home = tmp.resolve("home");
		Process p = ChildJvm.start(ChildJvm.cli(home, "128m", "process", tmp.resolve("in").toString(), "--out", out.toString(),
				"--parallel", "2"));
		Path journal = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (journal == null || countFinal(journal) < 3) {
			assertTrue(System.nanoTime() < deadline, "no file finished within 60 s");
			assertTrue(p.isAlive(), () -> "the CLI ended before the kill: " + output(p));
			if (Files.isDirectory(out)) {
				try (Stream<Path> s = Files.list(out)) {
					journal = s.filter(f -> f.toString().endsWith(BatchJournal.SUFFIX)).findFirst().orElse(null);
				}
			}
			Thread.sleep(2);
		}
		p.destroyForcibly();
		assertTrue(p.waitFor(10, TimeUnit.SECONDS));
		long finalBefore = BatchJournal.read(journal).items().stream().filter(i -> i.state().isFinal()).count();
		assertTrue(finalBefore < inputs.size(), "killed mid-batch: " + finalBefore + " final");
		assertModelsWhole(out);

		Process r = ChildJvm.start(ChildJvm.cli(home, "128m", "resume", out.toString()));
		assertTrue(r.waitFor(300, TimeUnit.SECONDS), "resume did not end");
		String log = output(r);
		assertTrue(r.exitValue() == 0 || r.exitValue() == 1, log);
		BatchSnapshot after = BatchJournal.read(journal);
		assertTrue(after.items().stream().allMatch(i -> i.state().isFinal()), log);
		Map<Integer, Integer> finals = new HashMap<>();
		for (JsonNode n : records(journal)) {
			String st = n.path("state").asText();
			if ("state".equals(n.path("type").asText())
					&& (st.equals("done") || st.equals("failed") || st.equals("skipped"))) {
				finals.merge(n.path("index").asInt(), 1, Integer::sum);
			}
		}
		for (int i = 0; i < inputs.size(); i++) {
			assertEquals(1, finals.getOrDefault(i, 0), "final records of item " + i);
		}
		assertModelsWhole(out);
	}

	/** A model file is whole when it holds a .model card, or a .subckt closed by .ends. */
	static void assertModelsWhole(Path out) throws IOException {
		try (Stream<Path> s = Files.list(out)) {
			for (Path f : s.filter(f -> f.toString().endsWith(".lib")).toList()) {
				String text = Files.readString(f).toLowerCase(java.util.Locale.ROOT);
				assertTrue(text.endsWith("\n") && (text.contains(".model ")
						|| text.contains(".subckt") && text.contains(".ends")), f + " is incomplete");
			}
		}
	}

	private static long countFinal(Path journal) throws IOException {
		return Files.readAllLines(journal, StandardCharsets.UTF_8).stream()
				.filter(l -> l.contains("\"state\":\"done\"") || l.contains("\"state\":\"failed\"")).count();
	}

	@Test
	void ctrlCCancelsWithinASecondLeavesAResumableJournalAndExits130() throws Exception {
		// 30 files of 300 ms on 2 workers: the interrupt after the second file always lands mid-batch, with
		// seconds to spare on a loaded machine
		TestPdfs.many(tmp.resolve("in"), 30);
		Path out = tmp.resolve("out");
		Process p = ChildJvm.start(ChildJvm.cli(tmp.resolve("home"), "128m", "process", tmp.resolve("in").toString(), "--out",
				out.toString(), "--parallel", "2", "--work-class", "org.espice.tests.common.FakeWork"));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		Path journal = null;
		while (journal == null || countDone(journal) < 2) {
			assertTrue(System.nanoTime() < deadline && p.isAlive(), "no file finished in time");
			if (Files.isDirectory(out)) {
				try (Stream<Path> s = Files.list(out)) {
					journal = s.filter(f -> f.toString().endsWith(BatchJournal.SUFFIX)).findFirst().orElse(null);
				}
			}
			Thread.sleep(5);
		}
		long t0 = System.nanoTime();
		new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
		assertTrue(p.waitFor(10, TimeUnit.SECONDS));
		long ms = (System.nanoTime() - t0) / 1_000_000;
		System.out.println("Ctrl-C to process exit: " + ms + " ms");
		assertEquals(130, p.exitValue());
		BatchSnapshot s = BatchJournal.read(journal);
		assertEquals(BatchState.CANCELLED, s.state());
		assertTrue(s.items().stream().noneMatch(i -> i.state() instanceof ItemState.Running), s.items().toString());
		Process r = ChildJvm.start(ChildJvm.cli(tmp.resolve("home"), "128m", "resume", journal.toString(), "--work-class",
				"org.espice.tests.common.FakeWork"));
		assertTrue(r.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, r.exitValue(), output(r));
		assertTrue(BatchJournal.read(journal).items().stream().allMatch(i -> i.state() instanceof ItemState.Done));
		assertAllModelsComplete(out);
	}

	private static long countDone(Path journal) throws IOException {
		return Files.readAllLines(journal, StandardCharsets.UTF_8).stream()
				.filter(l -> l.contains("\"state\":\"done\"")).count();
	}

	private static List<JsonNode> records(Path journal) throws IOException {
		ObjectMapper m = new ObjectMapper();
		return Files.readAllLines(journal).stream().map(l -> {
			try {
				return m.readTree(l);
			} catch (IOException e) {
				return m.createObjectNode(); // a torn line from the kill
			}
		}).toList();
	}

	/** Every model file the test work writes ends with ".end"; a half-written one would not. */
	static void assertAllModelsComplete(Path out) throws IOException {
		try (Stream<Path> s = Files.list(out)) {
			for (Path f : s.filter(f -> f.toString().endsWith(".lib")).toList()) {
				String text = Files.readString(f);
				assertTrue(text.endsWith(".end\n"), f + " is incomplete");
			}
		}
	}

	static String output(Process p) {
		return ChildJvm.output(p);
	}
}
