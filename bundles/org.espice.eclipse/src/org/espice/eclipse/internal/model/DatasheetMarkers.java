package org.espice.eclipse.internal.model;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.espice.core.FailureCategory;

/**
 * Problem markers on datasheets that could not be processed, so failures show in the Problems view on the
 * PDF. Each call takes only the marker rule of that one file, for as long as the marker change takes.
 */
public final class DatasheetMarkers {

	/** The marker type (a problem marker) declared in plugin.xml. */
	public static final String TYPE = "org.espice.ui.datasheetProblem"; //$NON-NLS-1$
	/** Marker attribute holding the {@link FailureCategory#id()}. */
	public static final String CATEGORY = "org.espice.ui.failureCategory"; //$NON-NLS-1$

	private DatasheetMarkers() {
	}

	/** Replaces the file's ESpice markers with one error saying why it failed. */
	public static void markFailed(IFile file, FailureCategory category, String message, IProgressMonitor monitor)
			throws CoreException {
		if (!file.exists()) {
			return;
		}
		run(file, m -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			IMarker marker = file.createMarker(TYPE);
			marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
			marker.setAttribute(IMarker.MESSAGE, message + " [" + category.id() + "]"); //$NON-NLS-1$ //$NON-NLS-2$
			marker.setAttribute(CATEGORY, category.id());
			marker.setAttribute(IMarker.LOCATION, file.getFullPath().toString());
		}, monitor);
	}

	/** Removes the file's ESpice markers, e.g. after a successful retry. */
	public static void clear(IFile file, IProgressMonitor monitor) throws CoreException {
		if (!file.exists() || file.findMarkers(TYPE, false, IResource.DEPTH_ZERO).length == 0) {
			return;
		}
		run(file, m -> file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO), monitor);
	}

	private static void run(IFile file, org.eclipse.core.resources.IWorkspaceRunnable action,
			IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		ISchedulingRule rule = workspace.getRuleFactory().markerRule(file);
		workspace.run(action, rule, IWorkspace.AVOID_UPDATE, monitor);
	}
}
