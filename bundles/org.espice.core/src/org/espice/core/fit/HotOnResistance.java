package org.espice.core.fit;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * The rise of a MOSFET's on-resistance with temperature. In ngspice's VDMOS the channel's share rises by its mobility
 * law (KP times (T/Tnom)^-1.5) and the drain and source resistances by 1 + TRD1 dT + TRD2 dT^2 (TRS1, TRS2); the drift
 * region dominates a high-voltage part's resistance, so without them such a part barely rises where its datasheet
 * doubles. Silicon's resistance rises as a power of the absolute temperature, (T/Tnom)^k: TRD1 = k/Tnom and TRD2 =
 * k(k - 1)/(2 Tnom^2) are that law's expansion, which stays close to it and positive from -55 to 175 degC (a linear
 * coefficient through a hot point would turn the resistance negative in the cold). One exponent k, the same for RD
 * and RS, is solved so that the model meets:
 * <ul>
 * <li>the hottest typical RDS(on) row (125 or 150 degC), which is then checked; cooler hot rows stay held out;</li>
 * <li>else the RDS(on)-against-temperature curve at its hottest point up to 175 degC, as a ratio to its value at
 * 25 degC applied to the room row; the curve's other points are held out and the card gives the error on them (a
 * curve missed by more than {@link MosCapacitanceCurves#MAX_SHAPE_ERROR} is taken for misread and not used).</li>
 * </ul>
 */
final class HotOnResistance {

	/** ngspice's default VDMOS mobility exponent: KP scales as (T/Tnom)^MU. */
	private static final double MU = -1.5;
	/** the largest exponent searched: (T/Tnom)^8 is a sevenfold rise at 150 degC */
	private static final double MAX_K = 8;
	/** a row this hot or hotter counts as hot */
	static final double HOT = 30;
	/** the hottest curve point used: above it datasheets draw extrapolations */
	static final double HOTTEST = 175;

	/** The fitted channel at 27 degC, and its threshold's fall per kelvin. */
	record Channel(SquareLaw law, double tcvth) {

		/** RDS(on) of the room check {@code c} at {@code t} degC with the resistances' exponent {@code k}. */
		double at(Check c, double t, double k) {
			double dt = t - Fits.TNOM_C;
			return VdmosFitter.predict(c, hot(law, t, tcvth, 1 + tc1(k) * dt + tc2(k) * dt * dt));
		}
	}

	/**
	 * The channel at {@code t} degC: its threshold lower by {@code tcvth} per kelvin, KP on ngspice's mobility law,
	 * the external resistance times {@code rextScale}.
	 */
	static SquareLaw hot(SquareLaw law, double t, double tcvth, double rextScale) {
		return new SquareLaw(law.vto() - tcvth * (t - Fits.TNOM_C), kpAt(law.kp(), t),
				law.rext() * rextScale, law.ksub(), law.rsShare(), law.mtr(), law.lambda(), law.theta());
	}

	/** KP at {@code t} degC on ngspice's mobility law. */
	static double kpAt(double kp, double t) {
		return kp * Math.pow((t + 273.15) / Fits.TNOM_K, MU);
	}

	/** TRD1 of the exponent {@code k}. */
	static double tc1(double k) {
		return k / Fits.TNOM_K;
	}

	/** TRD2 of the exponent {@code k}. */
	static double tc2(double k) {
		return k * (k - 1) / (2 * Fits.TNOM_K * Fits.TNOM_K);
	}

	private HotOnResistance() {
	}

	/**
	 * Sets TRD1, TRD2, TRS1 and TRS2 from the hottest typical hot RDS(on) row (and checks it), else from the
	 * RDS(on)-temperature curve; nothing without either.
	 *
	 * @param room the room-temperature on-resistance check the channel was fitted to
	 */
	static void fit(ModelCard card, Device d, Channel ch, Check room, DeviceCurves curves) {
		Parameter hot = Fits.hottest(d.all("RDS_ON"), HOT, "VGS", "ID");
		if (hot != null) {
			fromRow(card, ch, hot);
		} else {
			fromCurve(card, ch, room, curves);
		}
	}

	private static void fromRow(ModelCard card, Channel ch, Parameter hot) {
		Check c = new Check(hot, Probe.RDS_ON, Target.of(hot));
		double t = hot.condition("T");
		Double k = solve(ch, c, t, c.target().value());
		if (k == null) {
			card.note(Fits.from(hot, c.target()) + ": the channel's own rise with temperature reaches it (or no "
					+ "drift region could); TRD1 and TRD2 left at 0");
			return;
		}
		set(card, k, Fits.fmt("so that RDS(on) at %.0f degC meets %s", t, Fits.from(hot, c.target())));
		card.check(c, ch.at(c, t, k));
	}

	private static void fromCurve(ModelCard card, Channel ch, Check room, DeviceCurves curves) {
		TemperatureCurve curve = TemperatureCurve.of(curves, Plot.Kind.RDSON_T);
		int hottest = curve == null ? -1 : curve.hottest(HOTTEST);
		if (hottest < 0 || !(curve.at(25) > 0) || curve.t()[hottest] < 100) {
			return;
		}
		double t = curve.t()[hottest];
		double ratio = curve.ratio(hottest);
		Double k = solve(ch, room, t, ratio * ch.at(room, 25, 0));
		if (k == null) {
			return;
		}
		// the curve's other points, each as a ratio to 25 degC applied to the model at 25 degC
		TemperatureCurve.HeldOut held = curve.heldOut(hottest, HOTTEST, x -> ch.at(room, x, k) / ch.at(room, 25, k));
		double heldOut = held.rms();
		int n = held.points();
		if (!(heldOut <= MosCapacitanceCurves.MAX_SHAPE_ERROR)) {
			card.note(Fits.fmt("the RDS(on)-temperature curve p.%d: the resistance law through its %.0f degC point misses "
					+ "its other points by rms %.0f %% (a misread curve); TRD1 and TRD2 left at 0", curve.page(), t,
					100 * heldOut));
			return;
		}
		set(card, k, Fits.fmt("so that RDS(on) at %.0f degC is %.2f times its 25 degC value, as the RDS(on)-"
				+ "temperature curve p.%d draws it (the other %d points held out: rms %.1f %%)", t, ratio, curve.page(), n,
				100 * heldOut));
	}

	static void set(ModelCard card, double k, String what) {
		card.set("TRD1", tc1(k), Fits.fmt("k/Tnom of the drain resistance's law (T/Tnom)^k, k = %.2f solved %s, with "
				+ "the channel's mobility on ngspice's law (KP x (T/Tnom)^-1.5)", k, what));
		card.set("TRD2", tc2(k), "k(k - 1)/(2 Tnom^2), same k");
		card.set("TRS1", tc1(k), "same as TRD1");
		card.set("TRS2", tc2(k), "same as TRD2");
	}

	/** The exponent at which the check {@code c} gives {@code target} at {@code t}, or null when none can. */
	private static Double solve(Channel ch, Check c, double t, double target) {
		return solve(k -> ch.at(c, t, k), target);
	}

	/**
	 * The exponent between 0 and {@link #MAX_K} at which {@code at} (a hot value, rising with the exponent) reaches
	 * {@code target}, or null when it is already there at 0 or cannot reach it.
	 */
	static Double solve(java.util.function.DoubleUnaryOperator at, double target) {
		if (at.applyAsDouble(0) >= target || at.applyAsDouble(MAX_K) < target) {
			return null;
		}
		return Fits.bisect(k -> at.applyAsDouble(k) - target, 0, MAX_K);
	}
}
