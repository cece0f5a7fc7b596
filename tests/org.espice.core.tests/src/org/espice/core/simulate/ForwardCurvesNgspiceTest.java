package org.espice.core.simulate;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.range;
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
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rectifier whose IF-VF curves at 25 degC and 125 degC were simulated by ngspice from a known diode model: the
 * model fitted to those curves and one table value must give, in ngspice, the known model's forward voltage at
 * currents between the read points and at both temperatures. A datasheet with the curve but no VF row still gets a
 * model. A leakage ceiling below the curve's saturation current bounds IS, and the model still follows the curve.
 */
class ForwardCurvesNgspiceTest {

	private static final double[] CURVE_IF = { 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1, 3, 10 };
	private static final double[] HELD_OUT_IF = { 2e-3, 0.05, 0.5, 5 };

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	private static ModelCard known() {
		return new ModelCard("K", DeviceKind.RECTIFIER, "KNOWN_D", "D").set("IS", 3e-9, "").set("N", 1.7, "")
				.set("RS", 0.03, "").set("XTI", 4.5, "").set("EG", 1.11, "");
	}

	private static double[] vf(ModelCard card, double[] currents, double t) throws ProcessingException {
		return vf(runner, card, currents, t);
	}

	/** VF of a card at each current and temperature (degC), simulated with one instance per point. */
	static double[] vf(NgspiceRunner runner, ModelCard card, double[] currents, double t) throws ProcessingException {
		return Ngspice.perPoint(runner, card, currents.length, k -> String.format(Locale.ROOT,
				"I%d 0 a%d DC %g%nD%d a%d 0 %s temp=%g%n", k, k, currents[k], k, k, card.modelName(), t),
				k -> "v(a" + k + ")");
	}

	private static Plot.Series series(double[] v, double t) {
		return series(CURVE_IF, v, t);
	}

	/** The forward curve at {@code t} (degC) through the points (v[k], currents[k]). */
	static Plot.Series series(double[] currents, double[] v, double t) {
		List<Plot.Point> pts = new ArrayList<>();
		for (int k = 0; k < currents.length; k++) {
			pts.add(new Plot.Point(v[k], currents[k]));
		}
		return new Plot.Series(null, Map.of("T", t), null, pts);
	}

	/** An IF-VF plot on page 2 holding the curves {@code s}. */
	static Plot plot(Plot.Series... s) {
		return new Plot(2, new Plot.Box(50, 50, 250, 200), "Forward characteristics", Plot.Kind.IF_VF,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VF", "V", Plot.Scale.LINEAR, 0.4, 1.6),
				new Plot.Axis("IF", "A", Plot.Scale.LOG, 1e-3, 10), null, List.of(s), List.of(), null, List.of());
	}

	/** The model ESpice fits to {@code d} with the plot {@code p} read off its datasheet. */
	static ModelCard fit(Device d, Plot p) throws ProcessingException {
		ExtractionResult r = new ExtractionResult("x.pdf", 2, null, "ACME", List.of(d), null).withCurves(List.of(p));
		return (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
	}

	private static String compare(ModelCard fitted, double t, double[] worst) throws ProcessingException {
		double[] want = vf(known(), HELD_OUT_IF, t);
		double[] got = vf(fitted, HELD_OUT_IF, t);
		StringBuilder b = new StringBuilder();
		for (int k = 0; k < want.length; k++) {
			double err = Math.abs(got[k] / want[k] - 1);
			worst[0] = Math.max(worst[0], err);
			b.append(String.format(Locale.ROOT, "VF@%gA,%gC %+.2f%% ", HELD_OUT_IF[k], t, 100 * err));
		}
		return b.toString();
	}

	@Test
	void fittedDiodeFollowsItsCurvesAtBothTemperaturesInNgspice() throws ProcessingException {
		Plot p = plot(series(vf(known(), CURVE_IF, 25), 25), series(vf(known(), CURVE_IF, 125), 125));
		double vf1 = vf(known(), new double[] { 1 }, 25)[0];
		ModelCard fitted = fit(new Device("D1", DeviceKind.RECTIFIER, List.of(typ("VF", vf1, "IF", 1))), p);
		assertTrue(fitted.params().stream().anyMatch(q -> q.origin().contains("forward curve at 25 degC p.2")),
				fitted.params().toString());
		double[] worst = { 0 };
		String report = compare(fitted, 25, worst) + compare(fitted, 125, worst);
		System.out.println("held-out forward voltages, fitted vs known model: " + report);
		assertTrue(worst[0] < 0.02, report);
	}

	/**
	 * A rectifier drawn by ngspice with a forward knee current (IKF 0.3 A: past it the junction's voltage rises twice as
	 * fast, a bend the series resistance cannot draw): the fit takes IKF, says why, and follows the curve between its
	 * read points within 2 %.
	 */
	@Test
	void aCurveThatBendsPastAKneeGetsIkf() throws ProcessingException {
		ModelCard bent = new ModelCard("K", DeviceKind.RECTIFIER, "KNEE_D", "D").set("IS", 1e-10, "").set("N", 1.3, "")
				.set("RS", 0.02, "").set("IKF", 0.3, "");
		Plot p = plot(series(vf(bent, CURVE_IF, 25), 25));
		ModelCard fitted = fit(new Device("D4", DeviceKind.RECTIFIER, List.of(typ("VRRM", 400))), p);
		assertTrue(fitted.value("IKF") != null, fitted.params().toString());
		String origin = fitted.params().stream().filter(q -> q.name().equals("IKF")).findFirst().orElseThrow().origin();
		assertTrue(origin.contains("bends up past a knee"), origin);
		double[] want = vf(bent, HELD_OUT_IF, 25);
		double[] got = vf(fitted, HELD_OUT_IF, 25);
		for (int k = 0; k < want.length; k++) {
			assertEquals(want[k], got[k], 0.02 * want[k], "VF at " + HELD_OUT_IF[k] + " A, IKF " + fitted.value("IKF"));
		}
	}

	@Test
	void aCurveAloneGivesAModel() throws ProcessingException {
		Plot p = plot(series(vf(known(), CURVE_IF, 25), 25));
		ModelCard fitted = fit(new Device("D2", DeviceKind.RECTIFIER, List.of(typ("VRRM", 400))), p);
		double[] worst = { 0 };
		String report = compare(fitted, 25, worst);
		assertTrue(worst[0] < 0.02, report);
	}

	@Test
	void aCurveThatDisagreesWithTheTableIsNotUsed() throws ProcessingException {
		Plot p = plot(series(vf(known(), CURVE_IF, 25), 25));
		double vf1 = vf(known(), new double[] { 1 }, 25)[0];
		ModelCard fitted = fit(new Device("D3", DeviceKind.RECTIFIER, List.of(typ("VF", 1.3 * vf1, "IF", 1))), p);
		assertTrue(fitted.notes().stream().anyMatch(n -> n.contains("disagrees")), fitted.notes().toString());
		assertTrue(fitted.params().stream().noneMatch(q -> q.origin().contains("forward curve")));
	}

	@Test
	void theLeakageCeilingBoundsTheSaturationCurrent() throws ProcessingException {
		Plot p = plot(series(vf(known(), CURVE_IF, 25), 25));
		double vf1 = vf(known(), new double[] { 1 }, 25)[0];
		ModelCard fitted = fit(new Device("D4", DeviceKind.RECTIFIER,
				List.of(typ("VF", vf1, "IF", 1), max("IR", 1e-9, "VR", 400))), p);
		double is = fitted.value("IS");
		assertTrue(is <= 1.000001e-9, "IS " + is);
		assertTrue(fitted.params().stream().anyMatch(q -> q.origin().contains("bounded by the leakage")),
				fitted.params().toString());
		double[] worst = { 0 };
		String report = compare(fitted, 25, worst);
		System.out.println("held-out forward voltages with IS bounded by IR: " + report);
		assertTrue(worst[0] < 0.05, report);
	}

	/**
	 * A leakage guaranteed only hot (IR max 2 µA at 150 degC) bounds IS through the temperature law at the emission
	 * coefficient the fit ends with, which the bound itself moves: the model's leakage at 150 degC stays under it in
	 * ngspice.
	 */
	@Test
	void aHotLeakageBoundHoldsAtTheFittedEmissionCoefficient() throws ProcessingException {
		Plot p = plot(series(vf(known(), CURVE_IF, 25), 25));
		double vf1 = vf(known(), new double[] { 1 }, 25)[0];
		ModelCard fitted = fit(new Device("D5", DeviceKind.RECTIFIER,
				List.of(typ("VF", vf1, "IF", 1), max("IR", 2e-6, "VR", 400, "T", 150))), p);
		assertTrue(fitted.params().stream().anyMatch(q -> q.origin().contains("bounded by the leakage")),
				fitted.params().toString());
		String deck = "* reverse leakage at 150 degC\n" + fitted.render(Dialect.NGSPICE) + "\nV1 k 0 DC 400\nD1 0 k "
				+ fitted.modelName() + " temp=150\n.control\nop\nlet ir = -i(V1)\nprint ir\n.endc\n.end\n";
		NgspiceRunner.Result r = runner.run(deck);
		assertTrue(r.errors().isEmpty(), r.errors() + "\n" + deck);
		double ir = Math.abs(r.values().get("ir"));
		System.out.println("leakage at 150 degC under a 2 uA bound: " + ir);
		assertTrue(ir <= 2e-6, "IR at 150 degC " + ir + "\n" + deck);
	}

	/**
	 * An IGBT whose co-packaged diode is drawn at 25 and 125 degC (the same known curves): its diode is fitted as a
	 * rectifier is, to the curves with the VF row, and follows them at both temperatures; a table-only fit would leave
	 * XTI at its default and miss the hot curve.
	 */
	@Test
	void anIgbtsDiodeFollowsItsCurvesToo() throws ProcessingException {
		Plot p = plot(series(vf(known(), CURVE_IF, 25), 25), series(vf(known(), CURVE_IF, 125), 125));
		double vf1 = vf(known(), new double[] { 1 }, 25)[0];
		ModelCard igbt = fit(new Device("G1", DeviceKind.IGBT, List.of(range("VGE_TH", 4.0, 6.5, "IC", 1e-3),
				typ("VCE_SAT", 1.6, "IC", 48, "VGE", 15), typ("CIES", 3e-9, "VCE", 30), typ("CRES", 9e-11, "VCE", 30),
				typ("COES", 2.5e-10, "VCE", 30), typ("VF", vf1, "IF", 1))), p);
		ModelCard diode = igbt.subCards().stream().filter(c -> c.modelName().equals("G1_D")).findFirst().orElseThrow();
		assertTrue(diode.params().stream().anyMatch(q -> q.name().equals("XTI") && q.origin().contains("125 degC")),
				diode.params().toString());
		double[] worst = { 0 };
		String report = compare(diode, 25, worst) + compare(diode, 125, worst);
		System.out.println("held-out forward voltages of the IGBT's diode, fitted vs known model: " + report);
		assertTrue(worst[0] < 0.02, report);
	}
}
