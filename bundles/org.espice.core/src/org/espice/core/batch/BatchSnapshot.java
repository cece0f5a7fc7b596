package org.espice.core.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * A whole batch at one moment, either from a live {@link Batch} or read back from its journal. This is what
 * reports, exports, the CLI's {@code monitor} and the UI's history are built from.
 *
 * @param id           the batch id (also the journal's file name stem)
 * @param journal      the journal file
 * @param createdMillis when the batch was created (epoch ms)
 * @param state        the last batch state
 * @param message      the reason of a pause, or null
 * @param items        every item, in input order
 * @param stats        running time and memory
 * @param live         whether a process is running the batch right now
 */
public record BatchSnapshot(String id, Path journal, BatchConfig config, long createdMillis, BatchState state,
		String message, List<BatchItem> items, BatchStats stats, boolean live) {

	public BatchSnapshot {
		items = List.copyOf(items);
	}

	public Path outputFolder() {
		return config.outputFolder();
	}

	public long count(String stateId) {
		return items.stream().filter(i -> i.state().id().equals(stateId)).count();
	}
}
