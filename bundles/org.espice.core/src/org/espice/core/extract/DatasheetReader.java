package org.espice.core.extract;

import java.nio.file.Path;

import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.TaskMonitor;

/**
 * Reads one datasheet PDF into an {@link ExtractionResult}. Per-file problems (not a PDF, encrypted, no text
 * layer, ...) come back as a failed result, never as an exception; only cancellation throws.
 */
public final class DatasheetReader {

	public ExtractionResult read(Path pdf, TaskMonitor monitor) {
		monitor.checkCanceled();
		return ExtractionResult.failed(pdf.getFileName().toString(), 0, FailureCategory.INTERNAL,
				"extraction is not implemented yet");
	}
}
