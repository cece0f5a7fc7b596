package org.espice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;

/** Cancels every ESpice job: waiting files become cancelled at once, running ones at their next check. */
public final class CancelExtractionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Job.getJobManager().cancel(EspiceJobFamilies.EXTRACTION);
		return null;
	}
}
