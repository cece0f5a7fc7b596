package org.espice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.espice.eclipse.internal.jobs.BatchControl;

/** Pauses the running batches: no new file starts, running files finish. */
public final class PauseBatchHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		BatchControl.pauseAll();
		return null;
	}
}
