package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Provenance;
import org.espice.core.internal.tables.TableReader.Reading;
import org.junit.jupiter.api.Test;

class PostPassesTest {

	private final List<Reading> readings = new ArrayList<>();
	private final PostPasses post = new PostPasses(DeviceKind.MOSFET_N, readings);

	@Test
	void aConditionCellPrintedOnceHoldsForItsGroup() {
		Map<String, Double> printed = Map.of("VDS", 25.0, "f", 1e6);
		add("CISS", 1.2e-9, printed, 500);
		add("COSS", 3e-10, Map.of(), 512);
		add("CRSS", 5e-11, Map.of(), 524);
		add("QG", 2e-8, Map.of("VGS", 10.0), 560);
		post.sharedConditions(0);
		assertEquals(printed, readings.get(1).parameter().conditions());
		assertEquals(printed, readings.get(2).parameter().conditions());
		assertEquals(Map.of("VGS", 10.0), readings.get(3).parameter().conditions(), "another quantity keeps its own");
	}

	/**
	 * "Qg(10V) 14 / Qg(4.5V) 7 / VGS=-10V, VDS=-15V, ID=-4.0A / Qgs 1.5 / Qgd 2.5" (a p-channel part): the cell
	 * wrapped onto the 4.5 V row holds for the group, and each total charge is measured at its symbol's drive, signed
	 * as the cell signs it.
	 */
	@Test
	void aGateChargeSymbolNamingItsDriveIsMeasuredAtIt() {
		Map<String, Double> cell = Map.of("VGS", -10.0, "VDS", -15.0, "ID", -4.0);
		add("QG", 14e-9, Map.of(), 500, "Qg(10V) Total Gate Charge 14 nC");
		add("QG", 7e-9, cell, 512, "Qg(4.5V) Total Gate Charge 7 nC");
		add("QGS", 1.5e-9, Map.of(), 530, "Qgs Gate Source Charge 1.5 nC");
		add("QGD", 2.5e-9, Map.of(), 542, "Qgd Gate Drain Charge 2.5 nC");
		post.sharedConditions(0);
		assertEquals(cell, readings.get(0).parameter().conditions());
		assertEquals(Map.of("VGS", -4.5, "VDS", -15.0, "ID", -4.0), readings.get(1).parameter().conditions());
		assertEquals(cell, readings.get(2).parameter().conditions());
		assertEquals(cell, readings.get(3).parameter().conditions());
	}

	@Test
	void rowsFarApartShareNothing() {
		add("CISS", 1.2e-9, Map.of("VDS", 25.0), 500);
		add("COSS", 3e-10, Map.of(), 500 + Tolerances.SHARED_CONDITIONS_REACH + 1);
		post.sharedConditions(0);
		assertTrue(readings.get(1).parameter().conditions().isEmpty());
	}

	@Test
	void aLimitStatedInASentenceIsReadWhenNoRowGaveIt() {
		post.statedLimits(List.of(Lines.page(Lines.text(100, "VSD = 1.2 V Max @ IS = 2 A for all types"))));
		assertEquals(1, readings.size());
		Parameter vsd = readings.get(0).parameter();
		assertEquals("VSD", vsd.name());
		assertEquals(1.2, vsd.max());
		assertEquals(Map.of("IS", 2.0), vsd.conditions());
	}

	@Test
	void aStatedLimitNeverCompetesWithATableRow() {
		add("VSD", 1.0, Map.of(), 300);
		post.statedLimits(List.of(Lines.page(Lines.text(100, "VSD = 1.2 V Max @ IS = 2 A for all types"))));
		assertEquals(1, readings.size());
	}

	private void add(String name, double typ, Map<String, Double> conds, double y0) {
		add(name, typ, conds, y0, name);
	}

	private void add(String name, double typ, Map<String, Double> conds, double y0, String row) {
		Provenance at = new Provenance(1, 50, y0, 400, y0 + 10, row);
		readings.add(new Reading(null, new Parameter(name, null, typ, null, typ < 1e-3 ? unitOf(name) : "V", conds, at)));
	}

	private static String unitOf(String name) {
		return name.startsWith("Q") ? "C" : "F";
	}
}
