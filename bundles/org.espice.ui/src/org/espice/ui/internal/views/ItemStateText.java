package org.espice.ui.internal.views;

import org.espice.core.batch.ItemState;
import org.espice.ui.internal.Messages;

/** The word users see for each of the engine's item states. */
public final class ItemStateText {

	private ItemStateText() {
	}

	public static String of(ItemState state) {
		// Java 17: no pattern switch over the sealed states yet
		if (state instanceof ItemState.Queued) {
			return Messages.ItemState_queued;
		} else if (state instanceof ItemState.Running) {
			return Messages.ItemState_running;
		} else if (state instanceof ItemState.AwaitingReview) {
			return Messages.ItemState_awaitingReview;
		} else if (state instanceof ItemState.Done) {
			return Messages.ItemState_done;
		} else if (state instanceof ItemState.Failed) {
			return Messages.ItemState_failed;
		} else if (state instanceof ItemState.Cancelled) {
			return Messages.ItemState_cancelled;
		}
		return Messages.ItemState_skipped;
	}
}
