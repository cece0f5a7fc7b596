package org.espice.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;
import org.junit.jupiter.api.Test;

/** The engine's small parsers: printed numbers and units, test conditions, symbol vocabulary. */
class ParsingEngineTest {

	private static double si(String number, String unit) {
		Quantities.Number n = Quantities.number(number);
		Quantities.Unit u = n.unit() != null ? n.unit() : Quantities.unit(unit);
		return n.value() * u.factor();
	}

	@Test
	void numbersWithPrefixedUnitsBecomeSi() {
		assertEquals(0.0015, si("1.5", "mΩ"), 1e-12);
		assertEquals(4.5e-10, si("450", "pF"), 1e-20);
		assertEquals(1.2e-8, si("12", "nC"), 1e-18);
		assertEquals(2.5e-4, si("250µA", null), 1e-12);
		assertEquals(1e-4, si("100", "µAdc"), 1e-12);
		assertEquals("K/W", Quantities.unit("°C/W").dimension());
		assertEquals("S", Quantities.unit("mhos").dimension());
		assertTrue(Quantities.number("±20").plusMinus());
		assertEquals(-55, Quantities.number("–55").value(), 0);
		assertNull(Quantities.number("(2)"), "a footnote marker is no value");
		assertEquals(90, Quantities.number("90±10").value(), 0, "a nominal value with its tolerance");
		assertEquals(5.1, Quantities.number("5.1±5%").value(), 0);
		assertTrue(Quantities.placeholder("---"));
		assertTrue(Quantities.placeholder("—"));
	}

	@Test
	void conditionsAreNumericAndTemperaturesGoUnderT() {
		Map<String, Double> c = Conditions.parse("VGS = 10 V, ID = 20 A, TJ = 125 °C");
		assertEquals(10, c.get("VGS"));
		assertEquals(20, c.get("ID"));
		assertEquals(125, c.get("T"));
		Map<String, Double> b = Conditions.parse("IC = 10 mA; IB = 1 mA; f = 1 MHz");
		assertEquals(0.01, b.get("IC"), 1e-12);
		assertEquals(0.001, b.get("IB"), 1e-12);
		assertEquals(1e6, b.get("f"), 1e-3);
		assertNull(Conditions.parse("VDS = 0.8 x Rated BVDSS").get("VDS"), "a multiple of a rating is no number");
	}

	@Test
	void vendorSymbolVariantsMapToSpecNames() {
		assertEquals("VDSS", Vocabulary.nameOfSymbol("V(BR)DSS", DeviceKind.MOSFET_N, false));
		assertEquals("VDSS", Vocabulary.nameOfSymbol("BVDSS", DeviceKind.MOSFET_N, false));
		assertEquals("RDS_ON", Vocabulary.nameOfSymbol("rDS(on)", DeviceKind.MOSFET_N, false));
		assertEquals("HFE", Vocabulary.nameOfSymbol("hFE", DeviceKind.BJT_NPN, false));
		assertNull(Vocabulary.nameOfSymbol("hfe", DeviceKind.BJT_NPN, false), "small-signal hfe is not hFE");
		assertEquals("COBO", Vocabulary.nameOfSymbol("Cob", DeviceKind.BJT_PNP, false));
		assertEquals("VGS_OFF", Vocabulary.nameOfSymbol("VP", DeviceKind.JFET_N, false));
		assertEquals("RTH_JA", Vocabulary.nameOfSymbol("RθJA", DeviceKind.DIODE, false));
		assertEquals("IDM", Vocabulary.nameOfSymbol("IDM2", DeviceKind.MOSFET_N, true), "footnote digit");
		assertEquals("VGSS", Vocabulary.nameOfSymbol("VGS", DeviceKind.MOSFET_N, true), "VGS as a rating");
		assertNull(Vocabulary.nameOfSymbol("VGS", DeviceKind.MOSFET_N, false), "VGS in a characteristics row");
		assertEquals("VSD", Vocabulary.nameOfSymbol("VF", DeviceKind.MOSFET_N, false), "body diode");
		assertEquals("VF", Vocabulary.nameOfSymbol("VF", DeviceKind.IGBT, false));
		assertEquals("RTH_JC", Vocabulary.nameOfSymbol("θj-c", DeviceKind.IGBT, true), "a bare theta");
		assertEquals("RTH_JA", Vocabulary.nameOfSymbol("θj-a", DeviceKind.BJT_NPN, true));
		assertEquals("PD", Vocabulary.nameOfSymbol("PC", DeviceKind.IGBT, true), "collector dissipation");
		assertEquals("ICES", Vocabulary.nameOfSymbol("ICES", DeviceKind.IGBT, false));
		assertEquals("ICES", Vocabulary.nameOfDescription("Collector-to-Emitter Leakage Current", DeviceKind.IGBT));
		assertEquals("ICES", Vocabulary.nameOfDescription("Zero gate voltage collector current", DeviceKind.IGBT));
		assertEquals("ICES", Vocabulary.nameOfDescription("Collector Cut-Off Current", DeviceKind.IGBT));
	}
}
