package org.espice.core.fit;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;
import org.junit.jupiter.api.Test;

/**
 * The Miller plateau of the gate-charge curve: found on curves drawn as corners or smooth, with the test's current
 * and supply from the curve or the table; and, where no transfer curve is followed, an aim of the channel fit.
 */
class GateChargePlateauTest {

	/**
	 * A high-voltage part as datasheets draw it: the square law holds well above the 250 uA threshold (weak-inversion
	 * slope 0.42 V), and the drift region takes nearly all of the 0.7 Ohm outside the channel.
	 */
	private static final SquareLaw LAW = new SquareLaw(4.5, 3.5, 0.7, 0.42, 0.05);
	private static final double TEST_ID = 8;

	private static Plot.Series corners(Map<String, Double> conditions, double... qv) {
		List<Plot.Point> pts = new ArrayList<>();
		for (int k = 0; k < qv.length; k += 2) {
			pts.add(new Plot.Point(qv[k], qv[k + 1]));
		}
		return new Plot.Series(null, conditions, null, pts);
	}

	/** The test's curve drawn as four corners: the rise, the plateau at {@code vp}, the rise to 10 V. */
	private static Plot.Series drawn(Map<String, Double> conditions, double vp) {
		return corners(conditions, 0, -0.05, 12e-9, vp, 30e-9, vp, 55e-9, 10);
	}

	private static Plot gateChargePlot(Plot.Series... s) {
		return new Plot(4, new Plot.Box(50, 50, 250, 200), "Gate Charge vs Gate-source Voltage", Plot.Kind.GATE_CHARGE,
				Plot.DrawnAs.VECTOR, new Plot.Axis("QG", "C", Plot.Scale.LINEAR, 0, 60e-9),
				new Plot.Axis("VGS", "V", Plot.Scale.LINEAR, 0, 12), null, List.of(s), List.of(), null, List.of());
	}

	private static Plot transferPlot() {
		return transferPlot(LAW::gateFor);
	}

	private static Plot transferPlot(java.util.function.DoubleUnaryOperator gateForCurrent) {
		List<Plot.Point> pts = new ArrayList<>();
		for (double id = 0.2; id <= 16; id *= 1.25) {
			pts.add(new Plot.Point(gateForCurrent.applyAsDouble(id), id));
		}
		return new Plot(4, new Plot.Box(50, 250, 250, 400), "Transfer Characteristics", Plot.Kind.TRANSFER,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VGS", "V", Plot.Scale.LINEAR, 0, 10),
				new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 16), null,
				List.of(new Plot.Series(null, Map.of("T", 25.0), null, pts)), List.of(), null, List.of());
	}

	/** The part's tables as the drawn law gives them, and its gate-charge test at 8 A from 400 V. */
	private static Device mosfet(Parameter... more) {
		double ron = VdmosFitter.predict(new Check(typ("RDS_ON", 1, "VGS", 10, "ID", 4.8), Probe.RDS_ON,
				Target.of(typ("RDS_ON", 1))), LAW);
		List<Parameter> rows = new ArrayList<>(List.of(typ("VGS_TH", LAW.gateFor(250e-6), "ID", 250e-6),
				typ("RDS_ON", ron, "VGS", 10, "ID", 4.8), typ("GFS", LAW.gfs(4.8, 0), "ID", 4.8), max("ID", 8, "T", 25),
				typ("QG", 40e-9, "VDD", 400, "ID", TEST_ID, "VGS", 10)));
		rows.addAll(List.of(more));
		return new Device("M1", DeviceKind.MOSFET_N, rows);
	}

	private static ModelCard fit(Device d, Plot... plots) throws ProcessingException {
		ExtractionResult r = new ExtractionResult("x.pdf", 4, null, "ACME", List.of(d), null).withCurves(List.of(plots));
		return (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
	}

	private static SquareLaw law(ModelCard c) {
		double rext = c.value("RD") + c.value("RS");
		Double ksub = c.value("KSUBTHRES");
		return new SquareLaw(c.value("VTO"), c.value("KP"), rext,
				ksub == null ? VdmosFitter.KSUBTHRES : ksub, c.value("RS") / rext);
	}

	private static String origin(ModelCard c, String name) {
		return c.params().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().origin();
	}

	@Test
	void theCornerOfAPlateauDrawnAsCornersIsFoundWithTheCurvesConditions() {
		Device d = mosfet();
		GateChargeCurves.Plateau p = GateChargeCurves.find(
				DeviceCurves.of(d, List.of(gateChargePlot(drawn(Map.of("VDS", 400.0, "ID", 8.0), 6.5)))), d);
		assertNotNull(p);
		assertEquals(6.5, p.vgs(), 0.01);
		assertEquals(12e-9, p.charge(), 0.1e-9);
		assertEquals(8, p.id(), 1e-9);
		assertEquals(400, p.vds(), 1e-9);
		assertEquals(4, p.page());
	}

	/**
	 * A datasheet that prints its gate charges as maxima only: the curve's corners are its typical charges (QGS where
	 * the plateau starts, QGD its width, QG at its top), marked as read off the curve, and the fit meets them. A
	 * printed typical charge keeps the curve's out.
	 */
	@Test
	void theCurvesCornersAreTheTypicalChargesWhereTheTablesPrintNone() throws ProcessingException {
		List<Parameter> rows = new ArrayList<>(mosfet().parameters());
		rows.removeIf(p -> p.name().equals("QG"));
		rows.addAll(List.of(max("QG", 80e-9, "VDD", 400, "ID", TEST_ID, "VGS", 10),
				typ("CISS", 1.3e-9, "VDS", 25, "VGS", 0, "f", 1e6), typ("COSS", 2e-10, "VDS", 25, "VGS", 0, "f", 1e6),
				typ("CRSS", 2e-11, "VDS", 25, "VGS", 0, "f", 1e6)));
		Device d = new Device("M1", DeviceKind.MOSFET_N, rows);
		double vp = LAW.gateFor(TEST_ID);
		Plot gc = gateChargePlot(drawn(Map.of("VDS", 400.0, "ID", TEST_ID), vp));
		Device with = GateChargeCurves.withCharges(d, DeviceCurves.of(d, List.of(gc)));
		Parameter qgs = with.all("QGS").get(0);
		Parameter qgd = with.all("QGD").get(0);
		Parameter qg = with.all("QG").stream().filter(p -> p.typ() != null).findFirst().orElseThrow();
		assertEquals(12e-9, qgs.typ(), 0.2e-9);
		assertEquals(18e-9, qgd.typ(), 0.4e-9);
		assertEquals(55e-9, qg.typ(), 0.2e-9);
		assertEquals(10, qg.condition("VGS"), 1e-9);
		assertTrue(qgs.source().fromCurve() && qgd.source().fromCurve() && qg.source().fromCurve());
		Device printed = mosfet();
		assertSame(printed, GateChargeCurves.withCharges(printed, DeviceCurves.of(printed, List.of(gc))));

		ModelCard c = fit(d, gc);
		assertTrue(origin(c, "CGDMAX").contains("QGD typ") && origin(c, "CGDMAX").contains("read off the curve p.4"),
				origin(c, "CGDMAX"));
		for (ModelCard.Residual r : c.residuals()) {
			if (r.check().probe() == Probe.GATE_DRAIN_CHARGE) {
				assertEquals(0, r.check().target().deviation(r.modelled()), 0.02, "QGD");
			}
		}
	}

	@Test
	void aSmoothCurveHasItsPlateauWhereItFlattens() {
		// rise to 5 V over 10 nC, 5 to 5.6 V over the next 25 nC, then on to 10 V, drawn as 60 points
		List<Plot.Point> pts = new ArrayList<>();
		for (int k = 0; k <= 60; k++) {
			double q = k * 1e-9;
			double v = q < 10e-9 ? 5 * q / 10e-9 : q < 35e-9 ? 5 + 0.6 * (q - 10e-9) / 25e-9 : 5.6 + 4.4 * (q - 35e-9) / 25e-9;
			pts.add(new Plot.Point(q, v + 0.02 * Math.sin(k)));
		}
		Device d = mosfet();
		GateChargeCurves.Plateau p = GateChargeCurves.find(DeviceCurves.of(d, List.of(gateChargePlot(
				new Plot.Series(null, Map.of("VDS", 400.0), null, pts)))), d);
		assertNotNull(p);
		assertEquals(5, p.vgs(), 0.15);
		assertEquals(8, p.id(), 1e-9, "the current from the table's test at the same supply");
	}

	@Test
	void aCurveWithoutAFlatStretchOrOnlyAPieceOfTheTestHasNoPlateau() {
		Device d = mosfet();
		Plot straight = gateChargePlot(corners(Map.of("ID", 8.0), 0, 0, 20e-9, 4, 40e-9, 7, 60e-9, 10));
		assertNull(GateChargeCurves.find(DeviceCurves.of(d, List.of(straight)), d));
		Plot piece = gateChargePlot(corners(Map.of("ID", 8.0), 20e-9, 6.5, 30e-9, 6.5, 40e-9, 8, 55e-9, 10));
		assertNull(GateChargeCurves.find(DeviceCurves.of(d, List.of(piece)), d), "the start is not drawn");
	}

	@Test
	void ofSeveralSuppliesTheTablesTestIsTaken() {
		Device d = mosfet();
		Plot plot = gateChargePlot(drawn(Map.of("VDS", 100.0), 6.0), drawn(Map.of("VDS", 400.0), 6.6),
				drawn(Map.of("VDS", 250.0), 6.3));
		GateChargeCurves.Plateau p = GateChargeCurves.find(DeviceCurves.of(d, List.of(plot)), d);
		assertNotNull(p);
		assertEquals(6.6, p.vgs(), 0.01);
		assertEquals(TEST_ID, p.id(), 1e-9);
		Device noTest = new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", 3, "ID", 250e-6)));
		assertNull(GateChargeCurves.find(DeviceCurves.of(noTest, List.of(plot)), noTest),
				"no test says which supply, nor what current");
	}

	/**
	 * Infineon labels its two gate-charge curves by the share of the drain's rating they were drawn at, "0,2 VDS max"
	 * and "0,8 VDS max": with a 500 V rating, the second is the table's 400 V test.
	 */
	@Test
	void aCurveAtAShareOfTheDrainsRatingIsAtThatSupply() {
		Device d = mosfet(max("VDSS", 500));
		Plot.Series low = drawn(Map.of(), 6.0);
		Plot.Series high = drawn(Map.of(), 6.6);
		Plot plot = gateChargePlot(new Plot.Series("0,2 VDS max", Map.of(), null, low.points()),
				new Plot.Series("0,8 VDS max", Map.of(), null, high.points()));
		GateChargeCurves.Plateau p = GateChargeCurves.find(DeviceCurves.of(d, List.of(plot)), d);
		assertNotNull(p);
		assertEquals(6.6, p.vgs(), 0.01);
		assertEquals(400, p.vds(), 1e-9);
		assertNull(GateChargeCurves.find(DeviceCurves.of(mosfet(), List.of(plot)), mosfet()), "no rating, no supply");
		assertEquals(0.8, Plot.ratedShare("0,8 VDS max"), 1e-12);
		assertEquals(0.2, Plot.ratedShare("0.2 x VDS(max)"), 1e-12);
		assertTrue(Double.isNaN(Plot.ratedShare("VDS = 400 V")));
	}

	/**
	 * The tables alone (the 250 uA threshold, RDS(on), gfs) put the plateau of the 8 A test 2 V low, with ngspice's
	 * default weak-inversion slope and a fifth of the resistance in the source. The drawn plateau joins the fit and
	 * sets the slope and the split; the tables stay met.
	 */
	@Test
	void thePlateauPlacesTheChannelWhereNoTransferCurveIsDrawn() throws ProcessingException {
		double vp = LAW.gateFor(TEST_ID);
		ModelCard plain = fit(mosfet());
		assertTrue(law(plain).gateFor(TEST_ID) < vp - 1, "the tables alone miss it: " + law(plain).gateFor(TEST_ID));
		ModelCard c = fit(mosfet(), gateChargePlot(drawn(Map.of("VDS", 400.0, "ID", TEST_ID), vp)));
		assertEquals(vp, law(c).gateFor(TEST_ID), 0.03 * vp);
		assertTrue(origin(c, "VTO").contains("Miller plateau of the gate-charge curve p.4"), origin(c, "VTO"));
		assertTrue(origin(c, "KSUBTHRES").contains("Miller plateau"), origin(c, "KSUBTHRES"));
		assertTrue(origin(c, "RS").contains("the split fitted too"), origin(c, "RS"));
		for (ModelCard.Residual r : c.residuals()) {
			if (r.check().probe() == Probe.VGS_TH || r.check().probe() == Probe.RDS_ON
					|| r.check().probe() == Probe.TRANSCONDUCTANCE) {
				assertTrue(r.check().target().accepts(r.modelled()), r.check().parameter().name() + " still met");
			}
		}
	}

	@Test
	void aFollowedTransferCurveAlreadyPlacesThePlateau() throws ProcessingException {
		ModelCard c = fit(mosfet(), transferPlot(), gateChargePlot(drawn(Map.of("VDS", 400.0, "ID", TEST_ID), 9)));
		assertTrue(origin(c, "VTO").contains("transfer curve"), origin(c, "VTO"));
		assertTrue(!origin(c, "VTO").contains("Miller plateau"), origin(c, "VTO"));
	}

	/**
	 * A transfer curve the law cannot follow (a straight line, 2 V above the part at 8 A) is left out; a plateau that
	 * disagrees with it by more than 10 % at its current is left out too, as one of the two drawings is wrong.
	 */
	@Test
	void aPlateauTheRefusedTransferCurveContradictsIsLeftOut() throws ProcessingException {
		double vp = LAW.gateFor(TEST_ID);
		ModelCard c = fit(mosfet(), transferPlot(id -> vp + 2 + 0.2 * (id - TEST_ID)),
				gateChargePlot(drawn(Map.of("VDS", 400.0, "ID", TEST_ID), vp)));
		assertTrue(c.notes().stream().anyMatch(n -> n.startsWith("transfer curve") && n.contains("left out")),
				c.notes().toString());
		assertTrue(c.notes().stream().anyMatch(n -> n.startsWith("Miller plateau") && n.contains("draws")),
				c.notes().toString());
		assertNull(c.value("KSUBTHRES"));
	}

	@Test
	void aPlateauThatBreaksATableValueIsLeftOutWithANote() throws ProcessingException {
		// a plateau barely above the 250 uA threshold: only a channel far stronger than the printed gfs carries 8 A
		ModelCard c = fit(mosfet(), gateChargePlot(drawn(Map.of("VDS", 400.0, "ID", TEST_ID), LAW.gateFor(250e-6) + 0.2)));
		assertTrue(c.notes().stream().anyMatch(n -> n.contains("Miller plateau") && n.contains("left out of the channel fit")),
				c.notes().toString());
		assertNull(c.value("KSUBTHRES"));
	}
}
