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
 * VCE or without one) exactly, or fitted with them without a row. Without a Cibo row, CJE is a guess (3 x CJC) and
 * sets the curve's rise at low current: it is fitted too. With a row, the curve's parameters are used only when they
 * follow the curve {@link #GAIN} times better than TF alone, on all its points or on every third held out of their
 * fit, and no worse on the other. A curve without its VCE, or one that disagrees with the table row by more than
 * {@link DeviceCurves#TABLE_AGREEMENT}, is not used.
 */
final class TransitCurves {

	static final int SAMPLES = 10;
	/** How much better than TF alone the curve's own parameters must follow it to be used. */
	static final double GAIN = 1.5;
	/** The grid of XTF and ITF: steps per axis; ITF from a thousandth of the curve's top current over four decades. */
	private static final int GRID = 30;
	private static final double ITF_FROM = -3, ITF_DECADES = 4;
	/** XTF from 0.1 over three decades. */
	private static final double XTF_FROM = -1, XTF_DECADES = 3;
	/** How far CJE may move from the value set without a Cibo row (3 x CJC), either way. */
	static final double CJE_RANGE = 20;
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
			return curve.atLogX(ic, true);
		}

		/** {IC[], fT[]} at {@link #SAMPLES} currents evenly in ln IC. */
		double[][] samples() {
			return curve.samplesLogX(SAMPLES, true);
		}

		String describe() {
			return String.format(Locale.ROOT, "fT curve at VCE = %s V p.%d", Target.fmt(vce), curve.page());
		}
	}

	/**
	 * @param tf        the forward transit time, s
	 * @param xtf       its current coefficient (0: none)
	 * @param itf       the current where it takes hold, A
	 * @param cje       the emitter junction's zero-bias capacitance the fit used (fitted when it was free), F
	 * @param rms       relative rms error of the model's fT over the curve's samples
	 * @param heldOut   the same on every third sample, fitted on the others
	 * @param fromCurve whether the curve's parameters (XTF and ITF, a free CJE) follow it {@link #GAIN} times better
	 *                  than TF alone with CJE as it was, see {@link TransitCurves}; when not, the fit is that TF alone
	 */
	record Fit(double tf, double xtf, double itf, double cje, double rms, double heldOut, boolean fromCurve) {

		String figures() {
			return JunctionFit.Figures.of(SAMPLES, rms, heldOut);
		}
	}

	/** The model's delays at a collector current, from its fitted DC law and junctions. */
	interface Delay {
		/** The junction charging delay at {@code ic} with the emitter junction's zero-bias capacitance {@code cje}. */
		double charging(double ic, double cje);

		/** The forward diffusion current IF at {@code ic}, A. */
		double forward(double ic);
	}

	/** What the fit holds: the table's row (NaN without one), CJE as set, and whether CJE may move. */
	record Anchor(double rowIc, double rowFt, double cje, boolean cjeFree) {

		boolean row() {
			return rowIc > 0 && rowFt > 0;
		}
	}

	/** The points a fit aims at: current, target delay, IF, and the charging delay's two parts (r + CJE p). */
	private record Points(double[] ic, double[] tau, double[] iff, double[] r, double[] p) {

		static Points of(List<double[]> icAndFt, Delay delay) {
			int n = icAndFt.size();
			Points q = new Points(new double[n], new double[n], new double[n], new double[n], new double[n]);
			for (int i = 0; i < n; i++) {
				double ic = icAndFt.get(i)[0];
				q.ic[i] = ic;
				q.tau[i] = 1 / (2 * Math.PI * icAndFt.get(i)[1]);
				q.iff[i] = delay.forward(ic);
				q.r[i] = delay.charging(ic, 0);
				q.p[i] = delay.charging(ic, 1) - q.r[i];
			}
			return q;
		}
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
				if (!s.onY2() && Fits.room(t) && vce != null && vce != 0 && c != null
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
	 * TF, XTF, ITF (and CJE when free) fitted to the curve, holding the anchor. A CJE that runs to its bound
	 * stands in for something else the model lacks (a Cjc guessed as well): CJE is then held.
	 */
	static Fit fit(Ft ft, Anchor anchor, Delay delay) {
		Candidates all = solve(ft, anchor, delay, k -> true);
		if (anchor.cjeFree() && (all.curve().cje() >= anchor.cje() * CJE_RANGE * 0.999
				|| all.curve().cje() <= anchor.cje() / CJE_RANGE * 1.001)) {
			return fit(ft, new Anchor(anchor.rowIc(), anchor.rowFt(), anchor.cje(), false), delay);
		}
		Candidates train = solve(ft, anchor, delay, k -> k % 3 != 2);
		double[][] s = ft.samples();
		IntPredicate every = k -> true;
		IntPredicate heldOut = k -> k % 3 == 2;
		double curveRms = rms(s, all.curve(), delay, every);
		double aloneRms = rms(s, all.alone(), delay, every);
		double curveHeldOut = rms(s, train.curve(), delay, heldOut);
		double aloneHeldOut = rms(s, train.alone(), delay, heldOut);
		// without a row there is no TF alone to fall back on; with one, the curve's parameters must earn their place:
		// GAIN times better on all the curve's points or on those held out of their fit, and no worse on the other
		boolean fromCurve = !anchor.row() || curveRms <= aloneRms && curveHeldOut <= aloneHeldOut
				&& (GAIN * curveRms <= aloneRms || GAIN * curveHeldOut <= aloneHeldOut);
		Fit f = fromCurve ? all.curve() : all.alone();
		return new Fit(f.tf(), f.xtf(), f.itf(), f.cje(), fromCurve ? curveRms : aloneRms,
				fromCurve ? curveHeldOut : aloneHeldOut, fromCurve);
	}

	/** The model's fT at {@code ic} with transit parameters {@code f}. */
	static double ft(Fit f, Delay delay, double ic) {
		return 1 / (2 * Math.PI * (f.tf() * growth(f.xtf(), f.itf(), delay.forward(ic)) + delay.charging(ic, f.cje())));
	}

	/** The small-signal transit time over TF: 1 + XTF w^2 (3 - 2w), w = IF/(IF + ITF). */
	private static double growth(double xtf, double itf, double iff) {
		if (xtf == 0) {
			return 1;
		}
		double w = iff / (iff + itf);
		return 1 + xtf * w * w * (3 - 2 * w);
	}

	/** TF alone (CJE as set), and the curve's parameters at their best. */
	private record Candidates(Fit alone, Fit curve) {
	}

	/**
	 * TF alone (CJE as set) and the best of the curve's parameters: XTF and ITF on a grid refined in turns, with CJE
	 * solved too when free. With a table row, TF meets it exactly for each; without one, TF is solved with them.
	 */
	private static Candidates solve(Ft ft, Anchor anchor, Delay delay, IntPredicate use) {
		double[][] s = ft.samples();
		List<double[]> kept = new ArrayList<>();
		for (int k = 0; k < SAMPLES; k++) {
			if (use.test(k) && s[1][k] > 0) {
				kept.add(new double[] { s[0][k], s[1][k] });
			}
		}
		Points pts = Points.of(kept, delay);
		Points row = anchor.row() ? Points.of(List.of(new double[] { anchor.rowIc(), anchor.rowFt() }), delay) : null;
		Fit alone = at(0, 1, pts, row, anchor, false);
		Fit best = at(0, 1, pts, row, anchor, anchor.cjeFree());
		double bestCost = cost(pts, best);
		double top = s[0][SAMPLES - 1];
		for (int i = 0; i <= GRID; i++) {
			double itf = top * Math.pow(10, ITF_FROM + ITF_DECADES * i / GRID);
			for (int j = 0; j <= GRID; j++) {
				Fit f = at(Math.pow(10, XTF_FROM + XTF_DECADES * j / GRID), itf, pts, row, anchor, anchor.cjeFree());
				double c = cost(pts, f);
				if (c < bestCost) {
					best = f;
					bestCost = c;
				}
			}
		}
		if (best.xtf() > 0) {
			best = refined(best, pts, row, anchor, ITF_DECADES / GRID * Math.log(10),
					XTF_DECADES / GRID * Math.log(10));
		}
		return new Candidates(alone, cost(pts, best) <= cost(pts, alone) ? best : alone);
	}

	/** The grid's best XTF and ITF refined by turns within a grid step of each (in their logs). */
	private static Fit refined(Fit from, Points pts, Points row, Anchor anchor, double itfStep, double xtfStep) {
		Fit f = from;
		for (int round = 0; round < 3; round++) {
			Fit g = f;
			double lnItf = JunctionFit.Figures.minimise(x -> cost(pts, at(g.xtf(), Math.exp(x), pts, row, anchor,
					anchor.cjeFree())), Math.log(g.itf()) - itfStep, Math.log(g.itf()) + itfStep, 8);
			Fit h = at(g.xtf(), Math.exp(lnItf), pts, row, anchor, anchor.cjeFree());
			double lnXtf = JunctionFit.Figures.minimise(x -> cost(pts, at(Math.exp(x), h.itf(), pts, row, anchor,
					anchor.cjeFree())), Math.log(h.xtf()) - xtfStep, Math.log(h.xtf()) + xtfStep, 8);
			f = at(Math.exp(lnXtf), h.itf(), pts, row, anchor, anchor.cjeFree());
		}
		return cost(pts, f) <= cost(pts, from) ? f : from;
	}

	/**
	 * TF (and CJE when {@code cjeFree}) for a given XTF and ITF, by least squares on the relative error of the delay,
	 * which is linear in both: TF m + CJE p + r. With a row, TF meets it exactly. TF is floored at 0.1 ps, CJE held
	 * within {@link #CJE_RANGE} times its value as set.
	 */
	private static Fit at(double xtf, double itf, Points pts, Points row, Anchor anchor, boolean cjeFree) {
		int n = pts.ic().length;
		double[] u = new double[n];
		for (int i = 0; i < n; i++) {
			u[i] = growth(xtf, itf, pts.iff()[i]) / pts.tau()[i];
		}
		double cje = anchor.cje();
		double tf;
		if (row != null) {
			double mr = growth(xtf, itf, row.iff()[0]);
			if (cjeFree) {
				double ab = 0;
				double bb = 0;
				for (int i = 0; i < n; i++) {
					double a = ((row.tau()[0] - row.r()[0]) * u[i] * pts.tau()[i] / mr + pts.r()[i]) / pts.tau()[i] - 1;
					double b = (pts.p()[i] - row.p()[0] * u[i] * pts.tau()[i] / mr) / pts.tau()[i];
					ab += a * b;
					bb += b * b;
				}
				cje = held(bb > 0 ? -ab / bb : cje, anchor.cje());
			}
			tf = (row.tau()[0] - row.r()[0] - cje * row.p()[0]) / mr;
		} else {
			double uu = 0;
			double uv = 0;
			double vv = 0;
			double uw = 0;
			double vw = 0;
			for (int i = 0; i < n; i++) {
				double v = pts.p()[i] / pts.tau()[i];
				double w = 1 - pts.r()[i] / pts.tau()[i];
				uu += u[i] * u[i];
				uv += u[i] * v;
				vv += v * v;
				uw += u[i] * w;
				vw += v * w;
			}
			double det = uu * vv - uv * uv;
			if (cjeFree && det > 0) {
				cje = held((uu * vw - uv * uw) / det, anchor.cje());
			}
			tf = (uw - cje * uv) / uu;
		}
		return new Fit(Math.max(1e-13, tf), xtf, itf, cje, 0, 0, false);
	}

	private static double held(double cje, double asSet) {
		return Math.max(asSet / CJE_RANGE, Math.min(asSet * CJE_RANGE, cje));
	}

	private static double cost(Points pts, Fit f) {
		double sum = 0;
		for (int i = 0; i < pts.ic().length; i++) {
			double model = f.tf() * growth(f.xtf(), f.itf(), pts.iff()[i]) + pts.r()[i] + f.cje() * pts.p()[i];
			double e = Math.log(model / pts.tau()[i]);
			sum += e * e;
		}
		return sum;
	}

	private static double rms(double[][] s, Fit f, Delay delay, IntPredicate use) {
		DoubleUnaryOperator model = ic -> ft(f, delay, ic);
		return JunctionFit.Figures.rms(s, model, use);
	}
}
