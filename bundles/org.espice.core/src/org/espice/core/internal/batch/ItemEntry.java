package org.espice.core.internal.batch;

import java.nio.file.Path;

import org.espice.core.DeviceKind;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.ItemOutcome;
import org.espice.core.batch.ItemState;
import org.espice.core.batch.ItemTimings;

/** One file in the batch, as the engine tracks it. Fields are guarded by the batch lock, except what {@link ItemRun} updates. */
final class ItemEntry {
	final int index;
	final Path file;
	final long size;
	DeviceKind kind;
	volatile ItemState state = ItemState.QUEUED;
	int attempts;
	boolean retried;
	/** attempts made before the latest user retry: the retry budget counts from here */
	int retryBase;
	long retryAtNanos;
	ItemOutcome outcome = ItemOutcome.NONE;
	ItemTimings timings = ItemTimings.NONE;
	/** The attempt in progress, or null; a run that is no longer this one has been abandoned. */
	volatile ItemRun run;

	ItemEntry(int index, Path file, long size, DeviceKind kind) {
		this.index = index;
		this.file = file;
		this.size = size;
		this.kind = kind;
	}

	String fileName() {
		return file.getFileName().toString();
	}

	BatchItem snapshot() {
		return new BatchItem(index, file, size, kind, state, attempts, retried, outcome, timings);
	}
}
