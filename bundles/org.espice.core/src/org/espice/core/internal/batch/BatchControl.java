package org.espice.core.internal.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.espice.core.Device;
import org.espice.core.WorkStep;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.FileWork;
import org.espice.core.batch.ItemReview;
import org.espice.core.batch.ItemState;

/**
 * What a user does to a batch: start, pause, resume, cancel, retry, accept or reject a review, close, and
 * reopen from a journal. Each command changes the {@link BatchEngine} under its lock, writes the journal after
 * releasing it, then tells the listeners.
 */
public final class BatchControl {

	/** How long running files get to notice a cancel or a timeout before they are abandoned. */
	public static final long CANCEL_GRACE_MILLIS = 500;

	private final BatchEngine engine;
	private final FilePipeline pipeline;
	private final Dispatcher dispatcher;
	/** Serialises creating the journal, which happens outside the batch lock (it is forced to disk). */
	private final Object journalCreation = new Object();
	/** Serialises closing, which writes the journal's last records outside the batch lock. */
	private final Object closing = new Object();

	public BatchControl(BatchEngine engine) {
		this.engine = engine;
		this.pipeline = new FilePipeline(engine);
		this.dispatcher = new Dispatcher(engine, pipeline);
	}

	/**
	 * Reopens a batch from its journal file and locks it. Unfinished items are queued again; finished ones keep
	 * their state. The batch is paused.
	 */
	public static BatchEngine reopen(Path file, FileWork work) throws IOException {
		JournalReplay r = JournalReplay.of(file);
		BatchConfig config = r.config.withOutputFolder(file.getParent());
		BatchEngine b = new BatchEngine(r.id, config, work, r.created, r.activeMillis);
		b.memory.sampleHeap();
		for (JournalReplay.ItemRecord it : r.items.values()) {
			ItemEntry e = b.newEntry(it.index, it.file, it.size, it.kind);
			e.attempts = it.attempts;
			e.retried = it.retried;
			e.outcome = it.outcome;
			e.timings = it.timings;
			e.state = it.state.isFinal() && !(it.state instanceof ItemState.Cancelled) ? it.state : ItemState.QUEUED;
			b.nextIndex = Math.max(b.nextIndex, it.index + 1);
			if (it.state instanceof ItemState.Done) {
				it.outcome.modelFiles().forEach(f -> b.names.reserve(it.index, f));
			}
		}
		r.hashes.forEach(b.hashes::restore);
		b.state = BatchState.PAUSED;
		b.journal = JournalWriter.open(file, b.lock);
		AtomicFiles.removeStaleTemps(config.outputFolder());
		b.journal(new JournalEntry.Session("open"), true);
		for (ItemEntry e : b.entries) {
			if (!e.state.isFinal() && !r.items.get(e.index).state.equals(ItemState.QUEUED)) {
				b.journalState(e, false);
			}
		}
		b.journal.requestForce();
		b.flushJournal();
		return b;
	}

	public void start() {
		engine.lock.lock();
		try {
			if (engine.closed) {
				throw new IllegalStateException("The batch is closed");
			}
			if (dispatcher.created()) {
				throw new IllegalStateException("The batch has already started");
			}
			engine.markStarting();
			engine.watchdog.start();
			dispatcher.create();
		} finally {
			engine.lock.unlock();
		}
		boolean started = withJournal(() -> {
			engine.journal(new JournalEntry.Session("start"), false);
			engine.setState(BatchState.RUNNING, null);
			dispatcher.start();
		});
		if (started) {
			engine.flushJournal();
			engine.fireBatch();
		}
	}

	/**
	 * Runs {@code then} under the batch lock once the batch has a journal. A new journal is created first,
	 * outside the lock, as it is forced to disk. When the output folder cannot take it, the batch is paused
	 * with the reason instead and this returns false.
	 */
	private boolean withJournal(Runnable then) {
		synchronized (journalCreation) {
			List<JournalEntry> first = new ArrayList<>();
			engine.lock.lock();
			try {
				if (engine.journal != null) {
					then.run();
					return true;
				}
				first.add(new JournalEntry.Header(engine.id, engine.config));
				engine.entries.forEach(e -> first.add(new JournalEntry.ItemAdded(e.snapshot())));
			} finally {
				engine.lock.unlock();
			}
			JournalWriter created = null;
			IOException failure = null;
			try {
				Files.createDirectories(engine.config.outputFolder());
				created = JournalWriter.create(engine.journalPath, first, engine.lock);
				AtomicFiles.removeStaleTemps(engine.config.outputFolder());
			} catch (IOException e) {
				failure = e;
			}
			engine.lock.lock();
			try {
				if (failure != null) {
					engine.state = BatchState.PAUSED;
					engine.message = "The output folder " + engine.config.outputFolder() + " is not writable ("
							+ OutputGuard.describe(failure) + "). Fix it and resume.";
					dispatcher.start();
					return false;
				}
				engine.journal = created;
				for (ItemEntry e : engine.entries) {
					if (!(e.state instanceof ItemState.Queued)) {
						engine.journalState(e, false); // cancelled before the start
					}
				}
				created.requestForce();
				then.run();
				return true;
			} finally {
				engine.lock.unlock();
			}
		}
	}

	public void pause() {
		engine.lock.lock();
		try {
			if (engine.state == BatchState.RUNNING) {
				engine.setState(BatchState.PAUSED, null);
			}
		} finally {
			engine.lock.unlock();
		}
		engine.flushJournal();
		engine.fireBatch();
	}

	public void resume() {
		boolean paused;
		engine.lock.lock();
		try {
			if (!dispatcher.created()) {
				throw new IllegalStateException("The batch has not started");
			}
			paused = engine.state == BatchState.PAUSED;
		} finally {
			engine.lock.unlock();
		}
		boolean resumed = !paused || withJournal(() -> {
			if (engine.state == BatchState.PAUSED) {
				engine.setState(BatchState.RUNNING, null);
			}
		});
		if (resumed) {
			engine.flushJournal();
			engine.fireBatch();
		}
	}

	public void cancel() {
		List<BatchItem> changedItems = new ArrayList<>();
		engine.lock.lock();
		try {
			if (engine.state == BatchState.CANCELLED || engine.state == BatchState.FINISHED && engine.running == 0) {
				return;
			}
			engine.setState(BatchState.CANCELLED, null);
			engine.cancelRequestedNanos = System.nanoTime();
			for (ItemEntry e : engine.entries) {
				if (e.run != null) {
					e.run.cancelled = true;
				} else if (e.state instanceof ItemState.Queued || e.state instanceof ItemState.AwaitingReview) {
					engine.reviews.remove(e.index);
					e.state = ItemState.CANCELLED;
					engine.journalState(e, false);
					changedItems.add(e.snapshot());
				}
			}
			requestForce();
		} finally {
			engine.lock.unlock();
		}
		engine.flushJournal();
		changedItems.forEach(engine::fireItem);
		engine.fireBatch();
	}

	private void requestForce() {
		JournalWriter j = engine.journal;
		if (j != null) {
			j.requestForce();
		}
	}

	public void cancel(int index) {
		BatchItem snap = null;
		engine.lock.lock();
		try {
			ItemEntry e = engine.entry(index);
			if (e.run != null) {
				e.run.cancelled = true;
				engine.cancelRequestedNanos = System.nanoTime();
			} else if (e.state instanceof ItemState.Queued || e.state instanceof ItemState.AwaitingReview) {
				engine.reviews.remove(index);
				e.state = ItemState.CANCELLED;
				engine.journalState(e, true);
				snap = e.snapshot();
				engine.changed.signalAll();
			}
		} finally {
			engine.lock.unlock();
		}
		if (snap != null) {
			engine.flushJournal();
			engine.fireItem(snap);
			engine.fireBatch();
		}
	}

	public int retryFailed() {
		List<Integer> indexes;
		engine.lock.lock();
		try {
			indexes = engine.entries.stream()
					.filter(e -> e.state instanceof ItemState.Failed || e.state instanceof ItemState.Cancelled)
					.map(e -> e.index).toList();
		} finally {
			engine.lock.unlock();
		}
		return retry(indexes);
	}

	public int retry(Collection<Integer> indexes) {
		List<BatchItem> changedItems = new ArrayList<>();
		engine.lock.lock();
		try {
			for (int i : indexes) {
				ItemEntry e = engine.entry(i);
				if (e.state.isFinal()) {
					e.retried |= e.state instanceof ItemState.Failed;
					e.state = ItemState.QUEUED;
					e.retryBase = e.attempts;
					e.retryAtNanos = 0;
					engine.names.release(e.index);
					if (engine.hashes.knows(e.index) && e.outcome.modelFiles().isEmpty()) {
						engine.hashes.forgetFirst(e.index);
					}
					engine.journalState(e, false);
					changedItems.add(e.snapshot());
				}
			}
			requestForce();
			if (!changedItems.isEmpty() && dispatcher.created() && (engine.state == BatchState.FINISHED
					|| engine.state == BatchState.CANCELLED || engine.state == BatchState.AWAITING_REVIEW)) {
				engine.setState(BatchState.RUNNING, null);
			}
			engine.changed.signalAll();
		} finally {
			engine.lock.unlock();
		}
		engine.flushJournal();
		changedItems.forEach(engine::fireItem);
		engine.fireBatch();
		return changedItems.size();
	}

	public void accept(int index, List<Device> editedDevices) {
		ItemRun run;
		ItemReview r;
		BatchItem snap;
		engine.lock.lock();
		try {
			r = engine.reviews.remove(index);
			if (r == null) {
				throw new IllegalStateException("Item " + index + " is not awaiting review");
			}
			ItemEntry e = engine.entry(index);
			run = new ItemRun(e, engine);
			e.run = run;
			engine.running++;
			e.state = new ItemState.Running(WorkStep.FITTING, 0.6);
			if (engine.state == BatchState.AWAITING_REVIEW) {
				engine.setState(BatchState.RUNNING, null);
			}
			engine.journalState(e, true);
			snap = e.snapshot();
		} finally {
			engine.lock.unlock();
		}
		engine.flushJournal();
		engine.execute(snap, () -> pipeline.accept(run, r, editedDevices));
		engine.fireBatch();
	}

	public void reject(int index) {
		BatchItem snap;
		engine.lock.lock();
		try {
			if (engine.reviews.remove(index) == null) {
				throw new IllegalStateException("Item " + index + " is not awaiting review");
			}
			ItemEntry e = engine.entry(index);
			e.state = new ItemState.Skipped("rejected in review");
			engine.journalState(e, true);
			snap = e.snapshot();
			if (engine.state == BatchState.AWAITING_REVIEW) {
				// the dispatcher decides again: finished, or still waiting for other reviews
				engine.setState(BatchState.RUNNING, null);
			}
			engine.changed.signalAll();
		} finally {
			engine.lock.unlock();
		}
		engine.flushJournal();
		engine.fireItem(snap);
		engine.fireBatch();
	}

	/**
	 * Waits until the batch is idle. The last changes may still be queued on the journal by the threads that
	 * made them; they are written before this returns, so a reader of the journal sees what the caller saw.
	 */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		engine.lock.lock();
		try {
			while (!idle()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				engine.changed.awaitNanos(left);
			}
		} finally {
			engine.lock.unlock();
		}
		engine.flushJournal();
		return true;
	}

	private boolean idle() {
		BatchState s = engine.state;
		return engine.running == 0 && (s == BatchState.FINISHED || s == BatchState.CANCELLED
				|| s == BatchState.PAUSED || s == BatchState.AWAITING_REVIEW || s == BatchState.NEW);
	}

	/**
	 * Cancels what runs, then closes. A second caller waits until the first is done, so nobody returns (and
	 * lets the JVM exit) while the journal's last records are still being written.
	 */
	public void close() {
		synchronized (closing) {
			boolean busy;
			engine.lock.lock();
			try {
				if (engine.closed) {
					return;
				}
				busy = engine.running > 0 || engine.state == BatchState.RUNNING;
			} finally {
				engine.lock.unlock();
			}
			if (busy) {
				try {
					cancel();
					awaitIdle(Duration.ofMillis(2 * CANCEL_GRACE_MILLIS + 500));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			JournalWriter j;
			engine.lock.lock();
			try {
				engine.closed = true;
				engine.watchdog.tick(true);
				engine.changed.signalAll();
				engine.watchdog.stop();
				j = engine.journal;
				engine.journal = null;
			} finally {
				engine.lock.unlock();
			}
			if (j != null) {
				try {
					j.close(); // writes what is still queued, also what other threads queued just before
				} catch (IOException e) {
					BatchEngine.LOG.log(System.Logger.Level.DEBUG, () -> "Closing the journal of batch " + engine.id, e);
				}
			}
		}
	}
}
