package org.espice.ui.internal.views;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchProgress;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.ItemState;
import org.espice.ui.internal.Messages;
import org.espice.eclipse.internal.model.DatasheetItem;

/**
 * The summary line of the SPICE Batch view: the files counted by the engine's item states, and the throughput
 * and time left as the engine reports them for the batches the files ran in.
 */
final class BatchSummary {

	private BatchSummary() {
	}

	static String text(List<DatasheetItem> datasheets) {
		if (datasheets.isEmpty()) {
			return Messages.BatchView_summaryIdle;
		}
		// one engine report per batch; every datasheet of a batch holds the same latest one
		Map<Batch, BatchProgress> batches = new IdentityHashMap<>();
		BatchProgress lastReported = null;
		for (DatasheetItem t : datasheets) {
			if (t.lastBatch() != null && t.batchProgress() != null) {
				batches.put(t.lastBatch(), t.batchProgress());
				lastReported = t.batchProgress();
			}
		}
		List<BatchProgress> live = batches.values().stream().filter(BatchSummary::isLive).toList();
		// live batches run side by side: their paces add up and the slowest decides when all are through;
		// once all ended, the pace of the last batch in the list stays on show
		double perMinute = live.isEmpty() ? lastReported == null ? 0 : lastReported.filesPerMinute()
				: live.stream().mapToDouble(BatchProgress::filesPerMinute).sum();
		Duration left = live.stream().map(BatchProgress::eta).filter(Objects::nonNull).max(Duration::compareTo)
				.orElse(null);
		String eta = ""; //$NON-NLS-1$
		if (left != null && datasheets.stream().anyMatch(t -> !t.state().isFinal())) {
			long seconds = left.toSeconds();
			eta = NLS.bind(Messages.BatchView_eta, String.format("%d:%02d", seconds / 60, seconds % 60)); //$NON-NLS-1$
		}
		long skipped = count(datasheets, ItemState.Skipped.class::isInstance);
		String skippedText = skipped == 0 ? "" : NLS.bind(Messages.BatchView_skipped, skipped); //$NON-NLS-1$
		Object[] values = { datasheets.size(), count(datasheets, ItemState.Done.class::isInstance),
				count(datasheets, ItemState.Failed.class::isInstance), count(datasheets, ItemState.Cancelled.class::isInstance),
				count(datasheets, ItemState.Running.class::isInstance), count(datasheets, ItemState.Queued.class::isInstance),
				String.format("%.1f", perMinute), eta, //$NON-NLS-1$
				count(datasheets, ItemState.AwaitingReview.class::isInstance), skippedText };
		return NLS.bind(Messages.BatchView_summary, values);
	}

	private static boolean isLive(BatchProgress progress) {
		return progress.state() != BatchState.FINISHED && progress.state() != BatchState.CANCELLED;
	}

	private static long count(List<DatasheetItem> datasheets, Predicate<ItemState> state) {
		return datasheets.stream().filter(t -> state.test(t.state())).count();
	}
}
