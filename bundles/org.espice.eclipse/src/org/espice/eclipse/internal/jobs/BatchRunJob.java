package org.espice.eclipse.internal.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import org.espice.core.batch.BatchState;
import org.espice.core.batch.FileWork;
import org.espice.eclipse.internal.Messages;
import org.espice.eclipse.internal.model.DatasheetMarkers;
import org.espice.eclipse.internal.model.DatasheetTask;
import org.espice.eclipse.internal.model.TaskState;

/**
 * Runs one batch of the core engine over workspace datasheets. Each file runs as a {@link FileJob} in a
 * {@link JobGroup} whose thread limit is the batch's parallelism, outside any scheduling rule; models are
 * written through the workspace by {@link WorkspaceModelWriter}. This job reports progress, turns its cancel
 * into a cancel of the batch within 100 ms, then refreshes the output folder (journal and reports) and sets
 * or clears a problem marker on every PDF.
 */
public final class BatchRunJob extends Job {

	private static final Duration POLL = Duration.ofMillis(100);

	private final List<DatasheetTask> tasks;
	private final BatchConfig config;
	private final IContainer output;
	private final FileWork work;
	private volatile Batch batch;
	private Map<IFile, DeviceKind> kindOverrides = Map.of();

	/** @param tasks one per input file, in input order (the engine's item index is the list index) */
	public BatchRunJob(List<DatasheetTask> tasks, BatchConfig config, IContainer output) {
		this(tasks, config, output, FileWork.standard());
	}

	/** @param work the reading and fitting to run per file (tests substitute it) */
	public BatchRunJob(List<DatasheetTask> tasks, BatchConfig config, IContainer output, FileWork work) {
		super(NLS.bind(Messages.BatchRunJob_name, tasks.size(), output.getFullPath().makeRelative()));
		this.tasks = List.copyOf(tasks);
		this.config = config;
		this.output = output;
		this.work = work;
		DatasheetTask.BatchOrigin origin = new DatasheetTask.BatchOrigin(config, output);
		this.tasks.forEach(t -> t.setOrigin(origin));
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

	/** The engine batch while the job runs, else null. */
	public Batch batch() {
		return batch;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), tasks.size() + 2);
		Path outputPath = output.getLocation() == null ? null : output.getLocation().toFile().toPath();
		if (outputPath == null) {
			tasks.forEach(t -> t.failed(org.espice.core.FailureCategory.IO_ERROR,
					NLS.bind(Messages.BatchRunJob_notLocal, output.getFullPath())));
			return Status.OK_STATUS;
		}
		List<Path> inputs = tasks.stream().map(t -> t.file().getLocation().toFile().toPath()).toList();
		boolean cancelled = false;
		try (Batch running = Batch.create(config.withOutputFolder(outputPath), inputs, work)) {
			batch = running;
			tasks.forEach(t -> t.setJournal(running.journalFile()));
			for (int i = 0; i < tasks.size(); i++) {
				tasks.get(i).setLiveBatch(running, i);
			}
			running.addListener(new BatchListener() {
				@Override
				public void itemChanged(BatchItem item) {
					tasks.get(item.index()).update(item);
				}
			});
			for (int i = 0; i < tasks.size(); i++) {
				DeviceKind kind = kindOverrides.get(tasks.get(i).file());
				if (kind != null) {
					running.setKindOverride(i, kind);
				}
			}
			JobGroup group = new JobGroup(getName(), config.parallelism(), 0);
			running.setItemExecutor((item, work) -> {
				FileJob job = new FileJob(running, item, work);
				job.setJobGroup(group);
				job.schedule();
			});
			running.setModelWriter(new WorkspaceModelWriter());
			running.start();
			int reported = 0;
			while (true) {
				boolean idle = running.awaitIdle(POLL);
				if (progress.isCanceled() && !cancelled) {
					cancelled = true;
					running.cancel();
				}
				int finished = (int) running.items().stream().filter(i -> i.state().isFinal()).count();
				if (finished > reported) {
					progress.worked(finished - reported);
					reported = finished;
					progress.subTask(NLS.bind(Messages.BatchRunJob_progress, finished, tasks.size()));
				}
				BatchState state = running.state();
				boolean userPause = state == BatchState.PAUSED && running.message() == null;
				if (idle && (state == BatchState.AWAITING_REVIEW || userPause)) {
					// the user accepts, rejects or resumes in the SPICE Batch view; a cancel ends the wait
					progress.subTask(userPause ? Messages.BatchRunJob_paused
							: NLS.bind(Messages.BatchRunJob_review, running.progress().awaitingReview()));
					Thread.sleep(POLL.toMillis());
					continue;
				}
				if (idle && (state != BatchState.PAUSED || running.message() != null)) {
					break;
				}
			}
			// listeners run on engine threads and may deliver out of order: end on the engine's final word
			for (BatchItem item : running.items()) {
				tasks.get(item.index()).update(item);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled = true;
		} finally {
			batch = null;
			tasks.forEach(t -> t.setLiveBatch(null, -1));
		}
		publish(SubMonitor.convert(null, 2));
		new HistoryJob().schedule();
		BatchCompletionListeners.notifyAll(new BatchOutcome(tasks.size(), count(TaskState.DONE),
				count(TaskState.FAILED), count(TaskState.CANCELED)));
		return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	private int count(TaskState state) {
		return (int) tasks.stream().filter(t -> t.state() == state).count();
	}

	/** Shows the written files in the workspace and the failures in the Problems view. */
	private void publish(SubMonitor progress) {
		try {
			output.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		} catch (CoreException e) {
			ILog.of(BatchRunJob.class).log(e.getStatus());
		}
		for (DatasheetTask task : tasks) {
			try {
				if (task.state() == TaskState.FAILED) {
					DatasheetMarkers.markFailed(task.file(), task.failureCategory(), task.failureMessage(), null);
				} else if (task.state() == TaskState.DONE) {
					DatasheetMarkers.clear(task.file(), null);
				}
			} catch (CoreException e) {
				ILog.of(BatchRunJob.class).log(e.getStatus());
			}
		}
	}
}
