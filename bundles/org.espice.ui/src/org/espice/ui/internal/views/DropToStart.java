package org.espice.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.part.ResourceTransfer;
import org.espice.eclipse.internal.workspace.ExternalDatasheets;
import org.espice.ui.internal.Messages;
import org.espice.ui.internal.wizards.ExtractModelsWizard;

/**
 * PDFs and folders dropped on the SPICE Batch view open the wizard on them: from the Project Explorer as they
 * are; from the desktop's file manager copied first into a project folder ({@link ExternalDatasheets}), which the
 * wizard names.
 */
final class DropToStart {

	private final Shell shell;

	private DropToStart(Shell shell) {
		this.shell = shell;
	}

	/** Makes {@code controls} take drops of workspace resources and of files. */
	static DropToStart on(Shell shell, Control... controls) {
		DropToStart d = new DropToStart(shell);
		Transfer[] types = { LocalSelectionTransfer.getTransfer(), ResourceTransfer.getInstance(),
				FileTransfer.getInstance() };
		for (Control c : controls) {
			DropTarget target = new DropTarget(c, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
			target.setTransfer(types);
			target.addDropListener(new DropTargetAdapter() {
				@Override
				public void dragEnter(DropTargetEvent e) {
					if (e.detail == DND.DROP_DEFAULT || e.detail == DND.DROP_NONE) {
						e.detail = DND.DROP_COPY;
					}
				}

				@Override
				public void drop(DropTargetEvent e) {
					Object data = e.data;
					if (LocalSelectionTransfer.getTransfer().isSupportedType(e.currentDataType)) {
						data = LocalSelectionTransfer.getTransfer().getSelection();
					}
					d.dropped(data);
				}
			});
		}
		return d;
	}

	/**
	 * Takes what a drop delivered: a selection or array of workspace resources, or file system paths. Paths inside
	 * the workspace count as its resources; the others are copied in first.
	 */
	void dropped(Object data) {
		List<IResource> inside = new ArrayList<>();
		List<Path> outside = new ArrayList<>();
		if (data instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				if (o instanceof IResource r) {
					inside.add(r);
				} else if (o instanceof org.eclipse.core.runtime.IAdaptable a && a.getAdapter(IResource.class) != null) {
					inside.add(a.getAdapter(IResource.class));
				}
			}
		} else if (data instanceof IResource[] resources) {
			inside.addAll(List.of(resources));
		} else if (data instanceof String[] paths) {
			IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
			for (String p : paths) {
				org.eclipse.core.runtime.Path location = new org.eclipse.core.runtime.Path(p);
				IResource r = root.getContainerForLocation(location);
				if (r == null || !r.exists()) {
					r = root.getFileForLocation(location);
				}
				if (r != null && r.exists()) {
					inside.add(r);
				} else {
					outside.add(Path.of(p));
				}
			}
		}
		if (outside.isEmpty()) {
			if (!inside.isEmpty()) {
				openWizard(new StructuredSelection(inside), null);
			}
			return;
		}
		copyThenOpen(inside, outside);
	}

	private void copyThenOpen(List<IResource> inside, List<Path> outside) {
		Display display = shell.getDisplay();
		WorkspaceJob copy = new WorkspaceJob(Messages.Drop_copying) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				try {
					List<Path> pdfs = ExternalDatasheets.pdfs(outside);
					IFolder folder = ExternalDatasheets.target(monitor);
					List<IFile> copies = ExternalDatasheets.copy(pdfs, folder, monitor);
					List<Object> all = new ArrayList<>(inside);
					all.addAll(copies);
					String note = NLS.bind(Messages.Drop_copied, copies.size(), folder.getFullPath().makeRelative());
					display.asyncExec(() -> openWizard(new StructuredSelection(all), note));
					return Status.OK_STATUS;
				} catch (IOException e) {
					return Status.error(NLS.bind(Messages.Drop_failed, e.getMessage()), e);
				}
			}
		};
		copy.setRule(ResourcesPlugin.getWorkspace().getRoot());
		copy.setUser(true);
		copy.schedule();
	}

	private void openWizard(ISelection selection, String note) {
		if (!shell.isDisposed()) {
			new WizardDialog(shell, new ExtractModelsWizard(selection, note)).open();
		}
	}
}
