package org.espice.core.fit;

import java.util.function.DoubleBinaryOperator;
import java.util.function.IntPredicate;

import org.espice.core.spice.ModelCard;

/**
 * A BJT's gain at temperature, from its hottest gain curve, the room fit held: XTB, BF's exponent (T/Tnom)^XTB, and
 * where it follows the curve much better, TIKF1, ngspice's linear temperature coefficient of the high-injection knee
 * IKF (IKF (1 + TIKF1 (T - Tnom))).
 * <p>
 * A datasheet's hot gain curve typically rises well above the room one at low current and meets it, or falls under
 * it, past the knee: the knee comes down hot. XTB alone raises the gain by one factor at every current, so it can only
 * split the difference.
 */
final class HotGain {

	/** The range XTB is fitted in from a hot gain curve. */
	static final double XTB_LO = -1, XTB_HI = 5;
	/** TIKF1's range: IKF at the curve's temperature between these shares of IKF at 27 degC. */
	static final double IKF_HOT_LO = 0.2, IKF_HOT_HI = 2;
	/** How much better TIKF1 must make the hot fit to be kept: 1.25 times lower rms, by at least 1 % of gain. */
	static final double GAIN = 1.25, LEAST = 0.01;

	private HotGain() {
	}

	/** An XTB and TIKF1 pair with its rms on the whole hot curve. */
	private record Law(double xtb, double tikf1, double rms) {
	}

	/**
	 * Sets XTB, and TIKF1 where it earns its place, on {@code card}; nothing where XTB 0 follows the curve as well.
	 * TIKF1 only where {@code roomKnee}, the room fit read the gain curves: it moves a knee drawn at room temperature,
	 * and would otherwise make up for a knee a table row alone placed.
	 */
	static void fit(ModelCard card, GummelPoon g, HfeCurves.Gain hot, boolean roomKnee) {
		double t = hot.t() + 273.15;
		Law plain = law(g, hot, t, false, k -> true);
		double rmsDefault = BjtDcFit.gainRms(hot, g.at(t, 0), k -> true);
		if (roomKnee && Double.isFinite(g.ikf()) && g.ikf() > 0) {
			Law bent = law(g, hot, t, true, k -> true);
			if (GAIN * bent.rms() <= plain.rms() && plain.rms() - bent.rms() >= LEAST) {
				Law plainTrain = law(g, hot, t, false, k -> k % 3 != 2);
				Law bentTrain = law(g, hot, t, true, k -> k % 3 != 2);
				double plainHeld = BjtDcFit.gainRms(hot, g.at(t, plainTrain.xtb()), k -> k % 3 == 2);
				double bentHeld = BjtDcFit.gainRms(hot, g.at(t, bentTrain.xtb(), bentTrain.tikf1()), k -> k % 3 == 2);
				if (bentHeld <= plainHeld) {
					card.set("XTB", bent.xtb(), Fits.fmt("fitted with TIKF1 to the %s at %.0f degC (%d points, rms "
							+ "%.1f %%; %.1f %% with XTB alone, %.1f %% with the default 0), the room fit held",
							hot.describe(), hot.t(), HfeCurves.SAMPLES, 100 * bent.rms(), 100 * plain.rms(),
							100 * rmsDefault));
					card.set("TIKF1", bent.tikf1(), Fits.fmt("same fit as XTB: IKF x (1 + TIKF1 (T - 27 degC)), %.2f x "
							+ "IKF at %.0f degC, the gain's knee %s hot (every third point held out: %.1f %% against "
							+ "%.1f %% with XTB alone)", 1 + bent.tikf1() * (t - GummelPoon.TNOM), hot.t(),
							bent.tikf1() < 0 ? "coming down" : "going up", 100 * bentHeld, 100 * plainHeld));
					return;
				}
			}
		}
		if (!(plain.rms() < rmsDefault)) {
			return;
		}
		card.set("XTB", plain.xtb(), Fits.fmt("fitted to the %s at %.0f degC (%d points, rms %.1f %%, %.1f %% with the "
				+ "default 0), the room fit held", hot.describe(), hot.t(), HfeCurves.SAMPLES, 100 * plain.rms(),
				100 * rmsDefault));
	}

	/** XTB in its range, with TIKF1 in its range where {@code knee}, on the curve's samples {@code use} selects. */
	private static Law law(GummelPoon g, HfeCurves.Gain hot, double t, boolean knee, IntPredicate use) {
		double dt = t - GummelPoon.TNOM;
		DoubleBinaryOperator cost = (tikf1, xtb) -> square(BjtDcFit.gainRms(hot, g.at(t, xtb, tikf1), use));
		// XTB alone on the grid the fit has always used; under TIKF1's search a coarser one
		double lo = (IKF_HOT_LO - 1) / dt;
		double hi = (IKF_HOT_HI - 1) / dt;
		double[] p = knee ? JunctionFit.Figures.minimise(cost, lo, hi, 30, XTB_LO, XTB_HI, 30)
				: new double[] { 0, JunctionFit.Figures.minimise(xtb -> cost.applyAsDouble(0, xtb), XTB_LO, XTB_HI, 60) };
		return new Law(p[1], p[0], BjtDcFit.gainRms(hot, g.at(t, p[1], p[0]), k -> true));
	}

	private static double square(double e) {
		return e * e;
	}
}
