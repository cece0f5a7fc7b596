package org.espice.core.fit;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntPredicate;

import org.espice.core.Parameter;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;

/**
 * A diode's forward law at temperature, from its hottest forward curve: XTI on ngspice's saturation-current law, EG
 * held at the material's gap, and where it follows the curve much better, the series resistance's temperature
 * coefficient TRS1 with it (ngspice: RS (1 + TRS1 (T - Tnom))).
 * <p>
 * Past a few amperes a rectifier's forward drop is mostly its lightly doped base, whose resistance falls hot as the
 * carriers' lifetime grows. Drawn by IS(T) alone, that fall drives XTI to tens, and IS(T), which a SPICE diode leaks
 * at any reverse voltage, far above the leakage the datasheet prints hot. So XTI is also held where IS(T) meets a hot
 * leakage row (IR, or ICES for an IGBT's co-packaged diode), and TRS1 can carry the rest of the fall.
 */
final class HotForward {

	static final double XTI_LO = -10, XTI_HI = 40;
	/** How much better TRS1 must make the hot fit to be kept: as for IKF ({@link ForwardFit#KNEE_GAIN}). */
	static final double GAIN = ForwardFit.KNEE_GAIN, LEAST = ForwardFit.KNEE_LEAST;
	/** TRS1's range: RS at the curve's temperature between these shares of RS at 27 degC. */
	static final double RS_HOT_LO = 0.3, RS_HOT_HI = 2.5;

	private HotForward() {
	}

	/** XTI's bound from a hot leakage row: IS(T) at the row's temperature stays under its leakage. */
	record Cap(double xti, Parameter row) {
	}

	/** An XTI and TRS1 pair, with its rms on the whole hot curve. */
	private record Law(double xti, double trs1, double rms) {
	}

	/**
	 * Sets EG and XTI (and TRS1 where it earns its place) on {@code card} from the hot curve, {@code x} = {IS, N, RS,
	 * IKF} of the room fit; {@code leakage} the printed leakage rows that bound IS.
	 */
	static void fit(ModelCard card, ForwardCurves.Curve hot, double[] x, boolean schottky, List<Parameter> leakage) {
		double eg = schottky ? ForwardFit.EG_SCHOTTKY : ForwardFit.EG_SILICON;
		double xtiDefault = schottky ? 2 : 3;
		double t = hot.t() + 273.15;
		double[][] pts = { hot.current(), hot.voltage() };
		Cap cap = cap(leakage, x[0], x[1], eg);
		double hi = cap == null ? XTI_HI : Math.max(XTI_LO, Math.min(XTI_HI, cap.xti()));
		Law plain = law(pts, x, eg, t, hi, false, k -> true);
		Law bent = x[2] > 0 ? law(pts, x, eg, t, hi, true, k -> true) : plain;
		double rmsDefault = rms(pts, x, eg, xtiDefault, 0, t, k -> true);
		card.set("EG", eg, Fits.fmt("default %s eV (%s), held", eg, schottky ? "Schottky barrier" : "silicon"));
		if (bent != plain && GAIN * bent.rms() <= plain.rms() && plain.rms() - bent.rms() >= LEAST) {
			Law plainTrain = law(pts, x, eg, t, hi, false, k -> k % 3 != 2);
			Law bentTrain = law(pts, x, eg, t, hi, true, k -> k % 3 != 2);
			double plainHeld = rms(pts, x, eg, plainTrain.xti(), 0, t, k -> k % 3 == 2);
			double bentHeld = rms(pts, x, eg, bentTrain.xti(), bentTrain.trs1(), t, k -> k % 3 == 2);
			if (bentHeld <= plainHeld) {
				card.set("XTI", bent.xti(), Fits.fmt("fitted with TRS1 to the %s (%d points, rms %.1f %%; %.1f %% "
						+ "with XTI alone, %.1f %% with the default %s) with EG held", hot.describe(),
						hot.current().length, 100 * bent.rms(), 100 * plain.rms(), 100 * rmsDefault, xtiDefault)
						+ held(cap, hi, bent.xti()));
				card.set("TRS1", bent.trs1(), Fits.fmt("same fit as XTI: RS x (1 + TRS1 (T - 27 degC)), %.2f x RS at "
						+ "%.0f degC, the base's resistance %s hot (every third point held out: %.1f %% against "
						+ "%.1f %% with XTI alone)", 1 + bent.trs1() * (t - Fits.TNOM_K), hot.t(),
						bent.trs1() < 0 ? "falling" : "rising", 100 * bentHeld, 100 * plainHeld));
				return;
			}
		}
		if (xtiDefault <= hi && rmsDefault <= 1.2 * plain.rms()) {
			card.set("XTI", xtiDefault, Fits.fmt("default %s: fitting it to the %s gains little (rms %.1f %% "
					+ "against %.1f %%)", xtiDefault, hot.describe(), 100 * plain.rms(), 100 * rmsDefault));
			return;
		}
		card.set("XTI", plain.xti(), Fits.fmt("fitted to the %s (%d points, rms %.1f %%, %.1f %% with the default %s) "
				+ "with EG held", hot.describe(), hot.current().length, 100 * plain.rms(), 100 * rmsDefault,
				xtiDefault) + held(cap, hi, plain.xti()));
	}

	/** The account of XTI's bound where the fit stopped at it, else nothing. */
	static String held(Cap cap, double hi, double xti) {
		return cap == null || hi >= XTI_HI || xti < hi - 1e-3 * (XTI_HI - XTI_LO) ? ""
				: Fits.fmt("; held at %.3g so that IS(T) stays under the leakage %s", hi, Fits.printed(cap.row()));
	}

	/**
	 * The least XTI bound the hot leakage rows set (typical value, else the maximum, as for IS at 27 degC): IS
	 * (T/Tnom)^(XTI/N) exp((T/Tnom - 1) EG/(N Vt(T))) at or under {@link ForwardFit#LEAKAGE_MARGIN} times the row;
	 * null when no row is hot.
	 */
	static Cap cap(List<Parameter> leakage, double is, double n, double eg) {
		Cap best = null;
		for (Parameter p : leakage) {
			Double bound = ForwardFit.leakageBound(p);
			double c = Check.condition(p, "T", 25);
			double t = c + 273.15;
			if (bound == null || Fits.atRoom(c) || t <= Fits.TNOM_K) {
				continue;
			}
			double room = (t / Fits.TNOM_K - 1) * eg / (n * Fits.K_OVER_Q * t);
			double xti = n * (Math.log(ForwardFit.LEAKAGE_MARGIN * Math.abs(bound) / is) - room)
					/ Math.log(t / Fits.TNOM_K);
			if (best == null || xti < best.xti()) {
				best = new Cap(xti, p);
			}
		}
		return best;
	}

	/** XTI in [{@link #XTI_LO}, {@code hi}], with TRS1 in its range where {@code trs}, on the points {@code use}. */
	private static Law law(double[][] pts, double[] x, double eg, double t, double hi, boolean trs, IntPredicate use) {
		double dt = t - Fits.TNOM_K;
		DoubleBinaryOperator cost = (trs1, xti) -> square(rms(pts, x, eg, xti, trs1, t, use));
		// XTI alone on the grid the fit has always used; under TRS1's search a coarser one
		double[] p = trs
				? JunctionFit.Figures.minimise(cost, (RS_HOT_LO - 1) / dt, (RS_HOT_HI - 1) / dt, 30, XTI_LO, hi, 50)
				: new double[] { 0, JunctionFit.Figures.minimise(xti -> cost.applyAsDouble(0, xti), XTI_LO, hi, 100) };
		return new Law(p[1], p[0], rms(pts, x, eg, p[1], p[0], t, k -> true));
	}

	private static double rms(double[][] pts, double[] x, double eg, double xti, double trs1, double t,
			IntPredicate use) {
		return JunctionFit.Figures.rms(pts, i -> ForwardFit.vfAt(x, eg, xti, trs1, t, i), use);
	}

	private static double square(double e) {
		return e * e;
	}
}
