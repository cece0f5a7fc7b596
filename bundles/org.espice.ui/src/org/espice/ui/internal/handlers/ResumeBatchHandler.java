package org.espice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.espice.eclipse.internal.jobs.BatchControl;

/** Resumes paused batches. */
public final class ResumeBatchHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		BatchControl.resumeAll();
		return null;
	}
}
