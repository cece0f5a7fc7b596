package org.espice.core.spice;

import java.util.Locale;

import org.espice.core.Parameter;

/**
 * What a fitter aims at for one datasheet value, chosen deliberately from min/typ/max: typ where printed;
 * otherwise the printed limit(s), aimed a little inside so that the model stays within them.
 *
 * @param value  the aim point (SI, magnitude)
 * @param lo     lower acceptance bound (0 when open)
 * @param hi     upper acceptance bound (+inf when open)
 * @param typ    whether a typical value was printed (tolerance is then +-10 %)
 * @param choice a sentence for the header, e.g. "typ 0.93 V" or "max 1.1 V (aimed at 90 % of it)"
 */
public record Target(double value, double lo, double hi, boolean typ, String choice) {

	public static final double TYP_TOLERANCE = 0.10;

	public static Target of(Parameter p) {
		Double min = abs(p.min());
		Double typ = abs(p.typ());
		Double max = abs(p.max());
		String u = p.unit() == null || p.unit().isEmpty() ? "" : " " + p.unit();
		if (typ != null) {
			return new Target(typ, typ * (1 - TYP_TOLERANCE), typ * (1 + TYP_TOLERANCE), true,
					"typ " + fmt(typ) + u);
		}
		if (min != null && max != null) {
			double mid = min > 0 ? Math.sqrt(min * max) : (min + max) / 2;
			return new Target(mid, min, max, false,
					"no typ; min " + fmt(min) + " .. max " + fmt(max) + u + " (aimed at their geometric mean)");
		}
		if (max != null) {
			return new Target(0.9 * max, 0, max, false, "no typ; max " + fmt(max) + u + " (aimed at 90 % of it)");
		}
		if (min != null) {
			return new Target(1.1 * min, min, Double.POSITIVE_INFINITY, false,
					"no typ; min " + fmt(min) + u + " (aimed at 110 % of it)");
		}
		return null;
	}

	/** Whether a simulated magnitude satisfies the datasheet: typ within 10 %, limits respected. */
	public boolean accepts(double simulated) {
		double m = Math.abs(simulated);
		return m >= lo * (1 - 1e-9) && m <= hi * (1 + 1e-9);
	}

	/**
	 * A residual in log space: the full log error for typ values, and for limits a hinge outside the limits
	 * (with a small margin) plus a weak pull toward the aim point.
	 */
	public double residual(double model) {
		double m = Math.max(Math.abs(model), 1e-300);
		if (typ) {
			return Math.log(m / value);
		}
		double r = 0.15 * Math.log(m / value);
		if (m > hi * 0.97) {
			r += Math.log(m / (hi * 0.97));
		}
		if (lo > 0 && m < lo * 1.03) {
			r += Math.log(m / (lo * 1.03));
		}
		return r;
	}

	/** Relative deviation of a simulated value from the aim point. */
	public double deviation(double simulated) {
		return Math.abs(simulated) / value - 1;
	}

	public static Double abs(Double d) {
		return d == null ? null : Math.abs(d);
	}

	public static String fmt(double v) {
		return String.format(Locale.ROOT, "%.4g", v);
	}
}
