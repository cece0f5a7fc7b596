package org.espice.core.simulate;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.CurveChecks;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A JFET datasheet draws the output curves of one sample unit, here one simulated by ngspice from a known NJF card.
 * A part whose VGS(off), IDSS and RDS(on) limits the unit keeps is fitted to its curves: VTO, BETA and, where the
 * curves run on well past their knee, LAMBDA, and in ngspice it carries the unit's current at points between the read
 * ones. Curves that end near their knee leave LAMBDA at its default; a part of another grade, whose limits the unit
 * breaks, is fitted to its table as before and gets no curve points to be checked against; two units drawn in two
 * plots give neither.
 */
class JfetCurvesNgspiceTest {

	private static final double[] GATES = { 0, -0.4, -0.8, -1.2 };

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	private static ModelCard unit() {
		return new ModelCard("K", DeviceKind.JFET_N, "KNOWN_J", "NJF").set("VTO", -1.8, "").set("BETA", 4e-3, "")
				.set("LAMBDA", 0.02, "").set("RD", 2, "").set("RS", 2, "");
	}

	/** The drain current of a card at each (VGS, VDS), one instance per point. */
	private static double[] id(ModelCard card, double[][] bias) throws ProcessingException {
		return Ngspice.perPoint(runner, card, bias.length, k -> String.format(Locale.ROOT,
				"Vg%d g%d 0 DC %g%nVd%d d%d 0 DC %g%nJ%d d%d g%d 0 %s%n", k, k, bias[k][0], k, k, bias[k][1], k, k, k,
				card.modelName()), k -> "-i(vd" + k + ")");
	}

	/** The unit's output curves, one per gate voltage, from 0 to {@code reach} volts, naming the unit's VGS(off). */
	private static Plot output(double reach, double unitOff) throws ProcessingException {
		int n = 16;
		List<Plot.Series> series = new ArrayList<>();
		for (double vgs : GATES) {
			double[][] bias = new double[n][];
			for (int k = 0; k < n; k++) {
				bias[k] = new double[] { vgs, reach * k / (n - 1) };
			}
			double[] id = id(unit(), bias);
			List<Plot.Point> pts = new ArrayList<>();
			for (int k = 0; k < n; k++) {
				pts.add(new Plot.Point(bias[k][1], id[k]));
			}
			Map<String, Double> cond = new LinkedHashMap<>();
			cond.put("VGS", vgs);
			cond.put("VGS(OFF)", unitOff);
			series.add(new Plot.Series("VGS = " + vgs + " V", cond, null, pts));
		}
		return new Plot(2, new Plot.Box(50, 50, 250, 200), "Common Drain-Source", Plot.Kind.OUTPUT,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, reach),
				new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 0.03), null, series, List.of(), null, List.of());
	}

	/** A part of the grade the unit belongs to (VGS(off) 0.5 to 3 V, IDSS over 2 mA, RDS(on) under 100 Ohm). */
	private static Device grade(String name, double offMin, double offMax) {
		return new Device(name, DeviceKind.JFET_N, List.of(range("VGS_OFF", -offMin, -offMax, "VDS", 5, "ID", 1e-6),
				range("IDSS", 2e-3, null, "VDS", 15), max("RDS_ON", 100, "VGS", 0, "VDS", 0.1)));
	}

	private static ModelCard fit(Device d, Plot... plots) throws ProcessingException {
		ExtractionResult r = new ExtractionResult("j.pdf", 2, null, "ACME", List.of(d), null)
				.withCurves(List.of(plots));
		return (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
	}

	private static String origin(ModelCard c, String name) {
		return c.params().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow().origin();
	}

	@Test
	void thePartIsFittedToTheDrawnUnitAndFollowsItInNgspice() throws ProcessingException {
		Plot p = output(8, -1.8);
		Device d = grade("J1", 0.5, 3);
		ModelCard fitted = fit(d, p);
		assertTrue(origin(fitted, "VTO").contains("drawn unit's output curves p.2"), origin(fitted, "VTO"));
		assertEquals(-1.8, fitted.value("VTO"), 0.03 * 1.8, origin(fitted, "VTO"));
		assertEquals(4e-3, fitted.value("BETA"), 0.05 * 4e-3);
		assertEquals(0.02, fitted.value("LAMBDA"), 0.004, origin(fitted, "LAMBDA"));
		double[][] held = { { 0, 0.3 }, { -0.2, 1.5 }, { -0.6, 5 }, { -1.0, 7 } };
		double[] want = id(unit(), held);
		double[] got = id(fitted, held);
		StringBuilder report = new StringBuilder();
		for (int k = 0; k < held.length; k++) {
			report.append(String.format(Locale.ROOT, "ID@%g,%g %.4g vs %.4g; ", held[k][0], held[k][1], got[k], want[k]));
		}
		System.out.println("held-out drain currents, fitted vs the drawn unit: " + report);
		for (int k = 0; k < held.length; k++) {
			assertEquals(want[k], got[k], 0.02 * want[k], report.toString());
		}
		List<Check> checks = CurveChecks.of(d, List.of(p));
		assertTrue(checks.size() >= 12 && checks.stream().allMatch(c -> c.parameter().name().equals("ID")),
				checks.toString());
	}

	@Test
	void curvesEndingNearTheirKneeLeaveLambdaAtItsDefault() throws ProcessingException {
		ModelCard fitted = fit(grade("J2", 0.5, 3), output(1.5, -1.8));
		assertTrue(origin(fitted, "VTO").contains("drawn unit's output curves"), origin(fitted, "VTO"));
		assertEquals(0.01, fitted.value("LAMBDA"), 1e-12);
		assertTrue(origin(fitted, "LAMBDA").contains("too near their knee"), origin(fitted, "LAMBDA"));
	}

	@Test
	void aPartOfAnotherGradeKeepsItsTableFit() throws ProcessingException {
		Plot p = output(8, -1.8);
		Device other = grade("J3", 3, 10);
		ModelCard fitted = fit(other, p);
		assertTrue(fitted.notes().stream().anyMatch(n -> n.contains("breaks the table's VGS_OFF")),
				fitted.notes().toString());
		assertTrue(origin(fitted, "VTO").startsWith("least squares (LM, rms") && !origin(fitted, "VTO").contains("unit"),
				origin(fitted, "VTO"));
		assertTrue(CurveChecks.of(other, List.of(p)).isEmpty());
	}

	/**
	 * A p-channel datasheet draws its unit in magnitudes (VDS and ID positive, the gate's positive voltages): the
	 * mirror of the n-channel unit gives the same law.
	 */
	@Test
	void aPChannelUnitDrawnInMagnitudesIsTakenToo() throws ProcessingException {
		Plot n = output(8, -1.8);
		List<Plot.Series> mirrored = new ArrayList<>();
		for (Plot.Series s : n.series()) {
			Map<String, Double> cond = new LinkedHashMap<>();
			s.conditions().forEach((k, v) -> cond.put(k, -v));
			mirrored.add(new Plot.Series(s.label(), cond, null, s.points()));
		}
		Plot p = new Plot(n.page(), n.bbox(), n.caption(), n.kind(), n.drawnAs(), n.x(), n.y(), null, mirrored,
				List.of(), null, List.of());
		Device d = new Device("JP", DeviceKind.JFET_P, List.of(range("VGS_OFF", 0.5, 3.0, "VDS", -5, "ID", -1e-6),
				range("IDSS", -2e-3, null, "VDS", -15), max("RDS_ON", 100, "VGS", 0, "VDS", -0.1)));
		ModelCard fitted = fit(d, p);
		assertTrue(origin(fitted, "VTO").contains("drawn unit's output curves p.2"), origin(fitted, "VTO"));
		assertEquals(-1.8, fitted.value("VTO"), 0.03 * 1.8, origin(fitted, "VTO"));
		assertEquals(4e-3, fitted.value("BETA"), 0.05 * 4e-3);
		assertEquals("PJF", fitted.cardType());
	}

	@Test
	void twoUnitsDrawnGiveNeither() throws ProcessingException {
		ModelCard fitted = fit(grade("J4", 0.5, 3), output(8, -1.8), output(8, -2.5));
		assertTrue(origin(fitted, "LAMBDA").contains("no single unit"), origin(fitted, "LAMBDA"));
		assertNull(fitted.notes().stream().filter(n -> n.contains("unit drawn")).findFirst().orElse(null));
	}
}
