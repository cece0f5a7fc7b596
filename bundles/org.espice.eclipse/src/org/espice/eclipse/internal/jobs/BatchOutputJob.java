package org.espice.eclipse.internal.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.espice.core.batch.BatchExport;
import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchReport;
import org.espice.core.batch.BatchSnapshot;
import org.espice.eclipse.internal.Messages;

/**
 * Writes a batch's ZIP export or its reports next to its journal, then refreshes only the written files so
 * the workspace shows them, and hands the files to {@code written} (called from this job's thread).
 */
public final class BatchOutputJob extends Job {

	public enum Kind {
		ZIP, REPORTS
	}

	private final List<Path> journals;
	private final Kind kind;
	private final Consumer<List<IFile>> written;

	public BatchOutputJob(List<Path> journals, Kind kind, Consumer<List<IFile>> written) {
		super(kind == Kind.ZIP ? Messages.BatchOutputJob_zip : Messages.BatchOutputJob_reports);
		this.journals = List.copyOf(journals);
		this.kind = kind;
		this.written = written;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EspiceJobFamilies.EXTRACTION;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), journals.size() * 2);
		List<IFile> files = new ArrayList<>();
		for (Path journal : journals) {
			try {
				progress.split(1);
				BatchSnapshot snapshot = BatchJournal.read(journal);
				List<Path> paths = new ArrayList<>();
				if (kind == Kind.ZIP) {
					Path zip = journal.resolveSibling(snapshot.id() + ".zip"); //$NON-NLS-1$
					BatchExport.zip(snapshot, zip);
					paths.add(zip);
				} else {
					paths.addAll(BatchReport.of(snapshot).writeAll(journal.getParent()));
				}
				SubMonitor refresh = progress.split(1).setWorkRemaining(paths.size());
				for (Path path : paths) {
					IFile file = workspaceFile(path);
					if (file != null) {
						file.refreshLocal(IResource.DEPTH_ZERO, refresh.split(1));
						files.add(file);
					}
				}
			} catch (IOException e) {
				return Status.error(NLS.bind(Messages.BatchOutputJob_failed, journal, e.getMessage()), e);
			} catch (CoreException e) {
				return e.getStatus();
			}
		}
		written.accept(files);
		return Status.OK_STATUS;
	}

	private static IFile workspaceFile(Path path) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(path.toAbsolutePath().toUri());
		return files.length == 0 ? null : files[0];
	}

	/** The workspace folder holding {@code path}, or null. */
	static IContainer workspaceFolder(Path path) {
		IContainer[] found = ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(path.toAbsolutePath().toUri());
		return found.length == 0 ? null : found[0];
	}
}
