package org.espice.core.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.espice.core.Parameter;
import org.espice.core.spice.Target;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A model simulated at every datasheet value of its part: each point with its datasheet value, the model's value,
 * the error and whether the model was fitted to it, the values that could not be simulated with the reason, and
 * the median error per quantity.
 *
 * <p>The error of a point with a typical value is model/typ - 1. A point with only limits has error 0 inside them
 * and the relative distance to the limit it crosses outside; medians are taken over typical values only, and
 * limits are counted as met or not. Points read off the datasheet's curves ({@link Point#curve()}) are figures of
 * their own: the median and 90th percentile of their errors per quantity, apart from the table values'.
 *
 * @param part    the part
 * @param model   the simulated model's name
 * @param loaded  whether ngspice read the model and ran its DC and AC deck without errors
 * @param errors  the error lines ngspice printed
 * @param points  the simulated points: the table values in datasheet order, then the curves' points
 * @param skipped the values not simulated, with the reason
 */
public record DatasheetVerification(String part, String model, boolean loaded, List<String> errors,
		List<Point> points, List<Skipped> skipped) {

	/**
	 * One simulated datasheet value.
	 *
	 * @param row    the datasheet value (with the conditions it was simulated at)
	 * @param value  the model's magnitude (NaN when ngspice gave none)
	 * @param fitted whether the model was fitted to this value (else it is held out)
	 */
	public record Point(Parameter row, double value, boolean fitted) {

		/** Whether the value was read off one of the datasheet's curves rather than printed in a table. */
		public boolean curve() {
			return row.source() != null && row.source().fromCurve();
		}

		/** Whether the datasheet prints a typical value for it. */
		public boolean typical() {
			return row.typ() != null;
		}

		/** model/typ - 1 for a typical value; 0 inside the limits, else the relative distance to the crossed limit. */
		public double error() {
			if (Double.isNaN(value)) {
				return Double.NaN;
			}
			Double typ = Target.abs(row.typ());
			if (typ != null) {
				return value / typ - 1;
			}
			Double lo = Target.abs(row.min());
			Double hi = Target.abs(row.max());
			if (lo != null && hi != null && lo > hi) {
				double t = lo;
				lo = hi;
				hi = t;
			}
			if (lo != null && value < lo) {
				return value / lo - 1;
			}
			if (hi != null && value > hi) {
				return value / hi - 1;
			}
			return 0;
		}

		/** A typical value within 10 %, or inside the printed limits. */
		public boolean pass() {
			double e = error();
			return !Double.isNaN(e) && (typical() ? Math.abs(e) <= Target.TYP_TOLERANCE + 1e-9 : e == 0);
		}

		/** "typ 0.93 V", "min 100 .. max 300", "max 1.1 V" */
		public String datasheet() {
			return DatasheetVerification.datasheet(row);
		}
	}

	/** A datasheet value not simulated, and why. */
	public record Skipped(Parameter row, String reason) {
	}

	/**
	 * The error figures of one quantity.
	 *
	 * @param typical        how many points have a typical value (and were simulated)
	 * @param median         the median |error| over them (NaN when none)
	 * @param medianHeldOut  the same over the held-out ones only
	 * @param limits         how many points have only limits
	 * @param limitsMet      how many of those the model meets
	 * @param curve          how many points of the datasheet's curves were simulated
	 * @param curveMedian    the median |error| over them (NaN when none)
	 * @param curveP90       their 90th percentile |error|
	 */
	public record Quantity(String name, int typical, double median, double medianHeldOut, int limits, int limitsMet,
			int curve, double curveMedian, double curveP90) {
	}

	/** Figures per quantity, in the order the quantities first appear. */
	public List<Quantity> quantities() {
		Map<String, List<Point>> by = new LinkedHashMap<>();
		points.forEach(p -> by.computeIfAbsent(p.row().name(), n -> new ArrayList<>()).add(p));
		List<Quantity> out = new ArrayList<>();
		by.forEach((n, ps) -> {
			List<Double> all = new ArrayList<>();
			List<Double> held = new ArrayList<>();
			List<Double> curve = new ArrayList<>();
			int limits = 0;
			int met = 0;
			for (Point p : ps) {
				double e = Math.abs(p.error());
				if (p.curve()) {
					if (!Double.isNaN(e)) {
						curve.add(e);
					}
				} else if (p.typical()) {
					if (!Double.isNaN(e)) {
						all.add(e);
						if (!p.fitted()) {
							held.add(e);
						}
					}
				} else {
					limits++;
					met += p.pass() ? 1 : 0;
				}
			}
			out.add(new Quantity(n, all.size(), median(all), median(held), limits, met, curve.size(), median(curve),
					p90(curve)));
		});
		return out;
	}

	/** The table values simulated (the points not read off a curve). */
	public List<Point> tablePoints() {
		return points.stream().filter(p -> !p.curve()).toList();
	}

	/** How many table values the model meets. */
	public long passed() {
		return tablePoints().stream().filter(Point::pass).count();
	}

	/** The points read off the datasheet's curves that were simulated. */
	public List<Point> curvePoints() {
		return points.stream().filter(Point::curve).toList();
	}

	/** The median of some values (NaN when there are none). */
	public static double median(List<Double> values) {
		List<Double> s = sorted(values);
		int n = s.size();
		return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
	}

	/** The 90th percentile (nearest rank) of some values (NaN when there are none). */
	public static double p90(List<Double> values) {
		List<Double> s = sorted(values);
		return s.isEmpty() ? Double.NaN : s.get((int) Math.ceil(0.9 * s.size()) - 1);
	}

	/** The values that are numbers, ascending. */
	private static List<Double> sorted(List<Double> values) {
		List<Double> s = new ArrayList<>(values);
		s.removeIf(v -> v == null || v.isNaN());
		s.sort(null);
		return s;
	}

	/** The point table, the values not simulated and the medians per quantity, fixed width. */
	public String table() {
		StringBuilder b = new StringBuilder();
		b.append(String.format(Locale.ROOT, "  %-8s %-34s %-26s %-11s %8s %-8s %s%n", "value", "conditions",
				"datasheet", "model", "error", "fit", "ok"));
		for (Point p : points) {
			b.append(String.format(Locale.ROOT, "  %-8s %-34s %-26s %-11s %8s %-8s %s%n", p.row().name(),
					conditions(p.row()), p.datasheet(), Double.isNaN(p.value()) ? "-" : Target.fmt(p.value()),
					percent(p.error()), p.fitted() ? "fitted" : p.curve() ? "curve" : "held-out",
					p.pass() ? "ok" : "FAIL"));
		}
		for (Skipped s : skipped) {
			b.append(String.format(Locale.ROOT, "  %-8s %-34s %-26s not simulated: %s%n", s.row().name(),
					conditions(s.row()), datasheet(s.row()), s.reason()));
		}
		boolean curves = points.stream().anyMatch(Point::curve);
		b.append(String.format(Locale.ROOT, "  %-8s %5s %12s %12s %12s", "quantity", "typ", "median err",
				"held-out", "limits met"));
		b.append(curves ? String.format(Locale.ROOT, " %13s %12s %12s%n", "curve points", "curve median",
				"curve p90") : System.lineSeparator());
		for (Quantity q : quantities()) {
			b.append(String.format(Locale.ROOT, "  %-8s %5d %12s %12s %12s", q.name(), q.typical(), abs(q.median()),
					abs(q.medianHeldOut()), q.limits() == 0 ? "-" : q.limitsMet() + "/" + q.limits()));
			b.append(curves ? String.format(Locale.ROOT, " %13d %12s %12s%n", q.curve(), abs(q.curveMedian()),
					abs(q.curveP90())) : System.lineSeparator());
		}
		return b.toString();
	}

	/** The verification as plain maps and lists, for a JSON writer. */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("part", part);
		m.put("model", model);
		m.put("loaded", loaded);
		m.put("errors", errors);
		List<Object> ps = new ArrayList<>();
		for (Point p : points) {
			Map<String, Object> e = row(p.row());
			e.put("model", finite(p.value()));
			e.put("error", finite(p.error()));
			e.put("fitted", p.fitted());
			e.put("curve", p.curve());
			e.put("pass", p.pass());
			ps.add(e);
		}
		m.put("points", ps);
		List<Object> sk = new ArrayList<>();
		for (Skipped s : skipped) {
			Map<String, Object> e = row(s.row());
			e.put("reason", s.reason());
			sk.add(e);
		}
		m.put("not_simulated", sk);
		List<Object> qs = new ArrayList<>();
		for (Quantity q : quantities()) {
			Map<String, Object> e = new LinkedHashMap<>();
			e.put("name", q.name());
			e.put("typical_points", q.typical());
			e.put("median_error", finite(q.median()));
			e.put("median_error_held_out", finite(q.medianHeldOut()));
			e.put("limit_points", q.limits());
			e.put("limits_met", q.limitsMet());
			e.put("curve_points", q.curve());
			e.put("median_error_curve", finite(q.curveMedian()));
			e.put("p90_error_curve", finite(q.curveP90()));
			qs.add(e);
		}
		m.put("quantities", qs);
		return m;
	}

	/** Indented JSON of verifications as {@link #toMap()} gives them, within any lists and maps. */
	public static String json(Object value) {
		try {
			return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a verification could not be written as JSON", e);
		}
	}

	private static Map<String, Object> row(Parameter p) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("name", p.name());
		e.put("conditions", p.conditions());
		e.put("min", p.min());
		e.put("typ", p.typ());
		e.put("max", p.max());
		e.put("unit", p.unit());
		e.put("page", p.source() == null ? null : p.source().page());
		return e;
	}

	private static Double finite(double v) {
		return Double.isFinite(v) ? v : null;
	}

	static String conditions(Parameter p) {
		StringBuilder b = new StringBuilder();
		p.conditions().forEach((k, v) -> b.append(b.length() > 0 ? " " : "").append(k).append('=').append(Target.fmt(v)));
		return b.toString();
	}

	static String datasheet(Parameter p) {
		String u = p.unit() == null || p.unit().isEmpty() ? "" : " " + p.unit();
		if (p.typ() != null) {
			return "typ " + Target.fmt(Math.abs(p.typ())) + u;
		}
		List<String> parts = new ArrayList<>();
		if (p.min() != null) {
			parts.add("min " + Target.fmt(Math.abs(p.min())));
		}
		if (p.max() != null) {
			parts.add("max " + Target.fmt(Math.abs(p.max())));
		}
		return parts.isEmpty() ? "-" : String.join(" .. ", parts) + u;
	}

	private static String abs(double e) {
		return Double.isNaN(e) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * e);
	}

	private static String percent(double e) {
		return Double.isNaN(e) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * e);
	}
}
