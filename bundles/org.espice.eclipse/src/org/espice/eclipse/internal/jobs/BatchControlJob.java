package org.espice.eclipse.internal.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Hands a user's decision (pause, resume, accept, reject) to the batch engine off the UI thread: the engine
 * writes each to its journal and syncs it to disk. The views learn the outcome from the batch's listeners.
 */
public final class BatchControlJob extends Job {

	private final Runnable decision;

	public BatchControlJob(String name, Runnable decision) {
		super(name);
		this.decision = decision;
		setSystem(true);
		setPriority(INTERACTIVE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EspiceJobFamilies.EXTRACTION;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		decision.run();
		return Status.OK_STATUS;
	}
}
