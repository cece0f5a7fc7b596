package org.espice.ui.internal.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.espice.eclipse.internal.jobs.BatchRunJob;
import org.espice.eclipse.internal.model.DatasheetTask;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.model.TaskState;

/**
 * "Retry Failed" runs every failed or cancelled datasheet again; "Retry Selected" the finished datasheets
 * selected in the SPICE Batch view, whatever their state. Each runs the way it ran before: files of a batch in
 * a new batch with the same options and output folder.
 */
public final class RetryFailedHandler extends AbstractHandler {

	public static final String RETRY_SELECTED_ID = "org.espice.ui.commands.retrySelected"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		boolean selectedOnly = RETRY_SELECTED_ID.equals(event.getCommand().getId());
		List<DatasheetTask> candidates = new ArrayList<>();
		if (selectedOnly) {
			if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
				for (Object o : selection) {
					if (o instanceof DatasheetTask task) {
						candidates.add(task);
					}
				}
			}
		} else {
			for (DatasheetTask task : ExtractionQueue.getDefault().tasks()) {
				if (task.state() == TaskState.FAILED || task.state() == TaskState.CANCELED) {
					candidates.add(task);
				}
			}
		}
		Map<DatasheetTask.BatchOrigin, List<DatasheetTask>> batches = new LinkedHashMap<>();
		for (DatasheetTask task : candidates) {
			// a task without a batch (none yet) has nothing to run again with
			if (task.origin() != null && task.requeue()) {
				batches.computeIfAbsent(task.origin(), o -> new ArrayList<>()).add(task);
			}
		}
		batches.forEach((origin, tasks) -> new BatchRunJob(tasks, origin.config(), origin.output()).schedule());
		return null;
	}
}
