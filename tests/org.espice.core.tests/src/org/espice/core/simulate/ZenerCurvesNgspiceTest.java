package org.espice.core.simulate;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.CurveChecks;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A zener family's datasheet draws one unnamed VZ-IZ curve per voltage grade, here three grades simulated by ngspice
 * from known breakdown laws (NBV 3, RS 0.1 Ohm). A part's fit takes the curve through its own VZ at its test current,
 * finds NBV from the curve's rise, and in ngspice follows its grade's curve at currents between the read points; a
 * part no curve passes near keeps the table's rule, and so does one that prints a typical ZZT.
 */
class ZenerCurvesNgspiceTest {

	private static final double IZT = 0.045;
	private static final double NBV = 3;
	private static final double RS = 0.1;
	private static final double[] GRADES = { 5.1, 5.6, 6.2 };
	private static final double[] CURVE_IZ = { 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1 };
	private static final double[] HELD_OUT_IZ = { 2e-4, 2e-3, 0.02, 0.5 };

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	private static ModelCard grade(double vz) {
		return new ModelCard("K", DeviceKind.ZENER, "KNOWN_Z", "D").set("IS", 1e-14, "").set("RS", RS, "")
				.set("BV", vz - IZT * RS, "").set("IBV", IZT, "").set("NBV", NBV, "");
	}

	/** The zener voltage of a card at each current, one instance per point. */
	private static double[] vz(ModelCard card, double[] currents) throws ProcessingException {
		return Ngspice.perPoint(runner, card, currents.length, k -> String.format(Locale.ROOT,
				"I%d 0 k%d DC %g%nD%d 0 k%d %s%n", k, k, currents[k], k, k, card.modelName()), k -> "v(k" + k + ")");
	}

	private static Plot family() throws ProcessingException {
		List<Plot.Series> series = new ArrayList<>();
		for (double g : GRADES) {
			double[] v = vz(grade(g), CURVE_IZ);
			List<Plot.Point> pts = new ArrayList<>();
			for (int k = 0; k < v.length; k++) {
				pts.add(new Plot.Point(v[k], CURVE_IZ[k]));
			}
			series.add(new Plot.Series(null, Map.of("T", 25.0), null, pts));
		}
		return new Plot(4, new Plot.Box(50, 50, 250, 200), "Figure 8. Zener Voltage versus Zener Current",
				Plot.Kind.ZENER_IV, Plot.DrawnAs.VECTOR, new Plot.Axis("VZ", "V", Plot.Scale.LINEAR, 4, 7),
				new Plot.Axis("IZ", "A", Plot.Scale.LOG, 1e-4, 1), null, series, List.of(), null, List.of());
	}

	private static Device part(String name, double vz, Parameter zz) {
		return new Device(name, DeviceKind.ZENER, List.of(typ("VZ", vz, "IZ", IZT), zz, max("VF", 1.2, "IF", 1)));
	}

	private static ModelCard fit(Device d, Plot p) throws ProcessingException {
		ExtractionResult r = new ExtractionResult("z.pdf", 4, null, "ACME", List.of(d), null).withCurves(List.of(p));
		return (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
	}

	private static String origin(ModelCard c, String name) {
		return c.params().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow().origin();
	}

	@Test
	void thePartTakesItsGradesCurveAndFollowsItInNgspice() throws ProcessingException {
		Plot p = family();
		ModelCard fitted = fit(part("Z56", 5.6, max("ZZ", 5, "IZ", IZT)), p);
		assertTrue(origin(fitted, "NBV").contains("VZ-IZ curve p.4"), origin(fitted, "NBV"));
		assertEquals(NBV, fitted.value("NBV"), 0.1 * NBV, origin(fitted, "NBV"));
		double[] want = vz(grade(5.6), HELD_OUT_IZ);
		double[] got = vz(fitted, HELD_OUT_IZ);
		StringBuilder report = new StringBuilder();
		for (int k = 0; k < want.length; k++) {
			report.append(String.format(Locale.ROOT, "VZ@%gA %.4f vs %.4f; ", HELD_OUT_IZ[k], got[k], want[k]));
		}
		System.out.println("held-out zener voltages, fitted vs its grade's law: " + report);
		for (int k = 0; k < want.length; k++) {
			assertEquals(want[k], got[k], 0.005 * want[k], report.toString());
		}
		long drawn = CurveChecks.of(part("Z56", 5.6, max("ZZ", 5, "IZ", IZT)), List.of(p)).stream()
				.filter(c -> c.parameter().name().equals("VZ")).count();
		assertEquals(3, drawn, "every third of the nine read points is checked");
	}

	@Test
	void aPartNoCurvePassesNearKeepsTheTablesRule() throws ProcessingException {
		ModelCard fitted = fit(part("Z75", 7.5, max("ZZ", 5, "IZ", IZT)), family());
		assertTrue(origin(fitted, "NBV").startsWith("(ZZT - RS)*IZT/Vt"), origin(fitted, "NBV"));
	}

	@Test
	void aTypicalZztIsKept() throws ProcessingException {
		ModelCard fitted = fit(part("Z56", 5.6, typ("ZZ", 4, "IZ", IZT)), family());
		assertTrue(origin(fitted, "NBV").startsWith("(ZZT - RS)*IZT/Vt"), origin(fitted, "NBV"));
	}

	/** A ZZT maximum under the curve's own impedance at IZT bounds NBV: the limit holds, and the card says so. */
	@Test
	void aZztMaximumBoundsTheCurvesNbv() throws ProcessingException {
		ModelCard fitted = fit(part("Z56", 5.6, max("ZZ", 1, "IZ", IZT)), family());
		assertTrue(origin(fitted, "NBV").contains("held so that ZZT stays under"), origin(fitted, "NBV"));
		assertTrue(fitted.value("NBV") * 0.025852 / IZT + fitted.value("RS") <= 1.001, origin(fitted, "NBV"));
	}
}
