package org.espice.core.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * A diode's leakage below breakdown, across the reverse voltage and the temperature its curves draw, as ngspice's
 * reverse tunnel current {@code JTUN(T)·(exp(VR/(NTUN·Vt)) - 1)}. The breakdown tail ({@link LeakageTail}) meets the
 * leakage at the voltage it is solved through, but short of it the card leaks only IS(T), while a real junction's
 * leakage rises over the whole range (a Schottky's through image-force barrier lowering, a rectifier's through its
 * generation current). The tunnel term carries that rise: a large NTUN makes it near-linear in VR, a small one
 * exponential; its temperature law {@code JTUN·exp((T/TNOM - 1)·KEG·EG/(NTUN·Vt))} (with XTITUN 0) is an activation
 * energy {@code Ea = KEG·EG/NTUN}. JTUN, NTUN and Ea are fitted together, by least squares on ln IR, to every point of
 * the leakage curves and to the typical IR rows (which weigh most), on top of the card's IS(T) and breakdown tail, and
 * kept only where they follow the leakage clearly better than the card did and break no 25 degC ceiling. The four
 * parameters are ngspice's alone: the LTspice and PSpice files keep the breakdown tail only.
 */
final class TunnelLeakage {

	/** Kept only when the rms error in ln IR over the curve points falls to this share of the card's own, or less. */
	private static final double GAIN = 0.7;
	/** Below this rms error in ln IR (about 20 %) the card follows the leakage already. */
	private static final double GOOD_ENOUGH = 0.2;
	/**
	 * A typical IR row weighs this many times all the curve points together: the table's value is met first (within a
	 * few per cent), the curves are followed around it.
	 */
	private static final double ROW_SHARE = 3;
	/** The share by which a fit from another start must come closer to be taken over the first starts' best. */
	private static final double CLEARLY = 1e-3;
	/** Fewest curve points worth a fit of three parameters. */
	private static final int MIN_POINTS = 6;

	/** One leakage point: reverse voltage, temperature in kelvin, current, weight in the fit, a table row or not. */
	private record Point(double vr, double tk, double ir, double weight, boolean row) {
	}

	/** The tunnel term's three fitted quantities. */
	record Tunnel(double jtun, double ntun, double ea) {

		/** The tunnel current at {@code vr} and {@code tk} on ngspice's law (XTITUN 0). */
		double at(double vr, double tk) {
			double vt = Fits.K_OVER_Q * tk;
			return jtun * Math.exp((tk / Fits.TNOM_K - 1) * ea / vt) * Math.expm1(vr / (ntun * vt));
		}
	}

	private TunnelLeakage() {
	}

	/** Sets JTUN, NTUN, KEG and XTITUN on a diode card whose leakage curves the card does not yet follow. */
	static void fit(ModelCard card, Device d, List<LeakageCurves.Curve> curves, TaskMonitor monitor) {
		if (card.value("IS") == null || curves.isEmpty()) {
			return;
		}
		double bv = card.value("BV") == null ? Double.POSITIVE_INFINITY : card.value("BV");
		List<Point> points = points(d, curves, bv);
		if (points.stream().filter(p -> !p.row()).count() < MIN_POINTS) {
			return;
		}
		Tail tail0 = Tail.of(card);
		Base base0 = new Base(card, tail0);
		double before = rms(points, p -> base0.at(p.vr(), p.tk()));
		if (before < GOOD_ENOUGH) {
			return;
		}
		double[] x = best(card, points, tail0, monitor);
		Tunnel t = tunnel(x);
		Tail tail = new Tail(x[3], Math.exp(x[4]));
		Base base = new Base(card, tail);
		double after = rms(points, p -> base.at(p.vr(), p.tk()) + t.at(p.vr(), p.tk()));
		if (!(after <= GAIN * before) || breaksCeiling(card, d, t, base, bv)) {
			return;
		}
		if (tail.tcv() != tail0.tcv()) {
			card.set("TCV", tail.tcv(), "fitted with JTUN: BV's fall per kelvin (ngspice: BV(T) = BV - TCV (T - 27 "
					+ "degC)) that, with the tunnel current, follows the leakage curves and rows hot" + (tail.tcv() < 0
							? "; below zero, BV rises hot and leaves the leakage to the tunnel current" : ""));
		}
		if (Math.abs(tail.nbv() / tail0.nbv() - 1) > 1e-6) {
			String was = card.params().stream().filter(q -> q.name().equals("NBV")).findFirst().orElseThrow().origin();
			card.set("NBV", tail.nbv(), "fitted with JTUN: the breakdown tail steepened where the tunnel current "
					+ "carries the leakage short of it (in every dialect), from " + Target.fmt(tail0.nbv()) + ", "
					+ was);
		}
		set(card, curves, t, points, median(points, p -> base0.at(p.vr(), p.tk())),
				median(points, p -> base.at(p.vr(), p.tk()) + t.at(p.vr(), p.tk())), held(card, points));
	}

	/** The breakdown tail's two values the tunnel fit may move: ngspice's TCV, and NBV (steeper only). */
	private record Tail(double tcv, double nbv) {

		static Tail of(ModelCard card) {
			return new Tail(card.value("TCV") == null ? 0 : card.value("TCV"),
					card.value("NBV") == null ? 1 : card.value("NBV"));
		}
	}

	/**
	 * ln(JTUN/NTUN) (the near-linear slope), ln NTUN (from 20 e-folds over the range drawn to a straight line), Ea in
	 * eV, TCV and ln NBV, the best of six starts (hot, six more from TCV at its lowest). With a breakdown tail, its NBV
	 * may fall (the tail steepens where the tunnel current carries the leakage short of it) and, with curves hot, TCV
	 * is fitted too (ngspice's alone, like the tunnel term): hot, BV may rise out of the tunnel current's way, or fall
	 * no closer than 2 % to the highest voltage drawn. Where one temperature is drawn and printed, Ea is held at EG/N:
	 * the leakage rises hot as IS does.
	 */
	private static double[] best(ModelCard card, List<Point> points, Tail tail0, TaskMonitor monitor) {
		double vrMax = maxVr(points);
		double vt0 = Fits.K_OVER_Q * Fits.TNOM_K;
		double dtMax = points.stream().mapToDouble(Point::tk).max().orElse(Fits.TNOM_K) - Fits.TNOM_K;
		boolean tail = card.value("NBV") != null && card.value("BV") != null;
		boolean hot = tail && dtMax > 10;
		double tcv0 = tail0.tcv();
		double tcvLo = hot ? -card.value("BV") / dtMax : tcv0;
		double tcvHi = hot ? Math.max(tcv0, (card.value("BV") - 1.02 * vrMax) / dtMax) : tcv0;
		double nbv0 = Math.log(tail0.nbv());
		double held = held(card, points);
		double[] lo = { -80, Math.log(vrMax / (20 * vt0)), Double.isNaN(held) ? 0.2 : held, tcvLo, tail ? 0 : nbv0 };
		double[] hi = { 5, Math.log(1e3 * vrMax / vt0), Double.isNaN(held) ? 1.6 : held, tcvHi, nbv0 };
		LeastSquares.Result best = null;
		// hot, each start also with BV risen as far as it may (the tail out of the tunnel current's way): from TCV as
		// printed alone, a 1000 V rectifier's fit kept the tail carrying the leakage and lost the tunnel current
		double[] tcvs = tcvLo < tcv0 ? new double[] { tcv0, tcvLo } : new double[] { tcv0 };
		for (double tcv : tcvs) {
			for (double ntun : new double[] { 1e2 * vrMax / vt0, 0.5 * vrMax / vt0 }) {
				for (double ea : new double[] { 0.5, 0.9, 1.3 }) {
					double[] start = { start(points, ntun), Math.log(ntun), ea, tcv, nbv0 };
					LeastSquares.Result r = LeastSquares.fit(start, lo, hi,
							x -> residuals(points, new Base(card, new Tail(x[3], Math.exp(x[4]))), tunnel(x)), monitor);
					// from BV risen, only a clearly closer fit: where both fit alike, the tail stays as it was
					if (best == null || r.rms() < best.rms() * (tcv == tcv0 ? 1 : 1 - CLEARLY)) {
						best = r;
					}
				}
			}
		}
		return best.point();
	}

	/** Ea held at EG/N where the points give one temperature; NaN where they give more. */
	private static double held(ModelCard card, List<Point> points) {
		boolean one = points.stream().mapToDouble(Point::tk).distinct().count() == 1;
		return one ? eg(card) / (card.value("N") == null ? 1 : card.value("N")) : Double.NaN;
	}

	/** Whether the card with the tunnel current leaks more than a maximum printed at 25 degC; noted if so. */
	private static boolean breaksCeiling(ModelCard card, Device d, Tunnel t, Base base, double bv) {
		double tk = Fits.TNOM_K;
		for (Parameter printed : d.all("IR")) {
			Parameter p = LeakageTail.atRatedVoltage(d, printed);
			Double vr = p.condition("VR");
			if (p.max() == null || vr == null || !Fits.room(p.condition("T")) || Math.abs(vr) >= bv) {
				continue;
			}
			if (base.at(Math.abs(vr), tk) + t.at(Math.abs(vr), tk) > Math.abs(p.max())) {
				card.note("a tunnel current through the leakage curves would break the ceiling " + Fits.printed(p)
						+ " at 25 degC: left out");
				return true;
			}
		}
		return false;
	}

	private static void set(ModelCard card, List<LeakageCurves.Curve> curves, Tunnel t, List<Point> points,
			double before, double after, double heldEa) {
		double eg = eg(card);
		long rows = points.stream().filter(Point::row).count();
		TreeSet<Integer> pages = new TreeSet<>();
		TreeSet<Double> temps = new TreeSet<>();
		for (LeakageCurves.Curve c : curves) {
			pages.add(c.page());
			temps.add(c.t());
		}
		String pageList = String.join(", ", pages.stream().map(String::valueOf).toList());
		String tempList = String.join(", ", temps.stream().map(Target::fmt).toList());
		String source = "least squares on ln IR over the leakage curves p." + pageList + " at " + tempList + " degC"
				+ (rows > 0 ? " and " + rows + " typical IR row" + (rows > 1 ? "s" : "") + ", met first" : "") + " ("
				+ (points.size() - rows) + " curve points, median error " + pct(after) + ", " + pct(before)
				+ " with IS and the breakdown tail alone)";
		card.set("JTUN", t.jtun(), source + "; ngspice's reverse tunnel current, the leakage's rise with VR");
		card.set("NTUN", t.ntun(), "same fit as JTUN: the leakage's rise with VR ("
				+ (t.ntun() * Fits.K_OVER_Q * Fits.TNOM_K > 3 * maxVr(points) ? "near-linear" : "exponential") + ")");
		String ea = "an activation energy KEG EG/NTUN of " + Target.fmt(t.ea()) + " eV";
		card.set("KEG", t.ea() * t.ntun() / eg, (Double.isNaN(heldEa) ? "same fit as JTUN: " + ea
				: ea + " held at EG/N, as IS rises: the curves and rows give one temperature")
				+ ", the leakage's rise with temperature");
		card.set("XTITUN", 0, "held at 0: KEG alone carries the temperature law");
		Base base = new Base(card, Tail.of(card));
		card.reviseResiduals(Probe.REVERSE_CURRENT, (check, modelled) -> {
			double vr = Math.abs(check.condition("VR", 0));
			double tk = kelvin(check.parameter().condition("T"));
			return vr > 0 ? base.at(vr, tk) + t.at(vr, tk) : modelled;
		});
	}

	/**
	 * Every curve point short of BV, weight 1; every typical IR row short of BV with its VR and T, weighted as
	 * {@link #ROW_SHARE} says. Where the tables print no typical leakage, each curve's highest point weighs as a row.
	 */
	private static List<Point> points(Device d, List<LeakageCurves.Curve> curves, double bv) {
		List<Point> out = new ArrayList<>();
		int drawn = 0;
		for (LeakageCurves.Curve c : curves) {
			drawn += c.vr().length;
		}
		double rowWeight = Math.max(2, ROW_SHARE * drawn);
		boolean typical = d.all("IR").stream().anyMatch(p -> p.typ() != null && p.typ() != 0);
		for (LeakageCurves.Curve c : curves) {
			int top = -1;
			for (int i = 0; i < c.vr().length; i++) {
				if (c.vr()[i] > 0 && c.vr()[i] < bv && c.ir()[i] > 0) {
					out.add(new Point(c.vr()[i], kelvin(c.t()), c.ir()[i], 1, false));
					top = out.size() - 1;
				}
			}
			if (!typical && top >= 0) {
				// no typical row printed: the curve's highest point stands in for one, as for the breakdown tail
				Point p = out.get(top);
				out.set(top, new Point(p.vr(), p.tk(), p.ir(), rowWeight, false));
			}
		}
		for (Parameter printed : d.all("IR")) {
			Parameter p = LeakageTail.atRatedVoltage(d, printed);
			Double vr = p.condition("VR");
			if (p.typ() != null && p.typ() != 0 && vr != null && Math.abs(vr) > 0 && Math.abs(vr) < bv) {
				out.add(new Point(Math.abs(vr), kelvin(p.condition("T")), Math.abs(p.typ()), rowWeight, true));
			}
		}
		return out;
	}

	/** The card's reverse current without the tunnel term: IS(T) and the breakdown tail, on ngspice's law. */
	static double base(ModelCard card, double vr, double tk) {
		return new Base(card, Tail.of(card)).at(vr, tk);
	}

	/**
	 * The card's reverse current without the tunnel term, with the tail's TCV and NBV as given: IS(T) and the breakdown
	 * tail on ngspice's law, its knee found once per temperature.
	 */
	private static final class Base {

		private final ModelCard card;
		private final Tail tail;
		/** Per temperature in kelvin: IS(T), the knee (NaN without BV) and Vt. */
		private final Map<Double, double[]> byT = new HashMap<>();

		Base(ModelCard card, Tail tail) {
			this.card = card;
			this.tail = tail;
		}

		double at(double vr, double tk) {
			double[] k = byT.computeIfAbsent(tk, this::knee);
			return Double.isNaN(k[1]) ? k[0] : LeakageTail.pastKnee(k[0], k[1], tail.nbv(), k[2], vr);
		}

		private double[] knee(double tk) {
			double vt = Fits.K_OVER_Q * tk;
			double isT = card.value("IS") * LeakageTail.isRatio(card, tk);
			Double bv = card.value("BV");
			if (bv == null) {
				return new double[] { isT, Double.NaN, vt };
			}
			double ibv = card.value("IBV") == null ? 1e-3 : card.value("IBV");
			double bvT = bv - tail.tcv() * (tk - Fits.TNOM_K);
			return new double[] { isT, LeakageTail.knee(isT, ibv, bvT, tail.nbv(), vt), vt };
		}
	}

	private static Tunnel tunnel(double[] x) {
		double ntun = Math.exp(x[1]);
		return new Tunnel(Math.exp(x[0]) * ntun, ntun, x[2]);
	}

	/** ln(JTUN/NTUN) that puts the tunnel current through the coolest curve's middle point. */
	private static double start(List<Point> points, double ntun) {
		double coolest = points.stream().mapToDouble(Point::tk).min().orElse(Fits.TNOM_K);
		List<Point> cool = points.stream().filter(p -> p.tk() == coolest).toList();
		Point mid = cool.get(cool.size() / 2);
		double vt = Fits.K_OVER_Q * mid.tk();
		return Math.log(mid.ir() / Math.max(1e-300, Math.expm1(mid.vr() / (ntun * vt)))) - Math.log(ntun);
	}

	private static double[] residuals(List<Point> points, Base base, Tunnel t) {
		double[] r = new double[points.size()];
		for (int i = 0; i < r.length; i++) {
			Point p = points.get(i);
			r[i] = Math.sqrt(p.weight()) * Math.log((base.at(p.vr(), p.tk()) + t.at(p.vr(), p.tk())) / p.ir());
		}
		return r;
	}

	/** The rms error in ln IR over the curve points (the rows, met first, apart). */
	private static double rms(List<Point> points, Function<Point, Double> model) {
		double sum = 0;
		int n = 0;
		for (Point p : points) {
			if (!p.row()) {
				double e = Math.log(model.apply(p) / p.ir());
				sum += e * e;
				n++;
			}
		}
		return Math.sqrt(sum / n);
	}

	/**
	 * A datasheet temperature in kelvin; room temperature (25 degC, or none given) is the simulators' 27 degC, where
	 * the card is fitted and its room values are checked.
	 */
	private static double kelvin(Double t) {
		return Fits.room(t) ? Fits.TNOM_K : t + 273.15;
	}

	private static double eg(ModelCard card) {
		return card.value("EG") != null ? card.value("EG") : ForwardFit.EG_SILICON;
	}

	private static double maxVr(List<Point> points) {
		return points.stream().mapToDouble(Point::vr).max().orElse(0);
	}

	/** The median of |model/curve - 1| over the curve points. */
	private static double median(List<Point> points, Function<Point, Double> model) {
		double[] e = points.stream().filter(p -> !p.row()).mapToDouble(p -> Math.abs(model.apply(p) / p.ir() - 1))
				.sorted().toArray();
		return e.length % 2 == 1 ? e[e.length / 2] : 0.5 * (e[e.length / 2 - 1] + e[e.length / 2]);
	}

	private static String pct(double share) {
		return String.format(Locale.ROOT, "%.1f %%", 100 * share);
	}
}
