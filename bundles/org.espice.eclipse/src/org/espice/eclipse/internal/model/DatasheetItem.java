package org.espice.eclipse.internal.model;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.espice.core.FailureCategory;
import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchProgress;
import org.espice.core.batch.ItemOutcome;
import org.espice.core.batch.ItemReview;
import org.espice.core.batch.ItemState;

/**
 * One datasheet queued for processing and what has become of it. Jobs change it from worker threads; the
 * views read it from the UI thread, hence the volatile fields and the single-owner {@link ExtractionQueue}
 * that announces each change.
 */
public final class DatasheetItem {

	private final IFile file;
	private final ExtractionQueue queue;
	/** The engine's own state of the file, so the views show exactly what the batch reports. */
	private volatile ItemState state = ItemState.QUEUED;
	private volatile FailureCategory failureCategory;
	private volatile String failureMessage;
	private volatile ItemOutcome outcome = ItemOutcome.NONE;
	private volatile double fraction;
	private volatile BatchOrigin origin;
	private volatile java.nio.file.Path journal;
	private volatile Batch liveBatch;
	/** The engine batch the item last ran in, kept after it ended for {@link #details()}. */
	private volatile Batch lastBatch;
	private volatile int batchIndex = -1;
	private volatile long startedNanos;
	private volatile long finishedNanos;
	/** The engine's last word on the counts, throughput and time left of the batch the item last ran in. */
	private volatile BatchProgress batchProgress;

	/** The batch a item ran in: what a retry of the item runs with again. */
	public record BatchOrigin(BatchConfig config, IContainer output) {
	}

	DatasheetItem(IFile file, ExtractionQueue queue) {
		this.file = Objects.requireNonNull(file);
		this.queue = queue;
	}

	public IFile file() {
		return file;
	}

	public ItemState state() {
		return state;
	}

	/** The progress of the batch the item last ran in, as the engine last reported it, or null. */
	public BatchProgress batchProgress() {
		return batchProgress;
	}

	/** Takes over the engine's report on the whole batch; {@link ExtractionQueue#batchChanged} tells the views. */
	void setBatchProgress(BatchProgress progress) {
		batchProgress = progress;
	}

	/** The engine batch the item last ran in (live or ended), or null: groups items by batch. */
	public Batch lastBatch() {
		return lastBatch;
	}

	public FailureCategory failureCategory() {
		return failureCategory;
	}

	/** Why the file failed, naming it, or null. */
	public String failureMessage() {
		return failureMessage;
	}

	/** Parts, kind, parameter count and model files from the batch engine; {@link ItemOutcome#NONE} before. */
	public ItemOutcome outcome() {
		return outcome;
	}

	/** The batch the item last ran in, or null for a item that only reads the PDF's summary. */
	public BatchOrigin origin() {
		return origin;
	}

	public void setOrigin(BatchOrigin batchOrigin) {
		origin = batchOrigin;
	}

	/** The engine batch running this item right now, or null; with {@link #batchIndex()} for reviews. */
	public Batch liveBatch() {
		return liveBatch;
	}

	public int batchIndex() {
		return batchIndex;
	}

	public void setLiveBatch(Batch batch, int index) {
		liveBatch = batch;
		if (batch != null) {
			lastBatch = batch;
			batchIndex = index;
		}
	}

	/**
	 * What the file read and what was (or would be) written from it, while the batch it last ran in still holds
	 * that: empty for failed files, for batches restored from their journals, and when memory ran short.
	 */
	public Optional<ItemReview> details() {
		Batch batch = lastBatch;
		return batch == null || batchIndex < 0 ? Optional.empty() : batch.details(batchIndex);
	}

	/** {@link System#nanoTime()} when the item first ran in its current attempt, 0 before. */
	public long startedNanos() {
		return startedNanos;
	}

	/** {@link System#nanoTime()} when the item reached its final state, 0 before. */
	public long finishedNanos() {
		return finishedNanos;
	}

	/** Records start and end times as the state moves, then tells the listeners. */
	private void changed() {
		ItemState now = state;
		if (now instanceof ItemState.Running && startedNanos == 0) {
			startedNanos = System.nanoTime();
		} else if (now instanceof ItemState.Queued) {
			startedNanos = 0;
			finishedNanos = 0;
		} else if (now.isFinal() && finishedNanos == 0) {
			finishedNanos = System.nanoTime();
			if (startedNanos == 0) {
				startedNanos = finishedNanos;
			}
		}
		queue.fireChanged(this);
	}

	/** The journal of the batch the item last ran in, or null. */
	public java.nio.file.Path journal() {
		return journal;
	}

	public void setJournal(java.nio.file.Path batchJournal) {
		journal = batchJournal;
	}

	/** 0..1 of this file's work done. */
	public double fraction() {
		return fraction;
	}

	/** Takes over what the batch engine reports for this file. */
	public void update(BatchItem item) {
		outcome = item.outcome() == null ? ItemOutcome.NONE : item.outcome();
		ItemState itemState = item.state();
		if (itemState instanceof ItemState.Running running) {
			fraction = running.fraction();
		} else if (itemState instanceof ItemState.AwaitingReview) {
			fraction = 1;
		} else if (itemState instanceof ItemState.Done) {
			fraction = 1;
			failureCategory = null;
			failureMessage = null;
		} else if (itemState instanceof ItemState.Failed failed) {
			failureCategory = failed.category();
			failureMessage = failed.message();
		} else if (itemState instanceof ItemState.Skipped skipped) {
			failureMessage = skipped.reason();
		} else if (itemState instanceof ItemState.Queued) {
			fraction = 0;
		}
		state = itemState;
		changed();
	}

	public void failed(FailureCategory category, String message) {
		failureCategory = category;
		failureMessage = message;
		state = new ItemState.Failed(category, message);
		changed();
	}

	/** Marks the item cancelled unless it already finished. */
	public void cancelled() {
		if (!state.isFinal()) {
			state = ItemState.CANCELLED;
			changed();
		}
	}

	/** Puts a finished item back to queued for another attempt; false when it had not finished. */
	public boolean requeue() {
		if (!state.isFinal()) {
			return false;
		}
		state = ItemState.QUEUED;
		changed();
		return true;
	}

	@Override
	public String toString() {
		return file.getFullPath() + " [" + state.id() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
