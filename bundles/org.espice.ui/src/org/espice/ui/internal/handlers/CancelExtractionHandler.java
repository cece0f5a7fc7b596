package org.espice.ui.internal.handlers;

import java.util.List;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.espice.eclipse.internal.jobs.EspiceJobFamilies;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.espice.eclipse.internal.model.DatasheetItem;

/**
 * Cancels every ESpice extraction job: waiting files become cancelled at once, running ones at their next
 * check. Enabled while an extraction job exists or a datasheet is still open.
 */
public final class CancelExtractionHandler extends BatchStateHandler {

	/** Jobs come and go without a report from the queue (a batch scheduled but not yet started, say). */
	private final IJobChangeListener jobs = new JobChangeAdapter() {
		@Override
		public void scheduled(IJobChangeEvent event) {
			if (event.getJob().belongsTo(EspiceJobFamilies.EXTRACTION)) {
				reconsider();
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob().belongsTo(EspiceJobFamilies.EXTRACTION)) {
				reconsider();
			}
		}
	};

	public CancelExtractionHandler() {
		Job.getJobManager().addJobChangeListener(jobs);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Job.getJobManager().cancel(EspiceJobFamilies.EXTRACTION);
		return null;
	}

	@Override
	boolean canAct(List<DatasheetItem> items) {
		return Job.getJobManager().find(EspiceJobFamilies.EXTRACTION).length > 0
				|| items.stream().anyMatch(t -> !t.state().isFinal());
	}

	@Override
	public void dispose() {
		Job.getJobManager().removeJobChangeListener(jobs);
		super.dispose();
	}
}
