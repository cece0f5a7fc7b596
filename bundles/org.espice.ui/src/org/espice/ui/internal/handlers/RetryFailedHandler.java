package org.espice.ui.internal.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.espice.core.batch.ItemState;
import org.espice.eclipse.internal.jobs.BatchRunJob;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;

/**
 * "Retry Failed" runs every failed, cancelled or skipped datasheet again; "Retry Selected" the finished datasheets
 * selected in the SPICE Batch view, whatever their state. Each runs the way it ran before: files of a batch in
 * a new batch with the same options and output folder.
 */
public final class RetryFailedHandler extends BatchStateHandler implements IExecutableExtension {

	public static final String RETRY_SELECTED_ID = "org.espice.ui.commands.retrySelected"; //$NON-NLS-1$

	/** Whether this instance serves "Retry Selected", which its selection enables (see plugin.xml). */
	private boolean forSelection;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		forSelection = RETRY_SELECTED_ID.equals(config.getAttribute("commandId")); //$NON-NLS-1$
		reconsider();
	}

	/** "Retry Failed" only when something failed, was cancelled or skipped and can run again. */
	@Override
	boolean canAct(List<DatasheetItem> items) {
		return forSelection || items.stream().anyMatch(t -> isRetryable(t.state()) && t.origin() != null);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		boolean selectedOnly = RETRY_SELECTED_ID.equals(event.getCommand().getId());
		List<DatasheetItem> candidates = new ArrayList<>();
		if (selectedOnly) {
			if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
				for (Object o : selection) {
					if (o instanceof DatasheetItem item) {
						candidates.add(item);
					}
				}
			}
		} else {
			for (DatasheetItem item : ExtractionQueue.getDefault().items()) {
				if (isRetryable(item.state())) {
					candidates.add(item);
				}
			}
		}
		Map<DatasheetItem.BatchOrigin, List<DatasheetItem>> batches = new LinkedHashMap<>();
		for (DatasheetItem item : candidates) {
			// a item without a batch (none yet) has nothing to run again with
			if (item.origin() != null && item.requeue()) {
				batches.computeIfAbsent(item.origin(), o -> new ArrayList<>()).add(item);
			}
		}
		batches.forEach((origin, items) -> new BatchRunJob(items, origin.config(), origin.output()).schedule());
		return null;
	}

	/** Failed, cancelled or skipped: what "Retry Failed" runs again. */
	static boolean isRetryable(ItemState state) {
		return state instanceof ItemState.Failed || state instanceof ItemState.Cancelled
				|| state instanceof ItemState.Skipped;
	}
}
