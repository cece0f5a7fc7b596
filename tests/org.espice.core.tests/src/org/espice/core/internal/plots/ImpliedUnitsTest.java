package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.espice.core.Plot;
import org.espice.core.internal.parameters.Quantities;
import org.junit.jupiter.api.Test;

/** Units an axis implies when its title (or the title's unit) is not read, and what a curve's start says. */
class ImpliedUnitsTest {

	/** A capacitance axis printed 10..100000 without a unit: no semiconductor has farads, so it is in pF. */
	@Test
	void aCapacitanceAxisOfTensToThousandsIsInPicofarads() {
		AxisTitle c = AxisTitle.UNKNOWN.as("C").impliedUnitFor(100000);
		assertEquals("F", c.unit());
		assertEquals(1e-12, c.factor(), 1e-24);
		assertEquals(1e-12, AxisTitle.UNKNOWN.as("CT").impliedUnitFor(100).factor(), 1e-24, "a diode's too");
	}

	/** A unit the title prints stands; values already in farads stay so. */
	@Test
	void aPrintedUnitOrValuesInFaradsAreKept() {
		AxisTitle pf = AxisTitle.parse("C, Capacitance (pF)");
		assertEquals(pf, pf.impliedUnitFor(10000));
		AxisTitle f = AxisTitle.UNKNOWN.as("C");
		assertEquals(1, f.impliedUnitFor(1e-9).factor(), "values of nanofarads are farads");
	}

	/** A gate charge axis printed 0..200 without a unit is in nC. */
	@Test
	void aGateChargeAxisOfTensIsInNanocoulombs() {
		AxisTitle q = AxisTitle.UNKNOWN.as("QG").impliedUnitFor(200);
		assertEquals("C", q.unit());
		assertEquals(1e-9, q.factor(), 1e-21);
		assertEquals(1, AxisTitle.UNKNOWN.as("QG").impliedUnitFor(2e-7).factor());
	}

	/**
	 * A unit printed on its own at the top of the axis completes a title that prints none: energies in mJ or µJ as
	 * much as volts or picofarads.
	 */
	@Test
	void energyUnitsPrintedApartAreUnits() {
		assertTrue(TitleUnits.isUnit("mJ") && TitleUnits.isUnit("\u00b5J") && TitleUnits.isUnit("pF")
				&& TitleUnits.isUnit("%") && TitleUnits.isUnit("V"));
		assertTrue(!TitleUnits.isUnit("EAS") && !TitleUnits.isUnit("Eoss"));
		assertEquals(new AxisTitle("E", "J", 1e-3, true), AxisTitle.parse("EAS [mJ]"));
	}

	/**
	 * Axes of no contract quantity still print units: a temperature coefficient in mV/°C is in V/K, a lead length
	 * in inches or mm in metres, a noise density in nV/√Hz in V/√Hz, also when the unit stands alone as the title. A
	 * lone symbol ("C") is no unit.
	 */
	@Test
	void otherAxesKeepTheirUnits() {
		AxisTitle tc = AxisTitle.parse("\u03b8VB, TEMPERATURE COEFFICIENT (mV/\u00b0C)");
		assertEquals(new AxisTitle("other", "V/K", 1e-3, true), tc);
		assertEquals(0.0254, AxisTitle.parse("L, LEAD LENGTH TO HEAT SINK (INCH)").factor(), 1e-12);
		assertEquals(0.0254, AxisTitle.parse("Inches").factor(), 1e-12);
		assertEquals(1e-3, AxisTitle.parse("Lleads (mm)").factor(), 1e-15);
		assertEquals(1e-4, AxisTitle.parse("S (cm\u00b2)").factor(), 1e-16);
		// a noise density, the root sign raised over "Hz" as Fairchild sets it
		assertEquals(new AxisTitle("other", "V/√Hz", 1e-9, true), AxisTitle.parse("e n - NOISE VOLTAGE (nV /^√ Hz)"));
		assertEquals(new Quantities.Unit(1e-12, "A/√Hz"), TitleUnits.unitOf("pA/rtHz"));
		AxisTitle c = AxisTitle.parse("C");
		assertEquals("C", c.quantity());
		assertEquals(1, c.factor());
	}

	private static List<Plot.Point> curve(double... xy) {
		List<Plot.Point> pts = new java.util.ArrayList<>();
		for (int i = 0; i < xy.length; i += 2) {
			pts.add(new Plot.Point(xy[i], xy[i + 1]));
		}
		return pts;
	}

	/**
	 * On a gate charge plot the drain voltage starts at the supply and falls through the Miller plateau: a curve
	 * from 401.3 V at no charge is at VDD = 400 V. A rising curve (the gate voltage) or one of another kind says
	 * nothing of the supply.
	 */
	@Test
	void aGateChargeDrainCurveIsAtTheSupplyItStartsFrom() {
		List<Plot.Point> drain = curve(0.1e-9, 401.3, 20e-9, 250, 40e-9, 8);
		assertEquals(Optional.of(400.0), PlotReader.supplyOf(Plot.Kind.GATE_CHARGE, "VDS", drain));
		assertEquals(Optional.of(48.0), PlotReader.supplyOf(Plot.Kind.GATE_CHARGE, "VCE",
				curve(0, 48.2, 10e-9, 2)));
		assertTrue(PlotReader.supplyOf(Plot.Kind.GATE_CHARGE, "VDS", curve(0, 0.1, 40e-9, 10)).isEmpty());
		assertTrue(PlotReader.supplyOf(Plot.Kind.OUTPUT, "VDS", drain).isEmpty());
		assertTrue(PlotReader.supplyOf(Plot.Kind.GATE_CHARGE, "VDS", curve(20e-9, 300, 40e-9, 8)).isEmpty(),
				"a curve that does not start at no charge");
	}
}
