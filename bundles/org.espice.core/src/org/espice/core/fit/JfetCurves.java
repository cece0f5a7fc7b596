package org.espice.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;

/**
 * A JFET's drawn characteristics, of one unit: a JFET's VGS(off) and IDSS spread by a factor of several between parts
 * of one type, so its datasheet draws the curves of sample units. The output curves (ID against VDS, one curve per
 * gate voltage) are one unit's; so is a transfer curve (ID against VGS) where the plot draws one curve at room
 * temperature, not one per VGS(off) or IDSS grade. Output plots that name different units ("VGS(off) = -2.0 V" and
 * "-1.0 V") are several units and none is taken, as is a transfer plot of several room curves. Points are taken at
 * room temperature, with the gate reverse biased (a forward-biased gate conducts), a current over {@link #FLOOR} of the
 * plot's largest, and under the top of the frame (a curve cut off there runs along it). In the n-channel's signs: VGS
 * at or under 0, VDS and ID positive.
 */
final class JfetCurves {

	/** Currents under this share of the plot's largest are read off the axis line itself. */
	static final double FLOOR = 0.05;
	/** A point at this share of the frame's top runs along it: its curve is cut off there. */
	static final double AT_TOP = 0.98;
	/** The least number of points a unit's curves must give. */
	static final int MIN_POINTS = 6;
	/** The keys a plot or curve names its unit by. */
	private static final List<String> UNIT_KEYS = List.of("VGS(OFF)", "VGS_OFF", "VP", "IDSS");

	/**
	 * One point of the unit's characteristic.
	 *
	 * @param vgs   the gate voltage, V (at or under 0)
	 * @param vds   the drain voltage, V
	 * @param id    the drain current, A
	 * @param index the point's index among its curve's read points, by which every third one is checked
	 */
	record Point(double vgs, double vds, double id, int page, int index) {
	}

	/** The unit's points and where they were read ("output curves p.2 (6 gate voltages)"). */
	record Unit(List<Point> points, String describe) {
	}

	private JfetCurves() {
	}

	/** The drawn unit's points, or null when no single unit is drawn with {@link #MIN_POINTS} points. */
	static Unit find(Device d, DeviceCurves curves) {
		double sign = d.kind() == DeviceKind.JFET_P ? -1 : 1;
		List<Point> points = new ArrayList<>();
		List<String> from = new ArrayList<>();
		String unit = null;
		boolean first = true;
		for (Plot p : curves.plots(Plot.Kind.OUTPUT)) {
			if (!is(p.x(), "VDS") || !is(p.y(), "ID")) {
				continue;
			}
			String named = unitOf(p);
			if (!first && !Objects.equals(named, unit)) {
				return null; // two units drawn: which one is the part's is not said
			}
			first = false;
			unit = named;
			int before = points.size();
			int drawn = 0;
			for (Plot.Series s : p.series()) {
				Double vgs = s.conditions().get("VGS");
				if (vgs != null && sign * vgs <= 0 && Fits.room(s.conditions().get("T"))) {
					drawn += add(points, p, s, sign, sign * vgs, Double.NaN) ? 1 : 0;
				}
			}
			if (points.size() > before) {
				from.add(String.format(Locale.ROOT, "output curves p.%d (%d gate voltages)", p.page(), drawn));
			}
		}
		for (Plot p : curves.plots(Plot.Kind.TRANSFER)) {
			List<Plot.Series> room = p.series().stream().filter(s -> Fits.room(s.conditions().get("T"))).toList();
			Double vds = room.size() == 1 ? room.get(0).conditions().get("VDS") : null;
			if (vds == null || !is(p.x(), "VGS") || !is(p.y(), "ID")) {
				continue;
			}
			if (add(points, p, room.get(0), sign, Double.NaN, Math.abs(vds))) {
				from.add(String.format(Locale.ROOT, "the transfer curve p.%d at VDS %.3g V", p.page(), Math.abs(vds)));
			}
		}
		return points.size() < MIN_POINTS ? null : new Unit(points, String.join(" and ", from));
	}

	/**
	 * The curve's points at a gate voltage {@code vgs} (an output curve, x = VDS) or a drain voltage {@code vds} (a
	 * transfer curve, x = VGS); whether any was taken.
	 */
	private static boolean add(List<Point> points, Plot p, Plot.Series s, double sign, double vgs, double vds) {
		double largest = 0;
		for (Plot.Series any : p.series()) {
			for (Plot.Point q : any.points()) {
				largest = Math.max(largest, Math.abs(q.y()));
			}
		}
		double top = AT_TOP * Math.max(Math.abs(p.y().min()), Math.abs(p.y().max()));
		boolean output = Double.isNaN(vds);
		List<Plot.Point> read = DeviceCurves.distinctX(s);
		boolean any = false;
		for (int index = 0; index < read.size(); index++) {
			// drain voltage and current as magnitudes (a p-channel's are drawn either way), a transfer curve's gate in
			// the n-channel's sign
			double x = output ? Math.abs(read.get(index).x()) : sign * read.get(index).x();
			double id = Math.abs(read.get(index).y());
			boolean inside = id > FLOOR * largest && id < top && (output ? x > 0 : x <= 0);
			if (inside) {
				points.add(output ? new Point(vgs, x, id, p.page(), index) : new Point(x, vds, id, p.page(), index));
				any = true;
			}
		}
		return any;
	}

	/** The unit a plot names (its VGS(off) or IDSS), the same on each of its curves, or null. */
	private static String unitOf(Plot p) {
		for (Plot.Series s : p.series()) {
			for (String k : UNIT_KEYS) {
				Double v = s.conditions().get(k);
				if (v != null) {
					return k + "=" + Math.abs(v);
				}
			}
		}
		return null;
	}

	private static boolean is(Plot.Axis a, String quantity) {
		return a != null && quantity.equals(a.quantity().toUpperCase(Locale.ROOT));
	}
}
