package org.espice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.espice.ui.internal.jobs.PdfProbeJob;
import org.espice.ui.internal.model.DatasheetTask;
import org.espice.ui.internal.model.ExtractionQueue;
import org.espice.ui.internal.model.TaskState;

/** Runs every failed or cancelled datasheet again. */
public final class RetryFailedHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		for (DatasheetTask task : ExtractionQueue.getDefault().tasks()) {
			TaskState state = task.state();
			if ((state == TaskState.FAILED || state == TaskState.CANCELED) && task.requeue()) {
				new PdfProbeJob(task).schedule();
			}
		}
		return null;
	}
}
