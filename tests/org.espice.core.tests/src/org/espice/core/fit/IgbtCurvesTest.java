package org.espice.core.fit;

import static org.espice.core.fit.Rows.range;
import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.espice.core.spice.ModelParam;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;
import org.junit.jupiter.api.Test;

/**
 * An IGBT's output curves, drawn from a known channel and PNP at VGE = 10, 12 and 15 V, with a table that prints only
 * VGE(th) and one VCE(sat) at 15 V: the fit takes the curves' on-state part (a curve that flattens into current
 * saturation up to 80 % of its end current) and follows them at the other gate voltages, which the table alone
 * leaves to its guessed transconductance.
 */
public class IgbtCurvesTest {

	/** VTO, KP, RD+RS, IS of the PNP the datasheet was drawn from. */
	private static final double VTO = 5.5, KP = 12, REXT = 0.01, IS_PNP = 1e-14;

	/** VCE of the drawn IGBT at {@code ic} and {@code vge} (room temperature). */
	public static double vce(double ic, double vge) {
		Map<String, Double> c = Map.of("IC", ic, "VGE", vge);
		Parameter p = new Parameter("VCE_SAT", null, 1.0, null, "V", c, null);
		return IgbtFitter.predict(new Check(p, Probe.IGBT_VCE_SAT, Target.of(p)), VTO, KP, REXT, IS_PNP);
	}

	/** IC against VCE at {@code vge}, up to {@code icMax} or where the channel saturates (then flat to 8 V). */
	private static Plot.Series curve(double vge, double icMax) {
		List<Plot.Point> pts = new ArrayList<>();
		double last = 0;
		for (double ic = 0.05 * icMax; ic <= icMax; ic += 0.05 * icMax) {
			double v = vce(ic, vge);
			if (v > 100) {
				break;
			}
			pts.add(new Plot.Point(v, ic));
			last = ic;
		}
		if (last < icMax) {
			pts.add(new Plot.Point(8, last * 1.02));
		}
		return new Plot.Series("VGE = " + vge + " V", Map.of("VGE", vge, "T", 25.0), null, pts);
	}

	/** The room-temperature output plot of the drawn IGBT, p.3, at VGE = 15, 12 and 10 V. */
	public static Plot output() {
		return new Plot(3, new Plot.Box(50, 50, 250, 200), "Fig. 6 - Typ. IGBT Output Characteristics TJ = 25°C",
				Plot.Kind.OUTPUT, Plot.DrawnAs.VECTOR, new Plot.Axis("VCE", "V", Plot.Scale.LINEAR, 0, 8),
				new Plot.Axis("IC", "A", Plot.Scale.LINEAR, 0, 200), null,
				List.of(curve(15, 200), curve(12, 200), curve(10, 200)), List.of(), null, List.of());
	}

	private static Device device() {
		return new Device("G1", DeviceKind.IGBT, List.of(range("VGE_TH", 4.0, 6.5, "IC", 1e-3),
				typ("VCE_SAT", vce(48, 15), "IC", 48, "VGE", 15)));
	}

	private static ModelCard fit(Plot... plots) throws ProcessingException {
		Device d = device();
		ExtractionResult r = new ExtractionResult("x.pdf", 3, null, "ACME", List.of(d), null).withCurves(List.of(plots));
		return (ModelCard) new ModelBuilder().fit(d, r, TaskMonitor.NONE);
	}

	private static double value(ModelCard c, String name) {
		return c.parameters().stream().filter(p -> p.name().equals(name)).mapToDouble(ModelParam::value).findFirst()
				.orElseThrow();
	}

	/** VCE of the fitted card at {@code ic} and {@code vge}, relative to the drawn transistor's. */
	private static double error(ModelCard c, double ic, double vge) {
		Map<String, Double> cond = Map.of("IC", ic, "VGE", vge);
		Parameter p = new Parameter("VCE_SAT", null, 1.0, null, "V", cond, null);
		double v = IgbtFitter.predict(new Check(p, Probe.IGBT_VCE_SAT, Target.of(p)), value(c, "G1_M.VTO"),
				value(c, "G1_M.KP"), value(c, "G1_M.RD") + value(c, "G1_M.RS"), value(c, "G1_Q.IS"));
		return v / vce(ic, vge) - 1;
	}

	@Test
	void theOutputCurvesSetTheChannelAtEveryGateVoltage() throws ProcessingException {
		ModelCard tables = fit();
		ModelCard curves = fit(output());
		String origin = curves.parameters().stream().filter(p -> p.name().equals("G1_M.VTO")).findFirst().orElseThrow()
				.origin();
		assertTrue(origin.contains("the output curves at VGE = 15.00, 12.00, 10.00 V p.3"), origin);
		double worst = 0;
		for (double vge : new double[] { 10, 12, 15 }) {
			for (double ic : new double[] { 30, 60 }) {
				worst = Math.max(worst, Math.abs(error(curves, ic, vge)));
			}
		}
		assertTrue(worst < 0.05, "worst VCE error on the curves " + worst);
		assertTrue(Math.abs(error(tables, 60, 10)) > 2 * Math.abs(error(curves, 60, 10)),
				"the table alone leaves VGE = 10 V to its guess: " + error(tables, 60, 10));
		assertEquals(0, error(curves, 48, 15), 0.03, "the table's VCE(sat) still met (the priors on KP and IS pull a little)");
	}

	/** VGE of the drawn IGBT at {@code ic} with its channel saturated (a transfer curve at a high VCE). */
	private static double vge(double ic) {
		Parameter p = new Parameter("VGE", null, 1.0, null, "V", Map.of("IC", ic), null);
		return IgbtFitter.predict(new Check(p, Probe.IGBT_VGE_TH, Target.of(p)), VTO, KP, REXT, IS_PNP);
	}

	/** The room transfer curve of the drawn IGBT at {@code vce}, p.4, from 1 A to 200 A. */
	private static Plot transfer(double vce) {
		List<Plot.Point> pts = new ArrayList<>();
		for (double ic = 1; ic <= 200; ic *= 1.4) {
			pts.add(new Plot.Point(vge(ic), ic));
		}
		return new Plot(4, new Plot.Box(50, 50, 250, 200), "Fig. 12 - Typ. Transfer Characteristics",
				Plot.Kind.TRANSFER, Plot.DrawnAs.VECTOR, new Plot.Axis("VGE", "V", Plot.Scale.LINEAR, 0, 15),
				new Plot.Axis("IC", "A", Plot.Scale.LINEAR, 0, 200), null,
				List.of(new Plot.Series(null, Map.of("T", 25.0, "VCE", vce), null, pts)), List.of(), null, List.of());
	}

	/** VGE of the fitted card at {@code ic}, relative to the drawn transistor's. */
	private static double gateError(ModelCard c, double ic) {
		Parameter p = new Parameter("VGE", null, 1.0, null, "V", Map.of("IC", ic), null);
		double v = IgbtFitter.predict(new Check(p, Probe.IGBT_VGE_TH, Target.of(p)), value(c, "G1_M.VTO"),
				value(c, "G1_M.KP"), value(c, "G1_M.RD") + value(c, "G1_M.RS"), value(c, "G1_Q.IS"));
		return v / vge(ic) - 1;
	}

	/**
	 * The transfer curve alone, drawn at VCE = 20 V, sets the channel's transconductance the table leaves to a guess;
	 * its points are checked as the gate voltage at their current and collector voltage. One drawn at 2 V, where the
	 * channel need not be saturated, is not used.
	 */
	@Test
	void theTransferCurveSetsTheChannel() throws ProcessingException {
		ModelCard tables = fit();
		ModelCard curves = fit(transfer(20));
		String origin = curves.parameters().stream().filter(p -> p.name().equals("G1_M.VTO")).findFirst().orElseThrow()
				.origin();
		assertTrue(origin.contains("the transfer curve at VCE = 20.00 V p.4"), origin);
		for (double ic : new double[] { 20, 80, 150 }) {
			System.out.printf("VGE at %.0f A: tables %+.1f %%, with the transfer curve %+.1f %%%n", ic,
					100 * gateError(tables, ic), 100 * gateError(curves, ic));
			// the weak prior on KP and the threshold row's aim at the middle of its limits still pull a little
			assertEquals(0, gateError(curves, ic), 0.06, "VGE at " + ic + " A");
		}
		assertTrue(Math.abs(gateError(tables, 150)) > 4 * Math.abs(gateError(curves, 150)),
				"the table alone leaves 150 A to its guess: " + gateError(tables, 150));
		List<Check> drawn = CurveChecks.of(device(), List.of(transfer(20)));
		assertTrue(!drawn.isEmpty() && drawn.stream().allMatch(c -> c.probe() == Probe.IGBT_VGE_TH
				&& c.condition("VCE", 0) == 20), drawn.toString());
		assertTrue(CurveChecks.of(device(), List.of(transfer(2))).isEmpty());
		assertTrue(fit(transfer(2)).parameters().stream().noneMatch(p -> p.origin().contains("transfer curve")));
	}

	@Test
	void aCurveThatSaturatesIsTakenBelowItsEndCurrent() {
		Plot.Series s = curve(8, 200);
		DeviceCurves.Curve c = DeviceCurves.curve(output(), s, "IC");
		IgbtCurves.Output o = IgbtCurves.on(8, c);
		assertNotNull(o);
		double end = Math.abs(s.points().get(s.points().size() - 1).y());
		double top = o.curve().x()[o.curve().x().length - 1];
		assertTrue(top <= IgbtCurves.BELOW_SATURATION * end, "on-state part up to " + top + " A of " + end);
		assertTrue(o.samples(k -> true).stream().allMatch(k -> vce(k.condition("IC", 0), 8) < 100),
				"every sample a current the channel carries at 8 V");
	}
}
