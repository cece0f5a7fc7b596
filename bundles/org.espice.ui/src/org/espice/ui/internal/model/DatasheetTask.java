package org.espice.ui.internal.model;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.espice.core.FailureCategory;
import org.espice.core.PdfSummary;

/**
 * One datasheet queued for processing and what has become of it. Jobs change it from worker threads; the
 * views read it from the UI thread, hence the volatile fields and the single-owner {@link ExtractionQueue}
 * that announces each change.
 */
public final class DatasheetTask {

	private final IFile file;
	private final ExtractionQueue queue;
	private volatile TaskState state = TaskState.QUEUED;
	private volatile PdfSummary summary;
	private volatile FailureCategory failureCategory;
	private volatile String failureMessage;

	DatasheetTask(IFile file, ExtractionQueue queue) {
		this.file = Objects.requireNonNull(file);
		this.queue = queue;
	}

	public IFile file() {
		return file;
	}

	public TaskState state() {
		return state;
	}

	/** The page count and title once the file was read, else null. */
	public PdfSummary summary() {
		return summary;
	}

	public FailureCategory failureCategory() {
		return failureCategory;
	}

	/** Why the file failed, naming it, or null. */
	public String failureMessage() {
		return failureMessage;
	}

	public void running() {
		state = TaskState.RUNNING;
		queue.fireChanged(this);
	}

	public void done(PdfSummary result) {
		summary = Objects.requireNonNull(result);
		failureCategory = null;
		failureMessage = null;
		state = TaskState.DONE;
		queue.fireChanged(this);
	}

	public void failed(FailureCategory category, String message) {
		failureCategory = category;
		failureMessage = message;
		state = TaskState.FAILED;
		queue.fireChanged(this);
	}

	/** Marks the task cancelled unless it already finished. */
	public void canceled() {
		if (!state.isFinal()) {
			state = TaskState.CANCELED;
			queue.fireChanged(this);
		}
	}

	/** Puts a finished task back to queued for another attempt; false when it had not finished. */
	public boolean requeue() {
		if (!state.isFinal()) {
			return false;
		}
		state = TaskState.QUEUED;
		queue.fireChanged(this);
		return true;
	}

	@Override
	public String toString() {
		return file.getFullPath() + " [" + state + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
