package org.espice.ui.internal.handlers;

import java.util.List;
import org.eclipse.core.commands.ExecutionEvent;
import org.espice.eclipse.internal.jobs.BatchControl;

import org.espice.core.batch.BatchState;
import org.espice.ui.internal.Messages;
import org.espice.eclipse.internal.jobs.BatchControlJob;
import org.espice.eclipse.internal.model.DatasheetItem;

/** Pauses the running batches: no new file starts, running files finish. Enabled while a batch runs. */
public final class PauseBatchHandler extends BatchStateHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new BatchControlJob(Messages.BatchControlJob_pause, BatchControl::pauseAll).schedule();
		return null;
	}

	@Override
	boolean canAct(List<DatasheetItem> items) {
		return anyLiveBatchIn(items, BatchState.RUNNING);
	}
}
