package org.espice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.espice.ui.internal.views.BatchView;
import org.espice.ui.internal.wizards.ExtractModelsWizard;

/** Opens the batch wizard on the selection; Finish schedules the batch job and shows the SPICE Batch view. */
public final class BatchWizardHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.espice.ui.commands.batchWizard"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		ExtractModelsWizard wizard = new ExtractModelsWizard(HandlerUtil.getCurrentSelection(event));
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
