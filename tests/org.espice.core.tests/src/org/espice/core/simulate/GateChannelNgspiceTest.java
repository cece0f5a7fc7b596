package org.espice.core.simulate;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.range;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.ProcessingException;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gate's capacitance to the channel (CGCH) in ngspice: VDMOS's constant CGS holds less charge up to the Miller
 * plateau than a datasheet's QGS; the fitted capacitance, written beside the VDMOS card in a subcircuit, meets QGS and
 * QG in ngspice's own gate-charge transient, leaves the capacitances measured with the device off as they were, and
 * loads in every dialect; a card whose CGS already holds QGS stays a plain VDMOS card.
 */
class GateChannelNgspiceTest {

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	/**
	 * A 400 V power MOSFET (p-channel: the same part mirrored) whose gate charge up to the plateau is larger than its
	 * Ciss holds.
	 */
	private static List<Parameter> rows(boolean p, double qgs) {
		double s = p ? -1 : 1;
		List<Parameter> rows = new ArrayList<>(List.of(max("VDSS", s * 400),
				range("VGS_TH", p ? -4.0 : 2.0, p ? -2.0 : 4.0, "ID", s * 250e-6),
				typ("RDS_ON", 0.5, "VGS", s * 10, "ID", s * 5), typ("GFS", 5, "VDS", s * 50, "ID", s * 5),
				typ("CISS", 1.2e-9, "VDS", s * 25, "VGS", 0, "f", 1e6),
				typ("COSS", 1.8e-10, "VDS", s * 25, "VGS", 0, "f", 1e6),
				typ("CRSS", 2e-11, "VDS", s * 25, "VGS", 0, "f", 1e6)));
		rows.add(typ("QG", 50e-9, "VDD", s * 320, "ID", s * 10, "VGS", s * 10));
		if (qgs > 0) {
			rows.add(typ("QGS", qgs, "VDD", s * 320, "ID", s * 10, "VGS", s * 10));
		}
		rows.add(typ("QGD", 14e-9, "VDD", s * 320, "ID", s * 10, "VGS", s * 10));
		return rows;
	}

	private static ModelCard fit(Device d) throws ProcessingException {
		return GateChargeNgspiceTest.fit(d);
	}

	private static Map<String, DatasheetVerification.Point> simulate(Device d, ModelCard card)
			throws ProcessingException {
		return GateChargeNgspiceTest.simulate(runner, d, card);
	}

	@Test
	void theChargeUpToThePlateauThatCgsCannotHoldIsMetByTheGateChannelCapacitance() throws ProcessingException {
		Device d = new Device("HB_MOS400", DeviceKind.MOSFET_N, rows(false, 10e-9));
		ModelCard card = fit(d);
		assertEquals("SUBCKT", card.cardType());
		assertTrue(card.value("CGCH") > 0.1 * card.value("CGS"), "CGCH " + card.value("CGCH"));
		Map<String, DatasheetVerification.Point> points = simulate(d, card);
		System.out.printf("gate channel, 400 V part: CGCH %.3g F (CGS %.3g F); QGS %+.1f %%, QG %+.1f %%, QGD %+.1f %%%n",
				card.value("CGCH"), card.value("CGS"), 100 * points.get("QGS").error(), 100 * points.get("QG").error(),
				100 * points.get("QGD").error());
		for (String q : List.of("QGS", "QG", "QGD")) {
			assertTrue(points.get(q).fitted(), q);
			assertEquals(0, points.get(q).error(), 0.03, q);
		}
		// measured with the device off: the channel's capacitance is not there
		for (String c : List.of("CISS", "COSS", "CRSS")) {
			assertEquals(0, points.get(c).error(), 0.01, c);
		}

		// without the QGS row the card is the plain VDMOS one, and it falls short of the charge up to the plateau
		Device plain = new Device("HB_MOS400", DeviceKind.MOSFET_N, rows(false, 0));
		ModelCard without = fit(plain);
		assertEquals("VDMOS", without.cardType());
		double qgs = simulate(d, without).get("QGS").value();
		System.out.printf("gate channel, 400 V part without CGCH: QGS %.3g C against 10 nC%n", qgs);
		assertTrue(qgs < 0.85 * 10e-9, "QGS " + qgs);
	}

	@Test
	void aPChannelPartGetsItBetweenSourceAndGate() throws ProcessingException {
		Device d = new Device("HB_PMOS400", DeviceKind.MOSFET_P, rows(true, 10e-9));
		ModelCard card = fit(d);
		assertTrue(card.render(Dialect.NGSPICE).contains("CCH S G Q='"), card.render(Dialect.NGSPICE));
		Map<String, DatasheetVerification.Point> points = simulate(d, card);
		assertEquals(0, points.get("QGS").error(), 0.03, "QGS");
		assertEquals(0, points.get("QG").error(), 0.03, "QG");
	}

	@Test
	void theLtspiceCardGivesTheSameChargeAndThePspiceCardLoads() throws ProcessingException {
		Device d = new Device("HB_MOS400", DeviceKind.MOSFET_N, rows(false, 10e-9));
		ModelCard card = fit(d);
		ModelVerifier verifier = new ModelVerifier(runner);
		Map<String, DatasheetVerification.Point> ngspice = simulate(d, card);
		DatasheetVerification lt = verifier.verifyDatasheetOther(VendorModel.parse(card.render(Dialect.LTSPICE), true),
				card.modelName(), d, card, List.of("set ngbehavior=lt"));
		assertTrue(lt.loaded(), lt.errors().toString());
		// the plateau's start and width too: through a behavioural source's ddt() the gate jittered where the
		// channel's charge sets in, QGS came out 5 % early and QGD negative
		for (String q : List.of("QGS", "QGD", "QG")) {
			double ng = ngspice.get(q).value();
			double through = lt.points().stream().filter(p -> p.row().name().equals(q)).findFirst().orElseThrow()
					.value();
			assertEquals(ng, through, 0.01 * ng, q + " through the LTspice card's mirrored charge");
		}
		// PSpice's stand-in holds CGD at its value at the Crss voltage, so its charges differ by some percent; without the
		// gate channel's charge its QGS would be about half the datasheet's
		DatasheetVerification ps = verifier.verifyDatasheetOther(VendorModel.parse(card.render(Dialect.PSPICE), true),
				card.modelName(), d, card, List.of("set ngbehavior=ps"));
		assertTrue(ps.loaded(), ps.errors().toString());
		double psQgs = ps.points().stream().filter(p -> p.row().name().equals("QGS")).findFirst().orElseThrow().value();
		assertEquals(10e-9, psQgs, 0.15 * 10e-9, "QGS through the PSpice card's ABM source");
	}

	/** The capacitance measured at 1 MHz between gate and source of the card, gate at {@code vgs}, drain at 25 V. */
	private static double gateCapacitance(ModelCard card, double vgs) throws ProcessingException {
		NgspiceRunner.Result r = runner.run("* gate capacitance\n" + card.render(Dialect.NGSPICE)
				+ "Vg g 0 DC " + vgs + " AC 1\nVd d 0 DC 25\n" + ModelVerifier.dut(card.cardType(), 1, "d", "g", "0",
						card.modelName()) + "\n.control\n"
				+ "ac lin 1 1e6 1e6\nlet c = imag(i(Vg))/(-2*pi*1e6)\nprint c\n.endc\n.end\n", List.of());
		assertTrue(r.clean(), r.errors().toString());
		return r.values().get("c");
	}

	@Test
	void theChannelsCapacitanceCountsInAnAcRunWithTheDeviceOnOnly() throws ProcessingException {
		ModelCard card = fit(new Device("HB_MOS400", DeviceKind.MOSFET_N, rows(false, 10e-9)));
		ModelCard plain = fit(new Device("HB_MOS400", DeviceKind.MOSFET_N, rows(false, 10e-9)));
		plain.set("CGCH", 0, "left out for the comparison");
		double cgch = card.value("CGCH");
		assertEquals(0, gateCapacitance(card, 0) - gateCapacitance(plain, 0), 0.01 * cgch, "off: nil");
		assertEquals(cgch, gateCapacitance(card, 10) - gateCapacitance(plain, 10), 0.02 * cgch, "on: CGCH");
	}

	/**
	 * A gate-charge deck of many circuits (the points of a 640 V part's gate-charge curve) on a card with the gate's
	 * capacitance to the channel runs through: written by its capacitance instead of its charge, ngspice's transient
	 * of these circuits stopped at 17 ps ("timestep too small").
	 */
	@Test
	void aGateChargeDeckOfManyCircuitsAtHighVoltageRunsThrough() throws ProcessingException {
		ModelCard card = new ModelCard("HB_MOS800", DeviceKind.MOSFET_N, "HB_MOS800", "VDMOS");
		card.flag("nchan");
		double[] values = { 3.886, 28.67, 0.1946, 0.04866, 0.259, 1.25e-6, 0.01159, 4.79e-5, 0.01159, 4.79e-5, 7.632e-9,
				1.497e-17, 1.979, 2.26e-9, 2.287e-8, 1.165, 0.95, 1e-12, 1.2, 1e-3, 800, 5e-7, 0.6, 7.58e-11 };
		String[] names = { "VTO", "KP", "RD", "RS", "KSUBTHRES", "LAMBDA", "TRD1", "TRD2", "TRS1", "TRS2", "CGDMAX",
				"CGDMIN", "A", "CGS", "CJO", "VJ", "M", "IS", "N", "RB", "BV", "IBV", "RTHJC", "CGCH" };
		for (int i = 0; i < names.length; i++) {
			card.set(names[i], values[i], "a fitted 800 V superjunction part's");
		}
		List<Parameter> rows = new ArrayList<>(List.of(typ("QGS", 1.2e-8, "VGS", 10, "ID", 17, "VDS", 640)));
		for (double[] qv : new double[][] { { 2.7e-9, 1.35 }, { 5.4e-9, 2.7 }, { 8.1e-9, 4.05 }, { 1.08e-8, 5.4 },
				{ 5.63e-8, 6.9 }, { 8.64e-8, 9.6 }, { 1.16e-7, 12.3 }, { 1.47e-7, 15 } }) {
			rows.add(typ("QG", qv[0], "VGS", qv[1], "ID", 17, "VDS", 640));
		}
		DatasheetVerification v = new ModelVerifier(runner).verifyDatasheet(new Device("HB_MOS800",
				DeviceKind.MOSFET_N, rows), card);
		assertTrue(v.loaded(), v.errors().toString());
		assertEquals(9, v.points().size());
		for (DatasheetVerification.Point p : v.points()) {
			assertTrue(Double.isFinite(p.value()), p.row().name() + " at VGS " + p.row().condition("VGS") + " simulated");
		}
	}

	@Test
	void aCardWhoseCgsAlreadyHoldsTheChargeStaysAPlainVdmosCard() throws ProcessingException {
		Device d = new Device("HB_MOS400", DeviceKind.MOSFET_N, rows(false, 3e-9));
		ModelCard card = fit(d);
		assertEquals("VDMOS", card.cardType());
		assertNull(card.value("CGCH"));
		assertFalse(card.render(Dialect.NGSPICE).contains(".SUBCKT"));
		assertFalse(simulate(d, card).get("QGS").fitted(), "QGS stays held out");
	}
}
