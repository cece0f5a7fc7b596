package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;

import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Target;

/**
 * A BJT's transition frequency against collector current as drawn at room temperature, at its printed VCE: fT
 * rises with IC while the junctions' charging delay (Cje + Cjc)/gm falls, peaks, and falls again where the forward
 * transit time grows with the current (Gummel-Poon's XTF and ITF: TF (1 + XTF (IF/(IF + ITF))^2)). The small-signal
 * delay at a current is then TF (1 + XTF w^2 (3 - 2w)), w = IF/(IF + ITF), plus the charging delay. XTF and ITF
 * are fitted to {@link #SAMPLES} points evenly in ln IC, TF meeting the table's fT row (when printed at the curve's
 * VCE or without one) exactly, or fitted with them without a row; XTF is kept at 0 when it does not follow the curve
 * {@link #XTF_GAIN} times better. A curve without its VCE, or one that disagrees with the table row by more than
 * {@link DeviceCurves#TABLE_AGREEMENT}, is not used; nor is one the fit follows no better than TF from the row alone.
 */
final class TransitCurves {

	static final int SAMPLES = 10;
	/** How much better than TF alone the curve must be followed for XTF and ITF to be set. */
	static final double XTF_GAIN = 1.5;
	private static final double SAME_VCE = 0.02;

	/**
	 * One fT curve.
	 *
	 * @param vce   its collector-emitter voltage, magnitude
	 * @param curve fT against IC (magnitudes, IC rising)
	 */
	record Ft(double vce, DeviceCurves.Curve curve) {

		/** fT at {@code ic}, interpolated in ln IC and ln fT; NaN outside the curve. */
		double at(double ic) {
			double[] x = curve.x();
			double[] y = curve.y();
			if (ic < x[0] || ic > x[x.length - 1]) {
				return Double.NaN;
			}
			for (int k = 1; k < x.length; k++) {
				if (ic <= x[k]) {
					double t = Math.log(ic / x[k - 1]) / Math.log(x[k] / x[k - 1]);
					return Math.exp(Math.log(y[k - 1]) + (Math.log(y[k]) - Math.log(y[k - 1])) * t);
				}
			}
			return y[y.length - 1];
		}

		/** {IC[], fT[]} at {@link #SAMPLES} currents evenly in ln IC. */
		double[][] samples() {
			double[] x = curve.x();
			double lo = Math.log(x[0]);
			double hi = Math.log(x[x.length - 1]);
			double[][] out = new double[2][SAMPLES];
			for (int k = 0; k < SAMPLES; k++) {
				out[0][k] = Math.max(x[0], Math.min(Math.exp(lo + (hi - lo) * k / (SAMPLES - 1)), x[x.length - 1]));
				out[1][k] = at(out[0][k]);
			}
			return out;
		}

		String describe() {
			return String.format(Locale.ROOT, "fT curve at VCE = %s V p.%d", Target.fmt(vce), curve.page());
		}
	}

	/**
	 * @param tf      the forward transit time, s
	 * @param xtf     its current coefficient (0: none)
	 * @param itf     the current where it takes hold, A
	 * @param rms     relative rms error of the model's fT over the curve's samples
	 * @param heldOut the same on every third sample, fitted on the others
	 */
	record Fit(double tf, double xtf, double itf, double rms, double heldOut) {

		String figures() {
			return JunctionFit.Figures.of(SAMPLES, rms, heldOut);
		}
	}

	/** The model's small-signal delay (charging plus transit) at a collector current. */
	interface Delay {
		/** The junction charging delay at {@code ic}, s. */
		double charging(double ic);

		/** The forward diffusion current IF at {@code ic}, A. */
		double forward(double ic);
	}

	private TransitCurves() {
	}

	/**
	 * The room-temperature fT curve at the table row's VCE (any VCE when the row has none, or without a row the only
	 * curve); null when there is none, or it disagrees with the row (noted on the card).
	 */
	static Ft find(DeviceCurves curves, Parameter row, ModelCard card) {
		List<Ft> found = new ArrayList<>();
		for (Plot p : curves.plots(Plot.Kind.FT_IC)) {
			if (!"IC".equals(p.x().quantity()) || !"FT".equals(p.y().quantity())) {
				continue;
			}
			for (Plot.Series s : p.series()) {
				Double t = s.conditions().get("T");
				Double vce = s.conditions().get("VCE");
				DeviceCurves.Curve c = DeviceCurves.curve(p, s, "FT");
				if (!s.onY2() && (t == null || Math.abs(t - 25) <= 5) && vce != null && vce != 0 && c != null
						&& c.x()[0] > 0) {
					found.add(new Ft(Math.abs(vce), c));
				}
			}
		}
		Double rowVce = row == null ? null : row.condition("VCE");
		List<Ft> atRow = found.stream().filter(f -> rowVce == null || Math.abs(f.vce() / Math.abs(rowVce) - 1)
				<= SAME_VCE).toList();
		if (atRow.size() != 1) {
			return null;
		}
		Ft ft = atRow.get(0);
		Double ic = row == null ? null : row.condition("IC");
		double at = ic == null ? Double.NaN : ft.at(Math.abs(ic));
		if (!Double.isNaN(at) && !DeviceCurves.agrees(at, row)) {
			card.note(ft.describe() + " disagrees with " + Fits.from(row, Target.of(row)) + Fits.fmt(
					" by more than %.0f %%: TF from the table alone", 100 * DeviceCurves.TABLE_AGREEMENT));
			return null;
		}
		return ft;
	}

	/**
	 * TF, XTF and ITF fitted to the curve and the table's row (null when none is printed at the curve's bias).
	 *
	 * @param rowIc the row's collector current, or NaN without a row
	 * @param rowFt the row's fT
	 */
	static Fit fit(Ft ft, double rowIc, double rowFt, Delay delay) {
		Fit all = solve(ft, rowIc, rowFt, delay, k -> true);
		Fit train = solve(ft, rowIc, rowFt, delay, k -> k % 3 != 2);
		double[][] s = ft.samples();
		return new Fit(all.tf(), all.xtf(), all.itf(), rms(s, all, delay, k -> true), rms(s, train, delay,
				k -> k % 3 == 2));
	}

	/** The model's fT at {@code ic} with transit parameters {@code f}. */
	static double ft(Fit f, Delay delay, double ic) {
		return 1 / (2 * Math.PI * (f.tf() * growth(f, delay.forward(ic)) + delay.charging(ic)));
	}

	/** The small-signal transit time over TF: 1 + XTF w^2 (3 - 2w), w = IF/(IF + ITF). */
	private static double growth(Fit f, double iff) {
		if (f.xtf() == 0) {
			return 1;
		}
		double w = iff / (iff + f.itf());
		return 1 + f.xtf() * w * w * (3 - 2 * w);
	}

	/**
	 * The best of TF alone and of TF with XTF and ITF on a grid. With a table row, TF meets it exactly for each XTF
	 * and ITF (the table's value is the anchor, the curve the shape); without one, TF is solved in closed form.
	 */
	private static Fit solve(Ft ft, double rowIc, double rowFt, Delay delay, IntPredicate use) {
		double[][] s = ft.samples();
		List<double[]> pts = new ArrayList<>();
		for (int k = 0; k < SAMPLES; k++) {
			if (use.test(k) && s[1][k] > 0) {
				pts.add(new double[] { s[0][k], 1 / (2 * Math.PI * s[1][k]) });
			}
		}
		boolean row = rowIc > 0 && rowFt > 0;
		Fit best = at(0, 1, pts, delay, row, rowIc, rowFt);
		double costTf = cost(pts, best, delay);
		double top = s[0][SAMPLES - 1];
		Fit bestX = null;
		double costX = Double.POSITIVE_INFINITY;
		for (int i = 0; i <= 30; i++) {
			double itf = top * Math.pow(10, -3 + 4.0 * i / 30);
			for (int j = 0; j <= 30; j++) {
				double xtf = Math.pow(10, -1 + 3.0 * j / 30);
				Fit f = at(xtf, itf, pts, delay, row, rowIc, rowFt);
				double c = cost(pts, f, delay);
				if (c < costX) {
					costX = c;
					bestX = f;
				}
			}
		}
		if (bestX != null) {
			bestX = refined(bestX, pts, delay, row, rowIc, rowFt, 4.0 / 30 * Math.log(10), 3.0 / 30 * Math.log(10));
			costX = cost(pts, bestX, delay);
		}
		return bestX != null && XTF_GAIN * XTF_GAIN * costX <= costTf ? bestX : best;
	}

	/** The grid's best XTF and ITF refined by turns within a grid step of each (in their logs). */
	private static Fit refined(Fit from, List<double[]> pts, Delay delay, boolean row, double rowIc, double rowFt,
			double itfStep, double xtfStep) {
		Fit f = from;
		for (int round = 0; round < 3; round++) {
			Fit g = f;
			double lnItf = JunctionFit.Figures.minimise(x -> cost(pts, at(g.xtf(), Math.exp(x), pts, delay, row, rowIc,
					rowFt), delay), Math.log(g.itf()) - itfStep, Math.log(g.itf()) + itfStep, 8);
			Fit h = at(g.xtf(), Math.exp(lnItf), pts, delay, row, rowIc, rowFt);
			double lnXtf = JunctionFit.Figures.minimise(x -> cost(pts, at(Math.exp(x), h.itf(), pts, delay, row, rowIc,
					rowFt), delay), Math.log(h.xtf()) - xtfStep, Math.log(h.xtf()) + xtfStep, 8);
			f = at(Math.exp(lnXtf), h.itf(), pts, delay, row, rowIc, rowFt);
		}
		return cost(pts, f, delay) <= cost(pts, from, delay) ? f : from;
	}

	private static Fit at(double xtf, double itf, List<double[]> pts, Delay delay, boolean row, double rowIc,
			double rowFt) {
		return row ? throughRow(rowIc, rowFt, delay, xtf, itf) : withTf(pts, delay, xtf, itf);
	}

	/** TF that meets the table's fT at its current for a given XTF and ITF; floored at 0.1 ps. */
	static Fit throughRow(double rowIc, double rowFt, Delay delay, double xtf, double itf) {
		Fit unit = new Fit(1, xtf, itf, 0, 0);
		double tf = (1 / (2 * Math.PI * rowFt) - delay.charging(rowIc)) / growth(unit, delay.forward(rowIc));
		return new Fit(Math.max(1e-13, tf), xtf, itf, 0, 0);
	}

	/** TF minimising the relative error of the delay over the points, for a given XTF and ITF; floored at 0.1 ps. */
	private static Fit withTf(List<double[]> pts, Delay delay, double xtf, double itf) {
		Fit unit = new Fit(1, xtf, itf, 0, 0);
		double num = 0;
		double den = 0;
		for (double[] p : pts) {
			double m = growth(unit, delay.forward(p[0])) / p[1];
			double c = delay.charging(p[0]) / p[1];
			num += m * (1 - c);
			den += m * m;
		}
		return new Fit(Math.max(1e-13, num / den), xtf, itf, 0, 0);
	}

	private static double cost(List<double[]> pts, Fit f, Delay delay) {
		double sum = 0;
		for (double[] p : pts) {
			double e = Math.log((f.tf() * growth(f, delay.forward(p[0])) + delay.charging(p[0])) / p[1]);
			sum += e * e;
		}
		return sum;
	}

	private static double rms(double[][] s, Fit f, Delay delay, IntPredicate use) {
		DoubleUnaryOperator model = ic -> ft(f, delay, ic);
		return JunctionFit.Figures.rms(s, model, use);
	}
}
