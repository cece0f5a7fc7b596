package org.espice.core.model;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;

/** Fits a SPICE model for one extracted device. */
public final class ModelBuilder {

	/**
	 * @param device the part's values
	 * @param source the extraction it came from (file name, manufacturer, for the header)
	 * @throws ProcessingException {@code unsupported-device} or {@code fit-failed}, with a message
	 */
	public FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor) throws ProcessingException {
		monitor.checkCanceled();
		throw new ProcessingException(FailureCategory.FIT_FAILED, "fitting is not implemented yet");
	}
}
