package org.espice.core.batch;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.WorkStep;
import org.espice.core.internal.batch.AtomicFiles;
import org.espice.core.internal.batch.ConfigJson;
import org.espice.core.internal.batch.InputValidator;
import org.espice.core.internal.batch.MemoryProbe;
import org.espice.core.internal.batch.ModelFileNames;
import org.espice.core.spice.FittedModel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A batch of datasheets processed in parallel: validate, read, fit, write models, with a journal that survives
 * a crash.
 *
 * <p>
 * Life: {@link #create} (add/remove items) → {@link #start()} → {@link #pause()}/{@link #resume()} →
 * {@link #cancel()} or completion; {@link #retryFailed()} / {@link #retry(Collection)} run finished items
 * again. {@link #open(Path, FileWork)} reopens a batch from its journal after a crash or for a retry.
 * Everything is thread-safe; listeners are called on engine threads.
 */
public final class Batch implements AutoCloseable {

	/** How long running files get to notice a cancel or a timeout before they are abandoned. */
	static final long GRACE_MILLIS = 500;
	private static final long TICK_MILLIS = 2000;
	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final String id;
	private final BatchConfig config;
	private final FileWork work;
	private final Path journalPath;
	private final long createdMillis;
	private final InputValidator validator;
	private final ModelFileNames names;
	private final MemoryProbe memory = new MemoryProbe();
	private final List<BatchListener> listeners = new CopyOnWriteArrayList<>();
	private volatile ModelWriter writer = ModelWriter.atomic();
	private volatile ItemExecutor executor = ItemExecutor.threads();

	private final ReentrantLock lock = new ReentrantLock();
	private final Condition changed = lock.newCondition();
	private final List<Entry> entries = new ArrayList<>();
	private final Map<Integer, String> hashes = new HashMap<>();
	private final Map<String, Integer> firstByHash = new HashMap<>();
	private final Map<Integer, ItemReview> reviews = new HashMap<>();
	/** What done files read and wrote, for {@link #details}; soft, so a long batch never holds them all. */
	private final Map<Integer, SoftReference<ItemReview>> results = new HashMap<>();
	private int nextIndex;
	private BatchState state = BatchState.NEW;
	private String message;
	private int running;
	private boolean closed;
	private long cancelRequestedNanos;

	private BatchJournal journal;
	private Thread dispatcher;
	private ScheduledExecutorService timer;
	private long lastTickMillis;

	// throughput of this process's runs
	private long activeNanos;
	private long activeSince = -1;
	private int finishedCount;
	private long finishedBytes;
	private final long priorActiveMillis;

	private Batch(String id, BatchConfig config, FileWork work, long createdMillis, long priorActiveMillis) {
		this.id = id;
		this.config = config;
		this.work = work;
		this.createdMillis = createdMillis;
		this.priorActiveMillis = priorActiveMillis;
		this.journalPath = config.outputFolder().resolve(id + BatchJournal.SUFFIX);
		this.validator = new InputValidator(config.limits());
		this.names = new ModelFileNames(config.outputFolder());
	}

	/**
	 * A new batch over {@code inputs} in that order. Nothing is written before {@link #start()}.
	 *
	 * @throws IllegalArgumentException when the configuration has no output folder
	 */
	public static Batch create(BatchConfig config, List<Path> inputs, FileWork work) {
		if (config.outputFolder() == null) {
			throw new IllegalArgumentException("The batch configuration needs an output folder");
		}
		String id = LocalDateTime.now().format(ID_TIME) + "-"
				+ Integer.toHexString(0x1000 + ThreadLocalRandom.current().nextInt(0xF000));
		Batch b = new Batch(id, config.withOutputFolder(config.outputFolder()), work, System.currentTimeMillis(), 0);
		inputs.forEach(b::add);
		return b;
	}

	public static Batch create(BatchConfig config, List<Path> inputs) {
		return create(config, inputs, FileWork.standard());
	}

	/**
	 * Reopens a batch from its journal (a journal file or the output folder holding it) and locks it.
	 * Unfinished items (queued, running, awaiting review, cancelled) are queued again; finished ones keep their
	 * state. Call {@link #start()} to run them, or {@link #retry(Collection)} first.
	 *
	 * @throws IOException when there is no readable journal or another process runs the batch
	 */
	public static Batch open(Path batch, FileWork work) throws IOException {
		Path file = BatchJournal.locate(batch);
		BatchJournal.Replay r = BatchJournal.replay(file);
		BatchConfig config = r.config.withOutputFolder(file.getParent());
		Batch b = new Batch(r.id, config, work, r.created, r.activeMillis);
		b.memory.sampleHeap();
		for (BatchJournal.ItemRecord it : r.items.values()) {
			Entry e = b.newEntry(it.index, it.file, it.size, it.kind);
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
		r.hashes.forEach((i, h) -> {
			b.hashes.put(i, h);
			b.firstByHash.merge(h, i, Math::min);
		});
		b.state = BatchState.PAUSED;
		b.journal = BatchJournal.open(file);
		AtomicFiles.removeStaleTemps(config.outputFolder());
		ObjectNode s = BatchJournal.record("session");
		s.put("event", "open");
		s.put("pid", ProcessHandle.current().pid());
		b.append(s, true);
		for (Entry e : b.entries) {
			if (!e.state.isFinal() && !r.items.get(e.index).state.equals(ItemState.QUEUED)) {
				b.journalState(e, false);
			}
		}
		b.sync();
		return b;
	}

	public static Batch open(Path batch) throws IOException {
		return open(batch, FileWork.standard());
	}

	// ---- queries ----

	public String id() {
		return id;
	}

	public BatchConfig config() {
		return config;
	}

	/** The journal file, {@code <output>/<id>.batch.jsonl} (it exists once the batch started). */
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

	/** Why the batch paused itself (a critical condition), or null. */
	public String message() {
		lock.lock();
		try {
			return message;
		} finally {
			lock.unlock();
		}
	}

	/** Every item in input order. */
	public List<BatchItem> items() {
		lock.lock();
		try {
			return entries.stream().map(Entry::snapshot).toList();
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
			return progressLocked();
		} finally {
			lock.unlock();
		}
	}

	public BatchSnapshot snapshot() {
		lock.lock();
		try {
			long active = priorActiveMillis + TimeUnit.NANOSECONDS.toMillis(activeNanosLocked());
			return new BatchSnapshot(id, journalPath, config, createdMillis, state, message, items(),
					new BatchStats(active, memory.sampleHeap(), MemoryProbe.peakRss()), journal != null);
		} finally {
			lock.unlock();
		}
	}

	/** What a file awaiting review would write, or empty when it is not awaiting review. */
	public Optional<ItemReview> review(int index) {
		lock.lock();
		try {
			return Optional.ofNullable(reviews.get(index));
		} finally {
			lock.unlock();
		}
	}

	/**
	 * What a file read and what it wrote (or would write, while it awaits review), as long as this batch object
	 * still holds it: the values of done files are kept softly and may be gone under memory pressure, and
	 * nothing is kept for files that failed or are running.
	 */
	public Optional<ItemReview> details(int index) {
		lock.lock();
		try {
			ItemReview review = reviews.get(index);
			if (review != null) {
				return Optional.of(review);
			}
			SoftReference<ItemReview> kept = results.get(index);
			ItemReview done = kept == null ? null : kept.get();
			Entry e = done == null ? null
					: entries.stream().filter(o -> o.index == index).findFirst().orElse(null);
			if (e == null || !(e.state instanceof ItemState.Done)) {
				return Optional.empty();
			}
			return Optional.of(new ItemReview(e.snapshot(), done.extraction(), done.models(), done.problems()));
		} finally {
			lock.unlock();
		}
	}

	/** Replaces how model files are written (default {@link ModelWriter#atomic()}); set it before start. */
	public void setModelWriter(ModelWriter w) {
		writer = Objects.requireNonNull(w);
	}

	/** Replaces how per-file work is run (default: a daemon thread per file); set it before start. */
	public void setItemExecutor(ItemExecutor x) {
		executor = Objects.requireNonNull(x);
	}

	public void addListener(BatchListener l) {
		listeners.add(Objects.requireNonNull(l));
	}

	public void removeListener(BatchListener l) {
		listeners.remove(l);
	}

	// ---- editing before start ----

	/** Adds a file at the end; only before {@link #start()}. */
	public BatchItem add(Path file) {
		return add(file, null);
	}

	/** Adds a file with a device kind forced on its parts; only before {@link #start()}. */
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

	/** Removes an item; only before {@link #start()}. Indexes of the other items do not change. */
	public void remove(int index) {
		lock.lock();
		try {
			requireNew("remove files");
			entries.remove(entry(index));
		} finally {
			lock.unlock();
		}
	}

	/** Forces a device kind on one file (null: use the batch's); before start or while the file is queued. */
	public void setKindOverride(int index, DeviceKind kind) {
		lock.lock();
		try {
			Entry e = entry(index);
			if (!(state == BatchState.NEW || e.state instanceof ItemState.Queued)) {
				throw new IllegalStateException("The kind of " + e.file.getFileName() + " can only change before it runs");
			}
			e.kind = kind;
		} finally {
			lock.unlock();
		}
	}

	private void requireNew(String what) {
		if (state != BatchState.NEW) {
			throw new IllegalStateException("Can only " + what + " before the batch starts; it is " + state.id());
		}
	}

	private Entry newEntry(int index, Path file, long size, DeviceKind kind) {
		Entry e = new Entry(index, file, size, kind);
		entries.add(e);
		return e;
	}

	private Entry entry(int index) {
		for (Entry e : entries) {
			if (e.index == index) {
				return e;
			}
		}
		throw new IllegalArgumentException("The batch has no item " + index);
	}

	// ---- control ----

	/**
	 * Starts the batch (or a reopened one). If the output folder cannot be created or written, the batch is
	 * {@link BatchState#PAUSED} with a message instead; fix the cause and call {@link #resume()}.
	 */
	public void start() {
		lock.lock();
		try {
			if (closed) {
				throw new IllegalStateException("The batch is closed");
			}
			if (dispatcher != null) {
				throw new IllegalStateException("The batch has already started");
			}
			timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "espice-batch-" + id + "-timer"));
			timer.scheduleWithFixedDelay(this::tick, 100, 100, TimeUnit.MILLISECONDS);
			dispatcher = daemon(this::dispatch, "espice-batch-" + id + "-dispatcher");
			if (journal == null && !openNewJournal()) {
				return;
			}
			ObjectNode s = BatchJournal.record("session");
			s.put("event", "start");
			s.put("pid", ProcessHandle.current().pid());
			append(s, false);
			setState(BatchState.RUNNING, null);
			dispatcher.start();
		} finally {
			lock.unlock();
		}
		fireBatch();
	}

	private boolean openNewJournal() {
		List<ObjectNode> first = new ArrayList<>();
		ObjectNode h = BatchJournal.record("batch");
		h.put("version", BatchJournal.VERSION);
		h.put("id", id);
		h.set("config", ConfigJson.toJson(config));
		first.add(h);
		for (Entry e : entries) {
			ObjectNode n = BatchJournal.record("item");
			n.put("index", e.index);
			n.put("file", e.file.toString());
			n.put("size", e.size);
			if (e.kind != null) {
				n.put("kind", e.kind.id());
			}
			first.add(n);
		}
		try {
			Files.createDirectories(config.outputFolder());
			journal = BatchJournal.create(journalPath, first);
		} catch (IOException e) {
			state = BatchState.PAUSED;
			message = "The output folder " + config.outputFolder() + " is not writable (" + describe(e)
					+ "). Fix it and resume.";
			if (!dispatcher.isAlive()) {
				dispatcher.start();
			}
			return false;
		}
		AtomicFiles.removeStaleTemps(config.outputFolder());
		for (Entry e : entries) {
			if (!(e.state instanceof ItemState.Queued)) {
				journalState(e, false); // cancelled before the start
			}
		}
		sync();
		return true;
	}

	/** No new file starts; running files finish. */
	public void pause() {
		lock.lock();
		try {
			if (state == BatchState.RUNNING) {
				setState(BatchState.PAUSED, null);
			}
		} finally {
			lock.unlock();
		}
		fireBatch();
	}

	/** Resumes a paused batch, also after a critical condition (which is checked again before the next file). */
	public void resume() {
		lock.lock();
		try {
			if (dispatcher == null) {
				throw new IllegalStateException("The batch has not started");
			}
			if (state == BatchState.PAUSED) {
				if (journal == null && !openNewJournal()) {
					return;
				}
				setState(BatchState.RUNNING, null);
			}
		} finally {
			lock.unlock();
		}
		fireBatch();
	}

	/**
	 * Cancels: queued files become cancelled at once, running files stop at their next check (next page or
	 * fitting iteration) and are abandoned if they have not stopped {@value #GRACE_MILLIS} ms later.
	 */
	public void cancel() {
		List<BatchItem> changedItems = new ArrayList<>();
		lock.lock();
		try {
			if (state == BatchState.CANCELLED || state == BatchState.FINISHED && running == 0) {
				return;
			}
			setState(BatchState.CANCELLED, null);
			cancelRequestedNanos = System.nanoTime();
			for (Entry e : entries) {
				if (e.run != null) {
					e.run.cancelled = true;
				} else if (e.state instanceof ItemState.Queued || e.state instanceof ItemState.AwaitingReview) {
					reviews.remove(e.index);
					e.state = ItemState.CANCELLED;
					journalState(e, false);
					changedItems.add(e.snapshot());
				}
			}
			sync();
		} finally {
			lock.unlock();
		}
		changedItems.forEach(this::fireItem);
		fireBatch();
	}

	/** Cancels one file: at once when queued or awaiting review, at its next check when running. */
	public void cancel(int index) {
		BatchItem snap = null;
		lock.lock();
		try {
			Entry e = entry(index);
			if (e.run != null) {
				e.run.cancelled = true;
				cancelRequestedNanos = System.nanoTime();
			} else if (e.state instanceof ItemState.Queued || e.state instanceof ItemState.AwaitingReview) {
				reviews.remove(index);
				e.state = ItemState.CANCELLED;
				journalState(e, true);
				snap = e.snapshot();
				changed.signalAll();
			}
		} finally {
			lock.unlock();
		}
		if (snap != null) {
			fireItem(snap);
			fireBatch();
		}
	}

	/** Queues every failed and cancelled item again (with a fresh retry budget) and runs them. */
	public int retryFailed() {
		lock.lock();
		try {
			return retry(entries.stream()
					.filter(e -> e.state instanceof ItemState.Failed || e.state instanceof ItemState.Cancelled)
					.map(e -> e.index).toList());
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Queues the given items again, whatever their final state, and runs them. Running or queued items are left
	 * alone.
	 *
	 * @return how many items were queued
	 */
	public int retry(Collection<Integer> indexes) {
		List<BatchItem> changedItems = new ArrayList<>();
		lock.lock();
		try {
			for (int i : indexes) {
				Entry e = entry(i);
				if (e.state.isFinal()) {
					e.retried |= e.state instanceof ItemState.Failed;
					e.state = ItemState.QUEUED;
					e.retryBase = e.attempts;
					e.retryAtNanos = 0;
					names.release(e.index);
					if (hashes.containsKey(e.index) && e.outcome.modelFiles().isEmpty()) {
						// a skipped duplicate is checked again in case the first copy went away
						firstByHash.remove(hashes.get(e.index), e.index);
					}
					journalState(e, false);
					changedItems.add(e.snapshot());
				}
			}
			sync();
			if (!changedItems.isEmpty() && dispatcher != null
					&& (state == BatchState.FINISHED || state == BatchState.CANCELLED
							|| state == BatchState.AWAITING_REVIEW)) {
				setState(BatchState.RUNNING, null);
			}
			changed.signalAll();
		} finally {
			lock.unlock();
		}
		changedItems.forEach(this::fireItem);
		fireBatch();
		return changedItems.size();
	}

	/**
	 * Accepts a file awaiting review and writes its models, refitted from {@code editedDevices} when given
	 * (values changed in the review), else the previewed models as they are. Runs on an engine thread.
	 */
	public void accept(int index, List<Device> editedDevices) {
		lock.lock();
		try {
			ItemReview r = reviews.remove(index);
			if (r == null) {
				throw new IllegalStateException("Item " + index + " is not awaiting review");
			}
			Entry e = entry(index);
			Run run = new Run(e);
			e.run = run;
			running++;
			e.state = new ItemState.Running(WorkStep.FITTING, 0.6);
			if (state == BatchState.AWAITING_REVIEW) {
				setState(BatchState.RUNNING, null);
			}
			journalState(e, true);
			BatchItem snap = e.snapshot();
			execute(snap, () -> acceptWork(run, r, editedDevices));
		} finally {
			lock.unlock();
		}
		fireBatch();
	}

	/** Rejects a file awaiting review: it ends skipped and nothing is written. */
	public void reject(int index) {
		BatchItem snap;
		lock.lock();
		try {
			if (reviews.remove(index) == null) {
				throw new IllegalStateException("Item " + index + " is not awaiting review");
			}
			Entry e = entry(index);
			e.state = new ItemState.Skipped("rejected in review");
			journalState(e, true);
			snap = e.snapshot();
			if (state == BatchState.AWAITING_REVIEW) {
				// the dispatcher decides again: finished, or still waiting for other reviews
				setState(BatchState.RUNNING, null);
			}
			changed.signalAll();
		} finally {
			lock.unlock();
		}
		fireItem(snap);
		fireBatch();
	}

	/**
	 * Waits until nothing runs and the batch is finished, cancelled, paused or waiting for review.
	 *
	 * @return false on timeout
	 */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		lock.lock();
		try {
			while (!(running == 0 && (state == BatchState.FINISHED || state == BatchState.CANCELLED
					|| state == BatchState.PAUSED || state == BatchState.AWAITING_REVIEW || state == BatchState.NEW))) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				changed.awaitNanos(left);
			}
			return true;
		} finally {
			lock.unlock();
		}
	}

	/** Stops the engine threads and releases the journal. Running files are cancelled first. */
	@Override
	public void close() {
		lock.lock();
		try {
			if (closed) {
				return;
			}
			if (running > 0 || state == BatchState.RUNNING) {
				lock.unlock();
				try {
					cancel();
					awaitIdle(Duration.ofMillis(2 * GRACE_MILLIS + 500));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				} finally {
					lock.lock();
				}
			}
			closed = true;
			writeTick(true);
			changed.signalAll();
			if (timer != null) {
				timer.shutdownNow();
			}
			if (journal != null) {
				try {
					journal.close();
				} catch (IOException e) {
					// the journal is synced after every state change; closing only drops the lock
				}
				journal = null;
			}
		} finally {
			lock.unlock();
		}
	}

	// ---- engine ----

	private void dispatch() {
		while (true) {
			Entry next;
			lock.lock();
			try {
				next = null;
				while (next == null) {
					if (closed) {
						return;
					}
					long waitNanos = TimeUnit.MILLISECONDS.toNanos(500);
					if (state == BatchState.RUNNING) {
						if (running < config.parallelism()) {
							long now = System.nanoTime();
							boolean queued = false;
							for (Entry e : entries) {
								if (e.state instanceof ItemState.Queued && e.run == null) {
									queued = true;
									if (e.retryAtNanos <= now) {
										next = e;
										break;
									}
									waitNanos = Math.min(waitNanos, e.retryAtNanos - now);
								}
							}
							if (next == null && !queued && running == 0) {
								finishLocked();
							}
						}
					}
					if (next == null) {
						changed.awaitNanos(Math.max(1_000_000, waitNanos));
					}
				}
				String critical = checkOutput();
				if (critical != null) {
					pauseCritical(critical);
					continue;
				}
				next.run = new Run(next);
				next.attempts++;
				next.state = new ItemState.Running(WorkStep.READING, 0);
				next.outcome = ItemOutcome.NONE;
				running++;
			} catch (InterruptedException e) {
				return;
			} finally {
				lock.unlock();
			}
			launch(next);
		}
	}

	/** Hashes (for duplicates) in input order on the dispatcher thread, then hands the file to a worker. */
	private void launch(Entry e) {
		Run run = e.run;
		String hash;
		lock.lock();
		try {
			hash = hashes.get(e.index);
		} finally {
			lock.unlock();
		}
		if (hash == null) {
			try {
				hash = InputValidator.sha256(e.file);
			} catch (IOException ex) {
				hash = null; // validation names the problem
			}
		}
		BatchItem snap;
		Entry duplicateOf = null;
		lock.lock();
		try {
			if (hash != null) {
				hashes.put(e.index, hash);
				Integer first = firstByHash.putIfAbsent(hash, e.index);
				if (first != null && first != e.index && entries.stream().anyMatch(o -> o.index == first)) {
					duplicateOf = entry(first);
				}
			}
			if (duplicateOf == null) {
				journalState(e, hash, true);
			}
			snap = e.snapshot();
		} finally {
			lock.unlock();
		}
		if (duplicateOf != null) {
			finishRun(run, new ItemState.Skipped("same content as item " + (duplicateOf.index + 1) + " ("
					+ duplicateOf.file.getFileName() + ")"), ItemOutcome.NONE, ItemTimings.NONE, hash);
			return;
		}
		fireItem(snap);
		execute(snap, () -> process(run));
	}

	private void process(Run run) {
		Entry e = run.entry;
		run.thread = Thread.currentThread();
		long t0 = System.nanoTime();
		long readMs = 0;
		long fitMs = 0;
		ItemOutcome outcome = ItemOutcome.NONE;
		try {
			validator.validate(e.file);
			run.progress(WorkStep.READING, 0.1);
			ExtractionResult x = work.read(e.file, run);
			run.checkCanceled();
			readMs = ms(t0);
			if (!x.ok()) {
				throw new ProcessingException(x.failure().category(), x.failure().message());
			}
			DeviceKind kind = e.kind != null ? e.kind : config.kindOverride();
			List<Device> devices = kind == null ? x.devices()
					: x.devices().stream().map(d -> new Device(d.part(), kind, d.parameters())).toList();
			x = new ExtractionResult(x.file(), x.pageCount(), x.title(), x.manufacturer(), devices, null);
			outcome = outcomeOf(devices, List.of());
			if (devices.isEmpty()) {
				throw new ProcessingException(FailureCategory.EXTRACTION_INCOMPLETE,
						e.file.getFileName() + ": no part with values was found");
			}
			long t1 = System.nanoTime();
			List<String> problems = new ArrayList<>();
			List<FittedModel> models = fitAll(run, x, devices, problems);
			fitMs = ms(t1);
			if (config.previewBeforeWrite()) {
				awaitReview(run, new ItemReview(null, x, models, problems), outcome,
						new ItemTimings(readMs, fitMs, 0, ms(t0)));
				return;
			}
			long t2 = System.nanoTime();
			List<String> files = write(run, x, models);
			outcome = outcomeOf(devices, files);
			keep(run, x, models, problems);
			finishRun(run, new ItemState.Done(problems.isEmpty() ? null : String.join("; ", problems)), outcome,
					new ItemTimings(readMs, fitMs, ms(t2), ms(t0)), null);
		} catch (ProcessingException ex) {
			failRun(run, ex.category(), ex.getMessage(), outcome, new ItemTimings(readMs, fitMs, 0, ms(t0)));
		} catch (CancellationException ex) {
			stopped(run, outcome, new ItemTimings(readMs, fitMs, 0, ms(t0)));
		} catch (CriticalCondition ex) {
			requeueCritical(run, ex.getMessage());
		} catch (IOException ex) {
			failRun(run, FailureCategory.IO_ERROR, e.file.getFileName() + ": " + describe(ex), outcome,
					new ItemTimings(readMs, fitMs, 0, ms(t0)));
		} catch (RuntimeException | Error ex) {
			if (run.isCanceled()) {
				stopped(run, outcome, new ItemTimings(readMs, fitMs, 0, ms(t0)));
			} else {
				failRun(run, FailureCategory.INTERNAL, e.file.getFileName() + ": unexpected " + ex, outcome,
						new ItemTimings(readMs, fitMs, 0, ms(t0)));
			}
		}
	}

	private List<FittedModel> fitAll(Run run, ExtractionResult x, List<Device> devices, List<String> problems)
			throws ProcessingException {
		List<FittedModel> models = new ArrayList<>();
		ProcessingException first = null;
		for (int i = 0; i < devices.size(); i++) {
			Device d = devices.get(i);
			run.checkCanceled();
			TaskMonitor part = run.scaled(WorkStep.FITTING, i, devices.size());
			try {
				models.add(work.fit(d, x, part));
			} catch (ProcessingException ex) {
				if (first == null) {
					first = ex;
				}
				problems.add(d.part() + ": " + ex.category().id() + ": " + ex.getMessage());
			}
		}
		run.checkCanceled();
		if (models.isEmpty()) {
			throw new ProcessingException(first.category(), grouped(first.category(), problems), first);
		}
		return models;
	}

	/** "A, B: fit-failed: why" instead of one line per part when parts fail for the same reason. */
	private static String grouped(FailureCategory category, List<String> problems) {
		Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
		for (int i = 0; i < problems.size(); i++) {
			String p = problems.get(i);
			int colon = p.indexOf(": ");
			String part = colon < 0 ? "" : p.substring(0, colon);
			String reason = colon < 0 ? p : p.substring(colon + 2);
			if (reason.startsWith(category.id() + ": ")) {
				reason = reason.substring(category.id().length() + 2); // the item's category says it already
			}
			byReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(part);
		}
		List<String> out = new ArrayList<>();
		byReason.forEach((reason, parts) -> out.add(String.join(", ", parts) + ": " + reason));
		return String.join("; ", out);
	}

	private void acceptWork(Run run, ItemReview review, List<Device> edited) {
		run.thread = Thread.currentThread();
		long t0 = System.nanoTime();
		Entry e = run.entry;
		ExtractionResult x = review.extraction();
		ItemOutcome outcome = e.outcome;
		try {
			List<FittedModel> models = review.models();
			List<String> problems = new ArrayList<>(review.problems());
			if (edited != null) {
				problems.clear();
				x = new ExtractionResult(x.file(), x.pageCount(), x.title(), x.manufacturer(), edited, null);
				models = fitAll(run, x, edited, problems);
				outcome = outcomeOf(edited, List.of());
			}
			long t1 = System.nanoTime();
			List<String> files = write(run, x, models);
			outcome = outcomeOf(x.devices(), files);
			keep(run, x, models, problems);
			ItemTimings before = e.timings;
			finishRun(run, new ItemState.Done(problems.isEmpty() ? null : String.join("; ", problems)), outcome,
					new ItemTimings(before.readMillis(), before.fitMillis() + ms(t0) - ms(t1), ms(t1),
							before.totalMillis() + ms(t0)), null);
		} catch (ProcessingException ex) {
			failRun(run, ex.category(), ex.getMessage(), outcome, e.timings);
		} catch (CancellationException ex) {
			stopped(run, outcome, e.timings);
		} catch (CriticalCondition ex) {
			lock.lock();
			try {
				reviews.put(e.index, review);
			} finally {
				lock.unlock();
			}
			awaitReview(run, review, outcome, e.timings);
			pauseCritical(ex.getMessage());
		} catch (IOException | RuntimeException ex) {
			failRun(run, FailureCategory.IO_ERROR, e.file.getFileName() + ": " + ex.getMessage(), outcome, e.timings);
		}
	}

	private static ItemOutcome outcomeOf(List<Device> devices, List<String> files) {
		return new ItemOutcome(devices.stream().map(Device::part).toList(),
				devices.isEmpty() ? null : devices.get(0).kind().id(),
				devices.stream().mapToInt(d -> d.parameters().size()).sum(), files);
	}

	/** Writes each model atomically; returns the file names. */
	private List<String> write(Run run, ExtractionResult x, List<FittedModel> models)
			throws IOException, CriticalCondition {
		run.progress(WorkStep.WRITING, 0);
		String critical = checkOutput();
		if (critical != null) {
			throw new CriticalCondition(critical);
		}
		List<String> files = new ArrayList<>();
		for (int i = 0; i < models.size(); i++) {
			run.checkCanceled();
			FittedModel m = models.get(i);
			String stem = ModelFileNames.stem(config.naming(), m.part(), run.entry.file.getFileName().toString(),
					m.kind() == null ? null : m.kind().id(), config.dialect().id());
			Path target = names.claim(run.entry.index, stem, config.dialect().fileExtension());
			String text = m.render(config.dialect());
			try {
				writer.write(target, text);
			} catch (IOException ex) {
				if (isCritical(ex)) {
					throw new CriticalCondition("Cannot write " + target + " (" + describe(ex) + "). Fix it and resume.");
				}
				throw ex;
			}
			files.add(target.getFileName().toString());
			run.progress(WorkStep.WRITING, (i + 1.0) / models.size());
		}
		return files;
	}

	/** A reason to pause the whole batch, or null when the output folder can take more files. */
	private String checkOutput() {
		Path out = config.outputFolder();
		try {
			Files.createDirectories(out);
		} catch (IOException e) {
			return "The output folder " + out + " cannot be created (" + describe(e) + "). Fix it and resume.";
		}
		if (!Files.isWritable(out)) {
			return "The output folder " + out + " is not writable. Fix its permissions and resume.";
		}
		try {
			long free = Files.getFileStore(out).getUsableSpace();
			if (free < config.minFreeBytes()) {
				return String.format(java.util.Locale.ROOT,
						"Disk full: only %.1f MB free for %s, the batch needs at least %.1f MB. Free some space and resume.",
						free / 1048576.0, out, config.minFreeBytes() / 1048576.0);
			}
		} catch (IOException e) {
			// no figure for free space; the writes themselves will tell
		}
		return null;
	}

	private static boolean isCritical(IOException e) {
		String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
		return e instanceof AccessDeniedException || e instanceof NoSuchFileException
				|| e instanceof FileSystemException && (m.contains("read-only") || m.contains("no space"))
				|| m.contains("no space left") || m.contains("disk full") || m.contains("quota");
	}

	private static String describe(IOException e) {
		String m = e.getMessage();
		String kind = e.getClass().getSimpleName();
		return m == null ? kind : kind + ": " + m;
	}

	// ---- state changes (all journaled) ----

	private void finishRun(Run run, ItemState newState, ItemOutcome outcome, ItemTimings timings, String hash) {
		BatchItem snap;
		lock.lock();
		try {
			Entry e = run.entry;
			if (e.run != run) {
				return; // abandoned after a timeout or cancel; its late result is void
			}
			e.run = null;
			running--;
			e.state = newState;
			e.outcome = outcome;
			e.timings = timings;
			if (newState.isFinal()) {
				if (!(newState instanceof ItemState.Skipped)) {
					finishedCount++;
					finishedBytes += Math.max(0, e.size);
				}
			}
			journalState(e, hash, true);
			snap = e.snapshot();
			changed.signalAll();
		} finally {
			lock.unlock();
		}
		fireItem(snap);
		fireBatch();
	}

	private void failRun(Run run, FailureCategory category, String msg, ItemOutcome outcome, ItemTimings timings) {
		Entry e = run.entry;
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
				ObjectNode n = BatchJournal.record("retry");
				n.put("index", e.index);
				n.put("category", category.id());
				n.put("message", msg);
				n.put("backoffMillis", backoff);
				append(n, false);
				e.retried = true;
				retry = true;
			}
		} finally {
			lock.unlock();
		}
		// listeners are called without the lock held, so they may call back into the batch from any thread
		finishRun(run, retry ? ItemState.QUEUED : new ItemState.Failed(category, msg), outcome, timings, null);
	}

	/** A run that noticed its monitor turned: a timeout when its deadline passed, else a cancel. */
	private void stopped(Run run, ItemOutcome outcome, ItemTimings timings) {
		if (run.expired()) {
			failRun(run, FailureCategory.TIMEOUT, run.entry.file.getFileName() + ": took longer than "
					+ config.timeoutSeconds() + " s", outcome, timings);
		} else {
			finishRun(run, ItemState.CANCELLED, outcome, timings, null);
		}
	}

	private void keep(Run run, ExtractionResult x, List<FittedModel> models, List<String> problems) {
		lock.lock();
		try {
			if (run.entry.run == run) {
				results.put(run.entry.index, new SoftReference<>(new ItemReview(null, x, models, problems)));
			}
		} finally {
			lock.unlock();
		}
	}

	private void awaitReview(Run run, ItemReview review, ItemOutcome outcome, ItemTimings timings) {
		lock.lock();
		try {
			if (run.entry.run != run) {
				return;
			}
			reviews.put(run.entry.index, new ItemReview(
					new BatchItem(run.entry.index, run.entry.file, run.entry.size, run.entry.kind,
							ItemState.AWAITING_REVIEW, run.entry.attempts, run.entry.retried, outcome, timings),
					review.extraction(), review.models(), review.problems()));
		} finally {
			lock.unlock();
		}
		finishRun(run, ItemState.AWAITING_REVIEW, outcome, timings, null);
	}

	private void requeueCritical(Run run, String why) {
		lock.lock();
		try {
			if (run.entry.run == run) {
				run.entry.attempts--;
			}
		} finally {
			lock.unlock();
		}
		pauseCritical(why); // first, so the dispatcher cannot take the file again before the pause
		finishRun(run, ItemState.QUEUED, ItemOutcome.NONE, ItemTimings.NONE, null);
	}

	private void pauseCritical(String why) {
		lock.lock();
		try {
			if (state == BatchState.RUNNING || state == BatchState.AWAITING_REVIEW) {
				setState(BatchState.PAUSED, why);
			}
		} finally {
			lock.unlock();
		}
		fireBatch();
	}

	private void finishLocked() {
		boolean review = entries.stream().anyMatch(e -> e.state instanceof ItemState.AwaitingReview);
		setState(review ? BatchState.AWAITING_REVIEW : BatchState.FINISHED, null);
		writeTick(true);
		lock.unlock();
		try {
			fireBatch();
		} finally {
			lock.lock();
		}
	}

	private void setState(BatchState s, String msg) {
		if (state == BatchState.RUNNING && s != BatchState.RUNNING && activeSince >= 0) {
			activeNanos += System.nanoTime() - activeSince;
			activeSince = -1;
		} else if (s == BatchState.RUNNING && activeSince < 0) {
			activeSince = System.nanoTime();
		}
		state = s;
		message = msg;
		ObjectNode n = BatchJournal.record("batch-state");
		n.put("state", s.id());
		if (msg != null) {
			n.put("message", msg);
		}
		append(n, true);
		changed.signalAll();
	}

	private void journalState(Entry e, boolean sync) {
		journalState(e, null, sync);
	}

	private void journalState(Entry e, String hash, boolean sync) {
		ObjectNode n = BatchJournal.record("state");
		BatchJournal.putState(n, e.snapshot(), hash);
		append(n, sync);
	}

	private void append(ObjectNode record, boolean sync) {
		if (journal == null) {
			return;
		}
		try {
			journal.append(record, sync);
		} catch (IOException e) {
			// Without a journal nothing done from here on would survive a crash: stop starting files.
			if (state == BatchState.RUNNING) {
				state = BatchState.PAUSED;
				message = "Cannot write the journal " + journalPath + " (" + describe(e) + "). Fix it and resume.";
				changed.signalAll();
			}
		}
	}

	private void sync() {
		if (journal != null) {
			try {
				journal.force();
			} catch (IOException e) {
				append(BatchJournal.record("sync"), true); // pauses the batch with the reason
			}
		}
	}

	// ---- timer: deadlines, abandoned runs, memory, ticks ----

	private void tick() {
		List<BatchItem> abandoned = new ArrayList<>();
		List<Run> timedOut = new ArrayList<>();
		lock.lock();
		try {
			memory.sampleHeap();
			long now = System.nanoTime();
			long grace = TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
			for (Entry e : entries) {
				Run r = e.run;
				if (r == null) {
					continue;
				}
				boolean cancelOverdue = (r.cancelled || state == BatchState.CANCELLED)
						&& now - Math.max(cancelRequestedNanos, r.startNanos) > grace;
				if (cancelOverdue) {
					abandon(r);
					r.entry.state = ItemState.CANCELLED;
					e.timings = new ItemTimings(0, 0, 0, ms(r.startNanos));
					journalState(e, true);
					abandoned.add(e.snapshot());
				} else if (now - r.deadlineNanos > grace) {
					timedOut.add(r);
				}
			}
			if (System.currentTimeMillis() - lastTickMillis >= TICK_MILLIS && state == BatchState.RUNNING) {
				writeTick(false);
			}
		} finally {
			lock.unlock();
		}
		for (Run r : timedOut) {
			// the work ignored its monitor: give up on it so the batch goes on
			Thread t = r.thread;
			failRun(r, FailureCategory.TIMEOUT, r.entry.file.getFileName() + ": took longer than "
					+ config.timeoutSeconds() + " s and did not stop", r.entry.outcome, ItemTimings.NONE);
			if (t != null) {
				t.interrupt();
			}
		}
		abandoned.forEach(this::fireItem);
		if (!abandoned.isEmpty() || !timedOut.isEmpty()) {
			fireBatch();
		} else if (state == BatchState.RUNNING && running > 0) {
			fireBatch();
		}
	}

	private void abandon(Run r) {
		r.entry.run = null;
		running--;
		if (r.thread != null) {
			r.thread.interrupt();
		}
		changed.signalAll();
	}

	private void writeTick(boolean sync) {
		lastTickMillis = System.currentTimeMillis();
		ObjectNode n = BatchJournal.record("tick");
		n.put("peakHeap", memory.sampleHeap());
		n.put("peakRss", MemoryProbe.peakRss());
		ArrayNode arr = n.putArray("running");
		for (Entry e : entries) {
			if (e.state instanceof ItemState.Running r) {
				arr.addObject().put("index", e.index).put("step", r.step().name()).put("fraction", r.fraction());
			}
		}
		append(n, sync);
	}

	private BatchProgress progressLocked() {
		int queued = 0, run = 0, review = 0, done = 0, failed = 0, cancelled = 0, skipped = 0;
		double work = 0;
		for (Entry e : entries) {
			ItemState s = e.state;
			if (s instanceof ItemState.Queued) {
				queued++;
			} else if (s instanceof ItemState.Running r) {
				run++;
				work += r.fraction();
			} else if (s instanceof ItemState.AwaitingReview) {
				review++;
				work += 0.95;
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
		work += done + failed + cancelled + skipped;
		double minutes = activeNanosLocked() / 60e9;
		double fpm = minutes > 0 ? finishedCount / minutes : 0;
		double mbs = minutes > 0 ? finishedBytes / 1048576.0 / (minutes * 60) : 0;
		Duration eta = null;
		if (fpm > 0) {
			double left = queued + run + review * 0.05 - (work - (done + failed + cancelled + skipped) - review * 0.95);
			eta = Duration.ofMillis((long) (Math.max(0, left) / fpm * 60_000));
		}
		return new BatchProgress(state, message, total, queued, run, review, done, failed, cancelled, skipped,
				total == 0 ? 1 : work / total, fpm, mbs, eta);
	}

	private long activeNanosLocked() {
		return activeNanos + (activeSince >= 0 ? System.nanoTime() - activeSince : 0);
	}

	private void fireItem(BatchItem item) {
		for (BatchListener l : listeners) {
			try {
				l.itemChanged(item);
			} catch (RuntimeException e) {
				// a failing listener must not stop the batch
			}
		}
	}

	private void fireBatch() {
		if (listeners.isEmpty()) {
			return;
		}
		BatchProgress p = progress();
		for (BatchListener l : listeners) {
			try {
				l.batchChanged(p);
			} catch (RuntimeException e) {
				// a failing listener must not stop the batch
			}
		}
	}

	private void execute(BatchItem item, Runnable work) {
		try {
			executor.execute(item, work);
		} catch (RuntimeException ex) {
			// an executor that refuses work (shut down) must not leave the item running forever
			daemon(work, "espice-batch-" + id + "-item-" + item.index()).start();
		}
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}

	private static long ms(long sinceNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sinceNanos);
	}

	/** One file in the batch. Fields are guarded by the batch lock, except what {@link Run} updates. */
	private static final class Entry {
		final int index;
		final Path file;
		final long size;
		DeviceKind kind;
		volatile ItemState state = ItemState.QUEUED;
		int attempts;
		boolean retried;
		/** attempts made before the latest user retry: the retry budget counts from here */
		int retryBase;
		long retryAtNanos;
		ItemOutcome outcome = ItemOutcome.NONE;
		ItemTimings timings = ItemTimings.NONE;
		volatile Run run;

		Entry(int index, Path file, long size, DeviceKind kind) {
			this.index = index;
			this.file = file;
			this.size = size;
			this.kind = kind;
		}

		BatchItem snapshot() {
			return new BatchItem(index, file, size, kind, state, attempts, retried, outcome, timings);
		}
	}

	/** One attempt at one file; the monitor its work sees. */
	private final class Run implements TaskMonitor {
		final Entry entry;
		final long startNanos = System.nanoTime();
		final long deadlineNanos = startNanos + TimeUnit.SECONDS.toNanos(config.timeoutSeconds());
		volatile boolean cancelled;
		volatile Thread thread;

		Run(Entry entry) {
			this.entry = entry;
		}

		boolean expired() {
			return System.nanoTime() > deadlineNanos;
		}

		@Override
		public boolean isCanceled() {
			return cancelled || entry.run != this || expired();
		}

		@Override
		public void progress(WorkStep step, double fraction) {
			if (entry.run != this) {
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
			lock.lock();
			try {
				if (entry.run != this) {
					return; // abandoned meanwhile: its final state stands
				}
				entry.state = new ItemState.Running(step, overall);
				snap = entry.snapshot();
			} finally {
				lock.unlock();
			}
			fireItem(snap);
		}

		/** A monitor for part {@code i} of {@code n} of a step. */
		TaskMonitor scaled(WorkStep step, int i, int n) {
			progress(step, (double) i / n);
			return new TaskMonitor() {
				@Override
				public boolean isCanceled() {
					return Run.this.isCanceled();
				}

				@Override
				public void progress(WorkStep s, double fraction) {
					Run.this.progress(step, (i + Math.max(0, Math.min(1, fraction))) / n);
				}
			};
		}
	}

	/** The output cannot take files any more (not writable, disk full): pause the batch, do not fail files. */
	private static final class CriticalCondition extends Exception {
		private static final long serialVersionUID = 1L;

		CriticalCondition(String message) {
			super(message);
		}
	}
}
