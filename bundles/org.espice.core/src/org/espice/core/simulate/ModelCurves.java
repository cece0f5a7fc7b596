package org.espice.core.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.FittedModel;
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
		CurvePlanner.Plan plan = CurvePlanner.plan(card);
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
		for (CurvePlanner.CurvePlan c : plan.curves) {
			out.add(result(c, values));
		}
		return out;
	}

	/**
	 * Runs the samples in one deck and stores their magnitudes; when some are missing (the operating point did not
	 * converge), runs those again in halves until each failing point is alone or the run budget is spent.
	 */
	private void measure(String models, List<CurvePlanner.Sample> samples, List<Integer> which, double[] values, int[] runs,
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

	private static String deck(String models, List<CurvePlanner.Sample> samples, List<Integer> which) {
		StringBuilder net = new StringBuilder(models);
		StringBuilder lets = new StringBuilder();
		for (int k : which) {
			net.append(samples.get(k).netlist());
			lets.append("let p").append(k).append(" = ").append(samples.get(k).measure()).append('\n');
			lets.append("print p").append(k).append('\n');
		}
		return net.append(".control\nop\n").append(lets).append(".endc\n.end\n").toString();
	}

	private static Curve result(CurvePlanner.CurvePlan plan, double[] values) {
		Curve axes = plan.axes();
		List<Series> series = new ArrayList<>();
		for (CurvePlanner.SeriesPlan s : plan.series()) {
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

}
