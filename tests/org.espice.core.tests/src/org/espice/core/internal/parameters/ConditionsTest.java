package org.espice.core.internal.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ConditionsTest {

	@Test
	void enDashSignedValues() {
		assertEquals(Map.of("VCE", -4.0, "IC", -1.0), Conditions.parse("hFE1 VCE = –4V, IC = –1A 70 250"));
	}

	/** Vishay's ratings name the gate drive of the continuous drain current with "at". */
	/** "TJ =100C": a temperature whose degree sign was lost; a bare C after another quantity is no unit of it. */
	@Test
	void aTemperatureWithoutItsDegreeSign() {
		assertEquals(Map.of("T", 100.0), Conditions.parse("TJ =100C 2.4 13.5"));
		assertEquals(Map.of("T", 125.0, "VGS", 10.0), Conditions.parse("VGS = 10 V, TA = 125 C"));
	}

	@Test
	void aSymbolAtAValueIsACondition() {
		assertEquals(Map.of("VGS", -10.0, "T", 100.0),
				Conditions.parse("Continuous Drain Current VGS at - 10 V ID | TC = 100 °C - 13 A"));
		assertEquals(Map.of(), Conditions.parse("Rated at 25 °C ambient"), "a temperature 'at' is no symbol's");
	}

	@Test
	void peakForwardCurrentIsTheTestCurrent() {
		assertEquals(6.0, Conditions.parse("Instantaneous VF 0.95V IFM = 6.0A;").get("IF"));
	}

	@Test
	void bareTestPointTakesItsSymbolFromTheParameter() {
		assertEquals(Map.of("IF", 1.0), Conditions.implied("VF", "VF Forward Voltage @ 1.0 A 1.1 V"));
		assertEquals(Map.of("IF", 15.0), Conditions.implied("VF", "VF1 @ 15A, Pulse, TJ = 25 °C 0.68 0.71 V"));
		assertTrue(Conditions.implied("RDS_ON", "BS170 5 @ VGS = 10 V 0.8 to 3 0.5").isEmpty());
		assertEquals(Map.of("ID", 0.2), Conditions.implied("RDS_ON", "Static drain-source on-resistance at 200 mA"));
		assertTrue(Conditions.implied("VF", "VF @ IF = 1 A").isEmpty(), "explicit symbols are parse()'s job");
		assertTrue(Conditions.implied("CISS", "Input capacitance @ 25 V").isEmpty());
		assertTrue(Conditions.implied("VF", "Forward voltage 1.1 V").isEmpty());
	}

	@Test
	void aGateSwingIsReadAtItsOnStateEndAndAnotherRangeIsNoTestPoint() {
		// a gate charge is read where the gate drive is on
		assertEquals(Map.of("VDD", 480.0, "ID", 6.0, "VGS", 10.0),
				Conditions.parse("VDD = 480 V, ID = 6 A, VGS = 0 to 10 V"));
		assertEquals(10.0, Conditions.parse("VGS = 0 V to 10 V, VDS = 40 V").get("VGS"));
		assertEquals(15.0, Conditions.parse("Rg = 10 Ω, VGE = +15V to 0V").get("VGE"));
		assertEquals(-4.5, Conditions.parse("VGS = 0 to -4.5 V").get("VGS"));
		// an equivalent capacitance over a drain swing holds at no single voltage
		assertEquals(Map.of("VGS", 0.0), Conditions.parse("VDS = 0 to 480 V, VGS = 0 V"));
		// a temperature range keeps its first value, as before
		assertEquals(-55.0, Conditions.parse("TJ = -55 to 150 °C").get("T"));
	}
}
