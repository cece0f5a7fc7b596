package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** The text printed at a curve, as datasheets print it. */
class LabelTextTest {

	private static LabelText output(String printed) {
		return LabelText.parse(printed, Plot.Kind.OUTPUT, "VDS");
	}

	/**
	 * A thermal impedance's single-pulse curve is its curve at duty cycle 0: "SINGLE PULSE (THERMAL RESPONSE)",
	 * "Single pulse". A phrase that only mentions one (a key's list of duty cycles ending "single pulse"), or one
	 * on another kind of plot, says no such thing.
	 */
	@Test
	void aSinglePulseIsDutyCycleZero() {
		for (String printed : List.of("SINGLE PULSE (THERMAL RESPONSE)", "Single pulse", "single  Pulse")) {
			assertEquals(Map.of("D", 0.0), LabelText.parse(printed, Plot.Kind.ZTH, "t").conditions(), printed);
		}
		assertEquals(Map.of(), output("Single pulse").conditions());
		assertEquals(Map.of("D", 0.5),
				LabelText.parse("D = 0.5, 0.3, 0.1, single pulse", Plot.Kind.ZTH, "t").conditions());
	}

	@Test
	void conditionsAsPrinted() {
		assertEquals(Map.of("VGS", 10.0), output("VGS = 10 V").conditions());
		assertEquals(Map.of("VGS", 3.5), output("VGS (V) = 3.5").conditions(), "unit in brackets after the symbol");
		assertEquals(Map.of("VCE", -5.0), LabelText.parse("V^CE=-5V", Plot.Kind.HFE_IC, "IC").conditions(),
				"subscript set high");
		assertEquals(Map.of("VGS", 0.0), LabelText.parse("VG S = 0V", Plot.Kind.CAPACITANCE, "VDS").conditions(),
				"subscript set apart");
		assertEquals(Map.of("T", 150.0), output("(1) Tj = 150 °C").conditions(), "a curve's tag says nothing");
	}

	/**
	 * A voltage whose symbol was misread in outlined text, its subscript's last letter lost ("VC = 2 V") or one
	 * letter read as another ("VCS" for VGS, "VOS" for VDS), is the voltage the plot's kind names by a symbol it
	 * begins or differs from in that letter: VCE on a gain plot, VGS on an output plot, VDS on a transfer plot. A
	 * symbol no such voltage begins stays as printed, and so does any voltage datasheets print.
	 */
	@Test
	void aMisreadVoltageSymbolIsTheVoltageOfThePlot() {
		assertEquals(Map.of("VCE", 2.0), LabelText.parse("VC =2V", Plot.Kind.HFE_IC, "IC").conditions());
		assertEquals(Map.of("VGS", 4.5), output("VG = 4.5 V").conditions());
		assertEquals(Map.of("VD", 4.5), output("VD = 4.5 V").conditions());
		assertEquals(Map.of("VGS", 10.0), output("VCS = 10 V").conditions(), "G read as C");
		assertEquals(Map.of("VDS", 5.0), output("VDS = 5 V").conditions(), "a symbol datasheets print stays");
		assertEquals(Map.of("VDS", 25.0), LabelText.parse("VOS = 25 V", Plot.Kind.TRANSFER, "VGS").conditions(),
				"the drain voltage a transfer plot is measured at");
		assertEquals(Map.of("VGS", 0.0), LabelText.parse("VCS = 0 V", Plot.Kind.CAPACITANCE, "VDS").conditions());
	}

	@Test
	void bareValuesTakeTheirSymbolFromThePlot() {
		assertEquals(Map.of("VGS", 4.5), output("4.5 V").conditions());
		assertEquals(Map.of("VGE", 15.0), LabelText.parse("15V", Plot.Kind.OUTPUT, "VCE").conditions(), "an IGBT");
		assertEquals(Map.of("T", -40.0), LabelText.parse("-40°c", Plot.Kind.IF_VF, "VF").conditions());
		// ST's body-diode curves: "25°C" with its degree a small o set high
		assertEquals(Map.of("T", 25.0), LabelText.parse("25^o C", Plot.Kind.BODY_DIODE, "IS").conditions());
		assertEquals(Map.of("T", 150.0), LabelText.parse("150^oC", Plot.Kind.BODY_DIODE, "IS").conditions());
		assertEquals(Map.of("T", -40.0), LabelText.parse("TJ =-40^o C", Plot.Kind.BODY_DIODE, "IS").conditions());
		assertEquals(Map.of("ID", 0.5), LabelText.parse("500 mA", Plot.Kind.RDSON_VGS, "VGS").conditions());
		// a gate-charge family stepped by its test current (arrows from "115mA" and "280mA" to their curves)
		assertEquals(Map.of("ID", 0.115), LabelText.parse("115mA", Plot.Kind.GATE_CHARGE, "QG").conditions());
		assertEquals(Map.of("VDS", 30.0), LabelText.parse("30 V", Plot.Kind.GATE_CHARGE, "QG").conditions());
		// on-resistance over temperature: the gate voltage, and a test current printed after what is measured at it
		assertEquals(Map.of("VGS", 10.0), LabelText.parse("10V", Plot.Kind.RDSON_T, "T").conditions());
		assertEquals(Map.of("VGS", 5.0, "ID", 0.05),
				LabelText.parse("VGS = 5 V, rDS @ 0.05 A", Plot.Kind.RDSON_T, "T").conditions());
		assertEquals(Map.of("ID", 1.0), LabelText.parse("ID = 1 A, rDS @ 0.5 A", Plot.Kind.RDSON_T, "T").conditions(),
				"the symbol printed holds");
		assertEquals(Map.of("VGS", 0.0), LabelText.parse("rDS(on) @ VGS = 0", Plot.Kind.RDSON_VGS, "VGS").conditions());
	}

	/**
	 * A minus sign set a space apart from its number ("- 40 °C" on Fairchild's gain plots, "- 0.4 V" at a JFET's
	 * output curves) still makes the value negative; a dash between two numbers is no sign.
	 */
	/** A degree sign printed as a ring above ("25˚C", "−25˚C" beside Panasonic's curves) is a temperature. */
	@Test
	void aRingAboveIsADegreeSign() {
		assertEquals(Map.of("T", 25.0), LabelText.parse("25\u02daC", Plot.Kind.HFE_IC, "IC").conditions());
		assertEquals(Map.of("T", -25.0), LabelText.parse("\u221225\u02daC", Plot.Kind.HFE_IC, "IC").conditions());
	}

	/** "125 C": the degree sign of a symbol font that maps it to no character is lost; a curve has no charge. */
	@Test
	void aBareValueInCIsATemperatureWhoseDegreeSignWasLost() {
		assertEquals(Map.of("T", 125.0), LabelText.parse("125 C", Plot.Kind.TRANSFER, "VGS").conditions());
		assertEquals(List.of(25.0, 125.0), LabelText.parse("25 C, 125 C", Plot.Kind.TRANSFER, "VGS").values());
		assertEquals(Map.of(), LabelText.parse("C 25", Plot.Kind.TRANSFER, "VGS").conditions(), "no value in C");
	}

	/** "VGS(off) @ 5.0V, 10 µA" over a JFET's plot: values of two quantities, no bare value of the curve's. */
	@Test
	void valuesOfTwoQuantitiesAreNoBareValue() {
		assertEquals(LabelText.NONE, LabelText.parse("VGS(off) @ 5.0V, 10 \u03bcA", Plot.Kind.RDSON_VGS, "VGS_NORM"));
		assertEquals(LabelText.NONE, LabelText.parse("VGS(off) @ 5.0V, 10 mA", Plot.Kind.OUTPUT, "VDS"));
	}

	@Test
	void aMinusSetApartFromItsNumberIsTheSign() {
		assertEquals(Map.of("T", -40.0), LabelText.parse("- 40 °C", Plot.Kind.HFE_IC, "IC").conditions());
		assertEquals(Map.of("VGS", -0.4), output("- 0.4 V").conditions());
		assertEquals(Map.of("VGS", -2.0), output("VGS = - 2.0 V").conditions());
		assertTrue(!output("10 - 5 V").values().contains(-5.0) && !output("10 - 5 V").conditions().containsValue(-5.0),
				"no sign between two numbers");
	}

	@Test
	void listsForSeveralCurves() {
		LabelText keyed = output("VGS = 10, 9, 8, 7 V");
		assertEquals("VGS", keyed.key());
		assertEquals(List.of(10.0, 9.0, 8.0, 7.0), keyed.values());
		assertEquals(List.of(4.0, 4.5, 5.0), LabelText.parse("4V 4.5V 5V", Plot.Kind.RDSON_ID, "ID").values());
		// outlined glyphs whose equals sign and a comma went unread: a voltage's symbol still heads the list
		LabelText unread = output("VGS 8, 9 10 V");
		assertEquals("VGS", unread.key());
		assertEquals(List.of(8.0, 9.0, 10.0), unread.values());
		assertTrue(LabelText.parse("Ciss 10 25 V", Plot.Kind.CAPACITANCE, "VDS").values().isEmpty(),
				"no list without an equals sign after a symbol other than a voltage's");
	}

	@Test
	void namesOfCurvesOnAnAxisOfSeveral() {
		assertEquals("CISS", LabelText.parse("Ciss", Plot.Kind.CAPACITANCE, "VDS").name());
		assertEquals("CRSS", LabelText.parse("C r ss", Plot.Kind.CAPACITANCE, "VDS").name());
		assertEquals("CRSS", LabelText.parse("C r s (V D S = 0)", Plot.Kind.CAPACITANCE, "VGS").name());
		assertEquals("COBO", LabelText.parse("Cob", Plot.Kind.BJT_CAP, "VR").name());
		assertEquals("VBE_SAT", LabelText.parse("VBE(sat) @ IC/IB = 10", Plot.Kind.OTHER, "IC").name());
	}

	@Test
	void whatIsNoCondition() {
		assertEquals(Map.of("IC/IB", 10.0), LabelText.parse("VBE(sat) @ IC/IB = 10", Plot.Kind.OTHER, "IC").conditions(),
				"a forced ratio is no test point, but the ratio the curve is drawn at");
		assertTrue(LabelText.parse("f = 0.1 - 1.0 MHz", Plot.Kind.CAPACITANCE, "VDS").conditions().isEmpty(),
				"a range is no value");
		assertTrue(output("Pulse test").empty());
	}

	/** A saturation curve's forced ratio, printed as a quotient or as a multiple ("IC = -10 IB" on a PNP's plot). */
	@Test
	void forcedRatios() {
		assertEquals(Map.of("IC/IB", 10.0), LabelText.parse("IC = -10 IB", Plot.Kind.VCESAT_IC, "IC").conditions());
		assertEquals(Map.of("IC/IB", 20.0, "T", 25.0),
				LabelText.parse("IC/IB = 20, TA = 25 °C", Plot.Kind.VCESAT_IC, "IC").conditions());
		assertEquals(Map.of("IC", 0.5, "IB", 0.001), LabelText.parse("IC/IB = 500mA/1mA", Plot.Kind.OTHER, "VCE")
				.conditions(), "two test points written as a ratio stay two test points");
	}
}
