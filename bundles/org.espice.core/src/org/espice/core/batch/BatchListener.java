package org.espice.core.batch;

/**
 * Observes a running batch. Called on engine threads, possibly several at once, so implementations must be
 * thread-safe and quick (hand the work to the UI thread, never block). Item progress arrives often: throttle
 * redraws on the receiving side.
 */
public interface BatchListener {

	/** An item changed state, step or fraction. */
	default void itemChanged(BatchItem item) {
	}

	/** The batch changed state or its counts changed. */
	default void batchChanged(BatchProgress progress) {
	}
}
