package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.espice.core.Parameter;
import org.espice.core.Plot;

/**
 * A diode's forward characteristic (IF against VF) or a MOSFET's body diode (IS against VSD) as drawn: the curve at
 * room temperature and, when drawn, the hottest one. A curve drawn with the channel on (VGS or VGE other than 0) is
 * not the diode's. When two curves could be the room-temperature one (two plots, or a typical and a maximum curve
 * at the same temperature) none is used.
 */
final class ForwardCurves {

	private static final Set<String> CURRENT = Set.of("IF", "IS", "ISD", "I");
	private static final Set<String> VOLTAGE = Set.of("VF", "VSD", "V");
	private static final Set<String> BIAS = Set.of("VGS", "VGE");
	/** Points a curve is resampled to, evenly in ln I. */
	static final int SAMPLES = 16;
	/** A curve spanning less than this ratio of currents (a decade) is not used. */
	private static final double MIN_SPAN = 10;
	/** A curve agrees with a table voltage within this share (voltages vary far less than currents). */
	static final double TABLE_AGREEMENT = 0.10;

	/**
	 * One forward curve as current-voltage samples, evenly spaced in ln I.
	 *
	 * @param t    its temperature, degC (25 when the plot names none)
	 * @param page the page it was read from
	 */
	record Curve(double t, int page, double[] current, double[] voltage) {

		/** The curve's voltage at a current by interpolation in ln I, NaN outside its range. */
		double vAt(double i) {
			if (i < current[0] || i > current[current.length - 1]) {
				return Double.NaN;
			}
			for (int k = 1; k < current.length; k++) {
				if (i <= current[k]) {
					double t = Math.log(i / current[k - 1]) / Math.log(current[k] / current[k - 1]);
					return voltage[k - 1] + (voltage[k] - voltage[k - 1]) * t;
				}
			}
			return voltage[voltage.length - 1];
		}

		/** Whether a table VF (or VSD) row agrees with the curve at its current condition {@code key}. */
		boolean agreesWith(Parameter p, String key) {
			Double i = p.condition(key);
			double v = i == null ? Double.NaN : vAt(Math.abs(i));
			if (Double.isNaN(v)) {
				return true;
			}
			if (p.typ() != null) {
				return Math.abs(v / Math.abs(p.typ()) - 1) <= TABLE_AGREEMENT;
			}
			return p.max() == null || v <= Math.abs(p.max()) * (1 + TABLE_AGREEMENT);
		}

		String describe() {
			return String.format(Locale.ROOT, "forward curve at %.0f degC p.%d", t, page);
		}
	}

	/** The room-temperature curve, and the hottest (null when none is drawn). */
	record Forward(Curve room, Curve hot) {
	}

	private ForwardCurves() {
	}

	/** The forward curves of the device's plots of {@code kind}, or null when there is no single room curve. */
	static Forward find(DeviceCurves curves, Plot.Kind kind) {
		List<Curve> room = new ArrayList<>();
		List<Curve> hot = new ArrayList<>();
		for (Plot p : curves.plots(kind)) {
			String xq = p.x().quantity().toUpperCase(Locale.ROOT);
			String yq = p.y().quantity().toUpperCase(Locale.ROOT);
			boolean swap = CURRENT.contains(xq) && VOLTAGE.contains(yq);
			if (!swap && !(VOLTAGE.contains(xq) && CURRENT.contains(yq))) {
				continue;
			}
			boolean anyT = p.series().stream().anyMatch(s -> s.conditions().containsKey("T"));
			for (Plot.Series s : p.series()) {
				if (s.onY2() || channelOn(s.conditions())) {
					continue;
				}
				Double t = s.conditions().get("T");
				if (t == null && anyT) {
					continue;
				}
				Curve c = curve(p, s, swap, t == null ? 25 : t);
				if (c == null) {
					continue;
				}
				if (Fits.atRoom(c.t())) {
					room.add(c);
				} else if (c.t() >= 75) {
					hot.add(c);
				}
			}
		}
		if (room.size() != 1) {
			return null;
		}
		double hottest = hot.stream().mapToDouble(Curve::t).max().orElse(Double.NaN);
		List<Curve> atHottest = hot.stream().filter(c -> c.t() == hottest).toList();
		return new Forward(room.get(0), atHottest.size() == 1 ? atHottest.get(0) : null);
	}

	private static boolean channelOn(Map<String, Double> conditions) {
		for (String k : BIAS) {
			Double v = conditions.get(k);
			if (v != null && v != 0) {
				return true;
			}
		}
		return false;
	}

	/** The series as current-voltage samples; null when it spans less than a decade of current. */
	private static Curve curve(Plot p, Plot.Series s, boolean swap, double t) {
		// oriented as voltage (x) against current (y), sorted by voltage: current rises with it
		DeviceCurves.Curve c = DeviceCurves.curve(p, s, "I", swap);
		if (c == null) {
			return null;
		}
		// on a linear current axis, currents near zero are read off the axis line itself: keep the top 95 %
		boolean linear = (swap ? p.x() : p.y()).scale() == Plot.Scale.LINEAR;
		double[][] iv = DeviceCurves.risingInLnY(c, linear, Double.POSITIVE_INFINITY, MIN_SPAN, SAMPLES);
		if (iv == null) {
			return null;
		}
		return new Curve(t, p.page(), iv[0], iv[1]);
	}
}
