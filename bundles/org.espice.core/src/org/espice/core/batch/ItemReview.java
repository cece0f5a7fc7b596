package org.espice.core.batch;

import java.util.List;

import org.espice.core.ExtractionResult;
import org.espice.core.spice.FittedModel;

/**
 * A file awaiting review: what was read and what would be written.
 *
 * @param problems one line per part that could not be fitted
 */
public record ItemReview(BatchItem item, ExtractionResult extraction, List<FittedModel> models,
		List<String> problems) {

	public ItemReview {
		models = List.copyOf(models);
		problems = List.copyOf(problems);
	}
}
