package org.espice.core.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.internal.batch.BatchControl;
import org.espice.core.internal.batch.BatchEngine;

/**
 * A batch of datasheets processed in parallel: validate, read, fit, write models, with a journal that survives
 * a crash.
 *
 * <p>
 * Life: {@link #create} (add/remove items) → {@link #start()} → {@link #pause()}/{@link #resume()} →
 * {@link #cancel()} or completion; {@link #retryFailed()} / {@link #retry(Collection)} run finished items
 * again. {@link #open(Path, FileWork)} reopens a batch from its journal after a crash or for a retry.
 * Everything is thread-safe; listeners are called on engine threads.
 *
 * <p>
 * The work is done in {@code org.espice.core.internal.batch}: the engine's state and its changes, the commands
 * below, the dispatcher, the per-file pipeline, the watchdog, the output guard, the progress meter and the
 * journal writer.
 */
public final class Batch implements AutoCloseable {

	/** How long running files get to notice a cancel or a timeout before they are abandoned. */
	static final long GRACE_MILLIS = BatchControl.CANCEL_GRACE_MILLIS;
	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final BatchEngine engine;
	private final BatchControl control;

	private Batch(BatchEngine engine) {
		this.engine = engine;
		this.control = new BatchControl(engine);
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
		Batch b = new Batch(new BatchEngine(id, config.withOutputFolder(config.outputFolder()), work,
				System.currentTimeMillis(), 0));
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
		return new Batch(BatchControl.reopen(BatchJournal.locate(batch), work));
	}

	public static Batch open(Path batch) throws IOException {
		return open(batch, FileWork.standard());
	}

	// ---- queries ----

	public String id() {
		return engine.id();
	}

	public BatchConfig config() {
		return engine.config();
	}

	/** The journal file, {@code <output>/<id>.batch.jsonl} (it exists once the batch started). */
	public Path journalFile() {
		return engine.journalFile();
	}

	public BatchState state() {
		return engine.state();
	}

	/** Why the batch paused itself (a critical condition), or null. */
	public String message() {
		return engine.message();
	}

	/** Every item in input order. */
	public List<BatchItem> items() {
		return engine.items();
	}

	public BatchItem item(int index) {
		return engine.item(index);
	}

	public BatchProgress progress() {
		return engine.progress();
	}

	public BatchSnapshot snapshot() {
		return engine.snapshot();
	}

	/** What a file awaiting review would write, or empty when it is not awaiting review. */
	public Optional<ItemReview> review(int index) {
		return engine.review(index);
	}

	/**
	 * What a file read and what it wrote (or would write, while it awaits review), as long as this batch object
	 * still holds it: the values of done files are kept softly and may be gone under memory pressure, and
	 * nothing is kept for files that failed or are running.
	 */
	public Optional<ItemReview> details(int index) {
		return engine.details(index);
	}

	/** Replaces how model files are written (default {@link ModelWriter#atomic()}); set it before start. */
	public void setModelWriter(ModelWriter w) {
		engine.setModelWriter(w);
	}

	/** Replaces how per-file work is run (default: a daemon thread per file); set it before start. */
	public void setItemExecutor(ItemExecutor x) {
		engine.setItemExecutor(x);
	}

	public void addListener(BatchListener l) {
		engine.addListener(l);
	}

	public void removeListener(BatchListener l) {
		engine.removeListener(l);
	}

	// ---- editing before start ----

	/** Adds a file at the end; only before {@link #start()}. */
	public BatchItem add(Path file) {
		return add(file, null);
	}

	/** Adds a file with a device kind forced on its parts; only before {@link #start()}. */
	public BatchItem add(Path file, DeviceKind kindOverride) {
		return engine.add(file, kindOverride);
	}

	/** Removes an item; only before {@link #start()}. Indexes of the other items do not change. */
	public void remove(int index) {
		engine.remove(index);
	}

	/** Forces a device kind on one file (null: use the batch's); before start or while the file is queued. */
	public void setKindOverride(int index, DeviceKind kind) {
		engine.setKindOverride(index, kind);
	}

	// ---- control ----

	/**
	 * Starts the batch (or a reopened one). If the output folder cannot be created or written, the batch is
	 * {@link BatchState#PAUSED} with a message instead; fix the cause and call {@link #resume()}.
	 */
	public void start() {
		control.start();
	}

	/** No new file starts; running files finish. */
	public void pause() {
		control.pause();
	}

	/** Resumes a paused batch, also after a critical condition (which is checked again before the next file). */
	public void resume() {
		control.resume();
	}

	/**
	 * Cancels: queued files become cancelled at once, running files stop at their next check (next page or
	 * fitting iteration) and are abandoned if they have not stopped {@value #GRACE_MILLIS} ms later.
	 */
	public void cancel() {
		control.cancel();
	}

	/** Cancels one file: at once when queued or awaiting review, at its next check when running. */
	public void cancel(int index) {
		control.cancel(index);
	}

	/** Queues every failed and cancelled item again (with a fresh retry budget) and runs them. */
	public int retryFailed() {
		return control.retryFailed();
	}

	/**
	 * Queues the given items again, whatever their final state, and runs them. Running or queued items are left
	 * alone.
	 *
	 * @return how many items were queued
	 */
	public int retry(Collection<Integer> indexes) {
		return control.retry(indexes);
	}

	/**
	 * Accepts a file awaiting review and writes its models, refitted from {@code editedDevices} when given
	 * (values changed in the review), else the previewed models as they are. Runs on an engine thread.
	 */
	public void accept(int index, List<Device> editedDevices) {
		control.accept(index, editedDevices);
	}

	/** Rejects a file awaiting review: it ends skipped and nothing is written. */
	public void reject(int index) {
		control.reject(index);
	}

	/**
	 * Waits until nothing runs and the batch is finished, cancelled, paused or waiting for review.
	 *
	 * @return false on timeout
	 */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		return control.awaitIdle(timeout);
	}

	/** Stops the engine threads and releases the journal. Running files are cancelled first. */
	@Override
	public void close() {
		control.close();
	}
}
