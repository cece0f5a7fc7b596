package org.espice.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.card.ModelCardPage;
import org.espice.core.simulate.DatasheetVerification;
import org.espice.core.simulate.ModelCurves;
import org.espice.core.simulate.ModelVerifier;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.spice.FittedModel;

/** The model card of a model written by {@code espice model --card}: the simulations it needs, then the page. */
final class ModelCards {

	private ModelCards() {
	}

	static String page(FittedModel m, Device dev, ExtractionResult r, Path pdf) {
		Optional<NgspiceRunner> ngspice = NgspiceRunner.find();
		DatasheetVerification v = null;
		List<ModelCurves.Curve> curves = null;
		String why = null;
		if (ngspice.isEmpty()) {
			why = "ngspice not found";
		} else {
			try {
				v = new ModelVerifier(ngspice.get()).verifyDatasheet(dev, r.curves(), m);
			} catch (ProcessingException e) {
				why = "ngspice failed: " + e.getMessage();
			}
			try {
				curves = new ModelCurves(ngspice.get()).simulate(m);
			} catch (ProcessingException e) {
				why = "the curves did not simulate: " + e.getMessage();
			}
		}
		return ModelCardPage.html(new ModelCardPage.Inputs(m, dev, r.curves(), pdf, v, curves, why));
	}
}
