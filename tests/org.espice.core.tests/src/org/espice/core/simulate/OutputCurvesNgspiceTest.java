package org.espice.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.fit.OutputCurvesTest;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The card fitted to a MOSFET's output curves (drawn with MTRIODE 3, {@link OutputCurvesTest}) follows them in
 * ngspice: the verifier measures the on-resistance at every third ohmic point of each curve, and ngspice's VDMOS,
 * with the card's MTRIODE, lands where the fit's own equation put it; the table values stay met. The LTspice card
 * follows them as well; the PSpice card's LEVEL=1 stand-in, without MTRIODE, still meets the table's RDS(on).
 */
class OutputCurvesNgspiceTest {

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	/** The drawn part, its plots, the card fitted to them and that card verified in ngspice against them. */
	private record Fitted(Device d, List<Plot> plots, ModelCard card, DatasheetVerification v) {
	}

	private static Fitted fitted;

	/** Fitted and verified once for the tests that read it. */
	private static Fitted fitted() throws ProcessingException {
		if (fitted == null) {
			Device d = OutputCurvesTest.drawnMosfet();
			List<Plot> plots = OutputCurvesTest.drawnPlots();
			ModelCard card = (ModelCard) new ModelBuilder().fit(d,
					new ExtractionResult("x.pdf", 4, null, "ACME", List.of(d), null).withCurves(plots),
					TaskMonitor.NONE);
			fitted = new Fitted(d, plots, card, new ModelVerifier(runner).verifyDatasheet(d, plots, card));
		}
		return fitted;
	}

	@Test
	void ngspiceFollowsTheOhmicCurvesWithTheFittedMtriode() throws ProcessingException {
		Fitted f = fitted();
		Device d = f.d();
		List<Plot> plots = f.plots();
		ModelCard card = f.card();
		assertTrue(card.value("MTRIODE") != null, card.params().toString());
		DatasheetVerification v = f.v();
		assertTrue(v.loaded(), v.errors().toString());
		List<DatasheetVerification.Point> ohmic = v.points().stream()
				.filter(p -> p.curve() && p.row().name().equals("RDS_ON")).toList();
		assertTrue(ohmic.size() >= 6, v.points().toString());
		double worst = ohmic.stream().mapToDouble(p -> Math.abs(p.error())).max().orElseThrow();
		System.out.printf("output curves in ngspice: %d ohmic points, worst on-resistance error %.2f %%%n",
				ohmic.size(), 100 * worst);
		assertTrue(worst < 0.02, "worst " + worst);
		assertTrue(v.points().stream().filter(p -> !p.curve() && p.row().typ() != null)
				.allMatch(p -> Math.abs(p.error()) < 0.02), v.points().toString());
		// LTspice's VDMOS knows MTRIODE too; PSpice's LEVEL=1 stand-in does not, and its RD keeps the table's RDS(on)
		ModelVerifier verifier = new ModelVerifier(runner);
		DatasheetVerification lt = verifier.verifyDatasheetOther(VendorModel.parse(card.render(Dialect.LTSPICE), true),
				card.modelName(), d, plots, card, List.of("set ngbehavior=lt"));
		assertTrue(lt.loaded(), lt.errors().toString());
		assertTrue(ohmicWorst(lt) < 0.02, lt.points().toString());
		DatasheetVerification ps = verifier.verifyDatasheetOther(VendorModel.parse(card.render(Dialect.PSPICE), true),
				card.modelName(), d, plots, card, List.of("set ngbehavior=ps"));
		assertTrue(ps.loaded(), ps.errors().toString());
		DatasheetVerification.Point table = ps.points().stream().filter(p -> !p.curve()
				&& p.row().name().equals("RDS_ON")).findFirst().orElseThrow();
		System.out.printf("PSpice card: table RDS(on) %+.2f %%, ohmic points worst %.1f %%%n", 100 * table.error(),
				100 * ohmicWorst(ps));
		assertEquals(0, table.error(), 0.02, "the table's RDS(on) through the PSpice card");
	}

	@Test
	void ngspiceMeasuresTheSaturatedCurrentAtEachPointsBias() throws ProcessingException {
		// the drawn curves run flat past their knee at the last current the ohmic solution reached, in steps of
		// 0.5 A: the fitted card's saturation current lands within a step of it
		DatasheetVerification v = fitted().v();
		assertTrue(v.loaded(), v.errors().toString());
		List<DatasheetVerification.Point> saturated = v.points().stream()
				.filter(p -> p.curve() && p.row().name().equals("ID")).toList();
		assertTrue(saturated.size() >= 2, v.points().toString());
		for (DatasheetVerification.Point p : saturated) {
			double step = 0.5 / p.row().typ();
			System.out.printf("saturated point VGS %.1f V, VDS %.2f V: curve %.3f A, ngspice %+.2f %%%n",
					p.row().condition("VGS"), p.row().condition("VDS"), p.row().typ(), 100 * p.error());
			assertTrue(p.error() > -0.01 && p.error() < step + 0.01, p.toString());
		}
	}

	private static double ohmicWorst(DatasheetVerification v) {
		return v.points().stream().filter(p -> p.curve() && p.row().name().equals("RDS_ON"))
				.mapToDouble(p -> Math.abs(p.error())).max().orElseThrow();
	}
}
