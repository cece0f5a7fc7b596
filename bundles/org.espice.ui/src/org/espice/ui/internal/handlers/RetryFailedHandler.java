package org.espice.ui.internal.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.espice.ui.internal.jobs.BatchRunJob;
import org.espice.ui.internal.jobs.PdfProbeJob;
import org.espice.ui.internal.model.DatasheetTask;
import org.espice.ui.internal.model.ExtractionQueue;
import org.espice.ui.internal.model.TaskState;

/**
 * Runs every failed or cancelled datasheet again, the way it ran before: files of a batch in a new batch with
 * the same options and output folder, the others with a plain PDF read.
 */
public final class RetryFailedHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Map<DatasheetTask.BatchOrigin, List<DatasheetTask>> batches = new LinkedHashMap<>();
		for (DatasheetTask task : ExtractionQueue.getDefault().tasks()) {
			TaskState state = task.state();
			if ((state == TaskState.FAILED || state == TaskState.CANCELED) && task.requeue()) {
				if (task.origin() == null) {
					new PdfProbeJob(task).schedule();
				} else {
					batches.computeIfAbsent(task.origin(), o -> new ArrayList<>()).add(task);
				}
			}
		}
		batches.forEach((origin, tasks) -> new BatchRunJob(tasks, origin.config(), origin.output()).schedule());
		return null;
	}
}
