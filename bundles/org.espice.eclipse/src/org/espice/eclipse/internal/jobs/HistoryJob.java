package org.espice.eclipse.internal.jobs;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.espice.eclipse.internal.Messages;
import org.espice.eclipse.internal.model.BatchHistory;

/** Housekeeping: reads the batch journals of the workspace into {@link BatchHistory}. */
public final class HistoryJob extends Job {

	public HistoryJob() {
		super(Messages.HistoryJob_name);
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EspiceJobFamilies.HOUSEKEEPING;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			BatchHistory.getDefault().reload();
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}
}
