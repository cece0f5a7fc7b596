package org.espice.core.fit;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.Test;

/**
 * The transfer curve (ID against VGS at room temperature) sets the channel's square law and its weak-inversion slope
 * beside the table rows; a curve the law cannot follow, or follows only by breaking a table value, is left out with
 * a note.
 */
class TransferCurveTest {

	/** The drawn part: VTO 3 V, KP 4 A/V^2, 0.4 Ohm outside the channel, weak-inversion slope 0.25 V. */
	private static final SquareLaw LAW = new SquareLaw(3, 4, 0.4, 0.25);

	private static Plot.Series series(double t, DoubleUnaryOperator gateForCurrent) {
		List<Plot.Point> pts = new ArrayList<>();
		for (double id = 0.2; id <= 20; id *= 1.25) {
			pts.add(new Plot.Point(gateForCurrent.applyAsDouble(id), id));
		}
		return new Plot.Series(null, Map.of("T", t, "VDS", 25.0), null, pts);
	}

	private static Plot transferPlot(Plot.Series... s) {
		return new Plot(4, new Plot.Box(50, 50, 250, 200), "Typical Transfer Characteristics", Plot.Kind.TRANSFER,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VGS", "V", Plot.Scale.LINEAR, 0, 10),
				new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 20), null, List.of(s), List.of(), null, List.of());
	}

	/** The part's tables: threshold at 250 uA, RDS(on) at 10 V, as the drawn law gives them. */
	private static Device mosfet() {
		double vth = LAW.gateFor(250e-6);
		double ron = VdmosFitter.predict(new org.espice.core.spice.Check(typ("RDS_ON", 1, "VGS", 10, "ID", 5),
				org.espice.core.spice.Probe.RDS_ON, org.espice.core.spice.Target.of(typ("RDS_ON", 1))), LAW);
		return new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", vth, "ID", 250e-6),
				typ("RDS_ON", ron, "VGS", 10, "ID", 5), max("ID", 10, "T", 25)));
	}

	private static ModelCard fit(Device d, Plot... plots) throws ProcessingException {
		ExtractionResult r = new ExtractionResult("x.pdf", 4, null, "ACME", List.of(d), null).withCurves(List.of(plots));
		return (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
	}

	@Test
	void theRoomCurveIsFoundAndResampledUpToTwiceTheRating() {
		Device d = mosfet();
		DeviceCurves curves = DeviceCurves.of(d, List.of(transferPlot(series(150, id -> LAW.gateFor(id) - 0.8),
				series(25, LAW::gateFor))));
		TransferCurves.Curve c = TransferCurves.find(curves, 10);
		assertNotNull(c);
		assertEquals(TransferCurves.SAMPLES, c.current().length);
		assertTrue(c.current()[c.current().length - 1] <= 10, "capped at the reach");
		for (int k = 0; k < c.current().length; k++) {
			assertEquals(LAW.gateFor(c.current()[k]), c.vgs()[k], 0.02, "the 25 degC curve, not the hot one");
		}
		assertEquals(25, c.vds(), 1e-9);
	}

	@Test
	void twoRoomCurvesSayNothingCertain() {
		Device d = mosfet();
		DeviceCurves curves = DeviceCurves.of(d, List.of(transferPlot(series(25, id -> LAW.gateFor(id) + 0.5),
				series(25, LAW::gateFor))));
		assertNull(TransferCurves.find(curves, Double.NaN));
	}

	/**
	 * NXP draws the sub-threshold current (1 µA to 1 mA on a log axis; its minimum and maximum beside the typical
	 * curve) apart from the transfer characteristic: the characteristic is the curve to fit. Two plots over the same
	 * currents still say nothing certain.
	 */
	@Test
	void aSubThresholdPlotBesideTheCharacteristicLeavesItTheCurve() {
		Device d = mosfet();
		List<Plot.Point> low = new ArrayList<>();
		for (double id = 1e-6; id <= 1e-3; id *= 2) {
			low.add(new Plot.Point(LAW.gateFor(id), id));
		}
		List<Plot.Series> spread = List.of(new Plot.Series("min", Map.of(), null, low),
				new Plot.Series("typ", Map.of(), null, low), new Plot.Series("max", Map.of(), null, low));
		Plot subThreshold = new Plot(5, new Plot.Box(50, 50, 250, 200), "Sub-threshold drain current",
				Plot.Kind.TRANSFER, Plot.DrawnAs.VECTOR, new Plot.Axis("VGS", "V", Plot.Scale.LINEAR, 0, 3),
				new Plot.Axis("ID", "A", Plot.Scale.LOG, 1e-6, 1e-3), null, spread, List.of(), null, List.of());

		Plot typical = subThreshold.withSeries(List.of(new Plot.Series(null, Map.of(), null, low)));
		for (Plot sub : List.of(subThreshold, typical)) {
			TransferCurves.Curve c = TransferCurves.find(DeviceCurves.of(d, List.of(sub,
					transferPlot(series(25, LAW::gateFor)))), 10);
			assertNotNull(c);
			assertEquals(4, c.page(), c.describe());
			assertTrue(c.current()[0] >= 0.2);
		}
		assertNull(TransferCurves.find(DeviceCurves.of(d, List.of(transferPlot(series(25, LAW::gateFor)),
				transferPlot(series(25, id -> LAW.gateFor(id) + 0.5)))), 10));
	}

	@Test
	void theCurveSetsTheLawAndItsWeakInversionSlope() throws ProcessingException {
		ModelCard plain = fit(mosfet());
		assertNull(plain.value("KSUBTHRES"), "without the curve ngspice's default slope stays");
		ModelCard c = fit(mosfet(), transferPlot(series(25, LAW::gateFor)));
		assertEquals(LAW.ksub(), c.value("KSUBTHRES"), 0.03);
		assertEquals(LAW.vto(), c.value("VTO"), 0.1);
		assertEquals(LAW.kp(), c.value("KP"), 0.15 * LAW.kp());
		String origin = c.params().stream().filter(p -> p.name().equals("VTO")).findFirst().orElseThrow().origin();
		assertTrue(origin.contains("transfer curve at 25 degC p.4"), origin);
		// the plateau of a gate-charge test at 10 A sits where the curve puts it; the tables alone miss it
		SquareLaw fitted = new SquareLaw(c.value("VTO"), c.value("KP"),
				c.value("RD") + c.value("RS"), c.value("KSUBTHRES"));
		assertEquals(LAW.gateFor(10), fitted.gateFor(10), 0.05 * LAW.gateFor(10));
	}

	@Test
	void aCurveTheLawCannotFollowIsLeftOutWithANote() throws ProcessingException {
		// a straight line 4 V above the tables' law: a misread axis or a curve drawn past the square law (one 3 V above
		// it, from 6 V, the law follows within 9.2 % rms once VTO may rise towards the curve)
		ModelCard c = fit(mosfet(), transferPlot(series(25, id -> 7 + 0.2 * id)));
		assertNull(c.value("KSUBTHRES"));
		assertTrue(c.notes().stream().anyMatch(n -> n.contains("left out of the channel fit")), c.notes().toString());
	}

	/**
	 * A 600 V part whose drift region takes 99 % of its 0.52 Ohm: with a fifth of that in the source no law follows its
	 * transfer curve and its gfs together (the source drop would straighten the curve at 20 A). The curve is used all
	 * the same, with the source's share fitted, and the law draws it.
	 */
	@Test
	void aCurveTheDefaultSourceShareCannotFollowIsFollowedWithTheSplitFitted() throws ProcessingException {
		SquareLaw part = new SquareLaw(3.5, 12, 0.52, 0.25, 0.01);
		double ron = VdmosFitter.predict(new org.espice.core.spice.Check(typ("RDS_ON", 1, "VGS", 10, "ID", 5),
				org.espice.core.spice.Probe.RDS_ON, org.espice.core.spice.Target.of(typ("RDS_ON", 1))), part);
		Device d = new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", part.gateFor(1e-3), "ID", 1e-3),
				typ("RDS_ON", ron, "VGS", 10, "ID", 5), typ("GFS", part.gfs(5, 0), "ID", 5), max("ID", 10, "T", 25)));
		List<Plot.Point> pts = new ArrayList<>();
		for (double id = 0.5; id <= 20; id *= 1.25) {
			pts.add(new Plot.Point(part.gateFor(id), id));
		}
		ModelCard c = fit(d, transferPlot(new Plot.Series(null, Map.of("T", 25.0), null, pts)));
		assertTrue(c.notes().stream().noneMatch(n -> n.contains("left out of the channel fit")), c.notes().toString());
		double rext = c.value("RD") + c.value("RS");
		assertTrue(c.value("RS") < 0.1 * rext, "RS " + c.value("RS") + " of " + rext);
		SquareLaw fitted = new SquareLaw(c.value("VTO"), c.value("KP"), rext,
				c.value("KSUBTHRES"), c.value("RS") / rext);
		for (double id : new double[] { 1, 5, 15 }) {
			assertEquals(part.gateFor(id), fitted.gateFor(id), 0.03 * part.gateFor(id), "gate voltage at " + id + " A");
		}
	}

	/**
	 * A high-voltage part's transfer curve, straight over the currents it is drawn at (7 to 30 A, 5 to 6.5 V): a free
	 * fit bends it with the source resistance and a huge KP instead of describing the channel, and was refused.
	 * Fitted again with the source drop held under the channel's overdrive, the channel follows it, and it is used.
	 */
	@Test
	void aStraightCurveIsDescribedByTheChannelNotTheSourceResistance() throws ProcessingException {
		DoubleUnaryOperator line = id -> 5 + 1.5 * (id - 7) / 23;
		Device d = new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", 3, "ID", 1e-3),
				typ("RDS_ON", 0.25, "VGS", 10, "ID", 11), max("ID", 17, "T", 25)));
		List<Plot.Point> pts = new ArrayList<>();
		for (double id = 7; id <= 30; id *= 1.15) {
			pts.add(new Plot.Point(line.applyAsDouble(id), id));
		}
		ModelCard c = fit(d, transferPlot(new Plot.Series(null, Map.of("T", 25.0), null, pts)));
		assertTrue(c.notes().stream().noneMatch(n -> n.contains("left out of the channel fit")), c.notes().toString());
		SquareLaw fitted = new SquareLaw(c.value("VTO"), c.value("KP"),
				c.value("RD") + c.value("RS"), c.value("KSUBTHRES"));
		for (double id : new double[] { 8, 17, 28 }) {
			assertEquals(line.applyAsDouble(id), fitted.gateFor(id), 0.03 * line.applyAsDouble(id),
					"gate voltage at " + id + " A");
		}
	}

	/**
	 * A 500 V part with a soft weak-inversion slope: its threshold row (3 V at 250 uA) lies 1.9 V under VTO, beyond
	 * the 1.5 times the row that bounds VTO in the tables-only fit, and its drift region takes 97 % of its 0.7 Ohm.
	 * The curve, drawn from 0.8 A, says the channel conducts only above 5.6 V: VTO may go up to there, the source drop
	 * is held and the split fitted, and the law follows the curve and its gfs.
	 */
	@Test
	void aSoftWeakInversionSlopeLiftsTheThresholdAboveItsBoundFromTheThresholdRow() throws ProcessingException {
		SquareLaw part = new SquareLaw(4.9, 3.6, 0.7, 0.5, 0.03);
		double vth = part.gateFor(250e-6);
		double ron = VdmosFitter.predict(new org.espice.core.spice.Check(typ("RDS_ON", 1, "VGS", 10, "ID", 5),
				org.espice.core.spice.Probe.RDS_ON, org.espice.core.spice.Target.of(typ("RDS_ON", 1))), part);
		Device d = new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", vth, "ID", 250e-6),
				typ("RDS_ON", ron, "VGS", 10, "ID", 5), Rows.range("GFS", 0.9 * part.gfs(5, 0), null, "ID", 5),
				max("ID", 8, "T", 25)));
		List<Plot.Point> pts = new ArrayList<>();
		for (double id = 0.8; id <= 16; id *= 1.2) {
			pts.add(new Plot.Point(part.gateFor(id), id));
		}
		ModelCard c = fit(d, transferPlot(new Plot.Series(null, Map.of("T", 25.0), null, pts)));
		assertTrue(c.notes().stream().noneMatch(n -> n.contains("left out of the channel fit")), c.notes().toString());
		assertTrue(c.value("VTO") > 1.5 * vth, "VTO " + c.value("VTO") + " against the row's " + vth + " V");
		double rext = c.value("RD") + c.value("RS");
		SquareLaw fitted = new SquareLaw(c.value("VTO"), c.value("KP"), rext,
				c.value("KSUBTHRES"), c.value("RS") / rext);
		for (double id : new double[] { 1, 2, 5, 15 }) {
			assertEquals(part.gateFor(id), fitted.gateFor(id), 0.03 * part.gateFor(id), "gate voltage at " + id + " A");
		}
	}

	/**
	 * ngspice's VDMOS overflows once (VGS - VTO)/KSUBTHRES passes about 709: a curve drawn with a very sharp
	 * weak-inversion slope is followed with the least slope that keeps the model finite up to 1.2 times the gate's
	 * rating, and the card says so; a part rated for more gate voltage gets a larger least slope.
	 */
	@Test
	void theWeakInversionSlopeStaysWhereNgspiceCanEvaluateItUpToTheGatesRating() throws ProcessingException {
		SquareLaw sharp = new SquareLaw(3, 4, 0.4, 0.01);
		double vth = sharp.gateFor(250e-6);
		double ron = VdmosFitter.predict(new org.espice.core.spice.Check(typ("RDS_ON", 1, "VGS", 10, "ID", 5),
				org.espice.core.spice.Probe.RDS_ON, org.espice.core.spice.Target.of(typ("RDS_ON", 1))), sharp);
		Device d = new Device("M1", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", vth, "ID", 250e-6),
				typ("RDS_ON", ron, "VGS", 10, "ID", 5), max("ID", 10, "T", 25), max("VGSS", 20)));
		ModelCard c = fit(d, transferPlot(series(25, sharp::gateFor)));
		double least = 1.2 * 20 / 700;
		assertEquals(least, ChannelPoint.minKsub(d), 1e-12);
		assertEquals(least, c.value("KSUBTHRES"), 1e-6);
		String origin = c.params().stream().filter(p -> p.name().equals("KSUBTHRES")).findFirst().orElseThrow()
				.origin();
		assertTrue(origin.contains("held at its least"), origin);
		Device rated30 = new Device("M2", DeviceKind.MOSFET_N, List.of(max("VGSS", 30), typ("QG", 1e-8, "VGS", 10)));
		assertEquals(1.2 * 30 / 700, ChannelPoint.minKsub(rated30), 1e-12);
		// at least 20 V (a rating read as 0.5 V is another row's value), or the largest gate voltage a test uses
		assertEquals(least, ChannelPoint.minKsub(new Device("M3", DeviceKind.MOSFET_N, List.of(max("VGSS", 0.5)))),
				1e-12);
		assertEquals(1.2 * 25 / 700, ChannelPoint.minKsub(new Device("M4", DeviceKind.MOSFET_N,
				List.of(typ("QG", 1e-8, "VGS", 25)))), 1e-12);
	}
	/**
	 * A part whose ohmic region conducts twice as well as its saturation's KP gives (MTRIODE 2): its RDS(on) rows at
	 * 10 V and 4.5 V fall from one to the other by KP x MTRIODE, its transfer curve rises by KP alone. With MTRIODE 1
	 * no law meets both; with MTRIODE fitted beside them the law follows the curve and the rows, and the card says
	 * where MTRIODE came from. A part drawn with MTRIODE 1 keeps ngspice's default.
	 */
	@Test
	void onResistanceRowsAtTwoGateVoltagesSetMtriodeBesideTheCurvesSaturation() throws ProcessingException {
		SquareLaw part = new SquareLaw(2, 6, 0.03, 0.1, VdmosFitter.RS_SHARE, 2);
		ModelCard c = fit(ohmicPart(part), transferPlot(series(25, part::gateFor)));
		assertEquals(2, c.value("MTRIODE"), 0.1);
		assertEquals(part.kp(), c.value("KP"), 0.1 * part.kp());
		SquareLaw fitted = new SquareLaw(c.value("VTO"), c.value("KP"),
				c.value("RD") + c.value("RS"), c.value("KSUBTHRES"), VdmosFitter.RS_SHARE, c.value("MTRIODE"));
		for (double id : new double[] { 0.5, 2, 10 }) {
			assertEquals(part.gateFor(id), fitted.gateFor(id), 0.01 * part.gateFor(id), "gate voltage at " + id + " A");
		}
		String origin = c.params().stream().filter(p -> p.name().equals("MTRIODE")).findFirst().orElseThrow()
				.origin();
		assertTrue(origin.contains("on-resistance rows"), origin);
		SquareLaw plain = part.triode(1);
		ModelCard one = fit(ohmicPart(plain), transferPlot(series(25, plain::gateFor)));
		assertTrue(one.value("MTRIODE") == null || Math.abs(one.value("MTRIODE") - 1) < 0.02,
				"MTRIODE " + one.value("MTRIODE"));
	}

	/** A part's threshold row and its RDS(on) rows at 10 V and 4.5 V as {@code law} gives them. */
	private static Device ohmicPart(SquareLaw law) {
		List<org.espice.core.Parameter> rows = new ArrayList<>();
		rows.add(typ("VGS_TH", law.gateFor(250e-6), "ID", 250e-6));
		for (double vgs : new double[] { 10, 4.5 }) {
			org.espice.core.Parameter probe = typ("RDS_ON", 1, "VGS", vgs, "ID", 5);
			double ron = VdmosFitter.predict(new org.espice.core.spice.Check(probe, org.espice.core.spice.Probe.RDS_ON,
					org.espice.core.spice.Target.of(probe)), law);
			rows.add(typ("RDS_ON", ron, "VGS", vgs, "ID", 5));
		}
		rows.add(max("ID", 10, "T", 25));
		return new Device("M1", DeviceKind.MOSFET_N, rows);
	}
}
