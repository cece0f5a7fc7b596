package org.espice.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * A rectifier's typical reverse leakage as the soft tail of its breakdown. A SPICE diode leaks only its saturation
 * current in reverse (its recombination current ISR acts forward only), thousands of times less than a silicon
 * rectifier's generation current; the breakdown law {@code I = IBV·exp(-(BV - V)/(NBV·Vt))} is the one term of the
 * card that can carry it. With BV and IBV set (BV above VRRM, IBV the leakage ceiling), NBV is chosen so that the
 * tail passes through the typical IR at its VR (the rated VRRM where it prints none) at 25 °C, and ngspice's TCV
 * (BV's fall per kelvin) so that it passes through a typical IR printed hot, since leakage grows with temperature
 * far faster than the tail's Vt alone makes it. With no typical leakage at 25 °C but two printed hot (a Schottky's
 * IR at 100 and 125 °C), NBV and TCV are solved together through both, under the 25 °C ceilings. Both are solved on
 * ngspice's own breakdown law (`diotemp.c`: the knee {@code xbv} found so that the current at BV is IBV, with IS(T)
 * in it). Where the tables print no typical leakage at all, the drawn curves stand in ({@link LeakageCurves}: the room
 * curve at its highest voltage, the hottest one there). The model then meets the datasheet's
 * leakage where it prints it; between the printed voltages it rises exponentially with VR, steeper than a real
 * junction's generation current (the card has no term for that). TCV is ngspice's: the other dialects keep the
 * tail's own temperature law.
 */
final class LeakageTail {

	/** Below this many e-folds between IBV and the leakage, IBV is raised: the tail needs room to fall. */
	private static final double MIN_FOLDS = 2;

	private LeakageTail() {
	}

	/**
	 * Sets NBV (and IBV where it must rise, TCV where a hot leakage is printed too) on a card with BV and IBV; with
	 * only a hot leakage printed, NBV takes the tail through it at its temperature.
	 */
	static void fit(ModelCard card, Device d, List<LeakageCurves.Curve> curves) {
		Double bv = card.value("BV");
		Double printedIbv = card.value("IBV");
		if (bv == null || printedIbv == null) {
			return;
		}
		double is = card.value("IS") == null ? 0 : card.value("IS");
		Printed rows = Printed.of(d, bv).withCurves(curves, bv);
		Parameter ir = highest(rows.cool());
		Parameter hotRow = hotAt(rows.hot(), ir == null ? Double.NaN : Math.abs(ir.condition("VR")));
		Parameter anchor = ir != null ? ir : hotRow;
		if (anchor == null) {
			return;
		}
		double ibv = ibv(card, printedIbv, is, bv, ir, hotRow);
		// a tail through the leakage at 25 degC, else through the one printed hot at its temperature
		double t = ir != null ? Fits.TNOM_C : anchor.condition("T");
		double isT = ir != null ? is : is * isRatio(card, t + 273.15);
		double vt = ir != null ? Fits.VT : Fits.K_OVER_Q * (t + 273.15);
		double target = Math.abs(anchor.typ());
		double vr = Math.abs(anchor.condition("VR"));
		if (isT >= 0.5 * target) {
			card.note("typical leakage " + Fits.printed(anchor) + " within the saturation current: no breakdown tail "
					+ "for it");
			return;
		}
		Parameter hotter = ir == null ? hotterAt(rows.hot(), anchor) : null;
		if (hotter != null && twoHot(card, rows, anchor, hotter, is, bv, ibv, printedIbv)) {
			return;
		}
		double nbv = solve(x -> reverse(isT, ibv, bv, x, vt, vr), target, 0.5, 1e6, true);
		if (Double.isNaN(nbv)) {
			card.note("typical leakage " + Fits.printed(anchor) + ": no breakdown tail reaches it");
			return;
		}
		for (Parameter ceiling : rows.ceilings()) {
			double at = Math.abs(ceiling.condition("VR"));
			if (reverse(is, ibv, bv, nbv, Fits.VT, at) > Math.abs(ceiling.max())) {
				card.note("a breakdown tail through the leakage " + Fits.printed(anchor) + " would break the ceiling "
						+ Fits.printed(ceiling) + " at 25 degC: left out");
				return;
			}
		}
		if (ibv != printedIbv) {
			card.set("IBV", ibv, "raised so that the breakdown tail falls to the leakage printed (e^4 x "
					+ Fits.printed(anchor) + ") and stays above IS(T) BV/Vt hot, where ngspice would lift it");
		}
		card.set("NBV", nbv, "the breakdown tail through the typical leakage " + Fits.printed(anchor) + " at VR = "
				+ Target.fmt(vr) + " V, on ngspice's breakdown law");
		card.check(new Check(anchor, Probe.REVERSE_CURRENT, Target.of(anchor)), reverse(isT, ibv, bv, nbv, vt, vr));
		if (ir != null) {
			hot(card, hotRow, is, bv, ibv, nbv);
		}
	}

	/**
	 * With no typical leakage at 25 degC but two printed hot at one VR (a Schottky's IR at 100 and 125 degC): NBV and
	 * TCV together take the tail through both, TCV solved so that the tail through the cooler one, at its temperature,
	 * reaches the hotter one. Kept only when the tail then stays under every 25 degC ceiling; false (nothing set)
	 * otherwise, and the single hot row is tried as before.
	 */
	private static boolean twoHot(ModelCard card, Printed rows, Parameter cool, Parameter hot, double is, double bv,
			double ibv, double printedIbv) {
		double vr = Math.abs(cool.condition("VR"));
		double t1 = cool.condition("T");
		double t2 = hot.condition("T");
		double is1 = is * isRatio(card, t1 + 273.15);
		double is2 = is * isRatio(card, t2 + 273.15);
		double vt1 = Fits.K_OVER_Q * (t1 + 273.15);
		double vt2 = Fits.K_OVER_Q * (t2 + 273.15);
		double y1 = Math.abs(cool.typ());
		double y2 = Math.abs(hot.typ());
		if (is1 >= 0.5 * y1 || is2 >= 0.5 * y2) {
			return false;
		}
		java.util.function.DoubleUnaryOperator nbvFor = tcv -> solve(x -> reverse(is1, ibv,
				bv - tcv * (t1 - Fits.TNOM_C), x, vt1, vr), y1, 0.5, 1e6, true);
		java.util.function.DoubleUnaryOperator atHot = tcv -> {
			double nbv = nbvFor.applyAsDouble(tcv);
			return Double.isNaN(nbv) ? Double.NaN : reverse(is2, ibv, bv - tcv * (t2 - Fits.TNOM_C), nbv, vt2, vr);
		};
		// TCV from a thousandth of a percent of BV per kelvin up to where BV, hot, would come down to VR
		double tcv = solve(atHot, y2, 1e-5 * bv, 0.98 * (bv - vr) / (t2 - Fits.TNOM_C), true);
		double nbv = Double.isNaN(tcv) ? Double.NaN : nbvFor.applyAsDouble(tcv);
		if (Double.isNaN(nbv)) {
			return false;
		}
		double bvRoom = bv - tcv * (25 - Fits.TNOM_C);
		for (Parameter ceiling : rows.ceilings()) {
			double at = Math.abs(ceiling.condition("VR"));
			if (reverse(is, ibv, bvRoom, nbv, Fits.VT, at) > Math.abs(ceiling.max())) {
				return false;
			}
		}
		if (ibv != printedIbv) {
			card.set("IBV", ibv, "raised so that the breakdown tail falls to the leakage printed and stays above IS(T) "
					+ "BV/Vt hot, where ngspice would lift it");
		}
		card.set("NBV", nbv, "with TCV, the breakdown tail through the typical leakages " + Fits.printed(cool) + " and "
				+ Fits.printed(hot) + " at VR = " + Target.fmt(vr) + " V, on ngspice's breakdown law");
		card.set("TCV", tcv, "BV's fall per kelvin that, with NBV, takes the breakdown tail through both hot "
				+ "leakages (ngspice: BV(T) = BV - TCV (T - 27 degC)); it stays under the 25 degC ceiling");
		card.check(new Check(cool, Probe.REVERSE_CURRENT, Target.of(cool)),
				reverse(is1, ibv, bv - tcv * (t1 - Fits.TNOM_C), nbv, vt1, vr));
		card.check(new Check(hot, Probe.REVERSE_CURRENT, Target.of(hot)),
				reverse(is2, ibv, bv - tcv * (t2 - Fits.TNOM_C), nbv, vt2, vr));
		return true;
	}

	/** The hottest typical leakage printed at the same VR as {@code cool}, hotter than it by 10 K or more; or null. */
	private static Parameter hotterAt(List<Parameter> hot, Parameter cool) {
		double vr = Math.abs(cool.condition("VR"));
		Parameter best = null;
		for (Parameter p : hot) {
			boolean same = Math.abs(Math.abs(p.condition("VR")) - vr) <= 0.02 * vr;
			if (same && p.condition("T") >= cool.condition("T") + 10
					&& (best == null || p.condition("T") > best.condition("T"))) {
				best = p;
			}
		}
		return best;
	}

	/**
	 * The leakage rows below BV, each with its VR: the typical ones at 25 degC and hot, and the ceilings (max) at
	 * 25 degC a tail must not break.
	 */
	private record Printed(List<Parameter> cool, List<Parameter> hot, List<Parameter> ceilings) {

		static Printed of(Device d, double bv) {
			Printed out = new Printed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
			for (Parameter printed : d.all("IR")) {
				Parameter p = atRatedVoltage(d, printed);
				Double vr = p.condition("VR");
				if (vr == null || Math.abs(vr) <= 0 || Math.abs(vr) >= bv) {
					continue;
				}
				Double t = p.condition("T");
				boolean atRoom = Fits.room(t);
				if (atRoom && p.max() != null) {
					out.ceilings.add(p);
				}
				if (p.typ() != null && p.typ() != 0 && atRoom) {
					out.cool.add(p);
				} else if (p.typ() != null && p.typ() != 0 && t > 30) {
					out.hot.add(p);
				}
			}
			return out;
		}

		/**
		 * With the leakage curves standing in for the typical rows where the tables print none: the room curve at its
		 * highest voltage short of BV for the 25 degC one, the hottest curve at that voltage (else at its own highest)
		 * for a hot one. Each row is marked as read off its curve's page.
		 */
		Printed withCurves(List<LeakageCurves.Curve> curves, double bv) {
			if (!cool.isEmpty() || !hot.isEmpty() || curves.isEmpty()) {
				return this; // the tables' typical leakage comes first
			}
			double vr = Double.NaN;
			LeakageCurves.Curve room = curves.get(0);
			if (Fits.atRoom(room.t())) {
				vr = highestBelow(room, bv);
				add(cool, room, vr);
			}
			LeakageCurves.Curve hottest = curves.get(curves.size() - 1);
			if (hottest.t() > 30) {
				add(hot, hottest, Double.isNaN(hottest.irAt(vr)) ? highestBelow(hottest, bv) : vr);
			}
			return this;
		}

		/** The curve's highest voltage short of BV; NaN when it has none. */
		private static double highestBelow(LeakageCurves.Curve c, double bv) {
			double best = Double.NaN;
			for (double v : c.vr()) {
				best = v < bv ? v : best;
			}
			return best;
		}

		/** The curve's leakage at {@code vr} ({@link LeakageCurves#row}), unless the curve does not reach it. */
		private static void add(List<Parameter> rows, LeakageCurves.Curve c, double vr) {
			Parameter row = LeakageCurves.row(c, vr);
			if (row != null) {
				rows.add(row);
			}
		}
	}

	/**
	 * IBV as printed, or raised: the tail must fall from it to every typical leakage printed by {@link #MIN_FOLDS}
	 * e-folds, and hot it must stay above IS(T)·BV/Vt, below which ngspice lifts it and the tail falls back to IS(T).
	 */
	private static double ibv(ModelCard card, double printed, double is, double bv, Parameter ir, Parameter hotRow) {
		double most = 0;
		for (Parameter p : new Parameter[] { ir, hotRow }) {
			most = p == null ? most : Math.max(most, Math.abs(p.typ()));
		}
		double ibv = Math.log(printed / most) < MIN_FOLDS ? most * Math.exp(MIN_FOLDS + 2) : printed;
		if (hotRow != null) {
			double tk = hotRow.condition("T") + 273.15;
			ibv = Math.max(ibv, Math.exp(MIN_FOLDS) * is * isRatio(card, tk) * bv / (Fits.K_OVER_Q * tk));
		}
		return ibv;
	}

	/** IS(T)/IS on ngspice's law with the card's N, EG and XTI (their defaults where it sets none). */
	static double isRatio(ModelCard card, double tk) {
		double n = card.value("N") == null ? 1 : card.value("N");
		boolean schottky = card.value("EG") != null && card.value("EG") < 1;
		double eg = card.value("EG") != null ? card.value("EG") : ForwardFit.EG_SILICON;
		double xti = card.value("XTI") != null ? card.value("XTI") : schottky ? 2 : 3;
		return ForwardFit.ratio(n, eg, xti, tk);
	}

	/** TCV through the typical leakage printed hot (at the cool point's VR, else at any), when it makes sense. */
	private static void hot(ModelCard card, Parameter ir, double is, double bv, double ibv, double nbv) {
		if (ir == null) {
			return;
		}
		double t = ir.condition("T");
		double vr = Math.abs(ir.condition("VR"));
		double target = Math.abs(ir.typ());
		double tk = t + 273.15;
		double vt = Fits.K_OVER_Q * tk;
		double isT = is * isRatio(card, tk);
		double bvHot = solve(b -> reverse(isT, ibv, b, nbv, vt, vr), target, vr * 1.0001, 2 * bv, false);
		double dt = t - Fits.TNOM_C;
		double tcv = (bv - bvHot) / dt;
		if (Double.isNaN(bvHot) || Math.abs(tcv) * dt > 0.5 * bv) {
			card.note("hot leakage " + Fits.printed(ir) + " is out of the breakdown tail's reach: left to its own "
					+ "temperature law");
			return;
		}
		card.set("TCV", tcv, "BV's fall per kelvin that takes the breakdown tail through the hot leakage "
				+ Fits.printed(ir) + " (ngspice: BV(T) = BV - TCV (T - 27 degC))");
		card.check(new Check(ir, Probe.REVERSE_CURRENT, Target.of(ir)), reverse(isT, ibv, bvHot, nbv, vt, vr));
	}

	/**
	 * The reverse current at {@code vr} on ngspice's diode law: the saturation current short of the breakdown knee
	 * ({@link #knee}), the breakdown tail past it.
	 */
	static double reverse(double is, double ibv, double bv, double nbv, double vt, double vr) {
		return pastKnee(is, knee(is, ibv, bv, nbv, vt), nbv, vt, vr);
	}

	/**
	 * The breakdown knee {@code xbv} as ngspice finds it: the current at BV is IBV; where IBV is below IS·BV/Vt,
	 * ngspice raises it and the knee is BV itself.
	 */
	static double knee(double is, double ibv, double bv, double nbv, double vt) {
		if (ibv < is * bv / vt) {
			return bv;
		}
		double xbv = bv - nbv * vt * Math.log(1 + ibv / is);
		for (int i = 0; i < 50; i++) {
			double arg = ibv / is + 1 - xbv / vt;
			if (!(arg > 0)) {
				break;
			}
			xbv = bv - nbv * vt * Math.log(arg);
		}
		return xbv;
	}

	/** Past the knee {@code xbv} the tail, short of it the saturation current (ngspice's reverse region). */
	static double pastKnee(double is, double xbv, double nbv, double vt, double vr) {
		return vr >= xbv ? is * Math.exp(-(xbv - vr) / (nbv * vt)) : is;
	}

	/** The argument in [lo, hi] where f meets the target (f rising with it when {@code rising}), NaN if none. */
	private static double solve(java.util.function.DoubleUnaryOperator f, double target, double lo, double hi,
			boolean rising) {
		double a = Math.log(lo);
		double b = Math.log(hi);
		double fa = f.applyAsDouble(lo) - target;
		double fb = f.applyAsDouble(hi) - target;
		if (!(fa * fb <= 0)) {
			return Double.NaN;
		}
		for (int i = 0; i < 100; i++) {
			double m = 0.5 * (a + b);
			double fm = f.applyAsDouble(Math.exp(m)) - target;
			if ((fm < 0) == rising) {
				a = m;
			} else {
				b = m;
			}
		}
		return Math.exp(0.5 * (a + b));
	}

	/** The row with its VR, the rated VRRM where it prints none ("at rated dc voltage"), as the verifier reads it. */
	static Parameter atRatedVoltage(Device d, Parameter p) {
		Parameter vrrm = d.first("VRRM");
		if (p.condition("VR") != null || vrrm == null || vrrm.nominal() == null) {
			return p;
		}
		Map<String, Double> c = new LinkedHashMap<>(p.conditions());
		c.put("VR", Math.abs(vrrm.nominal()));
		return new Parameter(p.name(), p.min(), p.typ(), p.max(), p.unit(), c, p.source());
	}

	private static Parameter highest(List<Parameter> rows) {
		Parameter best = null;
		for (Parameter p : rows) {
			if (best == null || Math.abs(p.condition("VR")) > Math.abs(best.condition("VR"))) {
				best = p;
			}
		}
		return best;
	}

	/**
	 * The hot leakage at the cool point's VR if printed (else at any VR; NaN for none), at the lowest temperature
	 * printed.
	 */
	private static Parameter hotAt(List<Parameter> hot, double vr) {
		Parameter best = null;
		for (Parameter p : hot) {
			boolean same = !Double.isNaN(vr) && Math.abs(Math.abs(p.condition("VR")) - vr) <= 0.02 * vr;
			boolean bestSame = best != null && !Double.isNaN(vr)
					&& Math.abs(Math.abs(best.condition("VR")) - vr) <= 0.02 * vr;
			if (best == null || same && !bestSame || same == bestSame && p.condition("T") < best.condition("T")) {
				best = p;
			}
		}
		return best;
	}
}
