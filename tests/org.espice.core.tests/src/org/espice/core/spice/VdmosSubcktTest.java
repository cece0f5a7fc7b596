package org.espice.core.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.espice.core.DeviceKind;
import org.junit.jupiter.api.Test;

/** How a VDMOS card with the gate's capacitance to the channel (CGCH) is written in each dialect. */
class VdmosSubcktTest {

	private static ModelCard card(boolean p, Double cgch) {
		ModelCard c = new ModelCard("M1", p ? DeviceKind.MOSFET_P : DeviceKind.MOSFET_N, "M1", "VDMOS");
		c.flag(p ? "pchan" : "nchan");
		c.set("VTO", p ? -3 : 3, "fitted").set("KP", 5, "fitted").set("KSUBTHRES", 0.25, "fitted");
		c.set("CGS", 1e-9, "Ciss - Cgd");
		if (cgch != null) {
			c.set("CGCH", cgch, "solved");
		}
		return c;
	}

	@Test
	void theNgspiceCardWrapsTheVdmosWithACapacitorGivenByItsCharge() {
		ModelCard c = card(false, 8e-10);
		assertEquals("SUBCKT", c.cardType());
		String text = c.render(Dialect.NGSPICE);
		assertTrue(text.contains(".SUBCKT M1 D G S\nM1 D G S M1_M\n"), text);
		// nil with the device off, CGCH above VTO over the channel's own weak-inversion slope
		assertTrue(text.contains("CCH G S Q='8.000e-10*0.2500*(max(((V(G,S)-3.000)/0.2500),0)+ln(1+exp(-abs("), text);
		assertTrue(text.contains(".model M1_M VDMOS (nchan VTO=3.000"), text);
		assertFalse(text.contains("CGCH="), "CGCH is no VDMOS parameter: " + text);
		assertTrue(text.contains("*   CGCH    = 8.000e-10   solved"), "the origin is listed with the others: " + text);
		assertTrue(text.trim().endsWith(".ENDS M1"), text);
	}

	@Test
	void ltspiceMirrorsTheChargeOnACapacitorAndPspiceWritesItsTimeDerivative() {
		ModelCard c = card(false, 8e-10);
		String lt = c.render(Dialect.LTSPICE);
		assertTrue(lt.contains("BCH QCH 0 V=1e9*8.000e-10*0.2500*(max(((V(G,S)-3.000)/0.2500),0)+ln(1+exp(-abs("), lt);
		assertTrue(lt.contains("\nCCHQ QCH QCHS 1e-9\nVCHQ QCHS 0 0\nFCH G S VCHQ 1\n"), lt);
		String ps = c.render(Dialect.PSPICE);
		assertTrue(ps.contains("GCH G S VALUE={DDT(8.000e-10*0.2500*(max(((V(G,S)-3.000)/0.2500),0)+LOG(1+exp("), ps);
		assertTrue(ps.contains("M1 D1 G S1 S1 M1_M L=1u W=1u"), "PSpice's LEVEL=1 stand-in: " + ps);
	}

	@Test
	void aPChannelCardHasItFromSourceToGate() {
		String text = card(true, 8e-10).render(Dialect.NGSPICE);
		assertTrue(text.contains("CCH S G Q='8.000e-10*0.2500*(max(((V(S,G)-3.000)/0.2500),0)+ln(1+exp(-abs("), text);
		assertTrue(text.contains("VDMOS (pchan VTO=-3.000"), text);
	}

	@Test
	void withoutItTheCardIsThePlainModel() {
		ModelCard c = card(false, null);
		assertEquals("VDMOS", c.cardType());
		String text = c.render(Dialect.NGSPICE);
		assertFalse(text.contains(".SUBCKT"), text);
		assertTrue(text.contains(".model M1 VDMOS (nchan"), text);
	}
}
