package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.espice.core.Parameter;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * IS, N and the series resistance fitted to the forward curve at room temperature together with the table's VF
 * rows (weighted {@link #TABLE_WEIGHT} times a curve point, so the table's typical values stay met), and XTI to the
 * hottest curve on ngspice's saturation-current law IS(T) = IS exp((T/Tnom - 1) EG/(N Vt(T))) (T/Tnom)^(XTI/N),
 * with EG held at the material's gap. A table row the curve disagrees with beyond
 * {@link ForwardCurves#TABLE_AGREEMENT} means a misread curve: the fit then uses the table alone.
 */
final class ForwardFit {

	static final double TABLE_WEIGHT = 3;
	static final double EG_SILICON = 1.11;
	static final double EG_SCHOTTKY = 0.69;
	private static final double TNOM = 300.15;
	private static final double K_OVER_Q = 1.380649e-23 / 1.602176634e-19;

	private ForwardFit() {
	}

	/**
	 * @return whether the curve was used (IS, N, the resistance set and the rows checked); false leaves the card as
	 *         it was, for the table-only fit
	 */
	static boolean fit(ModelCard card, List<Parameter> rows, ForwardCurves.Forward fwd, boolean schottky,
			String currentKey, String rsName, TaskMonitor monitor) {
		ForwardCurves.Curve room = fwd.room();
		for (Parameter p : rows) {
			if (!room.agreesWith(p, currentKey)) {
				card.note(room.describe() + " disagrees with " + Fits.from(p, Target.of(p)) + Fits.fmt(
						" by more than %.0f %%: fitted to the table alone", 100 * ForwardCurves.TABLE_AGREEMENT));
				return false;
			}
		}
		// the curve is typical: typical rows are aimed at with it, limits only checked
		List<Check> checks = new ArrayList<>();
		List<Check> limits = new ArrayList<>();
		for (Parameter p : Fits.sortedBy(rows, currentKey)) {
			(p.typ() != null ? checks : limits).add(new Check(p, Probe.FORWARD_VOLTAGE, Target.of(p)));
		}
		double nDefault = schottky ? DiodeFitter.DEFAULT_N_SCHOTTKY : DiodeFitter.DEFAULT_N_SILICON;
		double[] train = solve(room, checks, currentKey, schottky, nDefault, k -> k % 3 != 2, monitor);
		double heldOut = rms(room, train, k -> k % 3 == 2);
		double[] x = solve(room, checks, currentKey, schottky, nDefault, k -> true, monitor);
		double rms = rms(room, x, k -> true);
		String figures = JunctionFit.Figures.of(room.current().length, rms, heldOut);
		String used = checks.stream().map(c -> Fits.from(c.parameter(), c.target())).reduce((a, b) -> a + "; " + b)
				.map(s -> " and " + s).orElse("");
		card.set("IS", x[0], "least squares on the " + room.describe() + " (" + figures + ")" + used);
		card.set("N", x[1], "same fit as IS");
		card.set(rsName, x[2], "same fit as IS");
		for (Check c : checks) {
			card.check(c, DiodeFitter.vf(x[0], x[1], x[2], c.condition(currentKey, 1)));
		}
		for (Check c : limits) {
			card.check(c, DiodeFitter.vf(x[0], x[1], x[2], c.condition(currentKey, 1)));
		}
		if (fwd.hot() != null && rsName.equals("RS")) {
			temperature(card, fwd.hot(), x, schottky);
		}
		return true;
	}

	/** {IS, N, RS} by least squares on the curve points {@code use} selects and all table rows. */
	private static double[] solve(ForwardCurves.Curve room, List<Check> checks, String currentKey, boolean schottky,
			double nDefault, IntPredicate use, TaskMonitor monitor) {
		double[] i = room.current();
		double[] v = room.voltage();
		int last = i.length - 1;
		double rsSeed = 0.1 * v[last] / i[last];
		double isSeed = i[0] / Math.expm1(Math.max(0.05, v[0]) / (nDefault * Fits.VT));
		double[] start = { Math.log(Math.max(isSeed, 1e-30)), nDefault, Math.log(Math.max(rsSeed, 1e-6)) };
		double[] lo = { Math.log(1e-30), schottky ? 1.0 : 0.8, Math.log(1e-6) };
		double[] hi = { Math.log(1e-3), schottky ? 2.0 : 6.0, Math.log(1e4) };
		int n = 0;
		for (int k = 0; k < i.length; k++) {
			n += use.test(k) ? 1 : 0;
		}
		int points = n;
		LeastSquares.Result r = LeastSquares.fit(start, lo, hi, p -> {
			double[] res = new double[points + checks.size()];
			int m = 0;
			for (int k = 0; k < i.length; k++) {
				if (use.test(k)) {
					res[m++] = DiodeFitter.vf(Math.exp(p[0]), p[1], Math.exp(p[2]), i[k]) / v[k] - 1;
				}
			}
			for (Check c : checks) {
				res[m++] = TABLE_WEIGHT * c.target().residual(DiodeFitter.vf(Math.exp(p[0]), p[1], Math.exp(p[2]),
						c.condition(currentKey, 1)));
			}
			return res;
		}, monitor);
		return new double[] { Math.exp(r.point()[0]), r.point()[1], Math.exp(r.point()[2]) };
	}

	private static double rms(ForwardCurves.Curve c, double[] x, IntPredicate use) {
		double[][] pts = { c.current(), c.voltage() };
		return JunctionFit.Figures.rms(pts, i -> DiodeFitter.vf(x[0], x[1], x[2], i), use);
	}

	/** XTI so the model follows the hot curve, EG held; kept at its default when that follows it as well. */
	private static void temperature(ModelCard card, ForwardCurves.Curve hot, double[] x, boolean schottky) {
		double eg = schottky ? EG_SCHOTTKY : EG_SILICON;
		double xtiDefault = schottky ? 2 : 3;
		double t = hot.t() + 273.15;
		double[][] pts = { hot.current(), hot.voltage() };
		java.util.function.DoubleUnaryOperator cost = xti -> {
			double e = JunctionFit.Figures.rms(pts, i -> vfAt(x, eg, xti, t, i), k -> true);
			return e * e;
		};
		double xti = JunctionFit.Figures.minimise(cost, -10, 40, 100);
		double rmsHot = Math.sqrt(cost.applyAsDouble(xti));
		double rmsDefault = Math.sqrt(cost.applyAsDouble(xtiDefault));
		card.set("EG", eg, Fits.fmt("default %s eV (%s), held", eg, schottky ? "Schottky barrier" : "silicon"));
		if (rmsDefault <= 1.2 * rmsHot) {
			card.set("XTI", xtiDefault, Fits.fmt("default %s: fitting it to the %s gains little (rms %.1f %% "
					+ "against %.1f %%)", xtiDefault, hot.describe(), 100 * rmsHot, 100 * rmsDefault));
			return;
		}
		card.set("XTI", xti, Fits.fmt("fitted to the %s (%d points, rms %.1f %%, %.1f %% with the default %s) with "
				+ "EG held", hot.describe(), hot.current().length, 100 * rmsHot, 100 * rmsDefault, xtiDefault));
	}

	/** VF at current {@code i} and temperature {@code t} (K) on ngspice's diode temperature law. */
	static double vfAt(double[] x, double eg, double xti, double t, double i) {
		double vt = K_OVER_Q * t;
		double n = x[1];
		double isT = x[0] * Math.exp((t / TNOM - 1) * eg / (n * vt) + xti / n * Math.log(t / TNOM));
		return n * vt * Math.log1p(i / isT) + i * x[2];
	}
}
