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
		assertTrue(r.describe().contains("of 3 output curves"), r.describe());
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

	/**
	 * A gain curve at VCE (1 + VCB / VAF) times a roll-off that is the same at both voltages, the low-voltage curve
	 * falling faster past its peak (the collector saturates): {IC[], hFE[]} from 0.1 mA to 300 mA.
	 */
	private static HfeCurves.Gain gain(double vce, double vaf, double drop) {
		int n = 40;
		double[] ic = new double[n];
		double[] h = new double[n];
		for (int i = 0; i < n; i++) {
			ic[i] = 1e-4 * Math.pow(3000, i / (n - 1.0));
			double rolloff = 1 / (1 + Math.sqrt(1e-4 / ic[i])) / (1 + ic[i] / 0.1);
			h[i] = 200 * (1 + (vce - EarlyVoltage.VBE) / vaf) * rolloff / (1 + drop * Math.pow(ic[i] / 0.03, 3));
		}
		return new HfeCurves.Gain(vce, 25, new DeviceCurves.Curve(2, null, ic, h));
	}

	@Test
	void gainCurvesAtTwoCollectorVoltagesGiveTheEarlyVoltage() {
		EarlyVoltage.Result r = EarlyVoltage.ofGains(List.of(gain(1, 60, 1), gain(10, 60, 0)), EarlyVoltage.VBE);
		assertEquals(60, r.vaf(), 60 * 0.05, r.describe());
		assertTrue(r.describe().contains("VCE = 10.00 V p.2 and 1.000 V p.2"), r.describe());
		assertEquals(EarlyVoltage.MAX_VAF,
				EarlyVoltage.ofGains(List.of(gain(1, 1e9, 0), gain(10, 1e9, 0)), EarlyVoltage.VBE).vaf(),
				"a gain that does not grow with VCE");
		assertNull(EarlyVoltage.ofGains(List.of(gain(2, 1e9, 0), gain(4, -200, 0)), EarlyVoltage.VBE),
				"a gain that falls with VCE");
	}

	/** An NPN with gain curves at VCE = 1 V and 10 V and no output curves: its card's VAF comes from the gains. */
	@Test
	void theCardTakesTheEarlyVoltageOfTheGainCurves() throws ProcessingException {
		List<Plot.Series> series = new ArrayList<>();
		for (double vce : new double[] { 1, 10 }) {
			HfeCurves.Gain g = gain(vce, 60, vce < 2 ? 1 : 0);
			List<Plot.Point> pts = new ArrayList<>();
			for (int i = 0; i < g.curve().x().length; i++) {
				pts.add(new Plot.Point(g.curve().x()[i], g.curve().y()[i]));
			}
			series.add(new Plot.Series(null, Map.of("VCE", vce, "T", 25.0), null, pts));
		}
		Plot p = new Plot(2, new Plot.Box(50, 50, 250, 200), "DC Current Gain", Plot.Kind.HFE_IC, Plot.DrawnAs.VECTOR,
				new Plot.Axis("IC", "A", Plot.Scale.LOG, 1e-4, 1), new Plot.Axis("HFE", "", Plot.Scale.LOG, 10, 1000),
				null, series, List.of(), null, List.of());
		Device npn = new Device("Q3", DeviceKind.BJT_NPN, List.of(typ("HFE", 210, "IC", 2e-3, "VCE", 5)));
		ExtractionResult er = new ExtractionResult("x.pdf", 3, null, "ACME", List.of(npn), null).withCurves(List.of(p));
		ModelCard c = (ModelCard) new ModelBuilder().fit(npn, er, TaskMonitor.NONE);
		assertEquals(60, c.value("VAF"), 60 * 0.1);
		assertTrue(c.params().stream().anyMatch(q -> q.name().equals("VAF") && !q.isDefault()
				&& q.origin().contains("gain curves at VCE = 10.00 V p.2 and 1.000 V p.2")), c.params().toString());
	}

	@Test
	void gainCurvesTooCloseInVoltageGiveNone() {
		assertNull(EarlyVoltage.ofGains(List.of(gain(4, 60, 0), gain(6, 60, 0)), EarlyVoltage.VBE),
				"the reading's noise would win");
		assertNull(EarlyVoltage.ofGains(List.of(gain(10, 60, 0)), EarlyVoltage.VBE), "one curve");
	}

	@Test
	void curvesThatStayInSaturationGiveNone() {
		// a saturation plot: VCE up to 0.7 V only
		Plot p = output(0.7, 1, curve(1e-3, 0.05, 80, 0.7, 1, Map.of()), curve(2e-3, 0.1, 80, 0.7, 1, Map.of()));
		assertNull(EarlyVoltage.of(curves(NPN, p)));
	}
}
