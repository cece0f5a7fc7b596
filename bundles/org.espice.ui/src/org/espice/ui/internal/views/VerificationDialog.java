package org.espice.ui.internal.views;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.espice.ui.internal.Messages;

/** A non-modal window with datasheet values against ngspice results, one table per part. */
public final class VerificationDialog extends Dialog {

	private final String title;
	private final String text;

	private VerificationDialog(Shell parent, String title, String text) {
		super(parent);
		this.title = title;
		this.text = text;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	public static void show(Shell parent, String title, String text) {
		new VerificationDialog(parent, title, text).open();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.VerificationDialog_title, title));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Text output = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		output.setFont(JFaceResources.getTextFont());
		output.setText(text);
		GridDataFactory.fillDefaults().grab(true, true).hint(1180, 360).applyTo(output);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		close();
	}

	/** The text shown, for tests. */
	public String text() {
		return text;
	}
}
