package org.espice.core.simulate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.fit.OutputSaturationTest;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.Test;

/**
 * The card fitted with LAMBDA to a channel drawn with a saturation current rising 2 % per volt
 * ({@link OutputSaturationTest}) follows it in ngspice: the transfer curve's points, tested with the drain held at the
 * curve's 10 V (the gate driven on the drain's error), its output curves' saturated currents from 1 to 5 V, and the
 * threshold row, tested with the drain tied to the gate.
 */
class DrainSlopeNgspiceTest {

	@Test
	void ngspiceFollowsTheTransferAndOutputCurvesAtTheirDrainVoltages() throws ProcessingException {
		NgspiceRunner runner = Ngspice.required();
		Device d = OutputSaturationTest.slopedMosfet();
		List<Plot> plots = OutputSaturationTest.slopedPlots();
		ModelCard card = (ModelCard) new ModelBuilder().fit(d,
				new ExtractionResult("x.pdf", 3, null, "ACME", List.of(d), null).withCurves(plots), TaskMonitor.NONE);
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(d, plots, card);
		assertTrue(v.loaded(), v.errors().toString());
		List<DatasheetVerification.Point> transfer = points(v, "VGS");
		List<DatasheetVerification.Point> saturated = points(v, "ID");
		assertTrue(transfer.size() >= 3, transfer.toString());
		assertTrue(transfer.stream().allMatch(p -> Double.valueOf(10).equals(p.row().condition("VDS"))),
				transfer.toString());
		assertTrue(saturated.size() >= 6, v.points().toString());
		double gate = worst(transfer);
		double current = worst(saturated);
		System.out.printf("LAMBDA %.4g: transfer curve at 10 V worst %.2f %% (%d points), saturated output "
				+ "points worst %.2f %% (%d)%n", card.value("LAMBDA"), 100 * gate, transfer.size(), 100 * current,
				saturated.size());
		assertTrue(gate < 0.02, transfer.toString());
		assertTrue(current < 0.05, saturated.toString());
		assertTrue(v.points().stream().filter(p -> !p.curve() && p.row().typ() != null)
				.allMatch(p -> Math.abs(p.error()) < 0.02), v.points().toString());
	}

	private static List<DatasheetVerification.Point> points(DatasheetVerification v, String name) {
		return v.points().stream().filter(p -> p.curve() && p.row().name().equals(name)).toList();
	}

	private static double worst(List<DatasheetVerification.Point> pts) {
		return pts.stream().mapToDouble(p -> Math.abs(p.error())).max().orElse(1);
	}
}
