package org.espice.core.internal.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.espice.core.FailureCategory;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.ItemState;
import org.espice.core.batch.ItemTimings;

/**
 * Watches running files on a timer: abandons those that ignore a cancel, fails those past their deadline that
 * ignore their monitor, samples memory and writes a tick to the journal every few seconds.
 */
final class Watchdog {

	private static final long TICK_MILLIS = 2000;
	private static final long PERIOD_MILLIS = 100;

	private final BatchEngine engine;
	private ScheduledExecutorService timer;
	/** When the last tick record was written; guarded by the batch lock. */
	private long lastTickMillis;

	Watchdog(BatchEngine engine) {
		this.engine = engine;
	}

	/** Starts the timer; called once, under the batch lock. */
	void start() {
		timer = Executors.newSingleThreadScheduledExecutor(
				r -> BatchEngine.daemon(r, "espice-batch-" + engine.id + "-timer"));
		timer.scheduleWithFixedDelay(this::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
	}

	void stop() {
		if (timer != null) {
			timer.shutdownNow();
		}
	}

	/** Queues a tick record; the caller holds the batch lock. */
	void tick(boolean sync) {
		lastTickMillis = System.currentTimeMillis();
		engine.journalTick(sync);
	}

	private void check() {
		List<BatchItem> abandoned = new ArrayList<>();
		List<ItemRun> timedOut = new ArrayList<>();
		engine.lock.lock();
		try {
			engine.memory.sampleHeap();
			long now = System.nanoTime();
			long grace = TimeUnit.MILLISECONDS.toNanos(BatchControl.CANCEL_GRACE_MILLIS);
			for (ItemEntry e : engine.entries) {
				ItemRun r = e.run;
				if (r == null) {
					continue;
				}
				boolean cancelOverdue = (r.cancelled || engine.state == BatchState.CANCELLED)
						&& now - Math.max(engine.cancelRequestedNanos, r.startNanos) > grace;
				if (cancelOverdue) {
					abandon(r);
					e.state = ItemState.CANCELLED;
					e.timings = new ItemTimings(0, 0, 0, ItemRun.ms(r.startNanos));
					engine.journalState(e, true);
					abandoned.add(e.snapshot());
				} else if (!r.naming && now - r.deadlineNanos > grace) {
					timedOut.add(r);
				}
			}
			if (System.currentTimeMillis() - lastTickMillis >= TICK_MILLIS && engine.state == BatchState.RUNNING) {
				tick(false);
			}
		} finally {
			engine.lock.unlock();
		}
		engine.flushJournal();
		for (ItemRun r : timedOut) {
			// the work ignored its monitor: give up on it so the batch goes on
			Thread t = r.thread;
			engine.failRun(r, FailureCategory.TIMEOUT, r.entry.fileName() + ": took longer than "
					+ engine.config.timeoutSeconds() + " s and did not stop", r.entry.outcome, ItemTimings.NONE);
			if (t != null) {
				t.interrupt();
			}
		}
		abandoned.forEach(engine::fireItem);
		if (!abandoned.isEmpty() || !timedOut.isEmpty()
				|| engine.state == BatchState.RUNNING && engine.running > 0) {
			engine.fireBatch();
		}
	}

	/** Gives up on a run that ignored its cancel: the item is free again, its late result is void. */
	private void abandon(ItemRun r) {
		r.entry.run = null;
		engine.running--;
		if (r.thread != null) {
			r.thread.interrupt();
		}
		engine.changed.signalAll();
	}
}
