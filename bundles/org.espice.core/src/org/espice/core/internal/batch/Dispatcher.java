package org.espice.core.internal.batch;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.espice.core.WorkStep;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.ItemOutcome;
import org.espice.core.batch.ItemState;
import org.espice.core.batch.ItemTimings;

/**
 * Starts queued files in input order while the batch runs, no more at once than its parallelism, once their
 * retry backoff has passed; skips files with the same content as an earlier one; finishes the batch when
 * nothing is left.
 */
final class Dispatcher {

	private static final long IDLE_WAIT_MILLIS = 500;

	private final BatchEngine engine;
	private final FilePipeline pipeline;
	private Thread thread;

	Dispatcher(BatchEngine engine, FilePipeline pipeline) {
		this.engine = engine;
		this.pipeline = pipeline;
	}

	/** Creates the dispatcher thread; the caller holds the batch lock. */
	void create() {
		thread = BatchEngine.daemon(this::loop, "espice-batch-" + engine.id + "-dispatcher");
	}

	boolean created() {
		return thread != null;
	}

	/** Starts the thread if it is not running yet; the caller holds the batch lock. */
	void start() {
		if (!thread.isAlive()) {
			thread.start();
		}
	}

	private void loop() {
		try {
			while (true) {
				ItemEntry next = awaitNext();
				if (next == null) {
					return;
				}
				String critical = engine.output.problem();
				if (critical != null) {
					engine.pauseCritical(critical);
				} else if (claim(next)) {
					launch(next);
				}
			}
		} catch (InterruptedException e) {
			// closing
		}
	}

	/** Waits for a file that may start now; null once the batch is closed. Finishes the batch when all is done. */
	private ItemEntry awaitNext() throws InterruptedException {
		engine.lock.lock();
		try {
			while (!engine.closed) {
				long waitNanos = TimeUnit.MILLISECONDS.toNanos(IDLE_WAIT_MILLIS);
				if (engine.state == BatchState.RUNNING && engine.working() < engine.config.parallelism()) {
					long now = System.nanoTime();
					boolean queued = false;
					for (ItemEntry e : engine.entries) {
						if (e.state instanceof ItemState.Queued && e.run == null) {
							queued = true;
							if (e.retryAtNanos <= now) {
								return e;
							}
							waitNanos = Math.min(waitNanos, e.retryAtNanos - now);
						}
					}
					if (!queued && engine.running == 0) {
						finishLocked();
					}
				}
				engine.changed.awaitNanos(Math.max(1_000_000, waitNanos));
			}
			return null;
		} finally {
			engine.lock.unlock();
		}
	}

	/** Ends the batch: finished, or awaiting review while files wait for it. */
	private void finishLocked() {
		boolean review = engine.entries.stream().anyMatch(e -> e.state instanceof ItemState.AwaitingReview);
		engine.setState(review ? BatchState.AWAITING_REVIEW : BatchState.FINISHED, null);
		engine.watchdog.tick(true);
		engine.lock.unlock();
		try {
			engine.flushJournal();
			engine.fireBatch();
		} finally {
			engine.lock.lock();
		}
	}

	/** Makes {@code e} running unless something changed it while the output was checked. */
	private boolean claim(ItemEntry e) {
		engine.lock.lock();
		try {
			if (engine.closed || engine.state != BatchState.RUNNING || !(e.state instanceof ItemState.Queued)
					|| e.run != null || engine.working() >= engine.config.parallelism()) {
				return false;
			}
			e.run = new ItemRun(e, engine);
			e.attempts++;
			e.state = new ItemState.Running(WorkStep.READING, 0);
			e.outcome = ItemOutcome.NONE;
			engine.running++;
			return true;
		} finally {
			engine.lock.unlock();
		}
	}

	/** Hashes (for duplicates) in input order on the dispatcher thread, then hands the file to a worker. */
	private void launch(ItemEntry e) {
		ItemRun run = e.run;
		String hash;
		engine.lock.lock();
		try {
			hash = engine.hashes.of(e.index);
		} finally {
			engine.lock.unlock();
		}
		if (hash == null) {
			try {
				hash = InputValidator.sha256(e.file);
			} catch (IOException ex) {
				hash = null; // validation names the problem
			}
		}
		BatchItem snap;
		ItemEntry duplicateOf = null;
		engine.lock.lock();
		try {
			if (hash != null) {
				int first = engine.hashes.claim(e.index, hash);
				if (first != e.index && engine.entries.stream().anyMatch(o -> o.index == first)) {
					duplicateOf = engine.entry(first);
				}
			}
			if (duplicateOf == null) {
				engine.journalState(e, hash, true);
			}
			snap = e.snapshot();
		} finally {
			engine.lock.unlock();
		}
		if (duplicateOf != null) {
			engine.finishRun(run, new ItemState.Skipped("same content as item " + (duplicateOf.index + 1) + " ("
					+ duplicateOf.file.getFileName() + ")"), ItemOutcome.NONE, ItemTimings.NONE, hash);
			return;
		}
		engine.flushJournal();
		engine.fireItem(snap);
		engine.execute(snap, () -> pipeline.process(run));
	}
}
