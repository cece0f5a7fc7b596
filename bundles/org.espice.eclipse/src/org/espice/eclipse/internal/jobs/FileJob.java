package org.espice.eclipse.internal.jobs;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;
import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchItem;
import org.espice.eclipse.internal.Messages;

/**
 * The engine's work for one file of a batch, run as a job of the batch's {@code JobGroup} without a scheduling
 * rule (the engine bounds how many are read at once; the group has room for those waiting to name their models). Cancelling the job cancels that file in the batch.
 * The engine needs its work to run exactly once, so a job cancelled before it started still runs it, on a
 * short-lived thread, where it sees the cancel at once and ends.
 */
final class FileJob extends Job {

	private final Batch batch;
	private final BatchItem item;
	private final Runnable work;
	private final AtomicBoolean ran = new AtomicBoolean();

	FileJob(Batch batch, BatchItem item, Runnable work) {
		super(NLS.bind(Messages.FileJob_name, item.fileName()));
		this.batch = batch;
		this.item = item;
		this.work = work;
		setPriority(LONG);
		// the batch job is the one users follow in the Progress view; per-file jobs would only add noise
		setSystem(true);
		addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!ran.get()) {
					batch.cancel(item.index());
					// done() may run on the thread that cancelled, even the UI thread: not there
					Thread thread = new Thread(FileJob.this::runOnce, "espice-cancelled-" + item.fileName()); //$NON-NLS-1$
					thread.setDaemon(true);
					thread.start();
				}
			}
		});
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EspiceJobFamilies.EXTRACTION;
	}

	@Override
	protected void canceling() {
		batch.cancel(item.index());
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			batch.cancel(item.index());
		}
		runOnce();
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	private void runOnce() {
		if (ran.compareAndSet(false, true)) {
			work.run();
		}
	}
}
