package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.espice.core.internal.parameters.Quantities;
import org.junit.jupiter.api.Test;

/** The units axis titles print: in brackets, spelled out, at the end without brackets, and what they are in SI. */
class TitleUnitsTest {

	@Test
	void theLastBracketedUnitOfATitle() {
		assertEquals("pF", TitleUnits.bracketed("Capacitance (pF)"));
		assertEquals("Ω", TitleUnits.bracketed("RDS(on) [Ω]"), "a bracketed subscript is no unit");
		assertEquals("%", TitleUnits.bracketed("Pder (%)"));
		assertNull(TitleUnits.bracketed("VGS(th) (norm.)"));
		assertEquals("RDS(on)", TitleUnits.withoutUnits("RDS(on) [Ω] (%)").strip(), "units out, the subscript kept");
	}

	@Test
	void aPrefixedUnitEndingATitleWithoutBrackets() {
		assertEquals(new TitleUnits.Trailing("mA", 21), TitleUnits.trailing("IC, COLLECTOR CURRENT mA"));
		assertNull(TitleUnits.trailing("Gate charge Qg"), "a symbol ending the title is no unit");
		assertEquals(new TitleUnits.Trailing("MicroAmperes", 37),
				TitleUnits.trailing("Instantaneous Reverse Leakage Current - MicroAmperes"), "a unit after a dash");
		assertNull(TitleUnits.trailing("Gate-Source Voltage - VGS"), "a symbol after a dash is no unit");
	}

	@Test
	void unitsInSi() {
		assertEquals(new Quantities.Unit(1e-3, "V/K"), TitleUnits.unitOf("mV/°C"));
		assertEquals(new Quantities.Unit(1e-3, "V/K"), TitleUnits.unitOf("mV/ ° C"), "a degree sign set apart");
		assertEquals(1e6, TitleUnits.unitOf("A/µs").factor(), 1e-6);
		assertEquals("A/s", TitleUnits.unitOf("A/\u03bcs").dimension(), "the Greek mu is the micro sign");
		assertEquals(new Quantities.Unit(0.0254, "m"), TitleUnits.unitOf("INCH"));
		assertEquals(new Quantities.Unit(1e-6, "J"), TitleUnits.unitOf("µJ"));
		assertEquals(1e3, TitleUnits.unitOf("k OHMS").factor(), 1e-9);
		assertEquals("V", TitleUnits.unitOf("VOLTS").dimension());
		assertEquals(new Quantities.Unit(1e-6, "A"), TitleUnits.unitOf("MicroAmperes"), "a prefix spelled out");
		assertEquals(new Quantities.Unit(1e-3, "A"), TitleUnits.unitOf("milliamps"));
		assertNull(TitleUnits.unitOf("Eoss"));
		assertEquals("\u00b5A \u03a9 \u00b0C", TitleUnits.sameGlyphs("\u03bcA \u2126 \u02daC"));
	}
}
