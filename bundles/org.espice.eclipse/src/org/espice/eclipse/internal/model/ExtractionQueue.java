package org.espice.eclipse.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.espice.core.batch.BatchProgress;

/**
 * The datasheets submitted in this workbench session, in submission order, and the listeners that show
 * them. Thread-safe: jobs report from worker threads, listeners are called on the reporting thread and must
 * hand UI work to the display themselves.
 */
public final class ExtractionQueue {

	/** Told about every change; {@code task} is null when tasks were added or removed. */
	@FunctionalInterface
	public interface Listener {
		void changed(DatasheetTask task);

		/** The engine reported new counts, throughput or time left for a batch of the queue's tasks. */
		default void batchChanged() {
		}
	}

	private static final ExtractionQueue DEFAULT = new ExtractionQueue();

	private final List<DatasheetTask> tasks = new CopyOnWriteArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	/** The queue the workbench's commands and views share. */
	public static ExtractionQueue getDefault() {
		return DEFAULT;
	}

	/** Adds one queued task per file, in the given order, and returns them. */
	public List<DatasheetTask> submit(Collection<IFile> files) {
		List<DatasheetTask> added = new ArrayList<>(files.size());
		for (IFile file : files) {
			added.add(new DatasheetTask(file, this));
		}
		tasks.addAll(added);
		fireChanged(null);
		return added;
	}

	/** A snapshot of all tasks, oldest first. */
	public List<DatasheetTask> tasks() {
		return List.copyOf(tasks);
	}

	/** Forgets every task that reached a final state. */
	public void clearFinished() {
		if (tasks.removeIf(t -> t.state().isFinal())) {
			fireChanged(null);
		}
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** Hands the engine's latest report on a batch to its tasks and tells the listeners once. */
	public void batchChanged(List<DatasheetTask> ofBatch, BatchProgress progress) {
		ofBatch.forEach(t -> t.setBatchProgress(progress));
		for (Listener listener : listeners) {
			try {
				listener.batchChanged();
			} catch (RuntimeException e) {
				ILog.of(ExtractionQueue.class).log(Status.error("An ESpice view failed to take an update", e)); //$NON-NLS-1$
			}
		}
	}

	void fireChanged(DatasheetTask task) {
		for (Listener listener : listeners) {
			try {
				listener.changed(task);
			} catch (RuntimeException e) {
				ILog.of(ExtractionQueue.class).log(Status.error("An ESpice view failed to take an update", e)); //$NON-NLS-1$
			}
		}
	}
}
