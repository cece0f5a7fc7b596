package org.espice.eclipse.internal.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobGroup;
import org.eclipse.osgi.util.NLS;
import org.espice.core.DeviceKind;
import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchListener;
import org.espice.core.batch.BatchProgress;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.FileWork;
import org.espice.core.batch.ItemState;
import org.espice.core.batch.WorkerPool;
import org.espice.eclipse.internal.Messages;
import org.espice.eclipse.internal.model.DatasheetMarkers;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;

/**
 * Runs one batch of the core engine over workspace datasheets. Each file runs as a {@link FileJob} in a
 * {@link JobGroup} (room for the files read at once and those waiting to name their models), outside any
 * scheduling rule; models are written through the workspace by {@link WorkspaceModelWriter}. This job reports
 * progress and turns its cancel into a cancel of the batch, waking on each report of the batch and on its own
 * cancel (never polling, also while the user reviews or the batch is paused), then refreshes the output folder
 * (journal and reports) and sets or clears a problem marker on every PDF.
 */
public final class BatchRunJob extends Job {

	private final List<DatasheetItem> datasheets;
	private final BatchConfig config;
	private final IContainer output;
	private final FileWork work;
	private volatile Batch batch;
	private Map<IFile, DeviceKind> kindOverrides = Map.of();
	/** Signalled by the batch's listener and by {@link #canceling()}; {@link #news} says something happened. */
	private final ReentrantLock wakeLock = new ReentrantLock();
	private final Condition wake = wakeLock.newCondition();
	private boolean news;

	/**
	 * A batch of the standard work, in worker processes unless the preference keeps it in process.
	 *
	 * @param items one per input file, in input order (the engine's item index is the list index)
	 */
	public BatchRunJob(List<DatasheetItem> datasheets, BatchConfig config, IContainer output) {
		this(datasheets, config, output, null);
	}

	/** @param work the reading and fitting to run per file (tests substitute it); null for the standard work */
	public BatchRunJob(List<DatasheetItem> datasheets, BatchConfig config, IContainer output, FileWork work) {
		super(NLS.bind(Messages.BatchRunJob_name, datasheets.size(), output.getFullPath().makeRelative()));
		this.datasheets = List.copyOf(datasheets);
		this.config = config;
		this.output = output;
		this.work = work;
		DatasheetItem.BatchOrigin origin = new DatasheetItem.BatchOrigin(config, output);
		this.datasheets.forEach(t -> t.setOrigin(origin));
		setUser(true);
		setPriority(LONG);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EspiceJobFamilies.EXTRACTION;
	}

	/** Device kinds forced on single files (the batch's own override applies to the others); before scheduling. */
	public void setKindOverrides(Map<IFile, DeviceKind> overrides) {
		kindOverrides = Map.copyOf(overrides);
	}

	@Override
	protected void canceling() {
		// the job's thread cancels the batch: that writes the journal, and this may be the UI thread
		signal();
	}

	private void signal() {
		wakeLock.lock();
		try {
			news = true;
			wake.signalAll();
		} finally {
			wakeLock.unlock();
		}
	}

	/** Forgets earlier news: whatever happens after this call wakes the next {@link #awaitNews()}. */
	private void clearNews() {
		wakeLock.lock();
		try {
			news = false;
		} finally {
			wakeLock.unlock();
		}
	}

	private void awaitNews() throws InterruptedException {
		wakeLock.lock();
		try {
			while (!news) {
				wake.await();
			}
		} finally {
			wakeLock.unlock();
		}
	}

	/** The engine batch while the job runs, else null. */
	public Batch batch() {
		return batch;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), datasheets.size() + 2);
		Path outputPath = output.getLocation() == null ? null : output.getLocation().toFile().toPath();
		if (outputPath == null) {
			datasheets.forEach(t -> t.failed(org.espice.core.FailureCategory.IO_ERROR,
					NLS.bind(Messages.BatchRunJob_notLocal, output.getFullPath())));
			return Status.OK_STATUS;
		}
		List<Path> inputs = datasheets.stream().map(t -> t.file().getLocation().toFile().toPath()).toList();
		boolean cancelled = false;
		ExtractionQueue queue = ExtractionQueue.getDefault();
		BatchProgress last = null;
		BatchSnapshot ended = null;
		FileWork fileWork = work != null ? work : IdeWorkers.open();
		try (Batch running = Batch.create(config.withOutputFolder(outputPath), inputs, fileWork)) {
			batch = running;
			datasheets.forEach(t -> t.setJournal(running.journalFile()));
			for (int i = 0; i < datasheets.size(); i++) {
				datasheets.get(i).setLiveBatch(running, i);
			}
			running.addListener(new BatchListener() {
				@Override
				public void itemChanged(BatchItem item) {
					signal();
					datasheets.get(item.index()).update(item);
				}

				@Override
				public void batchChanged(BatchProgress batchProgress) {
					// engine threads may deliver reports out of order: this job's thread publishes the latest
					signal();
				}
			});
			for (int i = 0; i < datasheets.size(); i++) {
				DeviceKind kind = kindOverrides.get(datasheets.get(i).file());
				if (kind != null) {
					running.setKindOverride(i, kind);
				}
			}
			// the engine bounds the files read at once; files waiting to name their models keep their job
			JobGroup group = new JobGroup(getName(), config.maxInFlight(), 0);
			running.setItemExecutor((item, work) -> {
				FileJob job = new FileJob(running, item, work);
				job.setJobGroup(group);
				job.schedule();
			});
			running.setModelWriter(new WorkspaceModelWriter());
			running.start();
			cancelled = awaitEnd(running, progress, queue);
			// listeners run on engine threads and may deliver out of order: end on the engine's final word
			for (BatchItem item : running.items()) {
				datasheets.get(item.index()).update(item);
			}
			last = running.progress();
			ended = running.snapshot();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled = true;
		} finally {
			if (work == null && fileWork instanceof WorkerPool pool) {
				pool.close(); // a pool this job opened; values edited in a review are fitted in process
			}
			batch = null;
			datasheets.forEach(t -> t.setLiveBatch(null, -1));
			if (last != null) {
				// after the live batch is gone, so commands that act on running batches see it ended
				queue.batchChanged(datasheets, last);
			}
		}
		publish(SubMonitor.convert(null, 2));
		new HistoryJob().schedule();
		BatchCompletionListeners.notifyAll(new BatchOutcome(datasheets.size(), count(ItemState.Done.class),
				count(ItemState.Failed.class), count(ItemState.Cancelled.class), count(ItemState.Skipped.class)));
		MailSummaryJob.scheduleIfWanted(ended);
		return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/**
	 * Follows the batch until it ends: reports the finished files, cancels the batch when this job is cancelled,
	 * and waits for the batch's next report while files run, wait for review or the user paused the batch. Hands
	 * the batch's latest progress to the queue after every report, from this one thread so that none overtakes.
	 *
	 * @return whether this job cancelled the batch
	 */
	private boolean awaitEnd(Batch running, SubMonitor progress, ExtractionQueue queue) throws InterruptedException {
		boolean cancelled = false;
		int reported = 0;
		while (true) {
			clearNews();
			queue.batchChanged(datasheets, running.progress());
			if (progress.isCanceled() && !cancelled) {
				cancelled = true;
				running.cancel();
			}
			int finished = (int) running.items().stream().filter(i -> i.state().isFinal()).count();
			if (finished > reported) {
				progress.worked(finished - reported);
				reported = finished;
				progress.subTask(NLS.bind(Messages.BatchRunJob_progress, finished, datasheets.size()));
			}
			boolean idle = running.awaitIdle(Duration.ZERO);
			BatchState state = running.state();
			boolean userPause = state == BatchState.PAUSED && running.message() == null;
			if (idle && (state == BatchState.AWAITING_REVIEW || userPause)) {
				// the user accepts, rejects or resumes in the SPICE Batch view; a cancel ends the wait
				progress.subTask(userPause ? Messages.BatchRunJob_paused
						: NLS.bind(Messages.BatchRunJob_review, running.progress().awaitingReview()));
			} else if (idle && (state != BatchState.PAUSED || running.message() != null)) {
				return cancelled;
			}
			awaitNews();
		}
	}

	private int count(Class<? extends ItemState> state) {
		return (int) datasheets.stream().filter(t -> state.isInstance(t.state())).count();
	}

	/** Shows the written files in the workspace and the failures in the Problems view. */
	private void publish(SubMonitor progress) {
		try {
			output.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		} catch (CoreException e) {
			ILog.of(BatchRunJob.class).log(e.getStatus());
		}
		for (DatasheetItem datasheet : datasheets) {
			try {
				if (datasheet.state() instanceof ItemState.Failed) {
					DatasheetMarkers.markFailed(datasheet.file(), datasheet.failureCategory(), datasheet.failureMessage(), null);
				} else if (datasheet.state() instanceof ItemState.Done) {
					DatasheetMarkers.clear(datasheet.file(), null);
				}
			} catch (CoreException e) {
				ILog.of(BatchRunJob.class).log(e.getStatus());
			}
		}
	}
}
