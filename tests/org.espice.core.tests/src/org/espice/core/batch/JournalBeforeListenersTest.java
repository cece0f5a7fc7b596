package org.espice.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.espice.tests.common.FakeWork;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal is written outside the batch lock, but still before anyone hears of a change: a listener told
 * that a file finished finds that on disk, so a crash after anything acted on the change cannot lose it.
 */
class JournalBeforeListenersTest {

	@TempDir
	Path tmp;

	@Test
	void aListenerToldOfAFinishedFileFindsItInTheJournal() throws Exception {
		List<Path> in = TestPdfs.many(tmp.resolve("in"), 8);
		List<String> missing = new CopyOnWriteArrayList<>();
		BatchConfig config = BatchConfig.defaults().withParallelism(4).withOutputFolder(tmp.resolve("out"));
		try (Batch b = Batch.create(config, in, new FakeWork(20, 0))) {
			b.addListener(new BatchListener() {
				@Override
				public void itemChanged(BatchItem item) {
					if (item.state().isFinal() && !journalHas(b.journalFile(), item)) {
						missing.add(item.fileName());
					}
				}
			});
			b.start();
			assertTrue(b.awaitIdle(Duration.ofSeconds(60)), "batch did not settle: " + b.progress());
			assertEquals(8, b.progress().done());
			String last = Files.readAllLines(b.journalFile()).stream().filter(l -> l.contains("\"batch-state\""))
					.reduce((x, y) -> y).orElse("");
			assertTrue(last.contains("\"finished\""), "the finished state is on disk once awaitIdle returns: " + last);
		}
		assertEquals(List.of(), missing, "told of these before their journal record was written");
	}

	private static boolean journalHas(Path journal, BatchItem item) {
		try {
			return Files.readAllLines(journal).stream().anyMatch(l -> l.contains("\"type\":\"state\"")
					&& l.contains("\"index\":" + item.index() + ",") && l.contains("\"state\":\"" + item.state().id() + "\""));
		} catch (IOException e) {
			return false;
		}
	}
}
