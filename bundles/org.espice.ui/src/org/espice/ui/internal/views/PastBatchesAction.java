package org.espice.ui.internal.views;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.espice.eclipse.internal.jobs.HistoryJob;
import org.espice.eclipse.internal.model.BatchHistory;
import org.espice.eclipse.internal.model.ExtractionQueue;
import org.espice.ui.internal.Messages;

/**
 * The past batches of the workspace in a drop-down of the view's toolbar, as the JUnit and Search views keep their
 * history: each names its batch, when it started, its state, its counts and output folder; choosing one shows its
 * files again (its journal is read by a job).
 */
final class PastBatchesAction extends Action implements IMenuCreator {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());
	private Menu menu;

	PastBatchesAction() {
		super(Messages.PastBatches_label, IAction.AS_DROP_DOWN_MENU);
		setToolTipText(Messages.PastBatches_tooltip);
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_TOOL_BACK));
		setMenuCreator(this);
		new HistoryJob().schedule();
	}

	/** The entries the drop-down lists, newest first. */
	static List<BatchHistory.Entry> entries() {
		return BatchHistory.getDefault().entries();
	}

	static String label(BatchHistory.Entry e) {
		return NLS.bind(Messages.PastBatches_entry, new Object[] { TIME.format(Instant.ofEpochMilli(e.createdMillis())),
				e.state(), e.done() + " / " + e.failed() + " / " + e.total(), //$NON-NLS-1$ //$NON-NLS-2$
				e.output().getFullPath().makeRelative().toString(), e.id() });
	}

	/** Shows the files of a past batch again. */
	static void restore(BatchHistory.Entry entry) {
		// reading the journal is file I/O: a job does it, the queue's listeners show the files
		Job restore = Job.create(Messages.BatchView_restoring, monitor -> {
			try {
				BatchHistory.restore(entry);
			} catch (IOException ex) {
				ILog.of(PastBatchesAction.class).log(Status.error(ex.getMessage(), ex));
			}
		});
		restore.setSystem(true);
		restore.schedule();
	}

	/**
	 * Shows the newest past batch written to {@code output} once the history lists it, if the view still shows no
	 * batch then: what the view showed before a restart comes back.
	 */
	static void restoreWhenListed(String output) {
		BatchHistory history = BatchHistory.getDefault();
		AtomicBoolean done = new AtomicBoolean();
		Runnable[] listener = new Runnable[1];
		listener[0] = () -> {
			BatchHistory.Entry entry = history.entries().stream()
					.filter(e -> e.output().getFullPath().toString().equals(output)).findFirst().orElse(null);
			if (entry != null && done.compareAndSet(false, true)) {
				history.removeListener(listener[0]);
				if (ExtractionQueue.getDefault().items().isEmpty()) {
					restore(entry);
				}
			}
		};
		history.addListener(listener[0]);
		listener[0].run();
		new HistoryJob().schedule();
	}

	@Override
	public void run() {
		// the button itself opens the newest past batch; its arrow lists them all
		List<BatchHistory.Entry> all = entries();
		if (!all.isEmpty()) {
			restore(all.get(0));
		}
	}

	@Override
	public Menu getMenu(Control parent) {
		dispose();
		menu = new Menu(parent);
		fill(menu);
		return menu;
	}

	@Override
	public Menu getMenu(Menu parent) {
		return null;
	}

	private static void fill(Menu menu) {
		List<BatchHistory.Entry> all = entries();
		if (all.isEmpty()) {
			MenuItem none = new MenuItem(menu, SWT.PUSH);
			none.setText(Messages.PastBatches_none);
			none.setEnabled(false);
			return;
		}
		for (BatchHistory.Entry e : all) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(label(e));
			item.addListener(SWT.Selection, ev -> restore(e));
		}
	}

	@Override
	public void dispose() {
		if (menu != null && !menu.isDisposed()) {
			menu.dispose();
		}
		menu = null;
	}
}
