package org.espice.eclipse.internal.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.espice.core.batch.DatasheetFiles;

/**
 * PDFs dropped from outside the workspace (the desktop's file manager): copied into a {@code datasheets} folder of
 * a project, so the batch reads and writes inside the workspace as always. The project is the first open one, or a
 * new {@code ESpice Datasheets} project when none is open. Dropped folders give their PDFs (top level only).
 */
public final class ExternalDatasheets {

	public static final String PROJECT_NAME = "ESpice Datasheets"; //$NON-NLS-1$
	public static final String FOLDER_NAME = "datasheets"; //$NON-NLS-1$

	private ExternalDatasheets() {
	}

	/** The folder the copies go to; the project is created and opened when there is no open one. */
	public static IFolder target(IProgressMonitor monitor) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IProject project = java.util.Arrays.stream(root.getProjects()).filter(IProject::isOpen)
				.min(Comparator.comparing(IProject::getName)).orElse(null);
		if (project == null) {
			project = root.getProject(PROJECT_NAME);
			if (!project.exists()) {
				project.create(monitor);
			}
			project.open(monitor);
		}
		IFolder folder = project.getFolder(FOLDER_NAME);
		if (!folder.exists()) {
			folder.create(true, true, monitor);
		}
		return folder;
	}

	/** The PDFs among {@code paths} (files, and the PDFs directly inside folders), sorted by name per folder. */
	public static List<Path> pdfs(List<Path> paths) throws IOException {
		List<Path> out = new ArrayList<>();
		for (Path p : paths) {
			if (Files.isDirectory(p)) {
				out.addAll(DatasheetFiles.in(p, false));
			} else if (Files.isRegularFile(p) && DatasheetFiles.isPdfName(p.getFileName().toString())) {
				out.add(p);
			}
		}
		return out;
	}

	/** Copies {@code pdfs} into {@code folder}; a name taken already gets {@code -2}, {@code -3}, ... */
	public static List<IFile> copy(List<Path> pdfs, IFolder folder, IProgressMonitor monitor)
			throws CoreException, IOException {
		List<IFile> out = new ArrayList<>();
		for (Path pdf : pdfs) {
			String name = pdf.getFileName().toString();
			String stem = name.replaceFirst("(?i)\\.pdf$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			IFile target = folder.getFile(name);
			for (int n = 2; target.exists(); n++) {
				target = folder.getFile(stem + "-" + n + ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			try (InputStream in = Files.newInputStream(pdf)) {
				target.create(in, IResource.FORCE, monitor);
			}
			out.add(target);
		}
		return out;
	}
}
