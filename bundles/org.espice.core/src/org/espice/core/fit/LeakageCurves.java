package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.Provenance;

/**
 * A diode's reverse leakage as drawn: IR against VR, one curve per temperature, in volts of the part itself. An axis
 * printed as a share of the rating ("Percent of Rated Peak Reverse Voltage") is scaled by the part's VRRM, since a
 * family's datasheet draws one curve for all its grades; a curve is cut at the voltage the part is rated to block. A
 * plot of several curves names each one's temperature, or the unnamed ones are left out; a temperature drawn twice (a
 * typical and a maximum curve, two plots) is not used. A plot with a curve that disagrees with the table's leakage at
 * its voltage (over a maximum at its temperature or a hotter one, or off a typical value at its temperature by more
 * than {@link #TYPICAL_FACTOR}) is not used at all: its axis was misread or misprinted (Fairchild prints 1N4007's
 * microamperes as milliamperes).
 */
final class LeakageCurves {

	/** A drawn leakage agrees with a typical row within this factor: leakage spreads by decades between parts. */
	static final double TYPICAL_FACTOR = 2;
	/** A drawn leakage may stand over a maximum row by this much, the reading's own error. */
	static final double CEILING_MARGIN = 1.25;

	/**
	 * One leakage curve, voltages rising.
	 *
	 * @param t    its temperature, degC (25 when the plot draws one curve and names none)
	 * @param page the page it was read from
	 */
	record Curve(double t, int page, double[] vr, double[] ir) {

		/** The curve's leakage at {@code v} by interpolation in ln IR, NaN outside its range. */
		double irAt(double v) {
			if (!(v >= vr[0] && v <= vr[vr.length - 1])) {
				return Double.NaN;
			}
			for (int k = 1; k < vr.length; k++) {
				if (v <= vr[k]) {
					double f = (v - vr[k - 1]) / (vr[k] - vr[k - 1]);
					return Math.exp(Math.log(ir[k - 1]) + f * Math.log(ir[k] / ir[k - 1]));
				}
			}
			return ir[ir.length - 1];
		}
	}

	private LeakageCurves() {
	}

	/** The device's leakage curves, coolest first; empty when none is drawn or each is ambiguous. */
	static List<Curve> find(Device d, DeviceCurves curves) {
		double blocking = CurveChecks.blocking(d);
		Parameter vrrm = Fits.row(d, "VRRM");
		double rated = vrrm == null || vrrm.nominal() == null ? Double.NaN : Math.abs(vrrm.nominal());
		List<Curve> all = new ArrayList<>();
		for (Plot p : curves.plots(Plot.Kind.IR_VR)) {
			List<Curve> drawn = new ArrayList<>();
			String xq = p.x().quantity().toUpperCase(Locale.ROOT);
			double scale = xq.equals("VR") ? 1 : xq.equals("VR_NORM") ? rated : Double.NaN;
			if (!p.y().quantity().equalsIgnoreCase("IR") || !(scale > 0)) {
				continue;
			}
			for (Plot.Series s : p.series()) {
				Double t = s.conditions().get("T");
				if (s.onY2() || t == null && p.series().size() > 1) {
					continue;
				}
				Curve c = curve(p, s, t == null ? Fits.ROOM_C : t, scale, blocking);
				if (c != null) {
					drawn.add(c);
				}
			}
			if (agrees(d, drawn)) {
				all.addAll(drawn);
			}
		}
		List<Curve> out = new ArrayList<>();
		for (Curve c : all) {
			if (all.stream().filter(o -> o.t() == c.t()).count() == 1) {
				out.add(c);
			}
		}
		out.sort(Comparator.comparingDouble(Curve::t));
		return out;
	}

	/**
	 * Each curve's leakage at its lowest voltage, as a typical row at the curve's temperature read off its page: what
	 * a SPICE diode, which leaks IS at any reverse voltage, may leak at most.
	 */
	static List<Parameter> floors(List<Curve> curves) {
		List<Parameter> out = new ArrayList<>();
		for (Curve c : curves) {
			out.add(row(c, c.vr()[0]));
		}
		return out;
	}

	/**
	 * The curve's leakage at {@code vr} as a typical row at the curve's temperature, marked as read off its page; null
	 * where the curve does not reach {@code vr}.
	 */
	static Parameter row(Curve c, double vr) {
		double ir = c.irAt(vr);
		if (Double.isNaN(ir)) {
			return null;
		}
		Map<String, Double> cond = new LinkedHashMap<>();
		cond.put("VR", vr);
		cond.put("T", c.t());
		return new Parameter("IR", null, ir, null, "A", cond, Provenance.curve(c.page()));
	}

	/** Whether every curve of a plot agrees with the table's leakage rows at its temperature, where it spans their VR. */
	private static boolean agrees(Device d, List<Curve> plot) {
		for (Parameter printed : d.all("IR")) {
			Parameter p = LeakageTail.atRatedVoltage(d, printed);
			Double vr = p.condition("VR");
			Double t = p.condition("T");
			for (Curve c : plot) {
				if (vr != null && disagrees(c, p, Math.abs(vr), t == null ? Fits.ROOM_C : t)) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Whether a curve disagrees with a leakage row at {@code vr} and {@code t}: off a typical value at its temperature,
	 * or over a maximum at its temperature or a hotter one (leakage grows with temperature, and with voltage: a curve
	 * ending short of the row's voltage is over it when its last point is).
	 */
	private static boolean disagrees(Curve c, Parameter p, double vr, double t) {
		double last = c.vr()[c.vr().length - 1];
		double at = c.irAt(DeviceCurves.onEnd(vr, c.vr()[0], last));
		double typ = p.typ() == null ? 0 : Math.abs(p.typ());
		if (typ > 0 && !Double.isNaN(at) && Math.abs(t - c.t()) <= Fits.ROOM_SPAN
				&& (at > TYPICAL_FACTOR * typ || at < typ / TYPICAL_FACTOR)) {
			return true;
		}
		double atMost = vr > last ? c.ir()[c.ir().length - 1] : at;
		return p.max() != null && c.t() <= t + Fits.ROOM_SPAN && atMost > CEILING_MARGIN * Math.abs(p.max());
	}

	/** The series in volts up to {@code blocking}; null with fewer than three points there. */
	private static Curve curve(Plot p, Plot.Series s, double t, double scale, double blocking) {
		DeviceCurves.Curve c = DeviceCurves.curve(p, s, "IR");
		if (c == null) {
			return null;
		}
		// on a linear current axis, currents near zero are read off the axis line itself
		double floor = p.y().scale() == Plot.Scale.LINEAR
				? DeviceCurves.LINEAR_FLOOR * c.y()[c.y().length - 1] : 0;
		List<double[]> kept = new ArrayList<>();
		for (int i = 0; i < c.x().length; i++) {
			double v = c.x()[i] * scale;
			if (v > 0 && v <= blocking * (1 + 1e-9) && c.y()[i] > floor) {
				kept.add(new double[] { v, c.y()[i] });
			}
		}
		if (kept.size() < 3) {
			return null;
		}
		double[][] vrIr = DeviceCurves.columns(kept);
		return new Curve(t, p.page(), vrIr[0], vrIr[1]);
	}
}
