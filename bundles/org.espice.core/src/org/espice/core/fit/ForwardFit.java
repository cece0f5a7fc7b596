package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;

import org.espice.core.Parameter;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * IS, N and the series resistance fitted to the forward curve at room temperature together with the table's VF
 * rows (weighted {@link #TABLE_WEIGHT} times a curve point, so the table's typical values stay met), and the hottest
 * curve's law at temperature in {@link HotForward} (XTI on ngspice's saturation-current law IS(T) = IS exp((T/Tnom -
 * 1) EG/(N Vt(T))) (T/Tnom)^(XTI/N), EG held at the material's gap, with TRS1 where it earns its place). Where the
 * curve bends up past a knee that the series resistance cannot draw (high injection), IKF joins IS, N and RS
 * ({@link #KNEE_GAIN}; a diode's .model D only). A table row the curve disagrees with beyond
 * {@link ForwardCurves#TABLE_AGREEMENT} means a misread curve: the fit then uses the table alone. The reverse
 * saturation current is bounded by the leakage the datasheet prints (IR, IDSS for a body diode, ICES for an IGBT's
 * co-packaged diode; typical where printed, else the maximum; a hot row brought back to 27 degC on the same law): a
 * curve read at high current alone would otherwise allow an IS that leaks more than the part does.
 */
final class ForwardFit {

	static final double TABLE_WEIGHT = 3;
	/** IS is held this share under the printed leakage, which the simulator's GMIN and breakdown tail add to. */
	static final double LEAKAGE_MARGIN = 0.95;
	/** Rounds of fitting under a hot leakage row's bound, each at the N the last one found. */
	private static final int CEILING_ROUNDS = 12;
	/**
	 * How much better IKF must make the fit to be kept: this many times lower rms on the curve, by at least
	 * {@link #KNEE_LEAST}, and no worse on every third point held out.
	 */
	static final double KNEE_GAIN = 1.25, KNEE_LEAST = 0.003;
	static final double EG_SILICON = 1.11;
	static final double EG_SCHOTTKY = 0.69;

	private ForwardFit() {
	}

	/**
	 * @return whether the curve was used (IS, N, the resistance set and the rows checked); false leaves the card as
	 *         it was, for the table-only fit
	 */
	static boolean fit(ModelCard card, List<Parameter> rows, ForwardCurves.Forward fwd, boolean schottky,
			String currentKey, String rsName, List<Parameter> leakage, TaskMonitor monitor) {
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
		Scored plain = scored(room, checks, currentKey, schottky, nDefault, leakage, false, monitor);
		Scored best = plain;
		String knee = null;
		if (rsName.equals("RS")) {
			Scored bent = scored(room, checks, currentKey, schottky, nDefault, leakage, true, monitor);
			if (KNEE_GAIN * bent.rms() <= plain.rms() && plain.rms() - bent.rms() >= KNEE_LEAST
					&& bent.heldOut() <= plain.heldOut()) {
				knee = Fits.fmt("same fit as IS: the forward curve bends up past a knee its series resistance "
						+ "cannot draw (rms %.1f %% against %.1f %% without IKF; every third held out: %.1f %% against "
						+ "%.1f %%)", 100 * bent.rms(), 100 * plain.rms(), 100 * bent.heldOut(), 100 * plain.heldOut());
				best = bent;
			}
		}
		Bounded bound = best.bound();
		double[] x = bound.x();
		double isMax = bound.isMax();
		Ceiling ceiling = bound.ceiling();
		String figures = JunctionFit.Figures.of(room.current().length, best.rms(), best.heldOut());
		String used = checks.stream().map(c -> Fits.from(c.parameter(), c.target())).reduce((a, b) -> a + "; " + b)
				.map(s -> " and " + s).orElse("");
		String bounded = ceiling == null ? "" : Fits.fmt("; bounded by the leakage %s (%.3g A at 27 degC)",
				Fits.printed(ceiling.row()), isMax);
		card.set("IS", x[0], "least squares on the " + room.describe() + " (" + figures + ")" + used + bounded);
		card.set("N", x[1], "same fit as IS");
		card.set(rsName, x[2], "same fit as IS");
		if (knee != null) {
			card.set("IKF", x[3], knee);
		}
		for (Check c : checks) {
			card.check(c, DiodeFitter.vf(x[0], x[1], x[2], x[3], c.condition(currentKey, 1)));
		}
		for (Check c : limits) {
			card.check(c, DiodeFitter.vf(x[0], x[1], x[2], x[3], c.condition(currentKey, 1)));
		}
		if (fwd.hot() != null && rsName.equals("RS")) {
			HotForward.fit(card, fwd.hot(), x, schottky, leakage);
		}
		return true;
	}

	/** A fit within the leakage ceiling: the point, the IS bound used (1 mA when none) and the row that set it. */
	private record Bounded(double[] x, double isMax, Ceiling ceiling) {
	}

	/** A bounded fit with its rms on the whole curve and on every third point held out of a fit to the rest. */
	private record Scored(Bounded bound, double rms, double heldOut) {
	}

	/** The bounded fit, with IKF where {@code knee}, and its figures. */
	private static Scored scored(ForwardCurves.Curve room, List<Check> checks, String currentKey, boolean schottky,
			double nDefault, List<Parameter> leakage, boolean knee, TaskMonitor monitor) {
		Bounded bound = bounded(room, checks, currentKey, schottky, nDefault, leakage, knee, monitor);
		double[] train = solve(room, checks, currentKey, schottky, nDefault, bound.isMax(), knee, k -> k % 3 != 2,
				monitor);
		return new Scored(bound, rms(room, bound.x(), k -> true), rms(room, train, k -> k % 3 == 2));
	}

	/** {IS, N, RS, IKF} on every curve point, IS kept under the leakage ceiling at the fit's own N. */
	private static Bounded bounded(ForwardCurves.Curve room, List<Check> checks, String currentKey, boolean schottky,
			double nDefault, List<Parameter> leakage, boolean knee, TaskMonitor monitor) {
		double isMax = 1e-3;
		double[] x = solve(room, checks, currentKey, schottky, nDefault, isMax, knee, k -> true, monitor);
		Ceiling ceiling = null;
		// a hot row's bound depends on N, which the bound moves: rounds settle it (the bound only falls)
		for (int round = 0; round < CEILING_ROUNDS; round++) {
			Ceiling c = ceiling(leakage, x[1], schottky);
			if (c == null || x[0] <= c.is()) {
				break;
			}
			ceiling = c;
			isMax = Math.min(isMax, LEAKAGE_MARGIN * c.is());
			x = solve(room, checks, currentKey, schottky, nDefault, isMax, knee, k -> true, monitor);
		}
		return new Bounded(x, isMax, ceiling);
	}

	/**
	 * {IS, N, RS, IKF} by least squares on the curve points {@code use} selects and all table rows; IKF infinite
	 * unless {@code knee}, then between the curve's least current and a thousand times its largest.
	 */
	private static double[] solve(ForwardCurves.Curve room, List<Check> checks, String currentKey, boolean schottky,
			double nDefault, double isMax, boolean knee, IntPredicate use, TaskMonitor monitor) {
		double[] i = room.current();
		double[] v = room.voltage();
		int last = i.length - 1;
		double rsSeed = 0.1 * v[last] / i[last];
		double isSeed = i[0] / Math.expm1(Math.max(0.05, v[0]) / (nDefault * Fits.VT));
		double top = Math.log(Math.max(isMax, 1e-29));
		double[] start = { Math.min(top, Math.log(Math.max(isSeed, 1e-30))), nDefault,
				Math.log(Math.max(rsSeed, 1e-6)), Math.log(i[last]) };
		// a curve on a linear axis may start at 0 A: the knee's floor is then a millionth of its top
		double least = Math.max(i[0], 1e-6 * i[last]);
		double[] lo = { Math.log(1e-30), schottky ? 1.0 : 0.8, Math.log(1e-6), Math.log(least) };
		double[] hi = { top, schottky ? 2.0 : 6.0, Math.log(1e4), Math.log(1e3 * i[last]) };
		if (!knee) {
			start = Arrays.copyOf(start, 3);
			lo = Arrays.copyOf(lo, 3);
			hi = Arrays.copyOf(hi, 3);
		}
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
					res[m++] = DiodeFitter.vf(Math.exp(p[0]), p[1], Math.exp(p[2]), ikf(p), i[k]) / v[k] - 1;
				}
			}
			for (Check c : checks) {
				res[m++] = TABLE_WEIGHT * c.target().residual(DiodeFitter.vf(Math.exp(p[0]), p[1], Math.exp(p[2]),
						ikf(p), c.condition(currentKey, 1)));
			}
			return res;
		}, monitor);
		return new double[] { Math.exp(r.point()[0]), r.point()[1], Math.exp(r.point()[2]), ikf(r.point()) };
	}

	/** IKF at a fit's point: infinite where the point holds no knee. */
	private static double ikf(double[] p) {
		return p.length > 3 ? Math.exp(p[3]) : Double.POSITIVE_INFINITY;
	}

	private static double rms(ForwardCurves.Curve c, double[] x, IntPredicate use) {
		double[][] pts = { c.current(), c.voltage() };
		return JunctionFit.Figures.rms(pts, i -> DiodeFitter.vf(x[0], x[1], x[2], x[3], i), use);
	}

	/**
	 * XTI, EG held at the material's gap, solved so that the model meets the hottest typical VF row (75 degC or
	 * more, with its IF), which is then checked at its temperature; for a diode whose forward curves gave no hot
	 * curve. Nothing without such a row. A row the law cannot reach within XTI -10 to 40 is left held out. XTI is held
	 * where IS(T) meets a hot row of {@code leakage}, as for a hot curve ({@link HotForward#cap}); the row is then
	 * missed, and the card's check says by how much.
	 */
	static void hotRow(ModelCard card, List<Parameter> vfRows, boolean schottky, List<Parameter> leakage) {
		Parameter hot = Fits.hottest(vfRows, 75, "IF");
		Double is = card.value("IS");
		Double n = card.value("N");
		if (hot == null || is == null || n == null) {
			return;
		}
		double[] x = { is, n, card.value("RS") == null ? 0 : card.value("RS"),
				card.value("IKF") == null ? Double.POSITIVE_INFINITY : card.value("IKF") };
		double eg = schottky ? EG_SCHOTTKY : EG_SILICON;
		double t = hot.condition("T") + 273.15;
		double i = Math.abs(hot.condition("IF"));
		Target target = Target.of(hot);
		double lo = -10;
		double hi = 40;
		// a larger XTI raises IS(T) and lowers VF
		DoubleUnaryOperator miss = xti -> target.value() - vfAt(x, eg, xti, t, i);
		if (miss.applyAsDouble(lo) > 0 || miss.applyAsDouble(hi) < 0) {
			card.note(Fits.from(hot, target) + ": the diode law with EG " + eg + " eV cannot meet it for any XTI "
					+ "from -10 to 40; XTI left at its default");
			return;
		}
		double solved = Fits.bisect(miss, lo, hi);
		// held, as for a hot curve, where IS(T) would leak more than a hot leakage row prints
		HotForward.Cap cap = HotForward.cap(leakage, is, n, eg);
		double bound = cap == null ? hi : Math.max(lo, Math.min(hi, cap.xti()));
		double xti = Math.min(solved, bound);
		card.set("EG", eg, Fits.fmt("default %s eV (%s), held", eg, schottky ? "Schottky barrier" : "silicon"));
		card.set("XTI", xti, "solved so that VF meets " + Fits.from(hot, target) + " with EG held"
				+ HotForward.held(cap, bound, xti));
		card.check(new Check(hot, Probe.FORWARD_VOLTAGE, target), vfAt(x, eg, xti, t, i));
	}

	/** The lowest saturation current a printed leakage allows, and the row that sets it. */
	record Ceiling(double is, Parameter row) {
	}

	/**
	 * The leakage rows' bound (their typical value, else their max: the model is of a typical part, and a SPICE diode
	 * leaks IS at every reverse voltage), a hot row's brought back to 27 degC with IS(T)/IS
	 * on ngspice's law at emission coefficient {@code n} and the default XTI and EG; null when no row bounds it.
	 */
	static Ceiling ceiling(List<Parameter> leakage, double n, boolean schottky) {
		double eg = schottky ? EG_SCHOTTKY : EG_SILICON;
		double xti = schottky ? 2 : 3;
		Ceiling best = null;
		for (Parameter p : leakage) {
			Double bound = leakageBound(p);
			if (bound == null) {
				continue;
			}
			// a room-temperature row holds at the simulators' 27 degC, as the checks measure it
			double t = Check.condition(p, "T", 25);
			double is = Math.abs(bound) / (Fits.atRoom(t) ? 1 : ratio(n, eg, xti, t + 273.15));
			if (best == null || is < best.is()) {
				best = new Ceiling(is, p);
			}
		}
		return best;
	}

	/**
	 * The leakage a row allows: its typical value, else its maximum (the model is of a typical part); null when it
	 * prints neither, or zero.
	 */
	static Double leakageBound(Parameter p) {
		Double bound = p.typ() != null && p.typ() != 0 ? p.typ() : p.max();
		return bound == null || bound == 0 || !Double.isFinite(bound) ? null : bound;
	}

	/** IS(T)/IS(Tnom) on ngspice's diode law. */
	static double ratio(double n, double eg, double xti, double t) {
		return Math.exp((t / Fits.TNOM_K - 1) * eg / (n * Fits.K_OVER_Q * t) + xti / n * Math.log(t / Fits.TNOM_K));
	}

	/**
	 * VF at current {@code i} and temperature {@code t} (K) on ngspice's diode temperature law, {@code x} = {IS, N, RS,
	 * IKF} (IKF is not scaled with temperature).
	 */
	static double vfAt(double[] x, double eg, double xti, double t, double i) {
		return vfAt(x, eg, xti, 0, t, i);
	}

	/** As {@link #vfAt(double[], double, double, double, double)}, RS scaled by ngspice's 1 + TRS1 (T - Tnom). */
	static double vfAt(double[] x, double eg, double xti, double trs1, double t, double i) {
		double n = x[1];
		double isT = x[0] * ratio(n, eg, xti, t);
		return n * Fits.K_OVER_Q * t * Math.log1p(DiodeFitter.junction(i, x[3]) / isT)
				+ i * x[2] * (1 + trs1 * (t - Fits.TNOM_K));
	}
}
