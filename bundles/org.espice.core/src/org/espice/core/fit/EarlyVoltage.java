package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.espice.core.Plot;
import org.espice.core.spice.Target;

/**
 * A BJT's forward Early voltage VAF from its output characteristics (IC against VCE, one curve per base current): in
 * the forward-active region past the saturation knee a curve rises as IC0 (1 + VCE / VAF), so a straight line through
 * it meets the VCE axis at -VAF. The region is the curve from a third of its VCE span (and at least
 * {@link #KNEE} V) up; a curve must reach {@link #MIN_REACH} V and keep {@link #MIN_POINTS} points there. A power
 * transistor's high-current curves steepen as the die heats during the sweep, so only the curves of the lower half
 * of the collector currents count, and VAF is the median of their intercepts; a curve drawn flat counts as
 * {@link #MAX_VAF}.
 */
final class EarlyVoltage {

	/** The collector voltage below which a curve may still be in saturation, V. */
	static final double KNEE = 1;
	/** How far a curve must reach along VCE to show its active-region slope, V. */
	static final double MIN_REACH = 3;
	static final int MIN_POINTS = 5;
	/** The bounds of VAF: below, a curve is not in the active region; above, the slope is lost in the drawing. */
	static final double MIN_VAF = 5, MAX_VAF = 1000;

	/**
	 * @param vaf    the Early voltage, V
	 * @param origin where it came from, for the model card
	 */
	record Result(double vaf, String origin) {

		String describe() {
			return origin;
		}
	}

	/**
	 * The base-emitter voltage a gain curve's collector-base voltage is reckoned with (VCB = VCE - VBE), V: the
	 * active region's VBE, near enough for the few volts it takes off VCE (twice it for a Darlington pair).
	 */
	static final double VBE = 0.7;
	/** The least ratio of the two collector-emitter voltages whose gains give VAF: closer, the reading noise wins. */
	static final double MIN_VCE_RATIO = 2;
	/** The share of its peak gain the low-voltage curve keeps up to the highest current compared (its plateau). */
	static final double PLATEAU = 0.95;
	/** A gain ratio this much under 1 is still a gain that does not grow with VCE (the reading's noise). */
	static final double FLAT = 0.01;
	/** Currents the two gain curves are compared at, evenly in ln IC. */
	private static final int GAIN_SAMPLES = 9;
	/** The least span of collector current, as a ratio, the two gain curves share up to the end of that plateau. */
	private static final double MIN_SHARED_SPAN = 3;

	/** One curve's line: its intercept on the VCE axis and the collector current it runs at. */
	private record Line(double vaf, double ic) {
	}

	private EarlyVoltage() {
	}

	/** The Early voltage from the room-temperature output curves, or null when none gives one. */
	static Result of(DeviceCurves curves) {
		for (Plot p : curves.plots(Plot.Kind.OUTPUT)) {
			if (!"VCE".equals(p.x().quantity()) || !"IC".equals(p.y().quantity())) {
				continue;
			}
			List<Line> lines = new ArrayList<>();
			for (Plot.Series s : p.series()) {
				Double t = s.conditions().get("T");
				DeviceCurves.Curve c = DeviceCurves.curve(p, s, "IC");
				Line l = c == null || !Fits.room(t) ? null : line(c);
				if (l != null) {
					lines.add(l);
				}
			}
			if (!lines.isEmpty()) {
				lines.sort(Comparator.comparingDouble(Line::ic));
				List<Line> low = lines.subList(0, (lines.size() + 1) / 2);
				double[] v = low.stream().mapToDouble(Line::vaf).sorted().toArray();
				double median = v.length % 2 == 1 ? v[v.length / 2] : Math.sqrt(v[v.length / 2 - 1] * v[v.length / 2]);
				return new Result(Math.max(MIN_VAF, Math.min(MAX_VAF, median)), String.format(Locale.ROOT,
						"median of the Early intercepts (-VCE where the active-region line meets IC = 0) of %d output "
								+ "curves p.%d at the lower collector currents (%.0f .. %.0f V)",
						v.length, p.page(), v[0], v[v.length - 1]));
			}
		}
		return null;
	}

	/**
	 * The Early voltage from two room-temperature gain curves at collector-emitter voltages {@link #MIN_VCE_RATIO}
	 * or more apart, their collector-base voltages VCE - {@code vbe}, or null. In the active region below high
	 * injection the gain grows with the collector-base voltage as (1 + VCB / VAF), so the ratio r of the gains at one
	 * current gives VAF = (VCB2 - r VCB1) / (r - 1).
	 * Compared where both curves are drawn, up to the end of the low-voltage curve's peak (where it falls under
	 * {@link #PLATEAU} of it: past it high injection and saturation of the collector take the low-voltage gain down
	 * faster); the ratio is the median over those currents. A ratio of 1 (within {@link #FLAT}) is a gain that does
	 * not grow: VAF at {@link #MAX_VAF}; a gain that falls with VCE (a power transistor's die heating at the higher
	 * voltage) says nothing of VAF.
	 */
	static Result ofGains(List<HfeCurves.Gain> gains, double vbe) {
		if (gains.size() < 2) {
			return null;
		}
		HfeCurves.Gain lo = gains.stream().min(Comparator.comparingDouble(HfeCurves.Gain::vce)).orElseThrow();
		HfeCurves.Gain hi = gains.stream().max(Comparator.comparingDouble(HfeCurves.Gain::vce)).orElseThrow();
		if (hi.vce() < MIN_VCE_RATIO * lo.vce() || lo.vce() <= vbe) {
			return null;
		}
		double[] lx = lo.curve().x();
		double[] ly = lo.curve().y();
		int peak = 0;
		for (int i = 1; i < ly.length; i++) {
			if (ly[i] > ly[peak]) {
				peak = i;
			}
		}
		int plateau = peak;
		while (plateau + 1 < ly.length && ly[plateau + 1] >= PLATEAU * ly[peak]) {
			plateau++;
		}
		double[] hx = hi.curve().x();
		double from = Math.max(lx[0], hx[0]);
		double to = Math.min(lx[plateau], hx[hx.length - 1]);
		if (!(to >= MIN_SHARED_SPAN * from)) {
			return null;
		}
		double[] ratios = new double[GAIN_SAMPLES];
		for (int k = 0; k < GAIN_SAMPLES; k++) {
			double ic = from * Math.pow(to / from, k / (GAIN_SAMPLES - 1.0));
			ratios[k] = hi.at(ic) / lo.at(ic);
			if (!(ratios[k] > 0)) {
				return null;
			}
		}
		Arrays.sort(ratios);
		double r = ratios[GAIN_SAMPLES / 2];
		double vcbLo = lo.vce() - vbe;
		double vcbHi = hi.vce() - vbe;
		if (r < 1 - FLAT) {
			return null; // the gain falls with VCE: the die heats, or the curves differ otherwise; no Early effect
		}
		double vaf = r <= 1 ? MAX_VAF : (vcbHi - r * vcbLo) / (r - 1);
		if (vaf < MIN_VAF) {
			return null;
		}
		return new Result(Math.min(vaf, MAX_VAF), String.format(Locale.ROOT,
				"from the gain curves at VCE = %s V p.%d and %s V p.%d: their ratio %.3f (median over IC %s .. %s A, "
						+ "up to the end of the low-voltage curve's peak) is (1 + VCB2/VAF) / (1 + VCB1/VAF) with VCB = VCE - %.1f V",
				Target.fmt(hi.vce()), hi.curve().page(), Target.fmt(lo.vce()), lo.curve().page(), r, Target.fmt(from),
				Target.fmt(to), vbe));
	}

	/** The active-region line of one curve (magnitudes, VCE rising), or null when the curve does not show it. */
	private static Line line(DeviceCurves.Curve c) {
		double[] x = c.x();
		double[] y = c.y();
		double reach = x[x.length - 1];
		if (reach < MIN_REACH) {
			return null;
		}
		double from = Math.max(KNEE, reach / 3);
		double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
		for (int i = 0; i < x.length; i++) {
			if (x[i] >= from) {
				n++;
				sx += x[i];
				sy += y[i];
				sxx += x[i] * x[i];
				sxy += x[i] * y[i];
			}
		}
		double den = n * sxx - sx * sx;
		if (n < MIN_POINTS || den <= 0) {
			return null;
		}
		double slope = (n * sxy - sx * sy) / den;
		double intercept = (sy - slope * sx) / n;
		if (!(intercept > 0)) {
			return null;
		}
		double vaf = slope > 0 ? intercept / slope : MAX_VAF;
		return vaf < MIN_VAF ? null : new Line(Math.min(vaf, MAX_VAF), sy / n);
	}
}
