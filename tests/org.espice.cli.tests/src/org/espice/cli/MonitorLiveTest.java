package org.espice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.espice.core.batch.BatchJournal;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code monitor} follows a batch that another JVM runs, until it ends. */
class MonitorLiveTest {

	@TempDir
	Path tmp;

	@org.junit.jupiter.api.AfterEach
	void killLeftovers() {
		ChildJvm.destroyAll();
	}

	@Test
	void monitorFollowsABatchInAnotherProcessToItsEnd() throws Exception {
		TestPdfs.many(tmp.resolve("in"), 8);
		Path out = tmp.resolve("out");
		Process p = ChildJvm.start(ChildJvm.cli(tmp.resolve("home"), "128m", "process", tmp.resolve("in").toString(), "--out",
				out.toString(), "--parallel", "1", "--work-class", "org.espice.tests.common.FakeWork"));
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!hasJournal(out) || !BatchJournal.read(out).live()) {
				assertTrue(System.nanoTime() < deadline && p.isAlive(), "the batch did not start");
				Thread.sleep(20);
			}
			BatchCliTest.Run mon = BatchCliTest.espice("monitor", out.toString(), "--interval", "0.2");
			assertEquals(0, mon.code(), mon.out() + mon.err());
			assertTrue(mon.out().contains("] done      ds-007.pdf"), mon.out());
			assertTrue(mon.out().contains("running: ds-"), "shows the files running:\n" + mon.out());
			assertTrue(mon.out().contains("8 files: 8 done"), mon.out());
			assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		} finally {
			p.destroyForcibly();
		}
	}

	private static boolean hasJournal(Path out) throws Exception {
		if (!Files.isDirectory(out)) {
			return false;
		}
		try (Stream<Path> s = Files.list(out)) {
			return s.anyMatch(f -> f.toString().endsWith(BatchJournal.SUFFIX));
		}
	}
}
