package org.espice.core.fit;

import static org.espice.core.fit.Rows.typ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.ModelCard;
import org.junit.jupiter.api.Test;

/**
 * A BJT's Early voltage read off its output characteristics: the active-region lines of the low-current curves meet
 * the VCE axis at -VAF; a high-current curve steepened by self-heating, a curve at another temperature and curves
 * that never leave the saturation region are not taken for it.
 */
class EarlyVoltageTest {

	/** IC against VCE at one base current: a saturation knee (IC rising over the first 0.3 V), then IC0 (1 + VCE/VAF). */
	private static Plot.Series curve(double ib, double ic0, double vaf, double reach, double sign, Map<String, Double> t) {
		List<Plot.Point> pts = new ArrayList<>();
		for (double v = 0.02; v <= reach + 1e-9; v += reach / 60) {
			double ic = ic0 * (1 + v / vaf) * (1 - Math.exp(-v / 0.06));
			pts.add(new Plot.Point(sign * v, sign * ic));
		}
		java.util.HashMap<String, Double> c = new java.util.HashMap<>(t);
		c.put("IB", sign * ib);
		return new Plot.Series(null, c, null, pts);
	}

	private static Plot output(double reach, double sign, Plot.Series... s) {
		return new Plot(3, new Plot.Box(50, 50, 250, 200), "Output characteristics", Plot.Kind.OUTPUT,
				Plot.DrawnAs.VECTOR, new Plot.Axis("VCE", "V", Plot.Scale.LINEAR, 0, sign * reach),
				new Plot.Axis("IC", "A", Plot.Scale.LINEAR, 0, sign * 0.1), null, List.of(s), List.of(), null, List.of());
	}

	private static DeviceCurves curves(Device d, Plot p) {
		return DeviceCurves.of(d, List.of(p));
	}

	private static final Device NPN = new Device("Q1", DeviceKind.BJT_NPN, List.of(typ("HFE", 200, "IC", 2e-3, "VCE", 5)));

	@Test
	void theLowCurrentCurvesGiveTheEarlyVoltage() {
		Plot p = output(20, 1, curve(10e-6, 2e-3, 80, 20, 1, Map.of()), curve(20e-6, 4e-3, 80, 20, 1, Map.of()),
				curve(30e-6, 6e-3, 80, 20, 1, Map.of()),
				// the die heats along the high-current sweeps: steeper, not the Early effect
				curve(40e-6, 8e-3, 30, 20, 1, Map.of()), curve(60e-6, 12e-3, 25, 20, 1, Map.of()),
				curve(80e-6, 16e-3, 20, 20, 1, Map.of()),
				// another temperature
				curve(10e-6, 3e-3, 30, 20, 1, Map.of("T", 125.0)));
		EarlyVoltage.Result r = EarlyVoltage.of(curves(NPN, p));
		assertEquals(80, r.vaf(), 80 * 0.05, r.describe());
		assertEquals(3, r.curves(), r.describe());
	}

	@Test
	void aPnpsNegativeAxesAreMagnitudesAndTheCardCarriesIt() throws ProcessingException {
		Device pnp = new Device("Q2", DeviceKind.BJT_PNP, List.of(typ("HFE", 150, "IC", -2e-3, "VCE", -5)));
		Plot p = output(30, -1, curve(10e-6, 1.5e-3, 150, 30, -1, Map.of()), curve(20e-6, 3e-3, 150, 30, -1, Map.of()),
				curve(30e-6, 4.5e-3, 150, 30, -1, Map.of()));
		ExtractionResult er = new ExtractionResult("x.pdf", 3, null, "ACME", List.of(pnp), null).withCurves(List.of(p));
		ModelCard c = (ModelCard) new ModelBuilder().fit(pnp, er, TaskMonitor.NONE);
		assertEquals(150, c.value("VAF"), 150 * 0.05);
		assertTrue(c.params().stream().anyMatch(q -> q.name().equals("VAF") && !q.isDefault()
				&& q.origin().contains("output curves p.3")), c.params().toString());
	}

	@Test
	void curvesThatStayInSaturationGiveNone() {
		// a saturation plot: VCE up to 0.7 V only
		Plot p = output(0.7, 1, curve(1e-3, 0.05, 80, 0.7, 1, Map.of()), curve(2e-3, 0.1, 80, 0.7, 1, Map.of()));
		assertNull(EarlyVoltage.of(curves(NPN, p)));
	}
}
