package org.espice.core.internal.batch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.espice.core.batch.BatchProgress;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.ItemState;

/**
 * Counts, fraction done, throughput and time left of a batch. Throughput counts this process's running time
 * only; the active time reported adds the runs before a reopen. Guarded by the batch lock.
 */
final class ProgressMeter {

	/** How much of its work an item awaiting review has done: only writing is left. */
	private static final double REVIEW_FRACTION = 0.95;
	private static final double REVIEW_LEFT = 0.05;

	private final long priorActiveMillis;
	private long activeNanos;
	private long activeSince = -1;
	private int finishedCount;
	private long finishedBytes;

	ProgressMeter(long priorActiveMillis) {
		this.priorActiveMillis = priorActiveMillis;
	}

	/** Starts or stops the running-time clock as the batch enters or leaves {@link BatchState#RUNNING}. */
	void stateChanging(BatchState from, BatchState to) {
		if (from == BatchState.RUNNING && to != BatchState.RUNNING && activeSince >= 0) {
			activeNanos += System.nanoTime() - activeSince;
			activeSince = -1;
		} else if (to == BatchState.RUNNING && activeSince < 0) {
			activeSince = System.nanoTime();
		}
	}

	/** An item reached a final state other than skipped. */
	void finished(long size) {
		finishedCount++;
		finishedBytes += Math.max(0, size);
	}

	/** Running time over every run of the batch. */
	long activeMillis() {
		return priorActiveMillis + TimeUnit.NANOSECONDS.toMillis(activeNanos());
	}

	private long activeNanos() {
		return activeNanos + (activeSince >= 0 ? System.nanoTime() - activeSince : 0);
	}

	BatchProgress progress(BatchState state, String message, List<ItemEntry> entries) {
		int queued = 0, run = 0, review = 0, done = 0, failed = 0, cancelled = 0, skipped = 0;
		double work = 0;
		for (ItemEntry e : entries) {
			ItemState s = e.state;
			if (s instanceof ItemState.Queued) {
				queued++;
			} else if (s instanceof ItemState.Running r) {
				run++;
				work += r.fraction();
			} else if (s instanceof ItemState.AwaitingReview) {
				review++;
				work += REVIEW_FRACTION;
			} else if (s instanceof ItemState.Done) {
				done++;
			} else if (s instanceof ItemState.Failed) {
				failed++;
			} else if (s instanceof ItemState.Cancelled) {
				cancelled++;
			} else {
				skipped++;
			}
		}
		int total = entries.size();
		int finished = done + failed + cancelled + skipped;
		work += finished;
		double minutes = activeNanos() / 60e9;
		double fpm = minutes > 0 ? finishedCount / minutes : 0;
		double mbs = minutes > 0 ? finishedBytes / 1048576.0 / (minutes * 60) : 0;
		Duration eta = null;
		if (fpm > 0) {
			double left = queued + run + review * REVIEW_LEFT - (work - finished - review * REVIEW_FRACTION);
			eta = Duration.ofMillis((long) (Math.max(0, left) / fpm * 60_000));
		}
		return new BatchProgress(state, message, total, queued, run, review, done, failed, cancelled, skipped,
				total == 0 ? 1 : work / total, fpm, mbs, eta);
	}
}
