package org.espice.core.simulate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

import org.espice.core.DeviceKind;
import org.espice.core.simulate.ModelCurves.Curve;
import org.espice.core.simulate.ModelCurves.DatasheetPoint;
import org.espice.core.spice.Check;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.Probe;

/**
 * Plans the curves of a fitted model: per device kind, which series to sweep at which test conditions, one ngspice
 * sample per point, and the datasheet points drawn on each curve ({@link CurveMarkers}); a gate-driven part's in
 * {@link GatedCurvePlans}.
 */
final class CurvePlanner {

	/** One simulated point: its netlist (nodes and devices suffixed with its index) and the expression it measures. */
	record Sample(String netlist, String measure) {
	}

	/** Writes the sample with index {@code k} at a forced value. */
	interface Bias {
		Sample at(int k, double forced);
	}

	/** Where a simulated point is plotted, from its forced value and the value ngspice measured. */
	interface Placement {
		double[] xy(double forced, double measured);

		Placement FORCED_X = (f, m) -> new double[] { f, m };
		Placement FORCED_Y = (f, m) -> new double[] { m, f };
	}

	/** A series to simulate: its forced values, the index of each one's sample, and where its points go. */
	record SeriesPlan(String label, double[] forced, int[] samples, Placement place) {
	}

	/**
	 * A curve to simulate: its axes and points (as a Curve without series), its series, and the smallest y kept on
	 * a logarithmic y axis (below it a transfer curve only shows ngspice's gmin leakage).
	 */
	record CurvePlan(Curve axes, List<SeriesPlan> series, double floor) {
	}

	/** The curves of one card being planned, and the samples they need. */
	static final class Plan {
		final FittedModel card;
		final double sign;
		final List<Sample> samples = new ArrayList<>();
		final List<CurvePlan> curves = new ArrayList<>();

		Plan(FittedModel card) {
			this.card = card;
			this.sign = ModelVerifier.negative(card.kind()) ? -1 : 1;
		}

		boolean pType() {
			return sign < 0;
		}

		SeriesPlan series(String label, Placement place, double[] forced, Bias bias) {
			int[] idx = new int[forced.length];
			for (int i = 0; i < forced.length; i++) {
				idx[i] = samples.size();
				samples.add(bias.at(idx[i], forced[i]));
			}
			return new SeriesPlan(label, forced, idx, place);
		}

		void curve(Curve axes, double floor, List<SeriesPlan> series) {
			curves.add(new CurvePlan(axes, series, floor));
		}

		String dut(int k, String n1, String n2, String n3) {
			return ModelVerifier.dut(card.cardType(), k, n1, n2, n3, card.modelName()) + "\n";
		}

		/** |label| for a p-type device, where magnitudes are plotted. */
		String mag(String label) {
			return pType() ? "|" + label + "|" : label;
		}
	}

	static Plan plan(FittedModel card) {
		Plan plan = new Plan(card);
		List<Check> checks = card.checks();
		DeviceKind kind = card.kind();
		if (kind == DeviceKind.ZENER) {
			zener(plan, of(checks, Probe.ZENER_VOLTAGE));
		} else if (kind.isMosfet()) {
			GatedCurvePlans.transfer(plan, of(checks, Probe.VGS_TH), of(checks, Probe.RDS_ON));
			GatedCurvePlans.output(plan, of(checks, Probe.RDS_ON));
		} else if (kind.isBjt()) {
			gain(plan, of(checks, Probe.HFE));
			saturation(plan, of(checks, Probe.VCE_SAT));
		} else if (kind.isJfet()) {
			GatedCurvePlans.jfetTransfer(plan, of(checks, Probe.JFET_IDSS), of(checks, Probe.JFET_VGS_OFF));
			GatedCurvePlans.jfetOutput(plan, of(checks, Probe.RDS_ON), of(checks, Probe.JFET_IDSS));
		} else if (kind == DeviceKind.IGBT) {
			GatedCurvePlans.igbtTransfer(plan, of(checks, Probe.IGBT_VGE_TH), of(checks, Probe.IGBT_VCE_SAT));
			GatedCurvePlans.igbtOutput(plan, of(checks, Probe.IGBT_VCE_SAT));
		}
		forward(plan, of(checks, Probe.FORWARD_VOLTAGE));
		return plan;
	}

	/** IF against VF (a MOSFET's body diode: IS against VSD), with the forced current swept log-spaced. */
	private static void forward(Plan plan, List<Check> checks) {
		if (checks.isEmpty()) {
			return;
		}
		DeviceKind kind = plan.card.kind();
		boolean body = kind.isMosfet();
		String key = body ? "IS" : "IF";
		List<DatasheetPoint> points = new ArrayList<>();
		for (Check c : checks) {
			double i = c.condition(key, 1);
			CurveMarkers.markers(points, c, "model", true, false, v -> new double[] { v, i });
		}
		double[] currents = span(checks, c -> c.condition(key, 1), 10, 3);
		double s = plan.sign;
		Bias bias;
		if (body) {
			// pushed from source to drain with the gate on the source
			bias = (k, i) -> new Sample(line("I%d 0 s%d DC %s", k, k, num(s * i)) + plan.dut(k, "0", "s" + k, "s" + k),
					"v(s" + k + ")");
		} else if (kind == DeviceKind.IGBT) {
			bias = (k, i) -> new Sample(line("I%d 0 e%d DC %s", k, k, num(i)) + plan.dut(k, "0", "e" + k, "e" + k),
					"v(e" + k + ")");
		} else {
			bias = (k, i) -> new Sample(line("I%d 0 a%d DC %s", k, k, num(i)) + plan.dut(k, "a" + k, "0", null),
					"v(a" + k + ")");
		}
		String title = body ? "Body diode forward characteristic"
				: kind == DeviceKind.IGBT ? "Diode forward characteristic" : "Forward characteristic";
		String x = body ? plan.mag("VSD") : "VF";
		String y = body ? plan.mag("IS") : "IF";
		plan.curve(new Curve(title, x, "V", false, y, "A", true, List.of(), points), 0,
				List.of(plan.series("model", Placement.FORCED_Y, currents, bias)));
	}

	/** IZ against VZ, reverse current forced log-spaced around the VZ test currents. */
	private static void zener(Plan plan, List<Check> checks) {
		if (checks.isEmpty()) {
			return;
		}
		List<DatasheetPoint> points = new ArrayList<>();
		for (Check c : checks) {
			double iz = c.condition("IZ", 5e-3);
			CurveMarkers.markers(points, c, "model", true, false, v -> new double[] { v, iz });
		}
		Bias bias = (k, i) -> new Sample(line("I%d 0 c%d DC %s", k, k, num(i)) + plan.dut(k, "0", "c" + k, null),
				"v(c" + k + ")");
		plan.curve(new Curve("Zener characteristic (reverse)", "VZ", "V", false, "IZ", "A", true, List.of(), points), 0,
				List.of(plan.series("model", Placement.FORCED_Y, span(checks, c -> c.condition("IZ", 5e-3), 10, 3), bias)));
	}

	/**
	 * hFE against IC on a log axis, one series per VCE of the hFE rows (each hFE limit keeps its own IC and VCE).
	 * The base is driven with a current and the collector held at VCE, and hFE = IC/IB: unlike forcing IC (as the
	 * verifier does at single points), this has a solution even where the transistor cannot carry the current at
	 * that VCE, so one hopeless point cannot stall the whole deck.
	 */
	private static void gain(Plan plan, List<Check> hfe) {
		if (hfe.isEmpty()) {
			return;
		}
		List<DatasheetPoint> points = new ArrayList<>();
		Map<Double, String> collectors = new TreeMap<>();
		double s = plan.sign;
		for (Check c : hfe) {
			double ic = c.condition("IC", 1e-3);
			double vce = c.condition("VCE", 5);
			String label = "VCE = " + CurveMarkers.eng(s * vce, "V");
			collectors.put(vce, label);
			CurveMarkers.markers(points, c, label, false, false, h -> new double[] { ic, h });
		}
		// base currents for collector currents of about a tenth of the lowest to three times the highest test current
		double hfeLo = Math.max(1, hfe.stream().mapToDouble(c -> c.target().value()).min().orElse(100));
		double[] ic = span(hfe, c -> c.condition("IC", 1e-3), 10, 3);
		double[] ib = logspace(ic[0] / hfeLo, ic[ic.length - 1] / hfeLo, ModelCurves.POINTS);
		Placement gain = (base, collector) -> new double[] { collector, collector / base };
		List<SeriesPlan> series = new ArrayList<>();
		collectors.forEach((vce, label) -> series.add(plan.series(label, gain, ib,
				(k, i) -> new Sample(line("Ib%d 0 b%d DC %s", k, k, num(s * i)) + line("Vc%d c%d 0 DC %s", k, k, num(s * vce))
						+ plan.dut(k, "c" + k, "b" + k, "0"), "i(vc" + k + ")"))));
		plan.curve(new Curve("DC current gain", plan.mag("IC"), "A", true, "hFE", "", false, List.of(), points), 0,
				series);
	}

	/** VCE(sat) against IC, both on log axes, one series per forced gain IC/IB of the VCE(sat) rows. */
	private static void saturation(Plan plan, List<Check> sat) {
		if (sat.isEmpty()) {
			return;
		}
		List<DatasheetPoint> points = new ArrayList<>();
		Map<Double, String> ratios = new TreeMap<>();
		double s = plan.sign;
		for (Check c : sat) {
			double ic = c.condition("IC", 1e-3);
			double ratio = new BigDecimal(ic / c.condition("IB", ic / 10)).round(new MathContext(3)).doubleValue();
			String label = "IC/IB = " + CurveMarkers.eng(ratio, "");
			ratios.put(ratio, label);
			CurveMarkers.markers(points, c, label, false, false, v -> new double[] { ic, v });
		}
		double[] ic = span(sat, c -> c.condition("IC", 1e-3), 10, 3);
		List<SeriesPlan> series = new ArrayList<>();
		ratios.forEach((ratio, label) -> series.add(plan.series(label, Placement.FORCED_X, ic,
				(k, i) -> new Sample(line("Ib%d 0 b%d DC %s", k, k, num(s * i / ratio))
						+ line("Ic%d 0 c%d DC %s", k, k, num(s * i)) + plan.dut(k, "c" + k, "b" + k, "0"),
						"v(c" + k + ")"))));
		plan.curve(new Curve("Collector-emitter saturation voltage", plan.mag("IC"), "A", true, plan.mag("VCE(sat)"),
				"V", true, List.of(), points), 0, series);
	}

	/** The current into the drain (collector) with the gate and drain held at fixed voltages. */
	static Sample drain(Plan plan, int k, double vg, double vd) {
		return new Sample(line("Vg%d g%d 0 DC %s", k, k, num(vg)) + line("Vd%d d%d 0 DC %s", k, k, num(vd))
				+ plan.dut(k, "d" + k, "g" + k, "0"), "i(vd" + k + ")");
	}

	private static List<Check> of(List<Check> checks, Probe probe) {
		return checks.stream().filter(c -> c.probe() == probe).toList();
	}

	/**
	 * Log-spaced values from the smallest test condition divided by {@code below} to the largest times
	 * {@code above}, at least two decades wide.
	 */
	private static double[] span(List<Check> checks, ToDoubleFunction<Check> condition, double below, double above) {
		double lo = checks.stream().mapToDouble(condition).min().orElse(1e-3) / below;
		double hi = checks.stream().mapToDouble(condition).max().orElse(1e-3) * above;
		return logspace(Math.min(lo, hi / 100), hi, ModelCurves.POINTS);
	}

	/** The values of both grids, sorted, without repeats. */
	static double[] merged(double[] a, double[] b) {
		return DoubleStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().distinct().toArray();
	}

	static double[] linspace(double lo, double hi, int n) {
		double[] v = new double[n];
		for (int i = 0; i < n; i++) {
			v[i] = lo + (hi - lo) * i / (n - 1);
		}
		return v;
	}

	static double[] logspace(double lo, double hi, int n) {
		double[] v = linspace(Math.log(lo), Math.log(hi), n);
		for (int i = 0; i < n; i++) {
			v[i] = Math.exp(v[i]);
		}
		// exact ends: a sweep meant to end at VGS = 0 must not stop at -1e-16
		v[0] = lo;
		v[n - 1] = hi;
		return v;
	}

	private static String line(String pattern, Object... args) {
		return String.format(Locale.ROOT, pattern, args) + "\n";
	}

	private static String num(double v) {
		return ModelVerifier.num(v);
	}
	private CurvePlanner() {
	}
}
