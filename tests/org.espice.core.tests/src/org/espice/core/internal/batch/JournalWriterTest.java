package org.espice.core.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.espice.core.FailureCategory;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.ItemOutcome;
import org.espice.core.batch.ItemState;
import org.espice.core.batch.ItemTimings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class JournalWriterTest {

	@TempDir
	Path tmp;

	private final ReentrantLock batchLock = new ReentrantLock();

	private JournalWriter create(Path journal, int items) throws IOException {
		List<JournalEntry> first = new ArrayList<>();
		first.add(new JournalEntry.Header("b1", BatchConfig.defaults().withOutputFolder(tmp)));
		for (int i = 0; i < items; i++) {
			first.add(new JournalEntry.ItemAdded(item(i, ItemState.QUEUED)));
		}
		return JournalWriter.create(journal, first, batchLock);
	}

	private BatchItem item(int index, ItemState state) {
		return new BatchItem(index, tmp.resolve("in-" + index + ".pdf"), 100 + index, null, state, 1, false,
				state.isFinal() ? new ItemOutcome(List.of("P" + index), "diode", 3, List.of("P" + index + ".lib"))
						: ItemOutcome.NONE,
				state.isFinal() ? new ItemTimings(1, 2, 3, 6) : ItemTimings.NONE);
	}

	private static List<JsonNode> lines(Path journal) throws IOException {
		List<JsonNode> out = new ArrayList<>();
		for (String l : Files.readAllLines(journal)) {
			out.add(ConfigJson.MAPPER.readTree(l));
		}
		return out;
	}

	private static List<String> keys(JsonNode n) {
		List<String> keys = new ArrayList<>();
		n.fieldNames().forEachRemaining(keys::add);
		return keys;
	}

	@Test
	void entriesQueuedUnderTheLockReachTheFileOnlyWhenFlushedAfterIt() throws Exception {
		Path journal = tmp.resolve("b1.batch.jsonl");
		try (JournalWriter w = create(journal, 2)) {
			batchLock.lock();
			try {
				w.add(new JournalEntry.Session("start"), false);
				w.add(new JournalEntry.BatchStateChange(BatchState.RUNNING, null), true);
				w.add(new JournalEntry.ItemStateChange(item(0, new ItemState.Done(null)), "abc"), true);
				w.add(new JournalEntry.Retry(1, FailureCategory.IO_ERROR, "busy", 20), false);
				w.add(new JournalEntry.ItemStateChange(
						item(1, new ItemState.Failed(FailureCategory.FIT_FAILED, "A: no IS")), null), true);
				assertThrows(IllegalStateException.class, w::flush, "no write under the batch lock");
			} finally {
				batchLock.unlock();
			}
			assertEquals(3, Files.readAllLines(journal).size(), "only the header and items before the flush");
			w.flush();
		}
		List<JsonNode> lines = lines(journal);
		assertEquals(List.of("batch", "item", "item", "session", "batch-state", "state", "retry", "state"),
				lines.stream().map(n -> n.path("type").asText()).toList());
		assertEquals(List.of("type", "ts", "index", "state", "attempt", "sha256", "parts", "kind", "parameters",
				"models", "timings"), keys(lines.get(5)));
		assertEquals(List.of("type", "ts", "index", "category", "message", "backoffMillis"), keys(lines.get(6)));

		BatchSnapshot s = JournalReplay.of(journal).snapshot();
		assertEquals(BatchState.RUNNING, s.state());
		assertEquals(item(0, new ItemState.Done(null)), s.items().get(0), "a done item reads back whole");
		ItemState.Failed failed = assertInstanceOf(ItemState.Failed.class, s.items().get(1).state());
		assertEquals(FailureCategory.FIT_FAILED, failed.category());
		assertEquals("A: no IS", failed.message());
	}

	@Test
	void threadsFlushingTheirOwnChangesKeepTheOrderTheChangesWereMadeIn() throws Exception {
		Path journal = tmp.resolve("b1.batch.jsonl");
		int threads = 4;
		int perThread = 50;
		AtomicInteger next = new AtomicInteger();
		try (JournalWriter w = create(journal, threads * perThread)) {
			List<Thread> all = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				all.add(new Thread(() -> {
					for (int i = 0; i < perThread; i++) {
						batchLock.lock();
						try {
							// the order of the changes is the order the batch lock was taken in
							int index = next.getAndIncrement();
							w.add(new JournalEntry.ItemStateChange(item(index, new ItemState.Skipped("dup")), null),
									index % 3 == 0);
						} finally {
							batchLock.unlock();
						}
						try {
							w.flush();
						} catch (IOException e) {
							throw new IllegalStateException(e);
						}
					}
				}));
			}
			all.forEach(Thread::start);
			for (Thread t : all) {
				t.join();
			}
		}
		List<Integer> written = lines(journal).stream().filter(n -> n.path("type").asText().equals("state"))
				.map(n -> n.path("index").asInt()).toList();
		assertEquals(threads * perThread, written.size());
		for (int i = 0; i < written.size(); i++) {
			assertEquals(i, written.get(i), "entry " + i + " out of order");
		}
	}

	@Test
	void aSecondWriterOnTheSameJournalIsRefused() throws Exception {
		Path journal = tmp.resolve("b1.batch.jsonl");
		try (JournalWriter w = create(journal, 1)) {
			IOException e = assertThrows(IOException.class, () -> JournalWriter.open(journal, batchLock));
			assertEquals("Batch " + journal + " is being run by another process", e.getMessage());
		}
	}

	@Test
	void entriesAddedAfterCloseAreDropped() throws Exception {
		Path journal = tmp.resolve("b1.batch.jsonl");
		JournalWriter w = create(journal, 1);
		w.add(new JournalEntry.Session("open"), true);
		w.close();
		w.add(new JournalEntry.Session("late"), true);
		w.flush();
		assertEquals(List.of("batch", "item", "session"),
				lines(journal).stream().map(n -> n.path("type").asText()).toList());
	}
}
