package org.espice.core.simulate;

import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A diode's forward law hot, on rectifiers whose IF-VF curves at 25 and 125 degC ngspice drew from known models: a
 * series resistance that falls hot is read as TRS1 beside XTI, a curve drawn without one gets none, and a hot leakage
 * row holds XTI where IS(T) meets it, so the model leaks no more than the datasheet prints hot.
 */
class HotForwardNgspiceTest {

	private static final double[] CURVE_IF = { 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1, 2, 4, 7, 10 };
	private static final double[] HELD_OUT_IF = { 2e-3, 0.05, 0.5, 3, 5 };

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	private static ModelCard known(String name, double rs, double xti, double trs1) {
		ModelCard card = new ModelCard("K", DeviceKind.RECTIFIER, name, "D").set("IS", 3e-9, "").set("N", 1.7, "")
				.set("RS", rs, "").set("XTI", xti, "").set("EG", 1.11, "");
		return trs1 == 0 ? card : card.set("TRS1", trs1, "");
	}

	/** The model fitted to {@code known}'s curves at 25 and 125 degC, its VF at 1 A and the other {@code rows}. */
	private static ModelCard fitted(ModelCard known, String part, Parameter... rows) throws ProcessingException {
		Plot p = ForwardCurvesNgspiceTest.plot(curve(known, 25), curve(known, 125));
		double vf1 = ForwardCurvesNgspiceTest.vf(runner, known, new double[] { 1 }, 25)[0];
		List<Parameter> all = new ArrayList<>(List.of(typ("VF", vf1, "IF", 1)));
		all.addAll(List.of(rows));
		return ForwardCurvesNgspiceTest.fit(new Device(part, DeviceKind.RECTIFIER, all), p);
	}

	private static Plot.Series curve(ModelCard known, double t) throws ProcessingException {
		return ForwardCurvesNgspiceTest.series(CURVE_IF, ForwardCurvesNgspiceTest.vf(runner, known, CURVE_IF, t), t);
	}

	/** The worst relative VF error of {@code fitted} against {@code known} at the held-out currents at 125 degC. */
	private static double worstHot(ModelCard known, ModelCard fitted) throws ProcessingException {
		double[] want = ForwardCurvesNgspiceTest.vf(runner, known, HELD_OUT_IF, 125);
		double[] got = ForwardCurvesNgspiceTest.vf(runner, fitted, HELD_OUT_IF, 125);
		double worst = 0;
		for (int k = 0; k < want.length; k++) {
			worst = Math.max(worst, Math.abs(got[k] / want[k] - 1));
		}
		return worst;
	}

	private static String origin(ModelCard card, String name) {
		return card.params().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow().origin();
	}

	/**
	 * RS 0.05 ohm falling to 0.71 of itself at 125 degC (TRS1 -0.003 /K): XTI alone would draw the fall through IS(T)
	 * and miss the curve at both ends; with TRS1 the model follows the hot curve between its points within 1 %.
	 */
	@Test
	void aResistanceFallingHotIsReadAsTrs1() throws ProcessingException {
		ModelCard known = known("FALL_D", 0.05, 3, -0.003);
		ModelCard fitted = fitted(known, "H1");
		assertTrue(fitted.value("TRS1") != null, fitted.params().toString());
		assertEquals(-0.003, fitted.value("TRS1"), 0.0006, origin(fitted, "TRS1"));
		assertTrue(origin(fitted, "TRS1").contains("falling hot"), origin(fitted, "TRS1"));
		assertTrue(origin(fitted, "XTI").contains("fitted with TRS1"), origin(fitted, "XTI"));
		double worst = worstHot(known, fitted);
		System.out.printf("TRS1 %.5f (drawn -0.003), XTI %.2f (drawn 3); worst hot VF error %.2f %%%n",
				fitted.value("TRS1"), fitted.value("XTI"), 100 * worst);
		assertTrue(worst < 0.01, "worst hot VF error " + worst);
	}

	@Test
	void aCurveDrawnWithoutTrs1GetsNone() throws ProcessingException {
		ModelCard known = known("PLAIN_D", 0.05, 4.5, 0);
		ModelCard fitted = fitted(known, "H2");
		assertNull(fitted.value("TRS1"), fitted.params().toString());
		assertEquals(4.5, fitted.value("XTI"), 0.5);
	}

	/**
	 * Drawn with XTI 12, a diode whose datasheet prints IR typ 5 uA at 125 degC: IS(T) on the drawn law would leak
	 * 11 uA there. XTI is held where IS(T) meets 95 % of the row, the card says so, and ngspice's leakage at 125 degC
	 * stays at the row.
	 */
	@Test
	void aHotLeakageRowHoldsXti() throws ProcessingException {
		ModelCard known = known("LEAKY_D", 0.03, 12, 0);
		Parameter ir = typ("IR", 5e-6, "VR", 400, "T", 125);
		ModelCard fitted = fitted(known, "H3", ir);
		assertTrue(origin(fitted, "XTI").contains("held at"), origin(fitted, "XTI"));
		assertTrue(fitted.value("XTI") < 9, "XTI " + fitted.value("XTI"));
		double leak = leakageAt125(fitted);
		System.out.printf("XTI held at %.2f (drawn 12); leakage at 125 degC %.3g A against IR typ 5e-6 A%n",
				fitted.value("XTI"), leak);
		assertEquals(5e-6, leak, 0.1 * 5e-6);
	}

	/** ngspice's reverse current of {@code card} at 400 V and 125 degC. */
	private static double leakageAt125(ModelCard card) throws ProcessingException {
		String deck = "* reverse leakage at 125 degC\n" + card.render(Dialect.NGSPICE) + "\nV1 k 0 DC 400\nD1 0 k "
				+ card.modelName() + " temp=125\n.control\nop\nlet ir = -i(V1)\nprint ir\n.endc\n.end\n";
		NgspiceRunner.Result r = runner.run(deck);
		assertTrue(r.errors().isEmpty(), r.errors() + "\n" + deck);
		return Math.abs(r.values().get("ir"));
	}

	/**
	 * No curves: VF at 1 A at 25 and 125 degC (drawn with XTI 12) beside IR typ 0.1 uA at 125 degC. The XTI that meets
	 * the hot VF row would leak several times the row; XTI is held where IS(T) meets it, the card says so, and
	 * ngspice's leakage at 125 degC stays at the row.
	 */
	@Test
	void aHotLeakageRowHoldsXtiSolvedFromAHotVfRow() throws ProcessingException {
		ModelCard known = known("ROWS_D", 0.03, 12, 0);
		double[] one = { 1 };
		double vf25 = ForwardCurvesNgspiceTest.vf(runner, known, one, 25)[0];
		double vf125 = ForwardCurvesNgspiceTest.vf(runner, known, one, 125)[0];
		Device d = new Device("H4", DeviceKind.RECTIFIER, List.of(typ("VF", vf25, "IF", 1),
				typ("VF", vf125, "IF", 1, "T", 125), typ("IR", 1e-7, "VR", 400, "T", 125)));
		ModelCard fitted = (ModelCard) new ModelBuilder().fit(d,
				new ExtractionResult("x.pdf", 2, null, "ACME", List.of(d), null), TaskMonitor.NONE);
		String origin = origin(fitted, "XTI");
		assertTrue(origin.contains("solved so that VF meets") && origin.contains("held at"), origin);
		double leak = leakageAt125(fitted);
		System.out.printf("XTI %.2f held by IR typ 0.1 uA at 125 degC: leakage %.3g A%n", fitted.value("XTI"), leak);
		assertTrue(leak <= 1.05e-7, "leakage at 125 degC " + leak);
	}
}
