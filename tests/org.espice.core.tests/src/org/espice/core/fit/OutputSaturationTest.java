package org.espice.core.fit;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.espice.core.spice.Check;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;
import org.junit.jupiter.api.Test;

/**
 * A MOSFET's output curves past their knee ({@link OutputSaturation}): a small-signal channel drawn as output curves
 * whose saturation current rises 2 % per volt past the knee. Their saturated points are found and checked as the drain
 * current at their gate and drain voltages ({@link CurveChecks}, in magnitudes with the conditions signed as the part);
 * a curve cut off by the frame's top, one still bending at its end, and the curves of a plot of the first volts beside
 * one of the rated range are not. Where no transfer curve is drawn, they stand in for one in the channel fit.
 */
public class OutputSaturationTest {

	/** The drawn channel: VTO 2 V, KP 0.5 A/V^2, 1 Ohm outside it, slope 0.1 V. */
	private static final SquareLaw LAW = new SquareLaw(2, 0.5, 1, 0.1, 0.2, 1);

	private static double ron(double vgs, double id) {
		Check c = new Check(typ("RDS_ON", 1, "VGS", vgs, "ID", id), Probe.RDS_ON, Target.of(typ("RDS_ON", 1)));
		return VdmosFitter.predict(c, LAW);
	}

	/**
	 * ID against VDS at {@code vgs} up to {@code top} volts: the ohmic region until the channel saturates, then the
	 * knee's current rising by {@code rise} of it per volt.
	 */
	private static Plot.Series curve(double vgs, double top, double rise) {
		List<Plot.Point> pts = new ArrayList<>();
		double last = 0;
		for (double id = 0.005; id < 5; id += 0.005) {
			double r = ron(vgs, id);
			if (r > 1e5 || r * id > top) {
				break;
			}
			pts.add(new Plot.Point(r * id, id));
			last = id;
		}
		double knee = pts.get(pts.size() - 1).x();
		for (double v = knee + 0.1; v <= top + 1e-9; v += 0.1) {
			pts.add(new Plot.Point(v, last * (1 + rise * v) / (1 + rise * knee)));
		}
		return new Plot.Series("VGS = " + vgs + " V", Map.of("VGS", vgs, "T", 25.0), null, pts);
	}

	private static Plot output(double top, double frameTop, double rise, double... gates) {
		List<Plot.Series> s = new ArrayList<>();
		for (double vgs : gates) {
			s.add(curve(vgs, top, rise));
		}
		return plot(top, frameTop, s);
	}

	private static Plot plot(double top, double frameTop, List<Plot.Series> s) {
		return new Plot(3, new Plot.Box(50, 50, 250, 200), "Fig. 1 Typical Output Characteristics", Plot.Kind.OUTPUT,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, top),
				new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, frameTop), null, s, List.of(), null, List.of());
	}

	private static Device mosfet(DeviceKind kind) {
		return new Device("M1", kind, List.of(typ("VGS_TH", 2, "ID", 250e-6), typ("RDS_ON", 2, "VGS", 10, "ID", 0.5),
				max("ID", 2, "T", 25)));
	}

	private static List<OutputSaturation.Saturated> find(Plot... plots) {
		return OutputSaturation.find(DeviceCurves.of(mosfet(DeviceKind.MOSFET_N), List.of(plots)));
	}

	@Test
	void theSaturatedPointsLiePastTheKneeWithTheCurvesRise() {
		List<OutputSaturation.Saturated> found = find(output(5, 2, 0.02, 2.75, 3, 3.25));
		assertEquals(3, found.size());
		for (OutputSaturation.Saturated s : found) {
			double overdrive = s.vgs() - LAW.vto();
			assertEquals(0.02, s.rise(), 0.002, "at " + s.vgs() + " V");
			assertTrue(s.vds()[0] > overdrive, "the first saturated point " + s.vds()[0] + " V past the knee");
			assertTrue(s.vds().length >= OutputSaturation.MIN_POINTS);
		}
	}

	@Test
	void theyAreCheckedAsTheDrainCurrentAtTheirBias() {
		Plot p = output(5, 2, 0.02, 2.75, 3, 3.25);
		for (DeviceKind kind : new DeviceKind[] { DeviceKind.MOSFET_N, DeviceKind.MOSFET_P }) {
			List<Check> checks = CurveChecks.of(mosfet(kind), List.of(p)).stream()
					.filter(c -> c.probe() == Probe.DRAIN_CURRENT).toList();
			List<OutputSaturation.Saturated> found = OutputSaturation.find(DeviceCurves.of(mosfet(kind), List.of(p)));
			int expected = 0;
			for (OutputSaturation.Saturated s : found) {
				for (int k = 0; k < s.id().length; k++) {
					expected += s.index()[k] % 3 == 2 ? 1 : 0;
				}
			}
			assertEquals(expected, checks.size());
			double sign = kind == DeviceKind.MOSFET_P ? -1 : 1;
			for (Check c : checks) {
				assertEquals("ID", c.parameter().name());
				assertTrue(c.parameter().source().fromCurve());
				assertTrue(c.target().value() > 0, "a magnitude: " + c.parameter());
				double vgs = sign * c.parameter().condition("VGS");
				double vds = sign * c.parameter().condition("VDS");
				assertTrue(vgs > 2 && vds > 1, c.parameter().toString());
			}
		}
	}

	@Test
	void aCurveCutOffByTheFramesTopDoesNotCount() {
		// the frame ends at 0.3 A: the 3.25 V curve runs flat along it, the others stay under it
		Plot p = output(5, 0.3, 0.02, 2.75, 3, 3.25);
		List<Plot.Series> clipped = new ArrayList<>();
		for (Plot.Series s : p.series()) {
			List<Plot.Point> pts = s.points().stream().map(q -> new Plot.Point(q.x(), Math.min(q.y(), 0.3))).toList();
			clipped.add(new Plot.Series(s.label(), s.conditions(), null, pts));
		}
		List<OutputSaturation.Saturated> found = find(plot(5, 0.3, clipped));
		assertEquals(List.of(2.75, 3.0), found.stream().map(OutputSaturation.Saturated::vgs).toList());
	}

	@Test
	void aCurveStillBendingAtItsEndDoesNotCount() {
		// drawn only to 0.6 V at 4 V of gate: the channel is in its ohmic region throughout
		assertTrue(find(output(0.6, 2, 0.02, 4)).isEmpty());
	}

	@Test
	void thePlotOfTheRatedRangeWinsOverOneOfTheFirstVolts() {
		// a plot of the first 2 V rising 10 % per volt past the knee, beside one to 50 V rising 0.2 % per volt
		List<OutputSaturation.Saturated> found = find(output(2, 2, 0.1, 2.75, 3), output(50, 2, 0.002, 2.75, 3));
		assertEquals(2, found.size());
		assertEquals(0.002, found.get(0).rise(), 2e-4);
	}

	@Test
	void theSaturatedCurvesStandInForAMissingTransferCurve() {
		Plot p = output(5, 2, 0.02, 2.5, 3, 3.5);
		DeviceCurves curves = DeviceCurves.of(mosfet(DeviceKind.MOSFET_N), List.of(p));
		TransferCurves.Curve c = TransferCurves.fromOutput(curves, Double.POSITIVE_INFINITY);
		assertEquals(3, c.current().length, c.describe());
		assertEquals(List.of(2.5, 3.0, 3.5), java.util.Arrays.stream(c.vgs()).boxed().toList());
		for (int k = 0; k < 3; k++) {
			// the drawn channel's saturation current, 2 % up per volt past its knee
			assertEquals(c.vgs()[k], LAW.gateFor(c.current()[k]), 0.05, "at " + c.current()[k] + " A");
		}
		assertTrue(c.describe().startsWith("saturated output curves at 25 degC p.3 (VGS 2.500, 3.000, 3.500 V)"),
				c.describe());
		assertEquals(null, TransferCurves.fromOutput(curves, 0.2), "one curve left under 0.2 A");
		assertEquals(null, TransferCurves.fromOutput(DeviceCurves.of(mosfet(DeviceKind.MOSFET_N),
				List.of(output(5, 2, 0.02, 2.75, 3))), Double.POSITIVE_INFINITY), "two curves within a ratio of 4");
	}

	@Test
	void withoutATransferCurveTheChannelFitFollowsTheSaturatedCurves() throws Exception {
		Device d = new Device("M2", DeviceKind.MOSFET_N, List.of(typ("VGS_TH", LAW.gateFor(250e-6), "ID", 250e-6),
				typ("RDS_ON", ron(10, 0.5), "VGS", 10, "ID", 0.5), max("ID", 2, "T", 25)));
		Plot p = output(5, 2, 0.02, 2.5, 3, 3.5);
		org.espice.core.spice.ModelCard card = (org.espice.core.spice.ModelCard) new ModelBuilder().fit(d,
				new org.espice.core.ExtractionResult("x.pdf", 3, null, "ACME", List.of(d), null).withCurves(List.of(p)),
				org.espice.core.TaskMonitor.NONE);
		String vto = card.params().stream().filter(q -> q.name().equals("VTO")).findFirst().orElseThrow().origin();
		assertTrue(vto.contains("saturated output curves at 25 degC p.3"), vto);
		SquareLaw fitted = OutputCurvesTest.law(card);
		for (double id : new double[] { 0.1, 0.3, 0.5 }) {
			assertEquals(LAW.gateFor(id), fitted.gateFor(id), 0.03 * LAW.gateFor(id), "gate voltage at " + id + " A");
		}
	}
	/**
	 * A channel whose saturation current rises 2 % per volt (ngspice's LAMBDA 0.02, KP 0.5 at VDS = 0), its transfer
	 * curve drawn at 10 V and its output curves saturating from 1 to 5 V: the channel fit reads the saturated points
	 * as points of the transfer characteristic at their own drain voltages, and LAMBDA is what tells the two apart.
	 * The card gives LAMBDA with its origin, KP at VDS = 0, and the gate voltage at the curve's drain voltage as drawn.
	 * A part whose curves lie flat keeps its saturation flat.
	 */
	@Test
	void theOutputCurvesBesideTheTransferCurveSetLambda() throws Exception {
		SquareLaw sloped = LAW.sloped(0.02);
		org.espice.core.spice.ModelCard card = fitWithTransfer(sloped);
		assertEquals(0.02, card.value("LAMBDA"), 0.004);
		String origin = card.params().stream().filter(q -> q.name().equals("LAMBDA")).findFirst().orElseThrow()
				.origin();
		assertTrue(origin.contains("saturated output curves at VGS = 2.500, 3.000, 3.500 V p.3"), origin);
		assertEquals(0.5, card.value("KP"), 0.05);
		SquareLaw fitted = OutputCurvesTest.law(card).sloped(card.value("LAMBDA"));
		for (double id : new double[] { 0.1, 0.3, 0.5 }) {
			assertEquals(sloped.gateFor(id, 10), fitted.gateFor(id, 10), 0.02 * sloped.gateFor(id, 10),
					"gate voltage at " + id + " A and 10 V");
		}
		org.espice.core.spice.ModelCard flat = fitWithTransfer(LAW);
		assertTrue(flat.value("LAMBDA") < 0.002, "LAMBDA " + flat.value("LAMBDA"));
	}

	/**
	 * A transfer curve drawn at 10 V by a unit 30 % stronger (KP 0.65) than the one whose output curves saturate from
	 * their knees to 20 V (KP 0.5, both rising 1 % per volt). The saturated points' median drain voltage lies by the
	 * transfer curve's, but they span 1 to 20 V: they join the fit with LAMBDA held at 0, and the law follows the
	 * output curves' currents far better than the law on the transfer curve alone, at the cost of some of the transfer
	 * curve's gate voltage. The same where the transfer curve gives no drain voltage ("VDS > ID x RDS(on)").
	 */
	@Test
	void outputCurvesAtTheTransferCurvesDrainVoltageStillSetTheCurrents() throws Exception {
		SquareLaw unit = LAW.sloped(0.01);
		SquareLaw stronger = new SquareLaw(LAW.vto(), 0.65, LAW.rext(), LAW.ksub(), LAW.rsShare(), 1).sloped(0.01);
		Device d = device(unit);
		for (Double vds : new Double[] { 10.0, null }) {
			List<Plot> both = plots(stronger, unit, 20, vds);
			org.espice.core.spice.ModelCard card = fit(d, both);
			org.espice.core.spice.ModelCard transferOnly = fit(d, List.of(both.get(1)));
			List<OutputSaturation.Saturated> sat = OutputSaturation.find(DeviceCurves.of(d, List.of(both.get(0))));
			double followed = currentError(OutputCurvesTest.law(card).sloped(card.value("LAMBDA")), sat);
			double alone = currentError(OutputCurvesTest.law(transferOnly).sloped(transferOnly.value("LAMBDA")), sat);
			System.out.printf("transfer curve at VDS %s: output curves' currents, median error %.1f %% with them, "
					+ "%.1f %% on the transfer curve alone%n", vds, 100 * followed, 100 * alone);
			assertTrue(followed < 0.6 * alone, followed + " against " + alone);
			assertTrue(card.value("LAMBDA") < 1e-4, "LAMBDA held: " + card.value("LAMBDA"));
		}
	}

	/** The median |ln| of {@code law}'s saturation current against the saturated points'. */
	private static double currentError(SquareLaw law, List<OutputSaturation.Saturated> sat) {
		List<Double> e = new ArrayList<>();
		for (OutputSaturation.Saturated s : sat) {
			for (int k = 0; k < s.vds().length; k++) {
				e.add(Math.abs(Math.log(law.currentAt(s.vgs(), s.vds()[k]) / s.id()[k])));
			}
		}
		java.util.Collections.sort(e);
		return e.get(e.size() / 2);
	}

	private static org.espice.core.spice.ModelCard fit(Device d, List<Plot> plots) throws Exception {
		return (org.espice.core.spice.ModelCard) new ModelBuilder().fit(d, new org.espice.core.ExtractionResult(
				"x.pdf", 3, null, "ACME", List.of(d), null).withCurves(plots), org.espice.core.TaskMonitor.NONE);
	}

	/** The part drawn by {@code law} fitted to its rows, its transfer curve and its output curves. */
	private static org.espice.core.spice.ModelCard fitWithTransfer(SquareLaw law) throws Exception {
		Device d = device(law);
		org.espice.core.ExtractionResult result = new org.espice.core.ExtractionResult("x.pdf", 3, null, "ACME",
				List.of(d), null).withCurves(plots(law));
		return (org.espice.core.spice.ModelCard) new ModelBuilder().fit(d, result, org.espice.core.TaskMonitor.NONE);
	}

	/** The part whose current rises 2 % per volt ({@link #theOutputCurvesBesideTheTransferCurveSetLambda}). */
	public static Device slopedMosfet() {
		return device(LAW.sloped(0.02));
	}

	/** Its transfer curve at VDS 10 V and its output curves up to 5 V. */
	public static List<Plot> slopedPlots() {
		return plots(LAW.sloped(0.02));
	}

	/** The rows of the part drawn by {@code law}: its threshold, its RDS(on) at 10 V and 0.5 A, rated 2 A and 25 V. */
	private static Device device(SquareLaw law) {
		return drawnPart("M3", law, 0.5, 2, 25);
	}

	/**
	 * The rows of the part {@code name} drawn by {@code law}: its threshold at 250 uA, its RDS(on) at 10 V and
	 * {@code ronCurrent}, its current rating {@code rating} at 25 degC and its V(BR)DSS {@code vdss}.
	 */
	static Device drawnPart(String name, SquareLaw law, double ronCurrent, double rating, double vdss) {
		Check r = new Check(typ("RDS_ON", 1, "VGS", 10, "ID", ronCurrent), Probe.RDS_ON, Target.of(typ("RDS_ON", 1)));
		return new Device(name, DeviceKind.MOSFET_N, List.of(typ("VGS_TH", law.thresholdFor(250e-6), "ID", 250e-6),
				typ("RDS_ON", VdmosFitter.predict(r, law), "VGS", 10, "ID", ronCurrent), max("ID", rating, "T", 25),
				max("VDSS", vdss)));
	}

	/** The output curves (p.3, up to 5 V) and the transfer curve (p.4, at VDS 10 V) {@code law} draws. */
	private static List<Plot> plots(SquareLaw law) {
		return plots(law, law, 5, 10.0);
	}

	/**
	 * The output curves {@code output} draws (p.3, up to {@code top} volts) and the transfer curve {@code transferLaw}
	 * draws (p.4, at VDS 10 V), labelled with its drain voltage {@code vds} (none where null).
	 */
	private static List<Plot> plots(SquareLaw transferLaw, SquareLaw output, double top, Double vds) {
		List<Plot.Point> pts = new ArrayList<>();
		for (double id = 0.02; id <= 2; id *= 1.3) {
			pts.add(new Plot.Point(transferLaw.gateFor(id, 10), id));
		}
		Plot transfer = new Plot(4, new Plot.Box(50, 50, 250, 200), "Fig. 2 Typical Transfer Characteristics",
				Plot.Kind.TRANSFER, Plot.DrawnAs.VECTOR, new Plot.Axis("VGS", "V", Plot.Scale.LINEAR, 0, 5),
				new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 2), null,
				List.of(new Plot.Series(null, vds == null ? Map.of("T", 25.0) : Map.of("T", 25.0, "VDS", vds), null, pts)),
				List.of(), null, List.of());
		List<Plot.Series> curves = new ArrayList<>();
		for (double vgs : new double[] { 2.5, 3, 3.5 }) {
			curves.add(saturating(output, vgs, top));
		}
		return List.of(plot(top, 2, curves), transfer);
	}

	/**
	 * ID against VDS at {@code vgs} up to {@code top} volts as {@code law} draws it: its ohmic region up to the knee,
	 * then its saturation current at each drain voltage.
	 */
	private static Plot.Series saturating(SquareLaw law, double vgs, double top) {
		List<Plot.Point> pts = new ArrayList<>();
		double knee = 0;
		for (double id = 0.005; id < 5; id += 0.005) {
			Check c = new Check(typ("RDS_ON", 1, "VGS", vgs, "ID", id), Probe.RDS_ON, Target.of(typ("RDS_ON", 1)));
			double r = VdmosFitter.predict(c, law);
			if (r > 1e5 || r * id > top || vgs < law.gateFor(id, r * id)) {
				break;
			}
			pts.add(new Plot.Point(r * id, id));
			knee = r * id;
		}
		for (double v = knee + 0.1; v <= top + 1e-9; v += 0.1) {
			pts.add(new Plot.Point(v, law.currentAt(vgs, v)));
		}
		return new Plot.Series("VGS = " + vgs + " V", Map.of("VGS", vgs, "T", 25.0), null, pts);
	}
}
