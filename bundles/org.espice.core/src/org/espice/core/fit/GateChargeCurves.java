package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.Provenance;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;

/**
 * The Miller plateau of a MOSFET's gate-charge curve (VGS against QG at room temperature). Where the drain starts to
 * fall the channel carries the test's drain current at the gate voltage the curve shows, with the drain still at the
 * supply: one point of the transfer characteristic, at the current of the gate-charge test. It is where the model's
 * own gate-charge test puts its plateau, and so what QGS and the switching times follow.
 * <p>
 * The curve is fitted with three straight pieces (the rise, the plateau, the rise after it); the plateau is the middle
 * one where it is flatter than {@link #FLAT} of both rises and spans at least {@link #MIN_WIDTH} of the charge drawn.
 * That holds for curves drawn as four corners and for smooth ones alike.
 */
final class GateChargeCurves {

	/** The plateau's slope is under this share of the slopes before and after it. */
	static final double FLAT = 1.0 / 3;
	/** The plateau spans at least this share of the charge drawn. */
	static final double MIN_WIDTH = 0.05;
	/** A curve that starts above this share of its charge (or of its gate voltage) is a piece, not the whole test. */
	private static final double START = 0.1;
	/** The curve is resampled to this many charges (beside its drawn points) for the piecewise fit. */
	private static final int SAMPLES = 48;
	/** A curve's drain supply matches the table's gate-charge test within this share. */
	private static final double SAME_SUPPLY = 0.05;
	/** The table rows of the gate-charge test. */
	private static final String[] ROWS = { "QG", "QGD", "QGS" };

	/**
	 * The plateau's start.
	 *
	 * @param page   the datasheet page of the plot
	 * @param vgs    the gate voltage where the plateau starts (magnitude)
	 * @param charge the gate charge there
	 * @param end    the gate charge where the plateau ends
	 * @param q      the curve's charges (magnitudes, ascending)
	 * @param v      the curve's gate voltages at them
	 * @param id     the test's drain current (magnitude)
	 * @param vds    the test's drain supply, NaN when neither the curve nor the table says
	 */
	record Plateau(int page, double vgs, double charge, double end, double[] q, double[] v, double id, double vds) {

		String describe() {
			return "Miller plateau of the gate-charge curve p." + page;
		}

		/** The charge at the curve's last point. */
		double topCharge() {
			return q[q.length - 1];
		}

		/** The gate voltage at the curve's last point. */
		double topVgs() {
			return v[v.length - 1];
		}
	}

	private GateChargeCurves() {
	}

	/**
	 * The plateau of the device's room-temperature gate-charge curve, or null when there is no single one with a drain
	 * current (from the curve, else from the gate-charge row of the same supply). With several curves (drain supplies)
	 * the one at the table's test supply is taken.
	 */
	static Plateau find(DeviceCurves curves, Device d) {
		Parameter row = testRow(d);
		double supply = row == null ? Double.NaN : GateChargeFit.drainVoltage(row);
		List<Plateau> found = new ArrayList<>();
		for (Plot p : curves.plots(Plot.Kind.GATE_CHARGE)) {
			if (!"QG".equals(p.x().quantity().toUpperCase(Locale.ROOT))) {
				continue;
			}
			List<Plateau> inPlot = new ArrayList<>();
			for (Plot.Series s : p.series()) {
				Plot.Axis y = s.onY2() ? p.y2() : p.y();
				Double t = s.conditions().get("T");
				if (y == null || !"VGS".equals(y.quantity().toUpperCase(Locale.ROOT))
						|| !Fits.room(t)) {
					continue;
				}
				Plateau q = plateau(p, s, row, d);
				if (q != null) {
					inPlot.add(q);
				}
			}
			if (inPlot.size() > 1) {
				inPlot.removeIf(q -> !(Math.abs(q.vds() - supply) <= SAME_SUPPLY * supply));
			}
			found.addAll(inPlot);
		}
		return found.size() == 1 ? found.get(0) : null;
	}

	/**
	 * The device with the charges of its gate-charge curve as typical rows, where its tables print no typical QG, QGS
	 * or QGD with their test (most print them as maxima only): QGS is the charge where the plateau starts, QGD its
	 * width, QG the charge at the curve's last point, all at the plateau's current and supply and that point's gate
	 * voltage, each marked as read off the curve. The device as it is when it prints one, or when the curve gives no
	 * plateau with a supply.
	 */
	static Device withCharges(Device d, DeviceCurves curves) {
		for (String name : ROWS) {
			if (GateChargeFit.typical(d, name) != null) {
				return d;
			}
		}
		Plateau p = find(curves, d);
		if (p == null || !(p.vds() > 0)) {
			return d;
		}
		List<Parameter> rows = new ArrayList<>(d.parameters());
		rows.add(charge(p, "QGS", p.charge()));
		rows.add(charge(p, "QGD", p.end() - p.charge()));
		rows.add(charge(p, "QG", p.topCharge()));
		return d.withParameters(rows);
	}

	private static Parameter charge(Plateau p, String name, double value) {
		Map<String, Double> conditions = new LinkedHashMap<>();
		conditions.put("VGS", p.topVgs());
		conditions.put("ID", p.id());
		conditions.put("VDS", p.vds());
		return new Parameter(name, null, value, null, "C", conditions, Provenance.curve(p.page()));
	}

	/** The first typical room-temperature gate-charge row with a drain current and supply, or null. */
	private static Parameter testRow(Device d) {
		for (String name : ROWS) {
			for (Parameter p : d.all(name)) {
				if (p.typ() != null && p.condition("ID") != null && GateChargeFit.drainVoltage(p) > 0
						&& Fits.room(p.condition("T"))) {
					return p;
				}
			}
		}
		return null;
	}

	/** The plateau of one curve, with the test's current and supply; null when it has none or no current. */
	private static Plateau plateau(Plot p, Plot.Series s, Parameter row, Device d) {
		double[][] c = magnitudes(s);
		if (c == null) {
			return null;
		}
		double[] q = c[0];
		double[] v = c[1];
		int n = q.length;
		if (q[0] > START * q[n - 1] || v[0] > START * v[n - 1]) {
			return null;
		}
		double[] knots = knots(q, v);
		if (knots == null) {
			return null;
		}
		double vds = supply(s, d);
		double rowSupply = row == null ? Double.NaN : GateChargeFit.drainVoltage(row);
		boolean sameTest = row != null && (Double.isNaN(vds) || Math.abs(vds - rowSupply) <= SAME_SUPPLY * rowSupply);
		Double id = s.conditions().get("ID");
		if (id == null && sameTest) {
			id = row.condition("ID");
		}
		if (id == null || id == 0) {
			return null;
		}
		return new Plateau(p.page(), knots[2], knots[0], knots[1], q, v, Math.abs(id),
				Double.isNaN(vds) && sameTest ? rowSupply : vds);
	}

	/**
	 * The series as {charges, gate voltages}, magnitudes sorted by charge, one point per charge; null under four
	 * points. Unlike other curves it keeps its start at the origin, read a little below the axis.
	 */
	private static double[][] magnitudes(Plot.Series s) {
		List<double[]> pts = new ArrayList<>();
		for (Plot.Point pt : s.points()) {
			if (Double.isFinite(pt.x()) && Double.isFinite(pt.y())) {
				pts.add(new double[] { Math.abs(pt.x()), Math.abs(pt.y()) });
			}
		}
		List<double[]> distinct = DeviceCurves.sortedDistinct(pts);
		if (distinct.size() < 4) {
			return null;
		}
		double[][] out = new double[2][distinct.size()];
		for (int k = 0; k < distinct.size(); k++) {
			out[0][k] = distinct.get(k)[0];
			out[1][k] = distinct.get(k)[1];
		}
		return out;
	}

	/**
	 * The curve's drain supply (VDS, else VDD; else the share of the device's VDSS rating its label names), NaN when it
	 * gives none.
	 */
	private static double supply(Plot.Series s, Device d) {
		Double v = s.conditions().get("VDS");
		if (v == null) {
			v = s.conditions().get("VDD");
		}
		if (v == null) {
			// "0,8 VDS max": a share of the drain's voltage rating
			Parameter rating = Fits.row(d, "VDSS");
			double share = Plot.ratedShare(s.label());
			v = rating == null || rating.nominal() == null || Double.isNaN(share) ? null : share * rating.nominal();
		}
		return v == null ? Double.NaN : Math.abs(v);
	}

	/**
	 * The plateau of the three-piece fit to the curve as {its start's charge, its end's charge, the gate voltage at its
	 * start on the fit (a corner drawn between samples is not cut)}, or null when its middle piece is
	 * not flat or not wide enough, or the pieces around it do not rise.
	 */
	static double[] knots(double[] q, double[] v) {
		double q0 = q[0];
		double qn = q[q.length - 1];
		// the even samples, and the drawn points of a sparse curve: a corner drawn as a point is a knot the fit can
		// take (a dense curve's points are as close as the samples, and would only multiply the pairs tried)
		double[] even = java.util.stream.IntStream.range(0, SAMPLES).mapToDouble(k -> q0 + (qn - q0) * k / (SAMPLES - 1))
				.toArray();
		double[] qs = q.length > SAMPLES ? even
				: java.util.stream.DoubleStream.concat(Arrays.stream(even), Arrays.stream(q)).sorted().distinct().toArray();
		double[] vs = Arrays.stream(qs).map(at -> DeviceCurves.linear(q, v, at)).toArray();
		int n = qs.length;
		double best = Double.POSITIVE_INFINITY;
		double[] fit = null;
		int[] at = null;
		for (int i = 1; i < n - 2; i++) {
			for (int j = i + 1; j < n - 1; j++) {
				double[] f = pieces(qs, vs, i, j);
				if (f != null && f[4] < best) {
					best = f[4];
					fit = f;
					at = new int[] { i, j };
				}
			}
		}
		if (fit == null) {
			return null;
		}
		double a = qs[at[0]];
		double b = qs[at[1]];
		double rise = (fit[1] - fit[0]) / (a - q0);
		double flat = (fit[2] - fit[1]) / (b - a);
		double after = (fit[3] - fit[2]) / (qn - b);
		boolean plateau = rise > 0 && after > 0 && flat < FLAT * Math.min(rise, after) && b - a >= MIN_WIDTH * (qn - q0)
				&& fit[1] > 0;
		return plateau ? new double[] { a, b, fit[1] } : null;
	}

	/**
	 * The least-squares continuous three-piece line through the samples with corners at samples {@code i} and
	 * {@code j}: {v at the first sample, at i, at j, at the last, the squared error}, or null when singular.
	 */
	private static double[] pieces(double[] q, double[] v, int i, int j) {
		int n = q.length;
		double[] corners = { q[0], q[i], q[j], q[n - 1] };
		double[][] a = new double[n][];
		for (int k = 0; k < n; k++) {
			a[k] = hats(corners, q[k]);
		}
		double[] x;
		try {
			x = new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver().solve(new ArrayRealVector(v))
					.toArray();
		} catch (MathIllegalArgumentException e) {
			return null;
		}
		double sse = 0;
		for (int k = 0; k < n; k++) {
			double[] h = a[k];
			double e = h[0] * x[0] + h[1] * x[1] + h[2] * x[2] + h[3] * x[3] - v[k];
			sse += e * e;
		}
		return new double[] { x[0], x[1], x[2], x[3], sse };
	}

	/** The four hat functions of a piecewise line with these corners at {@code at}. */
	private static double[] hats(double[] c, double at) {
		double[] h = new double[4];
		for (int k = 0; k < 3; k++) {
			if (at >= c[k] && at <= c[k + 1]) {
				double t = (at - c[k]) / (c[k + 1] - c[k]);
				h[k] = 1 - t;
				h[k + 1] = t;
				break;
			}
		}
		return h;
	}
}
