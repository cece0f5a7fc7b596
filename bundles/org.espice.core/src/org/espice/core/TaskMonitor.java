package org.espice.core;

import java.util.concurrent.CancellationException;

/**
 * Progress and cancellation for one file's work. Readers call {@link #checkCanceled()} between pages and
 * fitters between iterations, so a cancel takes effect within a second.
 */
public interface TaskMonitor {

	/** A monitor that is never cancelled and ignores progress. */
	TaskMonitor NONE = new TaskMonitor() {
		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	boolean isCanceled();

	/** Throws {@link CancellationException} when the work was cancelled. */
	default void checkCanceled() {
		if (isCanceled()) {
			throw new CancellationException("cancelled");
		}
	}

	/** Reports that {@code step} is {@code fraction} (0..1) done. */
	default void progress(WorkStep step, double fraction) {
	}
}
