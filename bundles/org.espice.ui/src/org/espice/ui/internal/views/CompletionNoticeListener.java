package org.espice.ui.internal.views;

import org.espice.eclipse.internal.jobs.BatchCompletionListener;
import org.espice.eclipse.internal.jobs.BatchOutcome;

/** Shows the {@link CompletionNotice} when a batch finishes (contributed to {@code org.espice.eclipse.batchCompletion}). */
public final class CompletionNoticeListener implements BatchCompletionListener {

	@Override
	public void batchFinished(BatchOutcome outcome) {
		CompletionNotice.showLater(outcome.total(), outcome.done(), outcome.failed(), outcome.cancelled(),
				outcome.skipped());
	}
}
