package org.espice.ui.internal.jobs;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
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
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
		try {
			progress.split(1);
			task.running();
			IFile file = task.file();
			IPath location = file.getLocation();
			if (location == null) {
				fail(FailureCategory.IO_ERROR, NLS.bind(Messages.PdfProbeJob_notLocal, file.getFullPath()));
				return Status.OK_STATUS;
			}
			Path path = location.toFile().toPath();
			PdfSummary summary = PdfSummary.read(path);
			progress.split(1);
			task.done(summary);
			return Status.OK_STATUS;
		} catch (ProcessingException e) {
			fail(e.category(), e.getMessage());
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			task.canceled();
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
	}

	private void fail(FailureCategory category, String message) {
		task.failed(category, message);
		ILog.of(PdfProbeJob.class).log(Status.warning(
				NLS.bind(Messages.PdfProbeJob_logFailure, task.file().getFullPath(), message)));
	}
}
