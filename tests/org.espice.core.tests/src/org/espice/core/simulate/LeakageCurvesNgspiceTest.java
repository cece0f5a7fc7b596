package org.espice.core.simulate;

import static org.espice.core.fit.Rows.max;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
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
 * A Schottky whose leakage curves rise with the reverse voltage (as VR^0.9, a little slower than the tunnel term's
 * straight line) and with temperature (an activation energy of 0.7 eV), many times over its forward saturation
 * current: the fitted card follows them in ngspice at every temperature drawn, where IS alone leaks the flat
 * saturation current and misses them all by 90 % and more.
 */
class LeakageCurvesNgspiceTest {

	private static final double[] VR = { 2, 4, 6, 8, 10, 14, 18, 22, 26, 30, 34, 38 };
	private static final double[] T = { 25, 75, 125 };

	private static NgspiceRunner runner;

	@BeforeAll
	static void ngspice() {
		runner = Ngspice.required();
	}

	/** The drawn leakage: 0.2 uA at 5 V and 25 degC, rising as VR^0.9 and with 0.7 eV hot. */
	private static double leakage(double vr, double t) {
		double k = 8.617333e-5;
		return 2e-7 * Math.pow(vr / 5, 0.9) * Math.exp(0.7 / k * (1 / 298.15 - 1 / (t + 273.15)));
	}

	private static Plot plot() {
		List<Plot.Series> series = new ArrayList<>();
		for (double t : T) {
			List<Plot.Point> pts = new ArrayList<>();
			for (double v : VR) {
				pts.add(new Plot.Point(v, leakage(v, t)));
			}
			series.add(new Plot.Series(null, Map.of("T", t), null, pts));
		}
		return new Plot(3, new Plot.Box(50, 50, 250, 200), "Typical reverse characteristics", Plot.Kind.IR_VR,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VR", "V", Plot.Scale.LINEAR, 0, 40),
				new Plot.Axis("IR", "A", Plot.Scale.LOG, 1e-8, 1e-2), null, series, List.of(), null, List.of());
	}

	/**
	 * The reverse current of the card at each VR, at {@code t} degC, one instance per point; at room temperature the
	 * simulators' 27 degC, where the card is fitted and checked (as {@code espice verify} does).
	 */
	private static double[] reverse(ModelCard card, double t) throws ProcessingException {
		return Ngspice.perPoint(runner, card, VR.length, k -> String.format(Locale.ROOT,
				"V%d c%d 0 DC %g%nD%d 0 c%d %s temp=%g%n", k, k, VR[k], k, k, card.modelName(), t == 25 ? 27 : t),
				k -> "-i(V" + k + ")");
	}

	@Test
	void theCardFollowsTheLeakageCurvesAtEveryTemperatureInNgspice() throws ProcessingException {
		Device d = new Device("S40", DeviceKind.SCHOTTKY, List.of(typ("VF", 0.44, "IF", 0.1), typ("VF", 0.5, "IF", 1),
				typ("VF", 0.58, "IF", 3), max("VRRM", 40), max("IR", 5e-6, "VR", 40, "T", 25)));
		ExtractionResult r = new ExtractionResult("x.pdf", 3, null, "ACME", List.of(d), null).withCurves(List.of(plot()));
		ModelCard card = (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
		assertTrue(card.value("JTUN") != null && card.value("NTUN") != null && card.value("KEG") != null,
				card.render(Dialect.NGSPICE));
		assertTrue(card.value("IS") < 0.1 * leakage(VR[0], 25), "the forward IS alone leaks far less than drawn");
		List<Double> errors = new ArrayList<>();
		StringBuilder report = new StringBuilder();
		for (double t : T) {
			double[] got = reverse(card, t);
			for (int k = 0; k < VR.length; k++) {
				double e = got[k] / leakage(VR[k], t) - 1;
				errors.add(Math.abs(e));
				report.append(String.format(Locale.ROOT, "%g V %g C %+.1f%%  ", VR[k], t, 100 * e));
			}
		}
		double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		System.out.println("leakage curve points, card in ngspice against the drawn curves: " + report);
		assertTrue(sorted[sorted.length / 2] < 0.1, "median " + sorted[sorted.length / 2] + ": " + report);
		assertTrue(sorted[sorted.length - 1] < 0.25, "worst " + sorted[sorted.length - 1] + ": " + report);
		assertTrue(Arrays.stream(reverse(card, 25)).allMatch(i -> i < 5e-6), "under the 25 degC ceiling");
	}

	@Test
	void theLtspiceAndPspiceCardsLeaveTheTunnelCurrentOutAndSaySo() throws ProcessingException {
		Device d = new Device("S40", DeviceKind.SCHOTTKY, List.of(typ("VF", 0.44, "IF", 0.1), typ("VF", 0.5, "IF", 1),
				typ("VF", 0.58, "IF", 3), max("VRRM", 40)));
		ExtractionResult r = new ExtractionResult("x.pdf", 3, null, "ACME", List.of(d), null).withCurves(List.of(plot()));
		ModelCard card = (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
		for (Dialect dialect : List.of(Dialect.LTSPICE, Dialect.PSPICE)) {
			String text = card.render(dialect);
			String model = text.substring(text.indexOf(".model"));
			assertFalse(model.contains("JTUN") || model.contains("NTUN") || model.contains("KEG"), model);
			assertTrue(text.contains("tunnel current (JTUN, NTUN, KEG, XTITUN) is not written"), text);
		}
		assertEquals(0, card.value("XTITUN"));
	}
}
