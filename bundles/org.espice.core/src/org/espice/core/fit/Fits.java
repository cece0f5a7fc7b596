package org.espice.core.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

import org.espice.core.Device;
import org.espice.core.Parameter;
import org.espice.core.spice.Check;
import org.espice.core.spice.Target;

/** Small pieces shared by the fitters: thermal voltage, picking datasheet rows, describing where values came from. */
final class Fits {

	/** The simulators' nominal temperature, 27 degC, in degC and in kelvin. */
	static final double TNOM_C = 27;
	/** A datasheet's room temperature, and how far from it a condition still counts as room temperature. */
	static final double ROOM_C = 25, ROOM_SPAN = 5;
	static final double TNOM_K = 300.15;
	/** k/q, the thermal voltage per kelvin. */
	static final double K_OVER_Q = 1.380649e-23 / 1.602176634e-19;
	/** kT/q at 27 degC, the simulators' default temperature. */
	static final double VT = 1.380649e-23 * TNOM_K / 1.602176634e-19;

	private Fits() {
	}

	/** Whether a temperature is room temperature: within {@link #ROOM_SPAN} of {@link #ROOM_C}. */
	static boolean atRoom(double t) {
		return Math.abs(t - ROOM_C) <= ROOM_SPAN;
	}

	/** Whether a temperature condition is room temperature; a row or curve that gives none is at room temperature. */
	static boolean room(Double t) {
		return t == null || atRoom(t);
	}

	/**
	 * Whether a curve's temperature condition {@code t} is room temperature, where a curve that gives none is at room
	 * temperature only when no curve of its plot gives one ({@code anyT}).
	 */
	static boolean room(Double t, boolean anyT) {
		return t == null ? !anyT : atRoom(t);
	}

	/** Rows of a name that have a usable value and (when given) all the named conditions. */
	static List<Parameter> rows(Device d, String name, String... needed) {
		List<Parameter> out = new ArrayList<>();
		for (Parameter p : d.all(name)) {
			if (p.nominal() == null || !Double.isFinite(p.nominal()) || p.nominal() == 0) {
				continue;
			}
			Double t = p.condition("T");
			if (!room(t)) {
				continue;
			}
			boolean ok = true;
			for (String k : needed) {
				Double c = p.condition(k);
				ok &= c != null && c != 0;
			}
			if (ok) {
				out.add(p);
			}
		}
		return out;
	}

	/**
	 * Rows of a name printed at a bias that may be zero (a junction capacitance at VR = 0 V, the zero-bias value
	 * itself): the condition must be given, at any value.
	 */
	static List<Parameter> rowsAtBias(Device d, String name, String bias) {
		List<Parameter> out = new ArrayList<>();
		for (Parameter p : rows(d, name)) {
			if (p.condition(bias) != null) {
				out.add(p);
			}
		}
		return out;
	}

	/**
	 * The hottest row with a typical value printed at {@code minT} degC or more, with all the named conditions; null
	 * when there is none.
	 */
	static Parameter hottest(List<Parameter> rows, double minT, String... needed) {
		Parameter hot = null;
		for (Parameter p : rows) {
			Double t = p.condition("T");
			boolean given = true;
			for (String k : needed) {
				given &= p.condition(k) != null;
			}
			if (p.typ() != null && t != null && t >= minT && given && (hot == null || t > hot.condition("T"))) {
				hot = p;
			}
		}
		return hot;
	}

	/**
	 * The zero of {@code increasing} between {@code lo}, where it is negative, and {@code hi}, where it is not, by
	 * sixty bisections.
	 */
	static double bisect(DoubleUnaryOperator increasing, double lo, double hi) {
		for (int i = 0; i < 60; i++) {
			double m = 0.5 * (lo + hi);
			if (increasing.applyAsDouble(m) < 0) {
				lo = m;
			} else {
				hi = m;
			}
		}
		return 0.5 * (lo + hi);
	}

	/** The first usable row, or null. */
	static Parameter row(Device d, String name, String... needed) {
		List<Parameter> r = rows(d, name, needed);
		return r.isEmpty() ? null : r.get(0);
	}

	/** Rows sorted by a condition's magnitude. */
	static List<Parameter> sortedBy(List<Parameter> rows, String key) {
		List<Parameter> s = new ArrayList<>(rows);
		s.sort(Comparator.comparingDouble(p -> Math.abs(p.condition(key))));
		return s;
	}


	/** "VF typ 0.93 V @ IF=1 (p.2)" */
	static String from(Parameter p, Target t) {
		StringBuilder b = new StringBuilder(p.name()).append(' ').append(t.choice());
		return withConditionsAndPage(b, p);
	}

	/** Appends " @ IF=1 VR=5" and " (p.2)" when the value has conditions and a known page; the whole text. */
	private static String withConditionsAndPage(StringBuilder b, Parameter p) {
		if (!p.conditions().isEmpty()) {
			b.append(" @");
			p.conditions().forEach((k, v) -> b.append(' ').append(k).append('=').append(Target.fmt(v)));
		}
		if (p.source() != null && p.source().page() > 0) {
			b.append(p.source().fromCurve() ? " (read off the curve p." : " (p.")
					.append(p.source().page()).append(')');
		}
		return b.toString();
	}

	/** "VDSS max 500 V (p.1)": a rating or a value used as printed, without an aim point. */
	static String printed(Parameter p) {
		StringBuilder b = new StringBuilder(p.name());
		String u = p.unit() == null || p.unit().isEmpty() ? "" : " " + p.unit();
		if (p.min() != null) {
			b.append(" min ").append(Target.fmt(p.min()));
		}
		if (p.typ() != null) {
			b.append(" typ ").append(Target.fmt(p.typ()));
		}
		if (p.max() != null) {
			b.append(" max ").append(Target.fmt(p.max()));
		}
		b.append(u);
		return withConditionsAndPage(b, p);
	}

	static String fmt(String pattern, Object... args) {
		return String.format(Locale.ROOT, pattern, args);
	}

	/**
	 * Whether the model {@code after} breaks a table value the model {@code before} met: a check whose target accepts
	 * the one prediction and not the other (a typical value within its tolerance; a limit on its side, where
	 * {@code after} moved toward it must stay {@link #BREAK_MARGIN} inside it, the few per cent by which the fitters'
	 * equations and ngspice differ near a limit).
	 */
	static boolean breaks(List<Check> checks, ToDoubleFunction<Check> before, ToDoubleFunction<Check> after) {
		return checks.stream().anyMatch(c -> {
			Target t = c.target();
			double b = before.applyAsDouble(c);
			double a = after.applyAsDouble(c);
			if (!t.accepts(b)) {
				return false;
			}
			if (t.typ()) {
				return !t.accepts(a);
			}
			Target narrowed = new Target(t.value(), t.lo() * (1 + BREAK_MARGIN), t.hi() * (1 - BREAK_MARGIN), false,
					t.choice());
			return !narrowed.accepts(a) && inside(t, a) < inside(t, b); // moved toward the limit, to within the margin
		});
	}

	/** How far inside its limits a value lies, in ln: the smaller of ln(v/lo) and ln(hi/v). */
	private static double inside(Target t, double v) {
		double m = Math.abs(v);
		return Math.min(t.lo() > 0 ? Math.log(m / t.lo()) : Double.POSITIVE_INFINITY,
				Double.isFinite(t.hi()) ? Math.log(t.hi() / m) : Double.POSITIVE_INFINITY);
	}

	/** The share by which {@link #breaks} narrows a target for the model that is to keep it. */
	static final double BREAK_MARGIN = 0.05;
}
