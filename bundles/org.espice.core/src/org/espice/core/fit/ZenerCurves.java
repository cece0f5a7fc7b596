package org.espice.core.fit;

import java.util.Locale;

import org.espice.core.Plot;

/**
 * A zener's breakdown as drawn: VZ against IZ at room temperature. A family's datasheet draws one unnamed curve per
 * voltage grade ("VZ = 3.3 thru 10 Volts"), so the part's curve is the one that passes nearest its printed VZ at its
 * test current IZT, within {@link #MATCH} of it; a part no curve passes near has none. The curve must rise with the
 * current and span {@link #MIN_SPAN} of it. Its shape about IZT, the voltage's rise per decade of current, gives the
 * breakdown's emission coefficient NBV; the table's VZ keeps the level.
 */
final class ZenerCurves {

	/** The part's curve passes its VZ at IZT within this share: neighbouring grades lie 5 to 10 % apart. */
	static final double MATCH = 0.05;
	/** The least span of current, as a ratio, a curve must show to give the breakdown's slope. */
	static final double MIN_SPAN = 10;
	/** A curve may fall back this share of its voltage between read points (the reading's noise) and still rise. */
	private static final double NOISE = 0.005;
	/** Points the curve is weighed at, evenly in ln IZ, so that densely read stretches do not outweigh the rest. */
	private static final int SAMPLES = 9;
	/** NBV's bounds: under, sharper than any drawn knee; over, the curve is no exponential breakdown. */
	static final double MIN_NBV = 0.2, MAX_NBV = 200;

	/**
	 * The part's curve, currents rising.
	 *
	 * @param atTest the curve's voltage at IZT
	 */
	record Curve(int page, double[] iz, double[] vz, double atTest) {

		/** "VZ-IZ curve p.4 (the grade's curve through 3.169 V at IZT)" for provenance. */
		String describe() {
			return String.format(Locale.ROOT, "VZ-IZ curve p.%d (the grade's curve through %.4g V at IZT)", page,
					atTest);
		}
	}

	private ZenerCurves() {
	}

	/** The curve through the part's {@code vz} at {@code izt}, or null when none passes within {@link #MATCH}. */
	static Curve find(DeviceCurves usable, double vz, double izt) {
		Curve best = null;
		for (Plot p : usable.plots(Plot.Kind.ZENER_IV)) {
			String xq = p.x().quantity().toUpperCase(Locale.ROOT);
			String yq = p.y().quantity().toUpperCase(Locale.ROOT);
			boolean swap = xq.equals("VZ") && yq.equals("IZ");
			if (!swap && !(xq.equals("IZ") && yq.equals("VZ"))) {
				continue;
			}
			for (Plot.Series s : p.series()) {
				DeviceCurves.Curve c = s.onY2() || !Fits.room(s.conditions().get("T")) ? null
						: DeviceCurves.curve(p, s, "VZ", swap);
				if (c == null || !rising(c.y()) || c.x()[c.x().length - 1] < MIN_SPAN * c.x()[0]) {
					continue;
				}
				double v = c.atLogX(izt, false);
				if (Math.abs(v / vz - 1) <= MATCH
						&& (best == null || Math.abs(v / vz - 1) < Math.abs(best.atTest() / vz - 1))) {
					best = new Curve(c.page(), c.x(), c.y(), v);
				}
			}
		}
		return best;
	}

	/** Whether the voltages rise, but for the reading's noise. */
	private static boolean rising(double[] v) {
		for (int k = 1; k < v.length; k++) {
			if (v[k] < v[k - 1] * (1 - NOISE)) {
				return false;
			}
		}
		return v[v.length - 1] > v[0];
	}

	/**
	 * NBV, with the series resistance {@code rs} held, by least squares on the curve's rise about IZT: the breakdown
	 * carries IBV exp((V - BV) / (NBV Vt)) with IBV = IZT, so V - V(IZT) = NBV Vt ln(IZ / IZT) + RS (IZ - IZT). The
	 * curve is weighed at {@link #SAMPLES} currents evenly in ln IZ. Bounded to {@link #MIN_NBV}..{@link #MAX_NBV};
	 * NaN when the curve does not rise about IZT.
	 */
	static double nbv(Curve c, double izt, double rs) {
		double sab = 0;
		double saa = 0;
		for (double[] q : samples(c)) {
			double a = Fits.VT * Math.log(q[0] / izt);
			sab += a * (q[1] - c.atTest() - rs * (q[0] - izt));
			saa += a * a;
		}
		double nbv = sab / saa;
		return saa > 0 && nbv > 0 ? Math.max(MIN_NBV, Math.min(MAX_NBV, nbv)) : Double.NaN;
	}

	/** The rms voltage error, over the curve's samples, of the breakdown law with {@code nbv} and {@code rs}, V. */
	static double rms(Curve c, double izt, double rs, double nbv) {
		double ss = 0;
		double[][] s = samples(c);
		for (double[] q : s) {
			double law = c.atTest() + nbv * Fits.VT * Math.log(q[0] / izt) + rs * (q[0] - izt);
			ss += (law - q[1]) * (law - q[1]);
		}
		return Math.sqrt(ss / s.length);
	}

	/** {IZ, VZ} at {@link #SAMPLES} currents evenly in ln IZ over the curve, the voltage linear in ln IZ. */
	private static double[][] samples(Curve c) {
		DeviceCurves.Curve dc = new DeviceCurves.Curve(c.page(), "VZ", c.iz(), c.vz());
		double[][] xy = dc.samplesLogX(SAMPLES, false);
		double[][] out = new double[SAMPLES][];
		for (int k = 0; k < SAMPLES; k++) {
			out[k] = new double[] { xy[0][k], xy[1][k] };
		}
		return out;
	}
}
