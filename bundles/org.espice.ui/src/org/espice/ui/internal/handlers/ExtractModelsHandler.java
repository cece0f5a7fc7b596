package org.espice.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.espice.ui.internal.Messages;
import org.espice.ui.internal.jobs.PdfProbeJob;
import org.espice.ui.internal.model.DatasheetTask;
import org.espice.ui.internal.model.ExtractionQueue;
import org.espice.ui.internal.views.BatchView;

/**
 * "Extract SPICE Models...": finds the PDF datasheets in the selection, shows the SPICE Batch view and
 * schedules one job per file. The files are read by the jobs, never here on the UI thread.
 */
public final class ExtractModelsHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.espice.ui.commands.extractModels"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		List<IFile> pdfs = DatasheetCollector.collect(HandlerUtil.getCurrentSelection(event), true);
		if (pdfs.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), Messages.ExtractModelsHandler_noPdfTitle,
					Messages.ExtractModelsHandler_noPdfMessage);
			return null;
		}
		IWorkbenchPage page = window.getActivePage();
		if (page != null) {
			try {
				page.showView(BatchView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				throw new ExecutionException("Cannot open the SPICE Batch view", e); //$NON-NLS-1$
			}
		}
		for (DatasheetTask task : ExtractionQueue.getDefault().submit(pdfs)) {
			new PdfProbeJob(task).schedule();
		}
		return null;
	}
}
