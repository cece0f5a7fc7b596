package org.espice.ui.internal.views;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.espice.core.Parameter;
import org.espice.eclipse.internal.jobs.ValueOnPageJob;
import org.espice.ui.internal.Messages;

/**
 * "Show in Datasheet": the page a value was read from, rendered by a job, its row outlined, scrolled to it. Zoom
 * in and out, and step to the previous or next value of the datasheet. Not modal: the review goes on beside it.
 */
public final class DatasheetPageDialog extends Dialog {

	private static final double[] ZOOMS = { 0.75, 1, 1.5, 2, 3, 4 };

	private final Path pdf;
	private final List<Parameter> values;
	private int index;
	private int zoom = 2;
	private Label heading;
	private ScrolledComposite scroller;
	private Label page;
	private Image image;
	private ValueOnPageJob.Result shown;

	/**
	 * @param values the datasheet's values in the order the details list them
	 * @param index  the one to show first
	 */
	public DatasheetPageDialog(Shell parent, Path pdf, List<Parameter> values, int index) {
		super(parent);
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MAX | SWT.MODELESS);
		setBlockOnOpen(false);
		this.pdf = pdf;
		this.values = List.copyOf(values);
		this.index = Math.max(0, Math.min(index, values.size() - 1));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.PageDialog_title, pdf.getFileName()));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(900, 800);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		heading = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		scroller = new ScrolledComposite(area, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		page = new Label(scroller, SWT.NONE);
		scroller.setContent(page);
		area.addDisposeListener(e -> disposeImage());
		show();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		button(parent, Messages.PageDialog_previous, () -> step(-1));
		button(parent, Messages.PageDialog_next, () -> step(1));
		button(parent, Messages.PageDialog_zoomOut, () -> zoomBy(-1));
		button(parent, Messages.PageDialog_zoomIn, () -> zoomBy(1));
		button(parent, Messages.PageDialog_openInViewer, this::openInViewer);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	private void button(Composite parent, String label, Runnable action) {
		((GridLayout) parent.getLayout()).numColumns++;
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		b.addListener(SWT.Selection, e -> action.run());
		setButtonLayoutData(b);
	}

	/** Opens the datasheet in the desktop's PDF viewer, at the value's page where the viewer takes a page. */
	public void openInViewer() {
		int at = value().source().page();
		try {
			boolean atPage = SystemViewer.open(pdf, at);
			heading.setText(atPage ? NLS.bind(Messages.PageDialog_openedAtPage, at)
					: NLS.bind(Messages.PageDialog_openedFirstPage, at));
		} catch (java.io.IOException e) {
			heading.setText(NLS.bind(Messages.PageDialog_openFailed, e.getMessage()));
		}
		heading.getParent().layout();
	}

	/** The heading line above the page: the value and its row, or what happened. */
	public String headingText() {
		return heading.getText();
	}

	/** Moves to the previous ({@code -1}) or next ({@code 1}) value of the datasheet. */
	public void step(int by) {
		index = Math.floorMod(index + by, values.size());
		show();
	}

	/** One zoom step in ({@code 1}) or out ({@code -1}). */
	public void zoomBy(int by) {
		zoom = Math.max(0, Math.min(ZOOMS.length - 1, zoom + by));
		show();
	}

	/** The value shown. */
	public Parameter value() {
		return values.get(index);
	}

	/** What the last render produced, or null while it runs. */
	public ValueOnPageJob.Result shown() {
		return shown;
	}

	/** The page image shown, or null. */
	public Image image() {
		return image;
	}

	private void show() {
		Parameter p = value();
		shown = null;
		heading.setText(NLS.bind(Messages.PageDialog_heading, new Object[] { p.name(), p.source().page(),
				p.source().rowText() == null ? "" : p.source().rowText() })); //$NON-NLS-1$
		heading.getParent().layout();
		double z = ZOOMS[zoom];
		new ValueOnPageJob(pdf, p.source(), z, r -> {
			if (!heading.isDisposed()) {
				heading.getDisplay().asyncExec(() -> take(r));
			}
		}).schedule();
	}

	/** Shows a render on the UI thread, unless the user has moved on to another value or zoom meanwhile. */
	private void take(ValueOnPageJob.Result r) {
		if (page.isDisposed() || r.where() != value().source() || r.zoom() != ZOOMS[zoom]) {
			return;
		}
		if (r.png() == null) {
			heading.setText(r.problem());
			return;
		}
		disposeImage();
		image = new Image(page.getDisplay(), new ByteArrayInputStream(r.png()));
		page.setImage(image);
		page.setSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		if (r.box() != null) {
			Point view = scroller.getSize();
			scroller.setOrigin(Math.max(0, r.box().x + r.box().width / 2 - view.x / 2),
					Math.max(0, r.box().y + r.box().height / 2 - view.y / 2));
		}
		shown = r;
	}

	private void disposeImage() {
		if (image != null && !image.isDisposed()) {
			image.dispose();
		}
		image = null;
	}
}
