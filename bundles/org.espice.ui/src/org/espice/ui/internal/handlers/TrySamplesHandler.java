package org.espice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.espice.eclipse.internal.jobs.SampleBatchJob;

/**
 * Writes the embedded sample datasheets into a new project and runs them as a batch, as the SPICE Batch view's
 * first page and the first-batch cheat sheet offer.
 */
public final class TrySamplesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new SampleBatchJob().schedule();
		return null;
	}
}
