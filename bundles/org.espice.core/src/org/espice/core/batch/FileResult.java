package org.espice.core.batch;

import java.util.List;

import org.espice.core.ExtractionResult;
import org.espice.core.spice.FittedModel;

/**
 * What reading one datasheet and fitting its parts produced, wherever it ran (a thread of the batch, or a worker
 * process).
 *
 * @param extraction what was read, or why the file could not be read
 * @param models     a model per part that could be fitted, in datasheet order
 * @param failures   the parts that could not be fitted, and why
 * @param readMillis time spent reading
 * @param fitMillis  time spent fitting
 */
public record FileResult(ExtractionResult extraction, List<FittedModel> models, List<PartFailure> failures,
		long readMillis, long fitMillis) {

	public FileResult {
		models = List.copyOf(models);
		failures = List.copyOf(failures);
	}

	/** A file that could not be read at all. */
	public static FileResult unread(ExtractionResult failed, long readMillis) {
		return new FileResult(failed, List.of(), List.of(), readMillis, 0);
	}
}
