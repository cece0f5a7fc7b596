package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StatisticMarkTest {

	private static String mark(String line) {
		return StatisticMark.of(Lines.tokens(Lines.text(100, line)), 0);
	}

	@Test
	void aStatisticGluedToTheSymbolOrBracketedBesideItIsTheMark() {
		assertEquals("max", mark("RDS(on)max 29 mΩ"));
		assertEquals("max", mark("RDS(on),max VGS=10 V 3 Ω"));
		assertEquals("max", mark("VF(max) 0.53 V"));
		assertEquals("typ", mark("C (typ) 7 pF"));
		assertEquals("min", mark("hFE(min.) 100"));
	}

	@Test
	void aStatisticInATestConditionOrNoneAtAllIsNoMark() {
		assertNull(mark("gfs VDS > ID(on) x RDS(on)max 4.9 S"));
		assertNull(mark("RDS(on) VGS = 10 V 0.8"));
		assertNull(mark("Vmax 30 V"), "a symbol that ends in a word, not a statistic after its subscript");
	}

	@Test
	void aLoneValueMovesToTheMarkAndSeveralStayInTheirColumns() {
		ValueColumns.Values lone = new ValueColumns.Values(null, 0.029, null, Map.of());
		assertEquals(0.029, StatisticMark.applied(lone, "max").max());
		assertNull(StatisticMark.applied(lone, "max").typ());
		ValueColumns.Values two = new ValueColumns.Values(null, 0.022, 0.029, Map.of());
		assertEquals(two, StatisticMark.applied(two, "max"));
		assertEquals(lone, StatisticMark.applied(lone, null));
	}

	@Test
	void aDescriptionThatOpensWithItsStatisticIsTheMark() {
		assertEquals("max", StatisticMark.described("Maximum Instantaneous Forward Voltage (Note 2) vF V"));
		assertEquals("typ", StatisticMark.described("Typical Junction Capacitance (Note 1) CJ 15 pF"));
		assertEquals("min", StatisticMark.described("Minimum Breakdown Voltage V(BR) 100 V"));
		assertNull(StatisticMark.described("Forward Voltage at maximum current VF 1.1 V"), "only the first word counts");
		assertNull(StatisticMark.described("Maximum 30 V"), "a word of its own, no description");
	}
}
