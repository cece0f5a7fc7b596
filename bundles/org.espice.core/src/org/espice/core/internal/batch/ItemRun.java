package org.espice.core.internal.batch;

import java.util.concurrent.TimeUnit;

import org.espice.core.TaskMonitor;
import org.espice.core.WorkStep;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.ItemState;

/** One attempt at one file, and the monitor its work sees: it turns on cancel, on timeout and when abandoned. */
final class ItemRun implements TaskMonitor {
	final ItemEntry entry;
	final long startNanos = System.nanoTime();
	/** Moved on by the time the file waits for its turn to name its models: that wait is not its work. */
	volatile long deadlineNanos;
	volatile boolean cancelled;
	volatile Thread thread;
	/** Waiting for its naming turn without holding a place; guarded by the batch lock. */
	boolean parked;
	/** Waiting for its naming turn: its deadline stands still. */
	volatile boolean naming;
	private final BatchEngine engine;

	ItemRun(ItemEntry entry, BatchEngine engine) {
		this.entry = entry;
		this.engine = engine;
		this.deadlineNanos = startNanos + TimeUnit.SECONDS.toNanos(engine.config.timeoutSeconds());
	}

	boolean expired() {
		return !naming && System.nanoTime() > deadlineNanos;
	}

	/** Whether this is still the item's attempt (not abandoned after a timeout or cancel). */
	boolean current() {
		return entry.run == this;
	}

	@Override
	public boolean isCanceled() {
		return cancelled || !current() || expired();
	}

	@Override
	public void progress(WorkStep step, double fraction) {
		if (!current()) {
			return;
		}
		double f = Math.max(0, Math.min(1, fraction));
		double overall = switch (step) {
		case READING -> 0.15 * f;
		case EXTRACTING -> 0.15 + 0.45 * f;
		case FITTING -> 0.6 + 0.35 * f;
		case WRITING -> 0.95 + 0.05 * f;
		};
		BatchItem snap;
		engine.lock.lock();
		try {
			if (!current()) {
				return; // abandoned meanwhile: its final state stands
			}
			entry.state = new ItemState.Running(step, overall);
			snap = entry.snapshot();
		} finally {
			engine.lock.unlock();
		}
		engine.fireItem(snap);
	}

	/** Milliseconds since {@code sinceNanos}. */
	static long ms(long sinceNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sinceNanos);
	}
}
