package org.espice.core.batch;

import java.nio.file.Path;

import org.espice.core.DeviceKind;

/**
 * A snapshot of one file of a batch. The engine hands out new snapshots on every change.
 *
 * @param index        position in the batch, stable for its whole life (the input order)
 * @param file         the input PDF
 * @param size         its size in bytes when added
 * @param kindOverride the device kind forced on this file, or null (the batch's override applies)
 * @param state        where the file stands
 * @param attempts     attempts started so far (0 while never run)
 * @param retried      whether the file failed once and was run again (automatically or by a user retry)
 * @param outcome      what the last attempt produced
 * @param timings      how long the last attempt took
 */
public record BatchItem(int index, Path file, long size, DeviceKind kindOverride, ItemState state, int attempts,
		boolean retried, ItemOutcome outcome, ItemTimings timings) {

	public String fileName() {
		return file.getFileName().toString();
	}
}
