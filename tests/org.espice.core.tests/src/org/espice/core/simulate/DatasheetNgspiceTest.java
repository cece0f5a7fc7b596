package org.espice.core.simulate;

import static org.espice.core.fit.Rows.device;
import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ProcessingException;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every datasheet value simulated in real ngspice, checked against known models with closed-form answers: the
 * gate-charge test on a VDMOS with constant capacitances, gfs, a BJT's Cobo, a diode's VF at a second temperature,
 * and a vendor subcircuit whose pins are in another order. Skipped when ngspice is not on the PATH.
 */
class DatasheetNgspiceTest {

	private static ModelVerifier verifier;

	@BeforeAll
	static void ngspice() {
		verifier = new ModelVerifier(Ngspice.required());
	}

	/** A VDMOS with constant capacitances: CGDMAX = CGDMIN gives a flat Cgd. */
	private static ModelCard knownMosfet() {
		return new ModelCard("K", DeviceKind.MOSFET_N, "KNOWN_M", "VDMOS").flag("nchan").set("VTO", 3, "")
				.set("KP", 8, "").set("RD", 0.01, "").set("RS", 0.001, "").set("CGS", 2e-9, "").set("CGDMAX", 2e-10, "")
				.set("CGDMIN", 2e-10, "").set("A", 1, "");
	}

	private static double value(DatasheetVerification v, String name) {
		return v.points().stream().filter(p -> p.row().name().equals(name)).findFirst().orElseThrow().value();
	}

	private static void near(double expected, double actual, double rel, String what) {
		assertTrue(Math.abs(actual / expected - 1) <= rel, what + ": expected " + expected + ", got " + actual);
	}

	@Test
	void gateChargeFollowsTheCapacitancesAndThePlateau() throws ProcessingException {
		double vgs = 10, vds = 50, id = 8;
		Device d = device("K", DeviceKind.MOSFET_N, typ("QG", 4e-8, "VGS", vgs, "VDS", vds, "ID", id),
				typ("QGS", 1e-8, "VGS", vgs, "VDS", vds, "ID", id), typ("QGD", 1e-8, "VGS", vgs, "VDS", vds, "ID", id),
				typ("GFS", 10, "VDS", 10, "ID", id));
		DatasheetVerification v = verifier.verifyDatasheet(d, knownMosfet());
		assertTrue(v.loaded(), v.errors().toString());
		double cgs = 2e-9, cgd = 2e-10;
		double plateau = 3 + Math.sqrt(2 * id / 8);
		// charge to the plateau: both capacitances swing by the plateau voltage
		near((cgs + cgd) * plateau, value(v, "QGS"), 0.05, "QGS");
		// across the plateau the drain falls from VDS to almost 0 through Cgd
		near(cgd * vds, value(v, "QGD"), 0.08, "QGD");
		// in all: CGS to VGS, Cgd from -VDS to VGS
		near(cgs * vgs + cgd * (vgs + vds), value(v, "QG"), 0.03, "QG");
		near(Math.sqrt(2 * 8 * id), value(v, "GFS"), 0.03, "gfs");
		assertTrue(v.points().stream().noneMatch(DatasheetVerification.Point::fitted));
	}

	@Test
	void aSecondTemperatureRunsAtThatTemperature() throws ProcessingException {
		ModelCard diode = new ModelCard("K", DeviceKind.RECTIFIER, "KNOWN_D", "D").set("IS", 1e-9, "").set("N", 1.8, "")
				.set("RS", 0.05, "");
		Device d = device("K", DeviceKind.RECTIFIER, typ("VF", 0.8, "IF", 1), typ("VF", 0.7, "IF", 1, "T", 125));
		DatasheetVerification v = verifier.verifyDatasheet(d, diode);
		double cold = v.points().get(0).value();
		double hot = v.points().get(1).value();
		assertTrue(hot < cold - 0.05, "VF falls with temperature: " + cold + " -> " + hot);
		String deck = new VerificationDeck(diode.render(Dialect.NGSPICE),
				(k, a, b, c) -> ModelVerifier.dut("D", k, a, b, c, "KNOWN_D"), DeviceKind.RECTIFIER, 125.0).text();
		assertTrue(deck.contains(".temp 125"), deck);
	}

	@Test
	void cobAndCibFollowTheJunctionCapacitances() throws ProcessingException {
		ModelCard q = new ModelCard("K", DeviceKind.BJT_NPN, "KNOWN_Q", "NPN").set("IS", 1e-14, "").set("BF", 200, "")
				.set("CJC", 8e-12, "").set("VJC", 0.75, "").set("MJC", 0.33, "").set("CJE", 2e-11, "")
				.set("VJE", 0.75, "").set("MJE", 0.33, "");
		Device d = device("K", DeviceKind.BJT_NPN, max("COBO", 5e-12, "VCB", 10), max("CIBO", 2e-11, "VEB", 0.5));
		DatasheetVerification v = verifier.verifyDatasheet(d, q);
		near(8e-12 / Math.pow(1 + 10 / 0.75, 0.33), value(v, "COBO"), 0.02, "Cobo");
		near(2e-11 / Math.pow(1 + 0.5 / 0.75, 0.33), value(v, "CIBO"), 0.02, "Cibo");
	}

	@Test
	void aVendorSubcircuitWithItsPinsInAnotherOrderGivesTheSameValues() throws ProcessingException {
		ModelCard ours = knownMosfet();
		String inner = ours.render(Dialect.NGSPICE).lines().filter(l -> !l.startsWith("*"))
				.reduce("", (a, b) -> a + b + "\n").replace("KNOWN_M", "INNER");
		String lib = ".SUBCKT VEND 1 2 3\n* Node 1 -> Gate\n* Node 2 -> Source\n* Node 3 -> Drain\nM1 3 1 2 INNER\n"
				+ inner + ".ENDS VEND\n";
		Device d = device("K", DeviceKind.MOSFET_N, typ("VGS_TH", 3.1, "ID", 1e-3), typ("CISS", 2.2e-9, "VDS", 25),
				typ("QG", 4e-8, "VGS", 10, "VDS", 50, "ID", 8));
		DatasheetVerification a = verifier.verifyDatasheet(d, ours);
		DatasheetVerification b = verifier.verifyDatasheetOther(VendorModel.parse(lib, false), "VEND", d, ours,
				List.of());
		assertTrue(b.loaded(), b.errors().toString());
		assertEquals(a.points().size(), b.points().size());
		for (int i = 0; i < a.points().size(); i++) {
			near(a.points().get(i).value(), b.points().get(i).value(), 1e-3, a.points().get(i).row().name());
		}
	}

	/**
	 * Each gate-charge test runs in a deck of its own: one that ngspice aborts (here a sharp weak-inversion slope
	 * overflows ngspice's VDMOS once the gate passes about 17 V, early as its gate current is large) loses only its own
	 * measurements, not those of a test at 10 V beside it.
	 */
	@Test
	void aGateChargeTestNgspiceAbortsCostsOnlyItsOwnValues() throws ProcessingException {
		ModelCard sharp = knownMosfet().set("KSUBTHRES", 0.02, "");
		Device d = device("K", DeviceKind.MOSFET_N, typ("QG", 4e-8, "VGS", 10, "VDS", 50, "ID", 8),
				typ("QG", 4e-6, "VGS", 25, "VDS", 50, "ID", 8));
		DatasheetVerification v = verifier.verifyDatasheet(d, sharp);
		double at10 = v.points().get(0).value();
		assertTrue(Double.isNaN(v.points().get(1).value()), "the 25 V test stops where the model overflows");
		near(2e-9 * 10 + 2e-10 * (10 + 50), at10, 0.03, "QG at 10 V");
	}
}
