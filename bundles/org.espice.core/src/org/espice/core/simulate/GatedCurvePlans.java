package org.espice.core.simulate;

import static org.espice.core.simulate.CurvePlanner.drain;
import static org.espice.core.simulate.CurvePlanner.linspace;
import static org.espice.core.simulate.CurvePlanner.logspace;
import static org.espice.core.simulate.CurvePlanner.merged;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.espice.core.simulate.CurvePlanner.Bias;
import org.espice.core.simulate.CurvePlanner.Placement;
import org.espice.core.simulate.CurvePlanner.Plan;
import org.espice.core.simulate.CurvePlanner.SeriesPlan;
import org.espice.core.simulate.ModelCurves.Curve;
import org.espice.core.simulate.ModelCurves.DatasheetPoint;
import org.espice.core.spice.Check;

/**
 * The characteristic curves {@link CurvePlanner} plans for a gate-driven part: a MOSFET's transfer and output
 * characteristics, a JFET's transfer characteristic and output family, an IGBT's transfer and output
 * characteristics.
 */
final class GatedCurvePlans {

	private GatedCurvePlans() {
	}

	/**
	 * ID against VGS on a log axis (subthreshold to full enhancement) at the VDS of the VGS(th) row, or 10 V (at
	 * most half the breakdown voltage) when it prints none. Points are twice as dense around the printed VGS(th),
	 * where the current rises a decade every hundred millivolts or so.
	 */
	static void transfer(Plan plan, List<Check> thresholds, List<Check> rdsOn) {
		if (thresholds.isEmpty()) {
			return;
		}
		double vds = thresholds.get(0).condition("VDS", 0);
		if (vds <= 0) {
			Double bv = plan.card.value("BV");
			vds = bv == null ? 10 : Math.min(10, bv / 2);
		}
		double s = plan.sign;
		double vd = vds;
		threshold(plan, thresholds, "ID", 250e-6, rdsOn, "VGS", 10, "VDS = " + CurveMarkers.eng(s * vds, "V"),
				plan.mag("VGS"), plan.mag("ID"), (k, vgs) -> drain(plan, k, s * vgs, s * vd));
	}

	/**
	 * The transfer characteristic on a log axis through the threshold rows, each at its current {@code current}
	 * ({@code fallback} where it prints none): swept from a volt under the lowest threshold to three volts over the
	 * highest or the highest gate voltage {@code gate} of the {@code on} rows ({@code onFallback} where one prints
	 * none), twice as dense around the threshold.
	 */
	private static void threshold(Plan plan, List<Check> thresholds, String current, double fallback, List<Check> on,
			String gate, double onFallback, String label, String xLabel, String yLabel, Bias bias) {
		List<DatasheetPoint> points = new ArrayList<>();
		for (Check c : thresholds) {
			double i = c.condition(current, fallback);
			CurveMarkers.markers(points, c, label, true, false, v -> new double[] { v, i });
		}
		double thLo = points.stream().mapToDouble(DatasheetPoint::x).min().orElse(1);
		double thHi = points.stream().mapToDouble(DatasheetPoint::x).max().orElse(1);
		double lo = Math.max(0, thLo - 1);
		double hi = thHi + 3;
		for (Check c : on) {
			hi = Math.max(hi, c.condition(gate, onFallback));
		}
		double floor = points.stream().mapToDouble(DatasheetPoint::y).min().orElse(0) / 1e4;
		plan.curve(new Curve("Transfer characteristic", xLabel, "V", false, yLabel, "A", true, List.of(), points), floor,
				List.of(plan.series(label, Placement.FORCED_X, merged(linspace(lo, hi, ModelCurves.POINTS),
						linspace(Math.max(lo, thLo - 0.5), thHi + 1, ModelCurves.POINTS)), bias)));
	}

	/** ID against VDS, one series per VGS of the RDS(on) rows, each row drawn at (ID x RDS(on), ID). */
	static void output(Plan plan, List<Check> rdsOn) {
		if (rdsOn.isEmpty()) {
			return;
		}
		List<DatasheetPoint> points = new ArrayList<>();
		Map<Double, String> gates = new TreeMap<>(Comparator.reverseOrder());
		double s = plan.sign;
		for (Check c : rdsOn) {
			double id = c.condition("ID", 1);
			double vgs = c.condition("VGS", 10);
			String label = "VGS = " + CurveMarkers.eng(s * vgs, "V");
			gates.put(vgs, label);
			CurveMarkers.markers(points, c, label, true, false, r -> new double[] { id * r, id });
		}
		double[] vds = linspace(0, 5 * points.stream().mapToDouble(DatasheetPoint::x).max().orElse(1), ModelCurves.POINTS);
		List<SeriesPlan> series = new ArrayList<>();
		gates.forEach((vgs, label) -> series.add(plan.series(label, Placement.FORCED_X, vds,
				(k, v) -> drain(plan, k, s * vgs, s * v))));
		plan.curve(new Curve("Output characteristic", plan.mag("VDS"), "V", false, plan.mag("ID"), "A", false,
				List.of(), points), 0, series);
	}

	/**
	 * ID against VGS at the IDSS test VDS, on a log axis: the gate overdrive above VTO is swept log-spaced so that
	 * the pinch-off end (where VGS(off) is specified, often at 1 nA) is resolved as well as IDSS at VGS = 0.
	 */
	static void jfetTransfer(Plan plan, List<Check> idss, List<Check> off) {
		Double vto = plan.card.value("VTO");
		if (idss.isEmpty() && off.isEmpty() || vto == null) {
			return;
		}
		double s = plan.sign;
		double vds = idss.isEmpty() ? 15 : idss.get(0).condition("VDS", 15);
		String label = "VDS = " + CurveMarkers.eng(s * vds, "V");
		List<DatasheetPoint> points = new ArrayList<>();
		for (Check c : idss) {
			CurveMarkers.markers(points, c, label, false, false, v -> new double[] { 0, v });
		}
		for (Check c : off) {
			double id = c.condition("ID", 1e-9);
			// an n-channel pinches off at negative VGS, a p-channel at positive
			CurveMarkers.markers(points, c, label, true, s > 0, v -> new double[] { s > 0 ? -v : v, id });
		}
		double[] overdrive = logspace(1e-4 * Math.abs(vto), Math.abs(vto), ModelCurves.POINTS);
		double[] vgs = new double[ModelCurves.POINTS];
		for (int i = 0; i < ModelCurves.POINTS; i++) {
			// VTO is negative for both NJF and PJF; the p-channel's gate voltages are mirrored
			vgs[i] = s * (vto + overdrive[i]);
		}
		double floor = points.stream().mapToDouble(DatasheetPoint::y).min().orElse(0) / 1e3;
		plan.curve(new Curve("Transfer characteristic", "VGS", "V", false, plan.mag("ID"), "A", true, List.of(), points),
				floor, List.of(plan.series(label, Placement.FORCED_X, vgs, (k, v) -> drain(plan, k, v, s * vds))));
	}

	/**
	 * ID against VDS at VGS = 0 and at a quarter, a half and three quarters of the way to VTO: the family a JFET's
	 * datasheet draws its sample unit's output curves as, for the card to set beside them. From 0 to twice |VTO|, with
	 * the RDS(on) rows (at VGS = 0) as their points there; to the IDSS test's VDS, with IDSS, where none is printed.
	 */
	static void jfetOutput(Plan plan, List<Check> rdsOn, List<Check> idss) {
		Double vto = plan.card.value("VTO");
		if (vto == null || vto == 0 || rdsOn.isEmpty() && idss.isEmpty()) {
			return;
		}
		double s = plan.sign;
		String open = "VGS = " + CurveMarkers.eng(0, "V");
		List<DatasheetPoint> points = new ArrayList<>();
		for (Check c : rdsOn) {
			double id = c.condition("ID", 1e-3);
			CurveMarkers.markers(points, c, open, true, false, r -> new double[] { id * r, id });
		}
		double reach = 2 * Math.abs(vto);
		if (rdsOn.isEmpty()) {
			reach = Math.max(reach, idss.get(0).condition("VDS", 15));
			for (Check c : idss) {
				double at = c.condition("VDS", 15);
				CurveMarkers.markers(points, c, open, false, false, i -> new double[] { at, i });
			}
		}
		double[] vds = linspace(0, reach, ModelCurves.POINTS);
		List<SeriesPlan> series = new ArrayList<>();
		for (double share : new double[] { 0, 0.25, 0.5, 0.75 }) {
			// an n-channel's gate goes negative towards VTO, a p-channel's positive
			double vgs = share == 0 ? 0 : -s * share * Math.abs(vto);
			series.add(plan.series(share == 0 ? open : "VGS = " + CurveMarkers.eng(vgs, "V"), Placement.FORCED_X, vds,
					(k, v) -> drain(plan, k, vgs, s * v)));
		}
		plan.curve(new Curve("Output characteristic", plan.mag("VDS"), "V", false, plan.mag("ID"), "A", false,
				List.of(), points), 0, series);
	}

	/**
	 * IC against VGE on a log axis at the VCE of the VGE(th) row (10 V where it prints none), from a volt under the
	 * threshold to the VGE of the VCE(sat) rows (at least three volts over the threshold), twice as dense around the
	 * threshold: the datasheet's transfer curve, drawn at 10 to 20 V, lies over it.
	 */
	static void igbtTransfer(Plan plan, List<Check> thresholds, List<Check> sat) {
		if (thresholds.isEmpty()) {
			return;
		}
		double vce = thresholds.get(0).condition("VCE", 0);
		double vc = vce > 0 ? vce : DEFAULT_VCE;
		threshold(plan, thresholds, "IC", 1e-3, sat, "VGE", 15, "VCE = " + CurveMarkers.eng(vc, "V"), "VGE", "IC",
				(k, v) -> drain(plan, k, v, vc));
	}

	/** The collector voltage of an IGBT's transfer characteristic where its VGE(th) row prints none. */
	private static final double DEFAULT_VCE = 10;

	/** IC against VCE, one series per VGE of the VCE(sat) rows. */
	static void igbtOutput(Plan plan, List<Check> sat) {
		if (sat.isEmpty()) {
			return;
		}
		List<DatasheetPoint> points = new ArrayList<>();
		Map<Double, String> gates = new TreeMap<>(Comparator.reverseOrder());
		for (Check c : sat) {
			double ic = c.condition("IC", 1);
			double vge = c.condition("VGE", 15);
			String label = "VGE = " + CurveMarkers.eng(vge, "V");
			gates.put(vge, label);
			CurveMarkers.markers(points, c, label, true, false, v -> new double[] { v, ic });
		}
		double[] vce = linspace(0, 2.5 * points.stream().mapToDouble(DatasheetPoint::x).max().orElse(2), ModelCurves.POINTS);
		List<SeriesPlan> series = new ArrayList<>();
		gates.forEach((vge, label) -> series.add(plan.series(label, Placement.FORCED_X, vce,
				(k, v) -> drain(plan, k, vge, v))));
		plan.curve(new Curve("Output characteristic", "VCE", "V", false, "IC", "A", false, List.of(), points), 0, series);
	}
}
