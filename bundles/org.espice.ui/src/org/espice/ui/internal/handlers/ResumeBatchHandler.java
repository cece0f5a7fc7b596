package org.espice.ui.internal.handlers;

import java.util.List;
import org.eclipse.core.commands.ExecutionEvent;
import org.espice.eclipse.internal.jobs.BatchControl;

import org.espice.core.batch.BatchState;
import org.espice.ui.internal.Messages;
import org.espice.eclipse.internal.jobs.BatchControlJob;
import org.espice.eclipse.internal.model.DatasheetItem;

/** Resumes paused batches. Enabled while a batch is paused. */
public final class ResumeBatchHandler extends BatchStateHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new BatchControlJob(Messages.BatchControlJob_resume, BatchControl::resumeAll).schedule();
		return null;
	}

	@Override
	boolean canAct(List<DatasheetItem> items) {
		return anyLiveBatchIn(items, BatchState.PAUSED);
	}
}
