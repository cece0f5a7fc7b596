package org.espice.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;

/** Removes finished datasheets from the SPICE Batch view. Enabled while one has finished. */
public final class ClearFinishedHandler extends BatchStateHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ExtractionQueue.getDefault().clearFinished();
		return null;
	}

	@Override
	boolean canAct(List<DatasheetItem> items) {
		return items.stream().anyMatch(t -> t.state().isFinal());
	}
}
