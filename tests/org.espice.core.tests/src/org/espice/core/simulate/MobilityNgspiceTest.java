package org.espice.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.fit.MobilityTest;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.Test;

/**
 * The card fitted with THETA to a transfer curve drawn up to nearly seven times the part's rating, bending away from
 * the square law ({@link MobilityTest}), follows the whole curve in ngspice. LTspice's and PSpice's cards, which do not
 * carry THETA, keep the table's RDS(on) through their KP.
 */
class MobilityNgspiceTest {

	@Test
	void ngspiceFollowsTheBentTransferCurveAndTheOtherDialectsKeepRdsOn() throws ProcessingException {
		NgspiceRunner runner = Ngspice.required();
		Device d = MobilityTest.bentPart();
		List<Plot> plots = MobilityTest.bentPlots();
		ModelCard card = MobilityTest.bentCard();
		ModelVerifier verifier = new ModelVerifier(runner);
		DatasheetVerification v = verifier.verifyDatasheet(d, plots, card);
		assertTrue(v.loaded(), v.errors().toString());
		// the verifier checks the curve up to twice the rating, as for any model
		List<DatasheetVerification.Point> transfer = v.points().stream()
				.filter(p -> p.curve() && p.row().name().equals("VGS")).toList();
		double worst = transfer.stream().mapToDouble(p -> Math.abs(p.error())).max().orElse(1);
		assertTrue(transfer.size() >= 3, v.points().toString());
		assertTrue(worst < 0.02, transfer.toString());
		// past it, the drawn current at each drawn gate voltage from 8 A up
		double worstPast = 0;
		int past = 0;
		for (Plot.Point p : plots.get(0).series().get(0).points()) {
			if (p.y() >= 8) {
				worstPast = Math.max(worstPast, Math.abs(current(runner, card, p.x()) / p.y() - 1));
				past++;
			}
		}
		System.out.printf("THETA %.4g: transfer curve to twice the rating worst gate voltage %.2f %% (%d points), "
				+ "from 8 to 20 A worst current %.2f %% (%d points)%n", card.value("THETA"), 100 * worst,
				transfer.size(), 100 * worstPast, past);
		assertTrue(past >= 3);
		assertTrue(worstPast < 0.05, "worst current past the rating " + worstPast);
		assertTrue(v.points().stream().filter(p -> !p.curve() && p.row().typ() != null)
				.allMatch(p -> Math.abs(p.error()) < 0.02), v.points().toString());
		for (Dialect dialect : new Dialect[] { Dialect.LTSPICE, Dialect.PSPICE }) {
			String mode = dialect == Dialect.LTSPICE ? "lt" : "ps";
			DatasheetVerification other = verifier.verifyDatasheetOther(VendorModel.parse(card.render(dialect), true),
					card.modelName(), d, plots, card, List.of("set ngbehavior=" + mode));
			assertTrue(other.loaded(), other.errors().toString());
			DatasheetVerification.Point ron = other.points().stream()
					.filter(p -> !p.curve() && p.row().name().equals("RDS_ON")).findFirst().orElseThrow();
			System.out.printf("%s card (no THETA): table RDS(on) %+.2f %%%n", dialect, 100 * ron.error());
			assertEquals(0, ron.error(), 0.02, dialect + ": the table's RDS(on)");
		}
	}

	/** The drain current of the ngspice card at {@code vgs} on the gate, 10 V on the drain. */
	private static double current(NgspiceRunner runner, ModelCard card, double vgs) throws ProcessingException {
		NgspiceRunner.Result r = runner.run("* transfer point\n" + card.render(Dialect.NGSPICE) + "Vg g 0 DC " + vgs
				+ "\nVd d 0 DC 10\n" + ModelVerifier.dut(card.cardType(), 1, "d", "g", "0", card.modelName())
				+ "\n.control\nop\nlet id = -i(Vd)\nprint id\n.endc\n.end\n", List.of());
		assertTrue(r.clean(), r.errors().toString());
		return r.values().get("id");
	}
}
