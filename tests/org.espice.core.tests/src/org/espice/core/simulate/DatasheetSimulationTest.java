package org.espice.core.simulate;

import static org.espice.core.fit.Rows.device;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.junit.jupiter.api.Test;

/** How the datasheet points are split into decks, and what a deck that does not finish costs. */
class DatasheetSimulationTest {

	private static final ModelVerifier.Instance DUT = (k, a, b, c) -> ModelVerifier.dut("VDMOS", k, a, b, c, "M");

	private static Device part() {
		return device("K", DeviceKind.MOSFET_N, typ("VGS_TH", 3, "ID", 1e-3),
				typ("QG", 4e-8, "VGS", 10, "VDS", 50, "ID", 8), typ("QG", 9e-8, "VGS", 20, "VDS", 50, "ID", 8));
	}

	/** Answers every measurement a deck prints with 1, as ngspice would print "mK = 1". */
	private static NgspiceRunner.Result answered(String deck) {
		Map<String, Double> values = new java.util.LinkedHashMap<>();
		Matcher m = Pattern.compile("(?m)^(?:let|meas tran) (m\\d+)\\b").matcher(deck);
		while (m.find()) {
			values.put(m.group(1), 1.0);
		}
		return new NgspiceRunner.Result(0, "", values, List.of());
	}

	/** The runner {@code answer}, each deck it is given kept in {@code decks}. */
	private static DatasheetSimulation.Runner recorded(List<String> decks, DatasheetSimulation.Runner answer) {
		return deck -> {
			decks.add(deck);
			return answer.run(deck);
		};
	}

	@Test
	void eachGateChargeTestRunsInADeckOfItsOwn() throws ProcessingException {
		List<String> decks = new ArrayList<>();
		DatasheetVerification v = DatasheetSimulation.run(part(), "M", DatasheetPoints.plan(part(), null), "", DUT,
				recorded(decks, DatasheetSimulationTest::answered));
		assertEquals(3, decks.size(), "one steady deck and one per gate-charge test");
		assertEquals(2, decks.stream().filter(x -> x.contains("\ntran ")).count());
		assertTrue(v.loaded());
	}

	/**
	 * A gate-charge test that does not finish in time costs its own value, named among the errors; the others and
	 * the part's verification stand. A steady deck none of which finishes still fails the part.
	 */
	@Test
	void aTransientTestThatDoesNotFinishCostsOnlyItsOwnValue() throws ProcessingException {
		DatasheetSimulation.Runner slowAt20 = deck -> {
			if (deck.contains("\ntran ") && deck.contains("DC 30.0000")) { // the gate clamp at 1.5 x 20 V
				throw new ProcessingException(FailureCategory.TIMEOUT, "ngspice did not finish within 30 s");
			}
			return answered(deck);
		};
		DatasheetVerification v = DatasheetSimulation.run(part(), "M", DatasheetPoints.plan(part(), null), "", DUT,
				slowAt20);
		assertEquals(1.0, v.points().get(0).value());
		assertEquals(1.0, v.points().get(1).value());
		assertTrue(Double.isNaN(v.points().get(2).value()));
		assertTrue(v.errors().stream().anyMatch(e -> e.contains("did not finish")), v.errors().toString());
		DatasheetSimulation.Runner slowSteady = deck -> {
			if (!deck.contains("\ntran ")) {
				throw new ProcessingException(FailureCategory.TIMEOUT, "ngspice did not finish within 30 s");
			}
			return answered(deck);
		};
		assertThrows(ProcessingException.class, () -> DatasheetSimulation.run(part(), "M",
				DatasheetPoints.plan(part(), null), "", DUT, slowSteady));
	}
	/**
	 * A steady deck that does not finish is run again in halves: the one operating point whose solution hangs (a
	 * vendor's Darlington at a saturation point, its matrix singular) costs its own value, named among the errors,
	 * and the other values and the verification stand.
	 */
	@Test
	void aSteadyPointThatDoesNotFinishCostsOnlyItsOwnValue() throws ProcessingException {
		Device d = fourPoints();
		List<String> decks = new ArrayList<>();
		DatasheetSimulation.Runner hangsAt45 = recorded(decks, deck -> {
			if (deck.contains(" 4.50000")) {
				throw new ProcessingException(FailureCategory.TIMEOUT, "ngspice did not finish within 30 s");
			}
			return answered(deck);
		});
		DatasheetVerification v = DatasheetSimulation.run(d, "M", DatasheetPoints.plan(d, null), "", DUT, hangsAt45);
		assertEquals(4, v.points().size());
		assertEquals(1.0, v.points().get(0).value());
		assertEquals(1.0, v.points().get(1).value());
		assertTrue(Double.isNaN(v.points().get(2).value()));
		assertEquals(1.0, v.points().get(3).value());
		assertTrue(v.loaded());
		assertTrue(v.errors().stream().anyMatch(e -> e.startsWith("RDS_ON") && e.contains("did not finish")),
				v.errors().toString());
		assertTrue(decks.size() <= 5, decks.size() + " decks: the whole, its halves, the hanging half's halves");
	}
	/** Four RDS(on) points of an N-channel MOSFET, one at VGS = 4.5 V. */
	private static Device fourPoints() {
		return device("K", DeviceKind.MOSFET_N, typ("VGS_TH", 3, "ID", 1e-3), typ("RDS_ON", 0.1, "VGS", 10, "ID", 5),
				typ("RDS_ON", 0.15, "VGS", 4.5, "ID", 3), typ("RDS_ON", 0.2, "VGS", 4, "ID", 2));
	}

	/** What ngspice prints when the deck's operating point does not converge: errors, and no value at all. */
	private static NgspiceRunner.Result unconverged() {
		return new NgspiceRunner.Result(0, "", Map.of(),
				List.of("doAnalyses: OP:  Timestep too small; trouble with x2:md3-instance d.x2.d4",
						"Error: RHS \"v(d1)\" invalid"));
	}

	/**
	 * A steady deck whose operating point does not converge at one point (a vendor's subcircuit at VGS = 4.5 V) loses
	 * every value of the deck. Its points run again in halves until the one that fails is alone: that point's value
	 * is missing, named among the errors with ngspice's reason, and the other values and the verification stand.
	 */
	@Test
	void aSteadyPointThatDoesNotConvergeCostsOnlyItsOwnValue() throws ProcessingException {
		Device d = fourPoints();
		List<String> decks = new ArrayList<>();
		DatasheetSimulation.Runner failsAt45 = recorded(decks,
				deck -> deck.contains(" 4.50000") ? unconverged() : answered(deck));
		DatasheetVerification v = DatasheetSimulation.run(d, "M", DatasheetPoints.plan(d, null), "", DUT, failsAt45);
		assertEquals(1.0, v.points().get(0).value());
		assertEquals(1.0, v.points().get(1).value());
		assertTrue(Double.isNaN(v.points().get(2).value()));
		assertEquals(1.0, v.points().get(3).value());
		assertTrue(v.loaded());
		assertTrue(v.errors().stream().anyMatch(e -> e.startsWith("RDS_ON") && e.contains("did not converge")
				&& e.contains("Timestep too small")), v.errors().toString());
		assertTrue(decks.size() <= 5, decks.size() + " decks: the whole, its halves, the failing half's halves");
	}

	/**
	 * A deck of many points that does not converge where each half does (the matrix of all points at once is what
	 * fails) gives every value from its halves; a deck whose values are missing for another reason (a measurement
	 * out of its interval) is not run again; and a model that converges nowhere still fails the part.
	 */
	@Test
	void onlyADeckThatDoesNotConvergeRunsAgain() throws ProcessingException {
		Device d = fourPoints();
		List<String> decks = new ArrayList<>();
		DatasheetSimulation.Runner failsWhole = recorded(decks,
				deck -> deck.split("\n(?:let|meas tran) m").length > 3 ? unconverged() : answered(deck));
		DatasheetVerification v = DatasheetSimulation.run(d, "M", DatasheetPoints.plan(d, null), "", DUT, failsWhole);
		assertTrue(v.points().stream().allMatch(p -> p.value() == 1.0), v.points().toString());
		assertTrue(v.loaded());
		assertEquals(3, decks.size(), "the whole and its two halves");
		decks.clear();
		DatasheetSimulation.Runner outOfInterval = recorded(decks, deck -> new NgspiceRunner.Result(0, "", Map.of(),
				List.of("Error: measure  m1  when(WHEN) : out of interval")));
		v = DatasheetSimulation.run(d, "M", DatasheetPoints.plan(d, null), "", DUT, outOfInterval);
		assertEquals(1, decks.size());
		assertTrue(!v.loaded());
		decks.clear();
		DatasheetSimulation.Runner nowhere = recorded(decks, deck -> unconverged());
		v = DatasheetSimulation.run(d, "M", DatasheetPoints.plan(d, null), "", DUT, nowhere);
		assertTrue(!v.loaded());
		assertTrue(decks.size() <= 1 + DatasheetSimulation.RERUNS, decks.size() + " decks");
	}

	/**
	 * A model that hangs at every steady point costs at most {@link DatasheetSimulation#TIMEOUTS} decks that time out,
	 * not one per point, and fails the part as a deck that does not finish did.
	 */
	@Test
	void aModelThatHangsEverywhereCostsABoundedNumberOfDecks() {
		List<org.espice.core.Parameter> rows = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			rows.add(typ("RDS_ON", 0.1 + 0.01 * i, "VGS", 10, "ID", i));
		}
		Device d = device("K", DeviceKind.MOSFET_N, rows.toArray(org.espice.core.Parameter[]::new));
		List<String> decks = new ArrayList<>();
		DatasheetSimulation.Runner hangs = recorded(decks, deck -> {
			throw new ProcessingException(FailureCategory.TIMEOUT, "ngspice did not finish within 30 s");
		});
		assertThrows(ProcessingException.class,
				() -> DatasheetSimulation.run(d, "M", DatasheetPoints.plan(d, null), "", DUT, hangs));
		assertTrue(decks.size() <= DatasheetSimulation.TIMEOUTS, decks.size() + " decks run");
	}
}
