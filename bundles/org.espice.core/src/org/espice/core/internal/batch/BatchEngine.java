package org.espice.core.internal.batch;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchListener;
import org.espice.core.batch.BatchProgress;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.BatchStats;
import org.espice.core.batch.FileWork;
import org.espice.core.batch.ItemExecutor;
import org.espice.core.batch.ItemOutcome;
import org.espice.core.batch.ItemReview;
import org.espice.core.batch.ItemState;
import org.espice.core.batch.ItemTimings;
import org.espice.core.batch.ModelWriter;
import org.espice.core.spice.FittedModel;

/**
 * The state of a batch and every change to it. One lock guards the items and the batch state; each change is
 * queued on the journal under the lock and written after it ({@link #flushJournal()}), before listeners hear
 * of it. The dispatcher, the file pipeline, the watchdog and {@link BatchControl} drive the changes.
 */
public final class BatchEngine {

	static final System.Logger LOG = System.getLogger("org.espice.core.batch");
	/** Done files whose values and models stay at hand for {@link #details}. */
	public static final int KEPT_RESULTS = 32;

	final String id;
	final BatchConfig config;
	final FileWork work;
	final Path journalPath;
	final long createdMillis;
	final InputValidator validator;
	final ModelFileNames names;
	final MemoryProbe memory = new MemoryProbe();
	final OutputGuard output;
	final ProgressMeter meter;
	final Watchdog watchdog = new Watchdog(this);
	private final BatchListeners listeners = new BatchListeners(this::progress);
	volatile ModelWriter writer = ModelWriter.atomic();
	volatile ItemExecutor executor = ItemExecutor.threads();

	final ReentrantLock lock = new ReentrantLock();
	final Condition changed = lock.newCondition();
	final List<ItemEntry> entries = new ArrayList<>();
	final ContentHashes hashes = new ContentHashes();
	final Map<Integer, ItemReview> reviews = new HashMap<>();
	/**
	 * What the last done files read and wrote, for {@link #details}; only the most recently done or viewed, so the
	 * memory a batch holds does not grow with its size.
	 */
	private final Map<Integer, ItemReview> results = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, ItemReview> eldest) {
			return size() > KEPT_RESULTS;
		}
	};
	int nextIndex;
	BatchState state = BatchState.NEW;
	String message;
	int running;
	final NamingOrder namingOrder = new NamingOrder(this);
	boolean closed;
	long cancelRequestedNanos;
	/** Set once a start began: the files of the batch are fixed from then on. */
	private boolean starting;
	/** Null until the batch starts (or while its output folder cannot take one) and after it closed. */
	volatile JournalWriter journal;

	public BatchEngine(String id, BatchConfig config, FileWork work, long createdMillis, long priorActiveMillis) {
		this.id = id;
		this.config = config;
		this.work = work;
		this.createdMillis = createdMillis;
		this.meter = new ProgressMeter(priorActiveMillis);
		this.journalPath = config.outputFolder().resolve(id + BatchJournal.SUFFIX);
		this.validator = new InputValidator(config.limits());
		this.names = new ModelFileNames(config.outputFolder());
		this.output = new OutputGuard(config.outputFolder(), config.minFreeBytes());
	}

	// ---- queries ----

	public String id() {
		return id;
	}

	public BatchConfig config() {
		return config;
	}

	public Path journalFile() {
		return journalPath;
	}

	public BatchState state() {
		lock.lock();
		try {
			return state;
		} finally {
			lock.unlock();
		}
	}

	public String message() {
		lock.lock();
		try {
			return message;
		} finally {
			lock.unlock();
		}
	}

	public List<BatchItem> items() {
		lock.lock();
		try {
			return entries.stream().map(ItemEntry::snapshot).toList();
		} finally {
			lock.unlock();
		}
	}

	public BatchItem item(int index) {
		lock.lock();
		try {
			return entry(index).snapshot();
		} finally {
			lock.unlock();
		}
	}

	public BatchProgress progress() {
		lock.lock();
		try {
			return meter.progress(state, message, entries);
		} finally {
			lock.unlock();
		}
	}

	public BatchSnapshot snapshot() {
		lock.lock();
		try {
			return new BatchSnapshot(id, journalPath, config, createdMillis, state, message, items(),
					new BatchStats(meter.activeMillis(), memory.sampleHeap(), MemoryProbe.peakRss()), journal != null);
		} finally {
			lock.unlock();
		}
	}

	public Optional<ItemReview> review(int index) {
		lock.lock();
		try {
			return Optional.ofNullable(reviews.get(index));
		} finally {
			lock.unlock();
		}
	}

	public Optional<ItemReview> details(int index) {
		lock.lock();
		try {
			ItemReview review = reviews.get(index);
			if (review != null) {
				return Optional.of(review);
			}
			ItemReview done = results.get(index);
			ItemEntry e = done == null ? null : entries.stream().filter(o -> o.index == index).findFirst().orElse(null);
			if (e == null || !(e.state instanceof ItemState.Done)) {
				return Optional.empty();
			}
			return Optional.of(new ItemReview(e.snapshot(), done.extraction(), done.models(), done.problems()));
		} finally {
			lock.unlock();
		}
	}

	public void setModelWriter(ModelWriter w) {
		writer = Objects.requireNonNull(w);
	}

	public void setItemExecutor(ItemExecutor x) {
		executor = Objects.requireNonNull(x);
	}

	public void addListener(BatchListener l) {
		listeners.add(l);
	}

	public void removeListener(BatchListener l) {
		listeners.remove(l);
	}

	// ---- editing before start ----

	public BatchItem add(Path file, DeviceKind kindOverride) {
		lock.lock();
		try {
			requireNew("add files");
			Path abs = file.toAbsolutePath().normalize();
			long size;
			try {
				size = Files.size(abs);
			} catch (IOException e) {
				size = -1; // validation reports it when the item runs
			}
			return newEntry(nextIndex++, abs, size, kindOverride).snapshot();
		} finally {
			lock.unlock();
		}
	}

	public void remove(int index) {
		lock.lock();
		try {
			requireNew("remove files");
			entries.remove(entry(index));
		} finally {
			lock.unlock();
		}
	}

	public void setKindOverride(int index, DeviceKind kind) {
		lock.lock();
		try {
			ItemEntry e = entry(index);
			if (!(state == BatchState.NEW || e.state instanceof ItemState.Queued)) {
				throw new IllegalStateException("The kind of " + e.fileName() + " can only change before it runs");
			}
			e.kind = kind;
		} finally {
			lock.unlock();
		}
	}

	/** Called under the lock by a start: from here on the files of the batch are fixed. */
	void markStarting() {
		starting = true;
	}

	private void requireNew(String what) {
		if (state != BatchState.NEW || starting) {
			throw new IllegalStateException("Can only " + what + " before the batch starts; it is " + state.id());
		}
	}

	ItemEntry newEntry(int index, Path file, long size, DeviceKind kind) {
		ItemEntry e = new ItemEntry(index, file, size, kind);
		entries.add(e);
		return e;
	}

	ItemEntry entry(int index) {
		for (ItemEntry e : entries) {
			if (e.index == index) {
				return e;
			}
		}
		throw new IllegalArgumentException("The batch has no item " + index);
	}

	// ---- changes made by running files (all journaled) ----

	void finishRun(ItemRun run, ItemState newState, ItemOutcome outcome, ItemTimings timings, String hash) {
		BatchItem snap;
		lock.lock();
		try {
			ItemEntry e = run.entry;
			if (e.run != run) {
				return; // abandoned after a timeout or cancel; its late result is void
			}
			e.run = null;
			running--;
			e.state = newState;
			e.outcome = outcome;
			e.timings = timings;
			if (newState.isFinal() && !(newState instanceof ItemState.Skipped)) {
				meter.finished(e.size);
			}
			journalState(e, hash, true);
			snap = e.snapshot();
			changed.signalAll();
		} finally {
			lock.unlock();
		}
		flushJournal();
		fireItem(snap);
		fireBatch();
	}

	void failRun(ItemRun run, FailureCategory category, String msg, ItemOutcome outcome, ItemTimings timings) {
		ItemEntry e = run.entry;
		boolean retry = false;
		lock.lock();
		try {
			if (e.run != run) {
				return;
			}
			int attemptsThisRound = e.attempts - e.retryBase;
			if (category.isTransient() && attemptsThisRound <= config.retries() && state != BatchState.CANCELLED) {
				long backoff = config.backoffMillis() << Math.min(20, attemptsThisRound - 1);
				e.retryAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoff);
				journal(new JournalEntry.Retry(e.index, category, msg, backoff), false);
				e.retried = true;
				retry = true;
			}
		} finally {
			lock.unlock();
		}
		// listeners are called without the lock held, so they may call back into the batch from any thread
		finishRun(run, retry ? ItemState.QUEUED : new ItemState.Failed(category, msg), outcome, timings, null);
	}

	/** Files reading or fitting now, not counting those that wait for their turn to name their models. */
	int working() {
		return running - namingOrder.parked();
	}

	/** A run that noticed its monitor turned: a timeout when its deadline passed, else a cancel. */
	void stopped(ItemRun run, ItemOutcome outcome, ItemTimings timings) {
		if (run.expired()) {
			failRun(run, FailureCategory.TIMEOUT, run.entry.fileName() + ": took longer than "
					+ config.timeoutSeconds() + " s", outcome, timings);
		} else {
			finishRun(run, ItemState.CANCELLED, outcome, timings, null);
		}
	}

	/** Keeps what a done file read and wrote, for {@link #details}. */
	void keep(ItemRun run, ExtractionResult x, List<FittedModel> models, List<String> problems) {
		lock.lock();
		try {
			if (run.current()) {
				results.put(run.entry.index, new ItemReview(null, x, models, problems));
			}
		} finally {
			lock.unlock();
		}
	}

	void awaitReview(ItemRun run, ItemReview review, ItemOutcome outcome, ItemTimings timings) {
		lock.lock();
		try {
			if (!run.current()) {
				return;
			}
			ItemEntry e = run.entry;
			reviews.put(e.index, new ItemReview(new BatchItem(e.index, e.file, e.size, e.kind,
					ItemState.AWAITING_REVIEW, e.attempts, e.retried, outcome, timings), review.extraction(),
					review.models(), review.problems()));
		} finally {
			lock.unlock();
		}
		finishRun(run, ItemState.AWAITING_REVIEW, outcome, timings, null);
	}

	/** Puts back a file the output could not take; the batch pauses, and the attempt does not count. */
	void requeueCritical(ItemRun run, String why) {
		lock.lock();
		try {
			if (run.current()) {
				run.entry.attempts--;
			}
		} finally {
			lock.unlock();
		}
		pauseCritical(why); // first, so the dispatcher cannot take the file again before the pause
		finishRun(run, ItemState.QUEUED, ItemOutcome.NONE, ItemTimings.NONE, null);
	}

	void pauseCritical(String why) {
		lock.lock();
		try {
			if (state == BatchState.RUNNING || state == BatchState.AWAITING_REVIEW) {
				setState(BatchState.PAUSED, why);
			}
		} finally {
			lock.unlock();
		}
		flushJournal();
		fireBatch();
	}

	// ---- state and journal (callers hold the lock, then flush after releasing it) ----

	void setState(BatchState s, String msg) {
		meter.stateChanging(state, s);
		state = s;
		message = msg;
		journal(new JournalEntry.BatchStateChange(s, msg), true);
		changed.signalAll();
	}

	void journalState(ItemEntry e, boolean sync) {
		journalState(e, null, sync);
	}

	void journalState(ItemEntry e, String hash, boolean sync) {
		journal(new JournalEntry.ItemStateChange(e.snapshot(), hash), sync);
	}

	void journal(JournalEntry entry, boolean sync) {
		JournalWriter j = journal;
		if (j != null) {
			j.add(entry, sync);
		}
	}

	/** The tick record: memory figures and where running files stand. */
	void journalTick(boolean sync) {
		List<JournalEntry.RunningStep> steps = new ArrayList<>();
		for (ItemEntry e : entries) {
			if (e.state instanceof ItemState.Running r) {
				steps.add(new JournalEntry.RunningStep(e.index, r.step(), r.fraction()));
			}
		}
		journal(new JournalEntry.Tick(memory.sampleHeap(), MemoryProbe.peakRss(), steps), sync);
	}

	/**
	 * Writes what was queued on the journal; called without the lock. Without a journal nothing done from here
	 * on would survive a crash, so a failed write pauses the batch: no new file starts.
	 */
	void flushJournal() {
		JournalWriter j = journal;
		if (j == null) {
			return;
		}
		try {
			j.flush();
		} catch (IOException e) {
			LOG.log(Level.DEBUG, () -> "Journal write failed for batch " + id, e);
			lock.lock();
			try {
				if (state == BatchState.RUNNING) {
					state = BatchState.PAUSED;
					message = "Cannot write the journal " + journalPath + " (" + OutputGuard.describe(e)
							+ "). Fix it and resume.";
					changed.signalAll();
				}
			} finally {
				lock.unlock();
			}
		}
	}

	// ---- listeners and worker threads ----

	void fireItem(BatchItem item) {
		listeners.itemChanged(item);
	}

	void fireBatch() {
		listeners.batchChanged();
	}

	/** Hands one file's work to the executor; a refusing executor (shut down) falls back to a thread. */
	void execute(BatchItem item, Runnable task) {
		try {
			executor.execute(item, task);
		} catch (RuntimeException ex) {
			// an executor that refuses work must not leave the item running forever
			LOG.log(Level.DEBUG, () -> "The item executor refused item " + item.index() + "; using a thread", ex);
			daemon(task, "espice-batch-" + id + "-item-" + item.index()).start();
		}
	}

	static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}
}
