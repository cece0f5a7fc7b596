package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.espice.core.Plot;
import org.espice.core.spice.Target;

/**
 * A MOSFET's transfer characteristic (ID against VGS, the drain held in saturation) as drawn at room temperature.
 * It fixes what no table row does: the gate voltage at which the channel carries a given current, which is where the
 * Miller plateau of the gate-charge test sits. A plot with two room-temperature curves (a minimum and a maximum, two
 * drain voltages) says nothing certain and is not used, nor are two plots with one each over the same currents.
 */
final class TransferCurves {

	private static final Set<String> GATE = Set.of("VGS");
	private static final Set<String> DRAIN = Set.of("ID");
	/** Points a curve is resampled to, evenly in ln ID. */
	static final int SAMPLES = 12;
	/** A curve spanning less than this ratio of currents says little about the square law. */
	private static final double MIN_SPAN = 4;

	/**
	 * The room-temperature curve as gate voltages (magnitudes) at rising currents (a drawn curve's evenly spaced in
	 * ln ID).
	 *
	 * @param vds  the drain voltage it was drawn at, NaN when the plot does not say
	 * @param what what it is, with its page
	 */
	record Curve(int page, double[] current, double[] vgs, double vds, String what) {

		String describe() {
			return what;
		}

		/**
		 * The gate voltage at {@code id}, linear in ln ID between the samples; NaN outside the curve (a current within
		 * {@link DeviceCurves#END} of an end is on it).
		 */
		double gateAt(double id) {
			id = DeviceCurves.onEnd(id, current[0], current[current.length - 1]);
			for (int k = 1; k < current.length; k++) {
				if (id >= current[k - 1] && id <= current[k]) {
					double t = Math.log(id / current[k - 1]) / Math.log(current[k] / current[k - 1]);
					return vgs[k - 1] + (vgs[k] - vgs[k - 1]) * t;
				}
			}
			return Double.NaN;
		}
	}

	private TransferCurves() {
	}

	/**
	 * The room-temperature transfer curve of the device's plots up to {@code upTo} amperes (the part's current rating;
	 * beyond it datasheets draw pulsed, self-heated currents), or null when there is no single one.
	 */
	static Curve find(DeviceCurves curves, double upTo) {
		List<Curve> found = new ArrayList<>();
		for (Plot p : curves.plots(Plot.Kind.TRANSFER)) {
			if (!GATE.contains(p.x().quantity().toUpperCase(Locale.ROOT))
					|| !DRAIN.contains(p.y().quantity().toUpperCase(Locale.ROOT))) {
				continue;
			}
			boolean anyT = p.series().stream().anyMatch(s -> s.conditions().containsKey("T"));
			List<Plot.Series> room = new ArrayList<>();
			for (Plot.Series s : p.series()) {
				Double t = s.conditions().get("T");
				if (!s.onY2() && Fits.room(t, anyT)) {
					room.add(s);
				}
			}
			if (room.size() != 1) {
				continue;
			}
			Curve c = curve(p, room.get(0), Double.isNaN(upTo) ? Double.POSITIVE_INFINITY : upTo);
			if (c != null) {
				found.add(c);
			}
		}
		return characteristic(found);
	}

	/**
	 * The one curve found; of several, the one that reaches the highest current when every other one stays below
	 * where it starts: a plot of the sub-threshold current (nA to µA, with its minimum and maximum) beside the transfer
	 * characteristic. Curves over the same currents (two drain voltages, two plots) leave it open: null.
	 */
	private static Curve characteristic(List<Curve> found) {
		if (found.size() <= 1) {
			return found.isEmpty() ? null : found.get(0);
		}
		Curve top = found.stream().max(Comparator.comparingDouble(c -> c.current()[c.current().length - 1])).get();
		boolean below = found.stream()
				.allMatch(c -> c == top || c.current()[c.current().length - 1] <= top.current()[0] * (1 + DeviceCurves.END));
		return below ? top : null;
	}

	/** The series resampled; null when it does not rise over at least {@link #MIN_SPAN} of current. */
	private static Curve curve(Plot p, Plot.Series s, double upTo) {
		DeviceCurves.Curve c = DeviceCurves.curve(p, s, "ID");
		if (c == null) {
			return null;
		}
		double[][] iv = DeviceCurves.risingInLnY(c, p.y().scale() == Plot.Scale.LINEAR, upTo, MIN_SPAN, SAMPLES);
		if (iv == null) {
			return null;
		}
		Double vds = s.conditions().get("VDS");
		return new Curve(p.page(), iv[0], iv[1], vds == null ? Double.NaN : Math.abs(vds),
				"transfer curve at 25 degC p." + p.page());
	}

	/**
	 * Where no transfer curve is drawn, the room output curves past their knee ({@link OutputSaturation}) stand in for
	 * one: each saturated curve gives its gate voltage at the current in the middle of its saturated part, up to
	 * {@code upTo} amperes (as a drawn curve is cut there). Null unless two curves or more do, their currents rising
	 * with the gate voltage over {@link #MIN_SPAN} of current.
	 */
	static Curve fromOutput(DeviceCurves curves, double upTo) {
		List<double[]> points = new ArrayList<>();
		int page = 0;
		for (OutputSaturation.Saturated c : OutputSaturation.find(curves)) {
			int mid = c.id().length / 2;
			if (!(c.id()[mid] > upTo)) {
				points.add(new double[] { c.id()[mid], c.vgs(), c.vds()[mid] });
				page = c.page();
			}
		}
		points.sort(Comparator.comparingDouble(q -> q[1]));
		int n = points.size();
		for (int k = 1; k < n; k++) {
			if (!(points.get(k)[0] > points.get(k - 1)[0])) {
				return null;
			}
		}
		if (n < 2 || points.get(n - 1)[0] < MIN_SPAN * points.get(0)[0]) {
			return null;
		}
		double[][] cols = DeviceCurves.columns(points);
		double[] drain = points.stream().mapToDouble(q -> q[2]).sorted().toArray();
		return new Curve(page, cols[0], cols[1], drain[n / 2], "saturated output curves at 25 degC p." + page
				+ " (VGS " + String.join(", ", Arrays.stream(cols[1]).mapToObj(Target::fmt).toList()) + " V)");
	}
}
