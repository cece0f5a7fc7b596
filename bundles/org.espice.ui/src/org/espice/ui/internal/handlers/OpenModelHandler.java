package org.espice.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.ui.internal.views.BatchView;

/** "Open Model": the model file of the datasheet selected in the SPICE Batch view; enabled when it has one. */
public final class OpenModelHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		DatasheetItem item = selected(HandlerUtil.getCurrentSelection(event));
		if (item != null) {
			BatchView.openModel(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), item);
		}
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		Object selection = evaluationContext instanceof IEvaluationContext context
				? context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME)
				: null;
		DatasheetItem item = selected(selection);
		setBaseEnabled(item != null && BatchView.modelOf(item).isPresent());
	}

	private static DatasheetItem selected(Object selection) {
		return selection instanceof IStructuredSelection s && s.size() == 1
				&& s.getFirstElement() instanceof DatasheetItem item ? item : null;
	}
}
