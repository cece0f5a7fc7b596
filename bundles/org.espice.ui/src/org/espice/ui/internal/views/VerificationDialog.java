package org.espice.ui.internal.views;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.espice.core.simulate.ModelCurves;
import org.espice.ui.internal.Messages;

/**
 * A non-modal window with datasheet values against ngspice results: a plot of each characteristic curve with its
 * datasheet points, then the residual table per part.
 */
public final class VerificationDialog extends Dialog {

	private final String title;
	private final String text;
	private final List<ModelCurves.Curve> curves;
	private CurvePlot plot;

	private VerificationDialog(Shell parent, String title, String text, List<ModelCurves.Curve> curves) {
		super(parent);
		this.title = title;
		this.text = text;
		this.curves = List.copyOf(curves);
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	public static void show(Shell parent, String title, String text, List<ModelCurves.Curve> curves) {
		new VerificationDialog(parent, title, text, curves).open();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.VerificationDialog_title, title));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		if (!curves.isEmpty()) {
			// the curves first: the model's characteristic against the datasheet points, one curve at a time
			Combo choice = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
			choice.setItems(curves.stream().map(ModelCurves.Curve::title).toArray(String[]::new));
			choice.select(0);
			plot = new CurvePlot(area, SWT.BORDER);
			plot.setCurve(curves.get(0));
			GridDataFactory.fillDefaults().grab(true, true).hint(1180, 420).applyTo(plot);
			choice.addListener(SWT.Selection, e -> plot.setCurve(curves.get(choice.getSelectionIndex())));
		}
		Text output = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		output.setFont(JFaceResources.getTextFont());
		output.setText(text);
		GridDataFactory.fillDefaults().grab(true, true).hint(1180, curves.isEmpty() ? 360 : 200).applyTo(output);
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

	/** The curves offered, for tests. */
	public List<ModelCurves.Curve> curves() {
		return curves;
	}

	/** The text shown, for tests. */
	public String text() {
		return text;
	}
}
