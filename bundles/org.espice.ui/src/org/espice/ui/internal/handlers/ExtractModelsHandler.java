package org.espice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.espice.ui.internal.views.BatchView;
import org.espice.ui.internal.wizards.ExtractModelsWizard;

/**
 * "Extract SPICE Models...": opens the wizard on the selected PDFs, folders or projects (on nothing when the
 * selection is not one of resources, as from the main menu, where the files page offers Add...). Finish
 * schedules the batch and this handler shows the SPICE Batch view; the files are read by jobs, never here.
 */
public final class ExtractModelsHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.espice.ui.commands.extractModels"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		ExtractModelsWizard wizard = new ExtractModelsWizard(
				selection instanceof IStructuredSelection ? selection : StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		if (dialog.open() == WizardDialog.OK && window.getActivePage() != null) {
			try {
				window.getActivePage().showView(BatchView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				throw new ExecutionException("Cannot open the SPICE Batch view", e); //$NON-NLS-1$
			}
		}
		return null;
	}
}
