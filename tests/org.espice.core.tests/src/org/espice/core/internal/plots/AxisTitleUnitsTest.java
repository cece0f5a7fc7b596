package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * What a title's unit says about its axis: a prefixed unit whose brackets were lost, a gain in thousands, a
 * quantity relative to its own value, "(norm.)", a unit that names its quantity, and a printed unit against the
 * quantity a plot's kind expects.
 */
class AxisTitleUnitsTest {

	@Test
	void aPrefixedUnitEndingTheTitleIsItsUnit() {
		assertEquals(new AxisTitle("IC", "A", 1e-3, true), AxisTitle.parse("IC, COLLECTOR CURRENT mA"));
		assertEquals(new AxisTitle("t", "s", 1e-3, true), AxisTitle.parse("t, TIME ms"));
		assertEquals(1, AxisTitle.parse("Gate charge Qg").factor(), "a symbol ending the title is no unit");
	}

	@Test
	void aGainPrintedInThousands() {
		assertEquals(1e3, AxisTitle.parse("hFE - TYPICAL PULSED CURRENT GAIN (K)").factor());
		assertEquals(1e3, AxisTitle.parse("hFE (x1000)").factor());
		assertEquals(1, AxisTitle.parse("Temperature (K)").factor(), "kelvins on a temperature axis");
	}

	@Test
	void partsNamedOverAPlotAreNoTitle() {
		assertEquals(AxisTitle.UNKNOWN, AxisTitle.parse("BC546, B BC547, A, B, C BC548, A, B, C"));
		assertEquals(AxisTitle.UNKNOWN, AxisTitle.parse("2N7002"));
		assertEquals("C", AxisTitle.parse("C, CAPACITANCE (pF)").quantity());
	}

	@Test
	void tickNumbersWithAKiloPrefix() {
		assertEquals(1e3, AxisReader.number("1K"));
		assertEquals(1e4, AxisReader.number("10K"));
		assertEquals(2e3, AxisReader.number("2k"));
	}

	@Test
	void aQuantityOverItsOwnValueIsNormalised() {
		assertEquals(new AxisTitle("IR_NORM", "", 1, false), AxisTitle.parse("IR[Tj] / IR[Tj=25°C]"));
		assertEquals("VGS_NORM", AxisTitle.parse("VGS(th) (norm.)").quantity());
		assertEquals("RDS_ON_NORM", AxisTitle.parse("RDS(on) (norm)").quantity());
	}

	@Test
	void aShareOfTheRatingIsNormalisedWhateverUnitEndsTheTitle() {
		assertEquals(new AxisTitle("VR_NORM", "", 0.01, true),
				AxisTitle.parse("Percent Of Rated Peak Reverse Voltage - Volts"));
		assertEquals(new AxisTitle("VR_NORM", "", 0.01, true),
				AxisTitle.parse("PERCENT OF RATED PEAK REVERSE VOLTAGE (%)"));
		assertEquals(new AxisTitle("VR", "V", 1, true), AxisTitle.parse("Reverse Voltage - Volts"));
	}

	@Test
	void ratesOfChangeAreInUnitsPerSecond() {
		AxisTitle didt = AxisTitle.parse("diF /dt (A/μs)");
		assertEquals("A/s", didt.unit());
		assertEquals(1e6, didt.factor(), 1e-3);
		assertEquals(1e9, AxisTitle.parse("dv/dt (V/ns)").factor(), 1);
	}

	@Test
	void aUnitOnlyCapacitanceIsMeasuredInNamesIt() {
		assertEquals(new AxisTitle("C", "F", 1e-12, true), AxisTitle.parse("(pF)"));
	}

	@Test
	void theFirstHalfOfYVersusXNamesNoXAxis() {
		assertEquals(AxisTitle.UNKNOWN, AxisTitle.parse("Instantaneous Forward Current - Amperes versus"));
		assertEquals(AxisTitle.UNKNOWN, AxisTitle.parse("Forward Current - Amperesv ersus"), "an italic word set apart");
	}

	/** A transconductance axis in siemens on a plot captioned a transfer characteristic stays unnamed. */
	@Test
	void aUnitThatDisagreesKeepsTheKindsNameAway() {
		AxisTitle[] named = KindAxes.named(AxisTitle.parse("VGS - GATE-SOURCE VOLTAGE (V)"),
				AxisTitle.parse("gfs - TRANSCONDUCTANCE (mmhos)"), Plot.Kind.TRANSFER, DeviceKind.JFET_N);
		assertEquals("VGS", named[0].quantity());
		assertEquals(new AxisTitle("other", "S", 1e-3, true), named[1]);
		AxisTitle[] amps = KindAxes.named(AxisTitle.UNKNOWN, AxisTitle.parse("Amps"), Plot.Kind.IF_VF, DeviceKind.DIODE);
		assertEquals("IF", amps[1].quantity(), "a unit that agrees");
	}

	/** A body diode plot with the diode voltage drawn up (in volts) and the source current across. */
	@Test
	void aBodyDiodePlotWithItsAxesSwapped() {
		AxisTitle[] named = KindAxes.named(AxisTitle.parse("Isd"), AxisTitle.parse("(V)"), Plot.Kind.BODY_DIODE,
				DeviceKind.MOSFET_N);
		assertEquals("IS", named[0].quantity());
		assertEquals("VSD", named[1].quantity());
		AxisTitle[] usual = KindAxes.named(AxisTitle.parse("(V)"), AxisTitle.parse("(A)"), Plot.Kind.BODY_DIODE,
				DeviceKind.MOSFET_N);
		assertEquals("VSD", usual[0].quantity());
		assertEquals("IS", usual[1].quantity());
	}

	/** The small-signal gain |hfe| at a frequency is not the DC gain hFE: its axis is "other". */
	@Test
	void aSmallSignalGainIsNotTheDcGain() {
		assertEquals("other", AxisTitle.parse("|h fe |, SMALL-SIGNAL CURRENT GAIN").quantity());
		assertEquals("other", AxisTitle.parse("High Frequency Current Gain").quantity());
		assertEquals("HFE", AxisTitle.parse("hFE, DC CURRENT GAIN").quantity());
	}

	/** An avalanche's time (tAV, tAR) is a time in seconds, its average power loss (PAR) a power dissipation. */
	@Test
	void avalancheTimesAndPowers() {
		assertEquals(new AxisTitle("t", "s", 1e-6, true), AxisTitle.parse("tAV [\u00b5s]"));
		assertEquals("t", AxisTitle.parse("tAR [s]").quantity());
		assertEquals(new AxisTitle("PD", "W", 1, true), AxisTitle.parse("PAR [W]"));
	}
}
