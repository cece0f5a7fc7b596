package org.espice.core.batch;

import java.nio.file.Path;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.extract.DatasheetReader;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.FittedModel;

/**
 * The per-file work the engine drives: read a datasheet, fit a model per part. The engine validates inputs,
 * writes files and handles timeouts, retries and cancellation around it. Implementations must be thread-safe
 * and should call {@link TaskMonitor#checkCanceled()} often (between pages, between fitting iterations).
 */
public interface FileWork {

	/** Reads the datasheet. Per-file problems come back as a failed result; cancellation throws. */
	ExtractionResult read(Path pdf, TaskMonitor monitor);

	/** Fits one part. */
	FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor) throws ProcessingException;

	/** The real work: {@link DatasheetReader} then {@link ModelBuilder}. */
	static FileWork standard() {
		return new FileWork() {
			private final DatasheetReader reader = new DatasheetReader();
			private final ModelBuilder builder = new ModelBuilder();

			@Override
			public ExtractionResult read(Path pdf, TaskMonitor monitor) {
				return reader.read(pdf, monitor);
			}

			@Override
			public FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor)
					throws ProcessingException {
				return builder.fit(device, source, monitor);
			}
		};
	}
}
