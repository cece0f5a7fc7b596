package org.espice.ui.internal.handlers;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.ui.PlatformUI;
import org.espice.core.batch.BatchState;
import org.espice.eclipse.internal.model.DatasheetItem;
import org.espice.eclipse.internal.model.ExtractionQueue;

/**
 * A handler enabled only while its command can act on the datasheets of the queue (Pause only while a batch
 * runs, Resume only while one is paused, ...). It decides again on the UI thread after every change the queue
 * or a batch reports, coalesced to one pending decision, and the menus and toolbars follow its enablement.
 */
abstract class BatchStateHandler extends AbstractHandler {

	private final ExtractionQueue queue = ExtractionQueue.getDefault();
	private final AtomicBoolean pending = new AtomicBoolean();
	private final ExtractionQueue.Listener listener = new ExtractionQueue.Listener() {
		@Override
		public void changed(DatasheetItem item) {
			reconsider();
		}

		@Override
		public void batchChanged() {
			reconsider();
		}
	};

	BatchStateHandler() {
		queue.addListener(listener);
		setBaseEnabled(canAct(queue.items()));
	}

	/** Whether the command would do something with these items now. */
	abstract boolean canAct(List<DatasheetItem> items);

	/** Decides the enablement again, on the UI thread; any thread. */
	final void reconsider() {
		if (!PlatformUI.isWorkbenchRunning() || !pending.compareAndSet(false, true)) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			pending.set(false);
			boolean enabled = canAct(queue.items());
			if (enabled != isEnabled()) {
				setBaseEnabled(enabled);
				// toolbar buttons re-read their enablement on this request only, not on a handler's change
				IEventBroker events = PlatformUI.getWorkbench().getService(IEventBroker.class);
				if (events != null) {
					events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
				}
			}
		});
	}

	/** Whether a batch that still runs in a job last reported {@code state}, as far as the items know. */
	static boolean anyLiveBatchIn(List<DatasheetItem> items, BatchState state) {
		return items.stream().anyMatch(t -> t.liveBatch() != null && t.batchProgress() != null
				&& t.batchProgress().state() == state);
	}

	@Override
	public void dispose() {
		queue.removeListener(listener);
		super.dispose();
	}
}
