package org.espice.ui.internal.handlers;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.espice.eclipse.internal.jobs.BatchOutputJob;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.ui.internal.Messages;

/**
 * "Export ZIP" and "Open Report": for the batches of the items selected in the SPICE Batch view (all batches
 * shown when none is selected) a job writes the files; reports are then opened in an editor. Enabled once a
 * datasheet has run in a batch.
 */
public final class BatchOutputHandler extends BatchStateHandler {

	public static final String EXPORT_ZIP_ID = "org.espice.ui.commands.exportZip"; //$NON-NLS-1$
	public static final String OPEN_REPORT_ID = "org.espice.ui.commands.openReport"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		List<Path> journals = journals(HandlerUtil.getCurrentSelection(event));
		if (journals.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), Messages.BatchWizard_title, Messages.BatchOutput_none);
			return null;
		}
		boolean zip = EXPORT_ZIP_ID.equals(event.getCommand().getId());
		Display display = window.getShell().getDisplay();
		new BatchOutputJob(journals, zip ? BatchOutputJob.Kind.ZIP : BatchOutputJob.Kind.REPORTS, files -> {
			if (!zip) {
				display.asyncExec(() -> openMarkdown(window, files));
			}
		}).schedule();
		return null;
	}

	@Override
	boolean canAct(List<DatasheetItem> items) {
		return items.stream().anyMatch(t -> t.journal() != null);
	}

	private static List<Path> journals(ISelection selection) {
		List<?> chosen = selection instanceof IStructuredSelection s && !s.isEmpty()
				&& s.getFirstElement() instanceof DatasheetItem ? s.toList() : ExtractionQueue.getDefault().items();
		Set<Path> journals = new LinkedHashSet<>();
		for (Object o : chosen) {
			if (o instanceof DatasheetItem item && item.journal() != null) {
				journals.add(item.journal());
			}
		}
		return journals.stream().filter(Objects::nonNull).toList();
	}

	private static void openMarkdown(IWorkbenchWindow window, List<IFile> files) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return;
		}
		for (IFile file : files) {
			if ("md".equals(file.getFileExtension())) { //$NON-NLS-1$
				try {
					IDE.openEditor(page, file);
				} catch (PartInitException e) {
					org.eclipse.core.runtime.ILog.of(BatchOutputHandler.class).log(e.getStatus());
				}
			}
		}
	}
}
