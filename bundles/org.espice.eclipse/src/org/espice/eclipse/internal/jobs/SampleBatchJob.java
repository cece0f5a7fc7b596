package org.espice.eclipse.internal.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.espice.eclipse.internal.Messages;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.espice.samples.SampleDatasheets;

/**
 * "Try it on sample datasheets": writes ESpice's embedded sample datasheets (fictional parts, one per device kind)
 * into the {@code datasheets} folder of a new project, then runs a batch over them into its {@code models} folder
 * with the preferences' defaults.
 */
public final class SampleBatchJob extends WorkspaceJob {

	public static final String PROJECT_NAME = "ESpice Samples"; //$NON-NLS-1$
	private IProject project;
	private BatchRunJob batch;

	public SampleBatchJob() {
		super(Messages.SampleBatchJob_name);
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EspiceJobFamilies.EXTRACTION;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, 3);
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IProject p = root.getProject(PROJECT_NAME);
		for (int n = 2; p.exists(); n++) {
			p = root.getProject(PROJECT_NAME + " " + n); //$NON-NLS-1$
		}
		p.create(sub.split(1));
		p.open(sub.split(1));
		IFolder folder = p.getFolder("datasheets"); //$NON-NLS-1$
		folder.create(true, true, null);
		List<Path> written;
		try {
			written = SampleDatasheets.write(folder.getLocation().toFile().toPath());
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.SampleBatchJob_failed, folder.getFullPath(), e.getMessage()), e);
		}
		folder.refreshLocal(IResource.DEPTH_ONE, sub.split(1));
		List<IFile> files = new ArrayList<>();
		for (Path w : written) {
			files.add(folder.getFile(w.getFileName().toString()));
		}
		project = p;
		List<DatasheetItem> items = ExtractionQueue.getDefault().submit(files);
		batch = new BatchRunJob(items, EspicePreferences.batchDefaults(), p.getFolder("models")); //$NON-NLS-1$
		batch.schedule();
		return Status.OK_STATUS;
	}

	/** The project made, once the job ran. */
	public IProject project() {
		return project;
	}

	/** The batch started over the samples, once the job ran. */
	public BatchRunJob batch() {
		return batch;
	}
}
