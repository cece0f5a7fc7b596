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

	/** Told about every change; {@code item} is null when items were added or removed. */
	@FunctionalInterface
	public interface Listener {
		void changed(DatasheetItem item);

		/** The engine reported new counts, throughput or time left for a batch of the queue's items. */
		default void batchChanged() {
		}
	}

	private static final ExtractionQueue DEFAULT = new ExtractionQueue();

	private final List<DatasheetItem> items = new CopyOnWriteArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	/** The queue the workbench's commands and views share. */
	public static ExtractionQueue getDefault() {
		return DEFAULT;
	}

	/** Adds one queued item per file, in the given order, and returns them. */
	public List<DatasheetItem> submit(Collection<IFile> files) {
		List<DatasheetItem> added = new ArrayList<>(files.size());
		for (IFile file : files) {
			added.add(new DatasheetItem(file, this));
		}
		items.addAll(added);
		fireChanged(null);
		return added;
	}

	/** A snapshot of all items, oldest first. */
	public List<DatasheetItem> items() {
		return List.copyOf(items);
	}

	/** Forgets every item that reached a final state. */
	public void clearFinished() {
		if (items.removeIf(t -> t.state().isFinal())) {
			fireChanged(null);
		}
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** Hands the engine's latest report on a batch to its items and tells the listeners once. */
	public void batchChanged(List<DatasheetItem> ofBatch, BatchProgress progress) {
		ofBatch.forEach(t -> t.setBatchProgress(progress));
		for (Listener listener : listeners) {
			try {
				listener.batchChanged();
			} catch (RuntimeException e) {
				ILog.of(ExtractionQueue.class).log(Status.error("An ESpice view failed to take an update", e)); //$NON-NLS-1$
			}
		}
	}

	void fireChanged(DatasheetItem item) {
		for (Listener listener : listeners) {
			try {
				listener.changed(item);
			} catch (RuntimeException e) {
				ILog.of(ExtractionQueue.class).log(Status.error("An ESpice view failed to take an update", e)); //$NON-NLS-1$
			}
		}
	}
}
