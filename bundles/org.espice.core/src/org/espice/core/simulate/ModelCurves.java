package org.espice.core.simulate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.Parameter;
import org.espice.core.ProcessingException;
import org.espice.core.spice.Check;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.Probe;
import org.espice.core.spice.SpiceText;

/**
 * The characteristic curves of a fitted model as ngspice simulates them, each with the datasheet values that bear
 * on it: forward and Zener characteristics, MOSFET and JFET transfer curves, MOSFET and IGBT output curves, hFE and
 * VCE(sat) against IC. As in {@link ModelVerifier}, every simulated point is its own instance in one
 * operating-point deck, so a model takes one ngspice run; p-type devices are driven with negative signs and plotted
 * as magnitudes. A deck that does not converge is split until the points that fail are isolated and left out.
 */
public final class ModelCurves {

	/** Points per swept series: enough for a smooth line, few enough for one fast operating point. */
	static final int POINTS = 41;
	/** ngspice runs allowed per model when a deck has to be split to isolate points that do not converge. */
	static final int MAX_RUNS = 24;

	/** Whether a datasheet value is typical, or a limit the model should stay at or above (MIN) or at or below (MAX). */
	public enum Bound {
		TYP, MIN, MAX
	}

	/** One simulated line in plotted coordinates (magnitudes for p-type devices). */
	public record Series(String label, double[] x, double[] y) {
	}

	/**
	 * One datasheet value drawn as a marker.
	 *
	 * @param name     datasheet name (VF, RDS_ON, HFE, ...)
	 * @param bound    typ, or on which side of the marker the model must lie along the value's axis (in plotted
	 *                 coordinates, so MIN means "right of it" for a value on x and "above it" for a value on y)
	 * @param valueOnX whether the datasheet value is the x coordinate (y is then its test condition), else y
	 * @param series   the label of the series simulated at this point's test condition (e.g. "VGS = 10 V")
	 * @param page     the datasheet page, 0 when unknown
	 * @param label    e.g. "VF max 1.1 V @ IF=1 A, p.2"
	 */
	public record DatasheetPoint(String name, double x, double y, Bound bound, boolean valueOnX, String series,
			int page, String label) {
	}

	/**
	 * One plot: its axes (label, SI unit, logarithmic or not), the simulated series (a series with fewer than two
	 * converged points is left out) and the datasheet points.
	 */
	public record Curve(String title, String xLabel, String xUnit, boolean xLog, String yLabel, String yUnit,
			boolean yLog, List<Series> simulated, List<DatasheetPoint> points) {

		/** The same curve with its title naming the part, for datasheets that hold several: "X1: title". */
		public Curve ofPart(String part) {
			return new Curve(part + ": " + title, xLabel, xUnit, xLog, yLabel, yUnit, yLog, simulated, points);
		}
	}

	/** One simulated point: its netlist (nodes and devices suffixed with its index) and the expression it measures. */
	private record Sample(String netlist, String measure) {
	}

	/** Writes the sample with index {@code k} at a forced value. */
	private interface Bias {
		Sample at(int k, double forced);
	}

	/** Where a simulated point is plotted, from its forced value and the value ngspice measured. */
	private interface Placement {
		double[] xy(double forced, double measured);

		Placement FORCED_X = (f, m) -> new double[] { f, m };
		Placement FORCED_Y = (f, m) -> new double[] { m, f };
	}

	/** A series to simulate: its forced values, the index of each one's sample, and where its points go. */
	private record SeriesPlan(String label, double[] forced, int[] samples, Placement place) {
	}

	/**
	 * A curve to simulate: its axes and points (as a Curve without series), its series, and the smallest y kept on
	 * a logarithmic y axis (below it a transfer curve only shows ngspice's gmin leakage).
	 */
	private record CurvePlan(Curve axes, List<SeriesPlan> series, double floor) {
	}

	/** The curves of one card being planned, and the samples they need. */
	private static final class Plan {
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

	private final NgspiceRunner runner;

	public ModelCurves(NgspiceRunner runner) {
		this.runner = runner;
	}

	/**
	 * The characteristic curves of the model, simulated in ngspice, each with the datasheet points that bear on it.
	 *
	 * @return the curves, main characteristic first; empty when the kind has no curve with datasheet points
	 * @throws ProcessingException when ngspice cannot be run or simulates none of the points (the message carries
	 *                             its first error)
	 */
	public List<Curve> simulate(FittedModel card) throws ProcessingException {
		Plan plan = plan(card);
		if (plan.samples.isEmpty()) {
			return List.of();
		}
		double[] values = new double[plan.samples.size()];
		Arrays.fill(values, Double.NaN);
		List<Integer> all = new ArrayList<>();
		for (int k = 0; k < values.length; k++) {
			all.add(k);
		}
		List<String> errors = new ArrayList<>();
		String models = SpiceText.commentLine("ESpice characteristic curves of " + card.modelName()) + "\n"
				+ card.render(Dialect.NGSPICE);
		measure(models, plan.samples, all, values, new int[] { MAX_RUNS }, errors);
		if (Arrays.stream(values).noneMatch(Double::isFinite)) {
			throw new ProcessingException(FailureCategory.FIT_FAILED, "ngspice simulated none of the curve points of "
					+ card.part() + (errors.isEmpty() ? "" : ": " + errors.get(0)));
		}
		List<Curve> out = new ArrayList<>();
		for (CurvePlan c : plan.curves) {
			out.add(result(c, values));
		}
		return out;
	}

	/**
	 * Runs the samples in one deck and stores their magnitudes; when some are missing (the operating point did not
	 * converge), runs those again in halves until each failing point is alone or the run budget is spent.
	 */
	private void measure(String models, List<Sample> samples, List<Integer> which, double[] values, int[] runs,
			List<String> errors) throws ProcessingException {
		if (which.isEmpty() || runs[0] <= 0) {
			return;
		}
		runs[0]--;
		NgspiceRunner.Result r = runner.run(deck(models, samples, which));
		List<Integer> missing = new ArrayList<>();
		for (int k : which) {
			Double v = r.values().get("p" + k);
			if (v == null) {
				missing.add(k);
			} else {
				values[k] = Math.abs(v);
			}
		}
		if (!missing.isEmpty() && errors.isEmpty()) {
			errors.addAll(r.errors());
		}
		if (missing.isEmpty() || which.size() == 1) {
			return;
		}
		if (missing.size() == 1) {
			measure(models, samples, missing, values, runs, errors);
			return;
		}
		int half = missing.size() / 2;
		measure(models, samples, missing.subList(0, half), values, runs, errors);
		measure(models, samples, missing.subList(half, missing.size()), values, runs, errors);
	}

	private static String deck(String models, List<Sample> samples, List<Integer> which) {
		StringBuilder net = new StringBuilder(models);
		StringBuilder lets = new StringBuilder();
		for (int k : which) {
			net.append(samples.get(k).netlist());
			lets.append("let p").append(k).append(" = ").append(samples.get(k).measure()).append('\n');
			lets.append("print p").append(k).append('\n');
		}
		return net.append(".control\nop\n").append(lets).append(".endc\n.end\n").toString();
	}

	private static Curve result(CurvePlan plan, double[] values) {
		Curve axes = plan.axes();
		List<Series> series = new ArrayList<>();
		for (SeriesPlan s : plan.series()) {
			double[] x = new double[s.forced().length];
			double[] y = new double[s.forced().length];
			int n = 0;
			for (int i = 0; i < s.forced().length; i++) {
				double[] xy = s.place().xy(s.forced()[i], values[s.samples()[i]]);
				double px = xy[0];
				double py = xy[1];
				if (Double.isFinite(px) && Double.isFinite(py) && (!axes.xLog() || px > 0)
						&& (!axes.yLog() || py > plan.floor())) {
					x[n] = px;
					y[n] = py;
					n++;
				}
			}
			if (n >= 2) {
				series.add(new Series(s.label(), Arrays.copyOf(x, n), Arrays.copyOf(y, n)));
			}
		}
		return new Curve(axes.title(), axes.xLabel(), axes.xUnit(), axes.xLog(), axes.yLabel(), axes.yUnit(),
				axes.yLog(), List.copyOf(series), axes.points());
	}

	private static Plan plan(FittedModel card) {
		Plan plan = new Plan(card);
		List<Check> checks = card.checks();
		DeviceKind kind = card.kind();
		if (kind == DeviceKind.ZENER) {
			zener(plan, of(checks, Probe.ZENER_VOLTAGE));
		} else if (kind.isMosfet()) {
			transfer(plan, of(checks, Probe.VGS_TH), of(checks, Probe.RDS_ON));
			output(plan, of(checks, Probe.RDS_ON));
		} else if (kind.isBjt()) {
			gain(plan, of(checks, Probe.HFE));
			saturation(plan, of(checks, Probe.VCE_SAT));
		} else if (kind.isJfet()) {
			jfetTransfer(plan, of(checks, Probe.JFET_IDSS), of(checks, Probe.JFET_VGS_OFF));
		} else if (kind == DeviceKind.IGBT) {
			igbtOutput(plan, of(checks, Probe.IGBT_VCE_SAT));
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
			markers(points, c, "model", true, false, v -> new double[] { v, i });
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
			markers(points, c, "model", true, false, v -> new double[] { v, iz });
		}
		Bias bias = (k, i) -> new Sample(line("I%d 0 c%d DC %s", k, k, num(i)) + plan.dut(k, "0", "c" + k, null),
				"v(c" + k + ")");
		plan.curve(new Curve("Zener characteristic (reverse)", "VZ", "V", false, "IZ", "A", true, List.of(), points), 0,
				List.of(plan.series("model", Placement.FORCED_Y, span(checks, c -> c.condition("IZ", 5e-3), 10, 3), bias)));
	}

	/**
	 * ID against VGS on a log axis (subthreshold to full enhancement) at the VDS of the VGS(th) row, or 10 V (at
	 * most half the breakdown voltage) when it prints none. Points are twice as dense around the printed VGS(th),
	 * where the current rises a decade every hundred millivolts or so.
	 */
	private static void transfer(Plan plan, List<Check> thresholds, List<Check> rdsOn) {
		if (thresholds.isEmpty()) {
			return;
		}
		double vds = thresholds.get(0).condition("VDS", 0);
		if (vds <= 0) {
			Double bv = plan.card.value("BV");
			vds = bv == null ? 10 : Math.min(10, bv / 2);
		}
		double s = plan.sign;
		String label = "VDS = " + eng(s * vds, "V");
		List<DatasheetPoint> points = new ArrayList<>();
		for (Check c : thresholds) {
			double id = c.condition("ID", 250e-6);
			markers(points, c, label, true, false, v -> new double[] { v, id });
		}
		double thLo = points.stream().mapToDouble(DatasheetPoint::x).min().orElse(1);
		double thHi = points.stream().mapToDouble(DatasheetPoint::x).max().orElse(1);
		double vgsLo = Math.max(0, thLo - 1);
		double vgsHi = thHi + 3;
		for (Check c : rdsOn) {
			vgsHi = Math.max(vgsHi, c.condition("VGS", 10));
		}
		double vd = vds;
		Bias bias = (k, vgs) -> drain(plan, k, s * vgs, s * vd);
		double floor = points.stream().mapToDouble(DatasheetPoint::y).min().orElse(0) / 1e4;
		plan.curve(new Curve("Transfer characteristic", plan.mag("VGS"), "V", false, plan.mag("ID"), "A", true,
				List.of(), points), floor,
				List.of(plan.series(label, Placement.FORCED_X, merged(linspace(vgsLo, vgsHi, POINTS),
						linspace(Math.max(vgsLo, thLo - 0.5), thHi + 1, POINTS)), bias)));
	}

	/** ID against VDS, one series per VGS of the RDS(on) rows, each row drawn at (ID x RDS(on), ID). */
	private static void output(Plan plan, List<Check> rdsOn) {
		if (rdsOn.isEmpty()) {
			return;
		}
		List<DatasheetPoint> points = new ArrayList<>();
		Map<Double, String> gates = new TreeMap<>(Comparator.reverseOrder());
		double s = plan.sign;
		for (Check c : rdsOn) {
			double id = c.condition("ID", 1);
			double vgs = c.condition("VGS", 10);
			String label = "VGS = " + eng(s * vgs, "V");
			gates.put(vgs, label);
			markers(points, c, label, true, false, r -> new double[] { id * r, id });
		}
		double[] vds = linspace(0, 5 * points.stream().mapToDouble(DatasheetPoint::x).max().orElse(1), POINTS);
		List<SeriesPlan> series = new ArrayList<>();
		gates.forEach((vgs, label) -> series.add(plan.series(label, Placement.FORCED_X, vds,
				(k, v) -> drain(plan, k, s * vgs, s * v))));
		plan.curve(new Curve("Output characteristic", plan.mag("VDS"), "V", false, plan.mag("ID"), "A", false,
				List.of(), points), 0, series);
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
			String label = "VCE = " + eng(s * vce, "V");
			collectors.put(vce, label);
			markers(points, c, label, false, false, h -> new double[] { ic, h });
		}
		// base currents for collector currents of about a tenth of the lowest to three times the highest test current
		double hfeLo = Math.max(1, hfe.stream().mapToDouble(c -> c.target().value()).min().orElse(100));
		double[] ic = span(hfe, c -> c.condition("IC", 1e-3), 10, 3);
		double[] ib = logspace(ic[0] / hfeLo, ic[ic.length - 1] / hfeLo, POINTS);
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
			String label = "IC/IB = " + eng(ratio, "");
			ratios.put(ratio, label);
			markers(points, c, label, false, false, v -> new double[] { ic, v });
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

	/**
	 * ID against VGS at the IDSS test VDS, on a log axis: the gate overdrive above VTO is swept log-spaced so that
	 * the pinch-off end (where VGS(off) is specified, often at 1 nA) is resolved as well as IDSS at VGS = 0.
	 */
	private static void jfetTransfer(Plan plan, List<Check> idss, List<Check> off) {
		Double vto = plan.card.value("VTO");
		if (idss.isEmpty() && off.isEmpty() || vto == null) {
			return;
		}
		double s = plan.sign;
		double vds = idss.isEmpty() ? 15 : idss.get(0).condition("VDS", 15);
		String label = "VDS = " + eng(s * vds, "V");
		List<DatasheetPoint> points = new ArrayList<>();
		for (Check c : idss) {
			markers(points, c, label, false, false, v -> new double[] { 0, v });
		}
		for (Check c : off) {
			double id = c.condition("ID", 1e-9);
			// an n-channel pinches off at negative VGS, a p-channel at positive
			markers(points, c, label, true, s > 0, v -> new double[] { s > 0 ? -v : v, id });
		}
		double[] overdrive = logspace(1e-4 * Math.abs(vto), Math.abs(vto), POINTS);
		double[] vgs = new double[POINTS];
		for (int i = 0; i < POINTS; i++) {
			// VTO is negative for both NJF and PJF; the p-channel's gate voltages are mirrored
			vgs[i] = s * (vto + overdrive[i]);
		}
		double floor = points.stream().mapToDouble(DatasheetPoint::y).min().orElse(0) / 1e3;
		plan.curve(new Curve("Transfer characteristic", "VGS", "V", false, plan.mag("ID"), "A", true, List.of(), points),
				floor, List.of(plan.series(label, Placement.FORCED_X, vgs, (k, v) -> drain(plan, k, v, s * vds))));
	}

	/** IC against VCE, one series per VGE of the VCE(sat) rows. */
	private static void igbtOutput(Plan plan, List<Check> sat) {
		if (sat.isEmpty()) {
			return;
		}
		List<DatasheetPoint> points = new ArrayList<>();
		Map<Double, String> gates = new TreeMap<>(Comparator.reverseOrder());
		for (Check c : sat) {
			double ic = c.condition("IC", 1);
			double vge = c.condition("VGE", 15);
			String label = "VGE = " + eng(vge, "V");
			gates.put(vge, label);
			markers(points, c, label, true, false, v -> new double[] { v, ic });
		}
		double[] vce = linspace(0, 2.5 * points.stream().mapToDouble(DatasheetPoint::x).max().orElse(2), POINTS);
		List<SeriesPlan> series = new ArrayList<>();
		gates.forEach((vge, label) -> series.add(plan.series(label, Placement.FORCED_X, vce,
				(k, v) -> drain(plan, k, vge, v))));
		plan.curve(new Curve("Output characteristic", "VCE", "V", false, "IC", "A", false, List.of(), points), 0, series);
	}

	/** The current into the drain (collector) with the gate and drain held at fixed voltages. */
	private static Sample drain(Plan plan, int k, double vg, double vd) {
		return new Sample(line("Vg%d g%d 0 DC %s", k, k, num(vg)) + line("Vd%d d%d 0 DC %s", k, k, num(vd))
				+ plan.dut(k, "d" + k, "g" + k, "0"), "i(vd" + k + ")");
	}

	/**
	 * The printed values of a check's row as markers: the typ alone when printed, otherwise each printed limit.
	 *
	 * @param series     the label of the series simulated at the row's test condition
	 * @param place      plotted {x, y} of a printed magnitude
	 * @param decreasing whether the plotted value falls as the magnitude grows (a negative axis), which swaps the
	 *                   sides of the limits
	 */
	private static void markers(List<DatasheetPoint> out, Check c, String series, boolean valueOnX,
			boolean decreasing, DoubleFunction<double[]> place) {
		Parameter p = c.parameter();
		if (p.typ() != null) {
			out.add(marker(p, "typ", p.typ(), Bound.TYP, valueOnX, series, place));
			return;
		}
		// limits are compared as magnitudes, as Target does: a "min" of -5 V and a "max" of -1 V bound |V| to 1..5
		boolean swapped = p.min() != null && p.max() != null && Math.abs(p.min()) > Math.abs(p.max());
		if (p.min() != null) {
			out.add(marker(p, "min", p.min(), swapped != decreasing ? Bound.MAX : Bound.MIN, valueOnX, series, place));
		}
		if (p.max() != null) {
			out.add(marker(p, "max", p.max(), swapped != decreasing ? Bound.MIN : Bound.MAX, valueOnX, series, place));
		}
	}

	private static DatasheetPoint marker(Parameter p, String column, double printed, Bound bound, boolean valueOnX,
			String series, DoubleFunction<double[]> place) {
		double[] xy = place.apply(Math.abs(printed));
		int page = p.source() == null ? 0 : p.source().page();
		StringBuilder label = new StringBuilder(p.name()).append(' ').append(column).append(' ')
				.append(eng(printed, unit(p)));
		String sep = " @ ";
		for (Map.Entry<String, Double> e : p.conditions().entrySet()) {
			label.append(sep).append(e.getKey()).append('=').append(eng(e.getValue(), conditionUnit(e.getKey())));
			sep = ", ";
		}
		if (page > 0) {
			label.append(", p.").append(page);
		}
		return new DatasheetPoint(p.name(), xy[0], xy[1], bound, valueOnX, series, page, label.toString());
	}

	private static String unit(Parameter p) {
		String u = p.unit() == null || p.unit().isEmpty() ? conditionUnit(p.name()) : p.unit();
		return u.equals("Ohm") ? "\u03a9" : u;
	}

	/** The unit of a condition or value named by its symbol: V..., I..., R..., T, f. */
	private static String conditionUnit(String key) {
		if (key.equals("T")) {
			return "\u00b0C";
		}
		if (key.equals("f")) {
			return "Hz";
		}
		return switch (key.charAt(0)) {
		case 'V' -> "V";
		case 'I' -> "A";
		case 'R' -> "\u03a9";
		default -> "";
		};
	}

	/** A value in engineering notation with three significant digits: "250 µA", "1.1 V", "-10 V", "33 mΩ". */
	static String eng(double v, String unit) {
		String sp = unit.isEmpty() ? "" : " ";
		if (v == 0 || !Double.isFinite(v)) {
			return (v == 0 ? "0" : String.valueOf(v)) + sp + unit;
		}
		String[] prefixes = { "f", "p", "n", "\u00b5", "m", "", "k", "M", "G" };
		int e = (int) Math.floor(Math.log10(Math.abs(v)) / 3);
		e = Math.max(-5, Math.min(3, e));
		BigDecimal m = new BigDecimal(v / Math.pow(1000, e)).round(new MathContext(3)).stripTrailingZeros();
		String prefix = prefixes[e + 5];
		return m.toPlainString() + (prefix.isEmpty() && unit.isEmpty() ? "" : sp) + prefix + unit;
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
		return logspace(Math.min(lo, hi / 100), hi, POINTS);
	}

	/** The values of both grids, sorted, without repeats. */
	private static double[] merged(double[] a, double[] b) {
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
}
