package org.espice.ui.internal.jobs;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;
import org.espice.core.FailureCategory;
import org.espice.core.PdfSummary;
import org.espice.core.ProcessingException;
import org.espice.ui.internal.Messages;
import org.espice.ui.internal.model.DatasheetMarkers;
import org.espice.ui.internal.model.DatasheetTask;

/**
 * Opens one datasheet and records its page count and title on its {@link DatasheetTask}. Runs without a
 * scheduling rule: it only reads the file. A file that cannot be read is a result, not a job error, so it
 * ends with an OK status (no error dialog per file) and goes to the task and the Error Log.
 */
public final class PdfProbeJob extends Job {

	private final DatasheetTask task;

	public PdfProbeJob(DatasheetTask task) {
		super(NLS.bind(Messages.PdfProbeJob_name, task.file().getName()));
		this.task = task;
		setUser(true);
		setPriority(LONG);
		// A job cancelled while still waiting never runs; the task must still leave "queued".
		addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult() != null && event.getResult().getSeverity() == IStatus.CANCEL) {
					task.canceled();
				}
			}
		});
	}

	public DatasheetTask task() {
		return task;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EspiceJobFamilies.EXTRACTION;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
		IFile file = task.file();
		try {
			progress.split(1);
			task.running();
			PdfSummary summary;
			try {
				summary = PdfSummary.read(localPath(file));
			} catch (ProcessingException e) {
				fail(e.category(), e.getMessage(), progress.split(2));
				return Status.OK_STATUS;
			}
			progress.split(1);
			DatasheetMarkers.clear(file, progress.split(1));
			task.done(summary);
			return Status.OK_STATUS;
		} catch (CoreException e) {
			ILog.of(PdfProbeJob.class).log(e.getStatus());
			task.failed(FailureCategory.IO_ERROR, e.getMessage());
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			task.canceled();
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
	}

	private static Path localPath(IFile file) throws ProcessingException {
		IPath location = file.getLocation();
		if (location == null) {
			throw new ProcessingException(FailureCategory.IO_ERROR,
					NLS.bind(Messages.PdfProbeJob_notLocal, file.getFullPath()));
		}
		return location.toFile().toPath();
	}

	private void fail(FailureCategory category, String message, IProgressMonitor monitor) throws CoreException {
		ILog.of(PdfProbeJob.class).log(Status.warning(
				NLS.bind(Messages.PdfProbeJob_logFailure, task.file().getFullPath(), message)));
		DatasheetMarkers.markFailed(task.file(), category, message, monitor);
		task.failed(category, message);
	}
}
