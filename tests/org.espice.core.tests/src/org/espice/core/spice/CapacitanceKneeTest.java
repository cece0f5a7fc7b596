package org.espice.core.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Provenance;
import org.junit.jupiter.api.Test;

/** A collapsing capacitance: its law, its charge, and how a card with one beside its VDMOS is written. */
class CapacitanceKneeTest {

	private static final CapacitanceKnee KNEE = new CapacitanceKnee(1e-9, 8, 2);

	@Test
	void itIsWholeWithTheGateAboveTheDrainAndFallsAwayPastItsVoltage() {
		assertEquals(1e-9, KNEE.at(-5), 1e-13);
		assertEquals(0.5e-9, KNEE.at(8), 1e-15);
		assertTrue(KNEE.at(20) < 1e-14, "gone a few widths past VGDK");
	}

	@Test
	void itsChargeIsTheIntegralOfItsCapacitanceAndHoldsFarOut() {
		for (double v : new double[] { -30, -2, 0.5, 7, 8, 12, 400 }) {
			double h = 1e-4;
			double slope = (KNEE.charge(v + h) - KNEE.charge(v - h)) / (2 * h);
			assertEquals(KNEE.at(v), slope, 1e-6 * 1e-9 + 1e-4 * KNEE.at(v), "dQ/dV at " + v + " V");
		}
		assertEquals(0, KNEE.charge(0), 1e-24);
		assertTrue(Double.isFinite(KNEE.charge(1e4)) && Double.isFinite(KNEE.charge(-1e4)));
		assertEquals(KNEE.c() * KNEE.v0(), KNEE.charge(1e3), 0.01 * KNEE.c() * KNEE.v0(), "the whole charge: C x V0");
	}

	private static ModelCard card(boolean p) {
		ModelCard c = new ModelCard("M1", p ? DeviceKind.MOSFET_P : DeviceKind.MOSFET_N, "M1", "VDMOS");
		c.flag(p ? "pchan" : "nchan");
		c.set("VTO", p ? -3 : 3, "fitted").set("KP", 5, "fitted").set("CGS", 1e-9, "Ciss - Cgd");
		c.set("CGDMAX", 4e-10, "fitted").set("CGDMIN", 1e-11, "fitted").set("A", 0.5, "fitted");
		KneeElement.GATE_DRAIN.set(c, KNEE, "fitted to a Crss curve");
		return c;
	}

	@Test
	void aCardWithItIsASubcircuitWithTheElementBesideTheVdmosCard() {
		ModelCard c = card(false);
		assertEquals("SUBCKT", c.cardType());
		String ng = c.render(Dialect.NGSPICE);
		assertTrue(ng.contains("M1 D G S M1_M\nCGDK D G Q='5.000e-10*(V(D,G)-2.000*(abs(((V(D,G)-8.000)/2.000))"), ng);
		assertFalse(ng.contains("CGDK=") || ng.contains("VGDK=") || ng.contains("WGDK="), "no VDMOS parameters: " + ng);
		assertTrue(ng.contains("*   VGDK    = 8.000       same fit as CGDK"), ng);
		String lt = c.render(Dialect.LTSPICE);
		assertTrue(lt.contains("BGDK QGDK 0 V=1e9*5.000e-10*(V(D,G)-")
				&& lt.contains("CGDKQ QGDK QGDKS 1e-9\nVGDKQ QGDKS 0 0\nFGDK D G VGDKQ 1\n"), lt);
		assertTrue(card(true).render(Dialect.NGSPICE).contains("CGDK G D Q='5.000e-10*(V(G,D)-"));
	}

	@Test
	void pspicesStandInHoldsItsShareAtTheCrssVoltage() {
		String ps = card(false).render(Dialect.PSPICE);
		double law = ModelCard.cgd(1e-11, 4e-10, 0.5, -25);
		assertTrue(ps.contains("CGD G D1 " + Target.fmt(law + KNEE.at(25)) + "\n"), ps);
		assertFalse(ps.contains("CGDK D G") || ps.contains("QGDK"), "no element of its own: " + ps);
	}

	/** A p-channel part's Crss is printed at a negative VDS: its stand-in holds Cgd at the magnitude, gate off. */
	@Test
	void pspicesPChannelStandInHoldsCgdAtTheCrssVoltagesMagnitude() {
		ModelCard c = card(true);
		Parameter crss = new Parameter("CRSS", null, 1e-10, null, "F", Map.of("VDS", -30.0),
				Provenance.page(2, "CRSS"));
		c.check(new Check(crss, Probe.CRSS, Target.of(crss)), 1e-10);
		double law = ModelCard.cgd(1e-11, 4e-10, 0.5, -30);
		assertTrue(c.render(Dialect.PSPICE).contains("CGD G D1 " + Target.fmt(law + KNEE.at(30)) + "\n"),
				c.render(Dialect.PSPICE));
	}

	@Test
	void aDrainSourceKneeSitsBetweenDrainAndSourceAndPspiceHoldsItAsACapacitor() {
		ModelCard c = card(true);
		KneeElement.DRAIN_SOURCE.set(c, new CapacitanceKnee(2e-9, 30, 10), "fitted to a Coss curve");
		String ng = c.render(Dialect.NGSPICE);
		assertTrue(ng.contains("CGDK G D Q='") && ng.contains("CDSK S D Q='1.000e-09*(V(S,D)-10.00*"), ng);
		assertFalse(ng.contains("CDSK="), ng);
		assertTrue(c.render(Dialect.LTSPICE).contains("FDSK S D VDSKQ 1"));
		String ps = c.render(Dialect.PSPICE);
		assertTrue(ps.contains("CDSK D S " + Target.fmt(new CapacitanceKnee(2e-9, 30, 10).at(25)) + "\n"), ps);
	}
}
