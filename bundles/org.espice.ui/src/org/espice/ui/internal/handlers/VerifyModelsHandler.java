package org.espice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.espice.eclipse.internal.jobs.VerifyModelsJob;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.workspace.DatasheetCollector;
import org.espice.ui.internal.views.VerificationDialog;

/** "Verify with ngspice" on a datasheet (a PDF file or a row of the SPICE Batch view). */
public final class VerifyModelsHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.espice.ui.commands.verifyModels"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IFile pdf = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && !s.isEmpty()) {
			Object first = s.getFirstElement();
			pdf = first instanceof DatasheetItem item ? item.file() : Adapters.adapt(first, IFile.class);
		}
		if (pdf == null || !DatasheetCollector.isPdf(pdf)) {
			return null;
		}
		String title = pdf.getName();
		Display display = window.getShell().getDisplay();
		new VerifyModelsJob(pdf, report -> display.asyncExec(() -> {
			if (!window.getShell().isDisposed()) {
				VerificationDialog.show(window.getShell(), title, report.text(), report.curves());
			}
		})).schedule();
		return null;
	}
}
