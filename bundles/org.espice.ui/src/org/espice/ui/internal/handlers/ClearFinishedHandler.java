package org.espice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.espice.eclipse.internal.model.ExtractionQueue;

/** Removes finished datasheets from the SPICE Batch view. */
public final class ClearFinishedHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ExtractionQueue.getDefault().clearFinished();
		return null;
	}
}
