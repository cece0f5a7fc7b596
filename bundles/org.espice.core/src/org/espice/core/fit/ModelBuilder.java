package org.espice.core.fit;

import java.util.concurrent.CancellationException;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.WorkStep;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.SpiceText;

/** Fits a SPICE model for one extracted device. */
public final class ModelBuilder {

	/**
	 * @param device the part's values
	 * @param source the extraction it came from (file name, manufacturer, for the header), may be null
	 * @throws ProcessingException {@code unsupported-device}, {@code extraction-incomplete} (naming the missing
	 *                             values) or {@code fit-failed}, with a message
	 */
	public FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor) throws ProcessingException {
		monitor.checkCanceled();
		monitor.progress(WorkStep.FITTING, 0);
		String name = SpiceText.identifier(device.part());
		DeviceCurves curves = DeviceCurves.of(device, source == null ? null : source.curves());
		ModelCard card;
		try {
			card = switch (device.kind()) {
			case DIODE, RECTIFIER, SCHOTTKY, ZENER -> DiodeFitter.fit(device, name, curves, monitor);
			case MOSFET_N, MOSFET_P, GAN_FET -> VdmosFitter.fit(device, name, curves, monitor);
			case BJT_NPN, BJT_PNP -> BjtFitter.fit(device, name, curves, monitor);
			case JFET_N, JFET_P -> JfetFitter.fit(device, name, curves, monitor);
			case IGBT -> IgbtFitter.fit(device, name, curves, monitor);
			case OTHER -> throw new ProcessingException(FailureCategory.UNSUPPORTED_DEVICE, "No SPICE model kind for "
					+ device.part() + ": its device kind is 'other'");
			};
		} catch (ProcessingException | CancellationException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new ProcessingException(FailureCategory.FIT_FAILED,
					"Fitting " + device.part() + " failed: " + e.getMessage(), e);
		}
		if (source != null) {
			card.source(source.manufacturer(), source.file());
		}
		card.aliases(device.aliases());
		monitor.progress(WorkStep.FITTING, 1);
		return card;
	}

}
