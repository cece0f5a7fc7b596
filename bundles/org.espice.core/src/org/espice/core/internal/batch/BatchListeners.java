package org.espice.core.internal.batch;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchListener;
import org.espice.core.batch.BatchProgress;

/**
 * The listeners of a batch. They are told of changes without the batch lock held, so they may call back into
 * the batch from any thread; one that throws is logged and does not stop the batch.
 */
final class BatchListeners {

	private final List<BatchListener> listeners = new CopyOnWriteArrayList<>();
	private final Supplier<BatchProgress> progress;

	BatchListeners(Supplier<BatchProgress> progress) {
		this.progress = progress;
	}

	void add(BatchListener l) {
		listeners.add(Objects.requireNonNull(l));
	}

	void remove(BatchListener l) {
		listeners.remove(l);
	}

	void itemChanged(BatchItem item) {
		for (BatchListener l : listeners) {
			try {
				l.itemChanged(item);
			} catch (RuntimeException e) {
				BatchEngine.LOG.log(Level.DEBUG, () -> "A batch listener failed on item " + item.index(), e);
			}
		}
	}

	/** Tells the listeners the batch's progress; computes it only when someone listens. */
	void batchChanged() {
		if (listeners.isEmpty()) {
			return;
		}
		BatchProgress p = progress.get();
		for (BatchListener l : listeners) {
			try {
				l.batchChanged(p);
			} catch (RuntimeException e) {
				BatchEngine.LOG.log(Level.DEBUG, () -> "A batch listener failed on progress " + p, e);
			}
		}
	}
}
