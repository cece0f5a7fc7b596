package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.Plot;

/**
 * Checks the curves read against the typical values the same datasheet prints in its tables: where a table gives a
 * value at a condition the curve spans (VF at IF on a forward plot, Ciss at VDS, hFE at IC, RDS(on) at ID and
 * VGS), the curve is read there. Graph and table differ by a few per cent; a curve off by far more was misread (a
 * factor near a power of ten is an axis unit or decade read wrong), and its plot gets a warning saying where.
 * The devices are not changed.
 */
public final class TableAgreement {

	/** A curve farther than this from the table's typical value (as a share of it) is warned about. */
	static final double FAR = 0.25;
	/** Conditions both sides name agree within this share, as a graph's label and a table's column do. */
	private static final double SAME_CONDITION = 0.02;
	/** Table values are measured at 25 °C unless they say otherwise. */
	private static final double ROOM = 25;
	/** Table names that stand for the quantity another axis code names. */
	private static final Map<String, String> AXIS_OF = Map.of("VGS_TH", "VGS", "VGE_TH", "VGE", "VBE_ON", "VBE");
	/** Quantities an axis carries several of, told apart by the series name. */
	private static final Set<String> NAMED = Set.of("CISS", "COSS", "CRSS", "CIES", "COES", "CRES", "COBO", "CIBO");

	private TableAgreement() {
	}

	/** The plots with a warning added wherever a curve disagrees with a typical value of the devices' tables. */
	public static List<Plot> check(List<Plot> plots, List<Device> devices) {
		List<Plot> out = new ArrayList<>(plots.size());
		for (Plot p : plots) {
			List<Parameter> typicals = parameters(p, devices);
			Plot checked = p;
			if (p.x() != null && p.y() != null && !p.series().isEmpty()) {
				List<AxisPrefix.Slip> slips = new ArrayList<>();
				readings(p, typicals).forEach((t, r) -> slips.add(new AxisPrefix.Slip(
						r.along().equals(p.x().quantity()), t.typ(), r.curve(), describe(p, t, r))));
				checked = AxisPrefix.byTables(p, slips);
			}
			out.add(checked.withWarnings(warnings(checked, typicals)));
		}
		return out;
	}

	/** The typical values that bear on a plot: of the parts it is for, each printed value once. */
	private static List<Parameter> parameters(Plot plot, List<Device> devices) {
		Map<String, Parameter> once = new LinkedHashMap<>();
		for (Device d : devices) {
			if (!plot.parts().isEmpty() && !plot.parts().contains(d.part())
					&& d.aliases().stream().noneMatch(plot.parts()::contains)) {
				continue;
			}
			for (Parameter p : d.parameters()) {
				if (p.typ() != null) {
					once.putIfAbsent(p.name() + p.typ() + p.conditions(), p);
				}
			}
		}
		return new ArrayList<>(once.values());
	}

	static List<String> warnings(Plot plot, List<Parameter> typicals) {
		if (plot.x() == null || plot.y() == null || plot.series().isEmpty()) {
			return List.of();
		}
		Set<String> out = new LinkedHashSet<>();
		readings(plot, typicals).forEach((p, r) -> {
			if (Math.abs(r.curve() - p.typ()) > FAR * Math.abs(p.typ())) {
				out.add(message(plot, p, r));
			}
		});
		return new ArrayList<>(out);
	}

	/** Each typical value that falls on the plot's curves, with where it was read. */
	private static Map<Parameter, Reading> readings(Plot plot, List<Parameter> typicals) {
		Map<Parameter, Reading> out = new LinkedHashMap<>();
		for (Parameter p : typicals) {
			if (!drawn(plot, p) && typicals.stream().anyMatch(o -> o.name().equals(p.name()) && drawn(plot, o))) {
				continue; // a plot of some of the parts (zeners of 3.3 to 10 V) says nothing of the others
			}
			Reading r = read(plot, p);
			if (r != null) {
				out.put(p, r);
			}
		}
		return out;
	}

	/** Whether the value lies in the range its axis shows (any axis carrying its name). */
	private static boolean drawn(Plot plot, Parameter p) {
		String q = AXIS_OF.getOrDefault(p.name(), p.name());
		Plot.Axis a = NAMED.contains(p.name()) || plot.y().quantity().equals(q) ? plot.y()
				: plot.x().quantity().equals(q) ? plot.x() : null;
		return a != null && within(a, p.typ());
	}

	/** Where a typical value falls on a plot, and the curve value nearest to it there. */
	private record Reading(String along, double at, double curve) {
	}

	/**
	 * The curve value nearest the table's typical value among the typical curves drawn at its conditions (not those
	 * labelled as limits), or null.
	 */
	private static Reading read(Plot plot, Parameter p) {
		String name = p.name();
		if (name.endsWith("_TH") && plot.kind() != Plot.Kind.VTH_T) {
			return null; // a threshold is read on its own plot, not at the foot of a transfer curve
		}
		String quantity = AXIS_OF.getOrDefault(name, name);
		String xq = plot.x().quantity();
		String yq = plot.y().quantity();
		// a curve named by the value's quantity (VCE(sat) beside VBE(sat) on one voltage axis) carries it on y
		boolean named = NAMED.contains(name) || plot.series().stream().anyMatch(s -> name.equals(s.name()));
		boolean onY;
		if (named ? NAMED.contains(name) ? yq.equals("C") || yq.equals("CT") : !quantity.equals(xq)
				: quantity.equals(yq)) {
			onY = true;
		} else if (!named && quantity.equals(xq)) {
			onY = false;
		} else {
			return null;
		}
		String along = onY ? xq : yq;
		Double at = condition(p, along, onY);
		if (at == null || along.equals(onY ? yq : xq)) {
			return null;
		}
		Plot.Axis axis = onY ? plot.x() : plot.y();
		Plot.Axis other = onY ? plot.y() : plot.x();
		if (!within(axis, at)) {
			return null;
		}
		Double best = null;
		for (Plot.Series s : plot.series()) {
			if (named ? !name.equals(s.name()) : s.name() != null && !s.name().equals(quantity)) {
				continue;
			}
			if (s.limits()) {
				continue; // a curve of maximum values lies off the typical one by the spread of the parts
			}
			if (!compatible(p.conditions(), s.conditions(), along)) {
				continue;
			}
			Double v = interpolate(s.points(), at, onY, axis, other);
			if (v != null && (best == null || Math.abs(Math.abs(v) - Math.abs(p.typ())) < Math
					.abs(Math.abs(best) - Math.abs(p.typ())))) {
				best = v;
			}
		}
		if (best == null) {
			return null;
		}
		// a negative axis (PNP, P-channel) and a table printed in magnitudes are compared as magnitudes
		double curve = Math.signum(best) == Math.signum(p.typ()) ? best : -best;
		return new Reading(along, at, curve);
	}

	/**
	 * The value's condition on the plot's other axis; on a plot against temperature (on x) a value is at 25 °C
	 * unless the table says so.
	 */
	private static Double condition(Parameter p, String along, boolean onX) {
		Double v = p.conditions().get(along);
		if (v == null && onX && along.equals("T")) {
			return ROOM;
		}
		return v;
	}

	private static boolean within(Plot.Axis a, double v) {
		double lo = Math.min(Math.abs(a.min()), Math.abs(a.max()));
		double hi = Math.max(Math.abs(a.min()), Math.abs(a.max()));
		double m = Math.abs(v);
		if (a.min() <= 0 && a.max() >= 0) {
			lo = 0;
		}
		return m >= lo * (1 - SAME_CONDITION) && m <= hi * (1 + SAME_CONDITION);
	}

	/**
	 * No condition both name disagrees; a temperature neither the table nor the plot states is 25 °C, so a table
	 * value at 125 °C is on no curve of a plot that names no temperature. A curve drawn at a forced ratio ("IC/IB":
	 * 10) holds the values a table states at both currents, at their ratio.
	 */
	static boolean compatible(Map<String, Double> table, Map<String, Double> curve, String along) {
		Set<String> keys = new LinkedHashSet<>(curve.keySet());
		keys.add("T");
		keys.remove(along);
		for (String k : keys) {
			Double t = k.contains("/") ? ForcedRatio.ofTable(k, table) : table.get(k);
			Double c = curve.get(k);
			if (k.contains("/") && t == null) {
				return false; // a table value without both currents is at no known ratio
			}
			if (k.equals("T")) {
				t = t == null ? ROOM : t;
				c = c == null ? ROOM : c;
			}
			if (t != null && c != null && Math.abs(Math.abs(t) - Math.abs(c)) > SAME_CONDITION
					* Math.max(Math.max(Math.abs(t), Math.abs(c)), 1e-30)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The other coordinate where the curve passes {@code at}: along x when the value is on the y axis, else along
	 * y; linear or in logs as the axes are. The first crossing counts; null when the curve does not reach it. An
	 * axis on one side of zero is compared in magnitudes, as tables print PNP and P-channel values either way.
	 */
	static Double interpolate(List<Plot.Point> pts, double at, boolean alongX, Plot.Axis along, Plot.Axis other) {
		boolean magnitudes = !(along.min() < 0 && along.max() > 0);
		boolean logAlong = along.scale() == Plot.Scale.LOG;
		double t = coordinate(at, logAlong, magnitudes);
		if (Double.isNaN(t)) {
			return null;
		}
		for (int i = 1; i < pts.size(); i++) {
			Plot.Point a = pts.get(i - 1);
			Plot.Point b = pts.get(i);
			double ua = coordinate(alongX ? a.x() : a.y(), logAlong, magnitudes);
			double ub = coordinate(alongX ? b.x() : b.y(), logAlong, magnitudes);
			if (Double.isNaN(ua) || Double.isNaN(ub) || ua == ub || t < Math.min(ua, ub) || t > Math.max(ua, ub)) {
				continue;
			}
			double va = alongX ? a.y() : a.x();
			double vb = alongX ? b.y() : b.x();
			double f = (t - ua) / (ub - ua);
			if (other.scale() == Plot.Scale.LOG) {
				if (va == 0 || vb == 0) {
					return null;
				}
				double la = Math.log10(Math.abs(va));
				double lb = Math.log10(Math.abs(vb));
				return Math.signum(va) * Math.pow(10, la + (lb - la) * f);
			}
			return va + (vb - va) * f;
		}
		return null;
	}

	private static double coordinate(double v, boolean log, boolean magnitude) {
		double m = magnitude ? Math.abs(v) : v;
		if (!log) {
			return m;
		}
		return m > 0 ? Math.log10(m) : Double.NaN;
	}

	/** A table value and where it was read: "table RDS_ON typ 750 mΩ (page 2) at ID = 4.8 A read 766 µΩ". */
	private static String describe(Plot plot, Parameter p, Reading r) {
		return where(plot, p, r) + " read " + eng(r.curve(), unit(p));
	}

	private static String message(Plot plot, Parameter p, Reading r) {
		double ratio = Math.abs(r.curve() / p.typ());
		String why;
		long decades = Math.round(Math.log10(ratio));
		if (decades != 0 && Math.abs(Math.log10(ratio) - decades) < 0.15) {
			why = String.format(Locale.ROOT, "a factor of 10^%d: an axis unit or decade is likely misread", decades);
		} else {
			why = String.format(Locale.ROOT, "%+.0f %%", 100 * (r.curve() - p.typ()) / p.typ());
		}
		return where(plot, p, r) + ": the curve reads " + eng(r.curve(), unit(p)) + ", " + why;
	}

	/** The table value and the condition it was read at: "table RDS_ON typ 750 mΩ (page 2) at ID = 4.8 A". */
	private static String where(Plot plot, Parameter p, Reading r) {
		String page = p.source() == null ? "" : " (page " + p.source().page() + ")";
		return String.format(Locale.ROOT, "table %s typ %s%s at %s = %s", p.name(), eng(p.typ(), unit(p)), page,
				r.along(), eng(r.at(), unitOf(plot, r.along())));
	}

	private static String unit(Parameter p) {
		return p.unit() == null ? "" : p.unit();
	}

	private static String unitOf(Plot plot, String quantity) {
		Plot.Axis a = plot.x().quantity().equals(quantity) ? plot.x() : plot.y();
		return a.unit().equals("degC") ? "°C" : a.unit();
	}

	/** A value with an SI prefix and three significant digits at most: 1.5e-9 F is "1.5 nF". */
	static String eng(double v, String unit) {
		String u = unit.equals("degC") ? "°C" : unit;
		if (v == 0 || u.isEmpty() || u.equals("°C")) {
			return plain(v) + (u.isEmpty() ? "" : " " + u);
		}
		String prefixes = "fpnµm kMG";
		int e = (int) Math.floor(Math.log10(Math.abs(v)) / 3);
		e = Math.max(-5, Math.min(3, e));
		char prefix = prefixes.charAt(e + 5);
		return plain(v / Math.pow(1000, e)) + " " + (prefix == ' ' ? "" : String.valueOf(prefix)) + u;
	}

	private static String plain(double v) {
		return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
	}
}
