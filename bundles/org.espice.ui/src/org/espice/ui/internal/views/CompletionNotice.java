package org.espice.ui.internal.views;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.espice.ui.internal.Messages;

/**
 * A small non-modal notice in the corner of the workbench window when a batch completes, with its counts and
 * a link to the SPICE Batch view. It takes no focus and closes itself after a while.
 */
public final class CompletionNotice extends PopupDialog {

	private static final int SHOW_MILLIS = 10_000;

	private final String text;

	private CompletionNotice(Shell parent, String text) {
		super(parent, PopupDialog.HOVER_SHELLSTYLE, false, false, false, false, false, Messages.CompletionNotice_title,
				null);
		this.text = text;
	}

	/** Shows the notice for a finished batch unless the preference turned notices off; any thread. */
	public static void showLater(int total, int done, int failed, int cancelled, int skipped) {
		if (!EspicePreferences.notifyOnCompletion() || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		String skippedText = skipped == 0 ? "" : NLS.bind(Messages.BatchView_skipped, skipped); //$NON-NLS-1$
		String text = NLS.bind(total == 1 ? Messages.CompletionNotice_textOne : Messages.CompletionNotice_text,
				new Object[] { total, done, failed, cancelled, skippedText });
		display.asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
				window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			}
			if (window != null) {
				CompletionNotice notice = new CompletionNotice(window.getShell(), text);
				notice.open();
				display.timerExec(SHOW_MILLIS, notice::close);
			}
		});
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite body = (Composite) super.createDialogArea(parent);
		body.setLayout(new GridLayout(1, false));
		Label label = new Label(body, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(label);
		Link link = new Link(body, SWT.NONE);
		link.setText(Messages.CompletionNotice_link);
		link.addListener(SWT.Selection, e -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
					: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			if (page != null) {
				try {
					page.showView(BatchView.ID);
				} catch (PartInitException ex) {
					ILog.of(CompletionNotice.class).log(ex.getStatus());
				}
			}
			close();
		});
		return body;
	}

	/** Bottom right of the workbench window. */
	@Override
	protected Point getDefaultLocation(Point initialSize) {
		Rectangle area = getParentShell().getBounds();
		return new Point(area.x + area.width - initialSize.x - 24, area.y + area.height - initialSize.y - 48);
	}

	/** The text the notice shows, for tests. */
	public String text() {
		return text;
	}
}
