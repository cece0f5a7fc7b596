package org.espice.core.internal.batch;

import java.util.concurrent.TimeUnit;

import org.espice.core.batch.BatchConfig;

/**
 * Files claim their model names in input order whatever order they finish in: the second datasheet of a part is
 * {@code -2} on every run, as on any machine that runs the same inputs. A file whose models are ready waits while
 * an earlier file is still being read or fitted. Meanwhile it gives its place to the next queued file (up to
 * {@link BatchConfig#WAITING_PER_PLACE} per place), so a slow file does not stall the batch, and its deadline stands
 * still: a file behind one that hangs is not failed for it. A file retried after a transient failure names after
 * the files that finished meanwhile; one that waits for review names when it is accepted. Guarded by the batch lock.
 */
final class NamingOrder {

	/** How often a waiting file looks at a cancel or its deadline. */
	private static final long POLL_MILLIS = 200;

	private final BatchEngine engine;
	/** Of the running files, those waiting for their turn (they hold no place). */
	private int parked;

	NamingOrder(BatchEngine engine) {
		this.engine = engine;
	}

	/** Files waiting for their turn without holding a place; the caller holds the batch lock. */
	int parked() {
		return parked;
	}

	/** Waits until no file before {@code run}'s is still read or fitted (or until the run is cancelled). */
	void awaitTurn(ItemRun run) {
		long t0 = System.nanoTime();
		run.naming = true;
		engine.lock.lock();
		try {
			while (run.current() && !run.isCanceled() && runningBefore(run.entry.index)) {
				if (!run.parked && parked < BatchConfig.WAITING_PER_PLACE * engine.config.parallelism()) {
					run.parked = true;
					parked++;
					engine.changed.signalAll();
				}
				engine.changed.awaitNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			if (run.parked) {
				run.parked = false;
				parked--;
			}
			run.deadlineNanos += System.nanoTime() - t0;
			run.naming = false;
			engine.lock.unlock();
		}
	}

	private boolean runningBefore(int index) {
		for (ItemEntry e : engine.entries) {
			if (e.index < index && e.run != null) {
				return true;
			}
		}
		return false;
	}
}
