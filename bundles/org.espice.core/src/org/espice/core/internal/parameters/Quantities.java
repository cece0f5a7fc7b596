package org.espice.core.internal.parameters;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and units as printed in datasheets, parsed into SI. */
public final class Quantities {

	private Quantities() {
	}

	/** A unit: the factor to SI and the SI dimension (V, A, Ohm, F, C, s, Hz, S, W, K/W, degC, or "" for ratios). */
	public record Unit(double factor, String dimension) {
	}

	/** A printed number, possibly with a unit glued to it, e.g. {@code 250µA}, {@code ±20}. */
	public record Number(double value, boolean plusMinus, Unit unit) {
	}

	private static final Pattern NUMBER = Pattern.compile(
			"^([<>≤≥~≈]?)([-+±]?)(\\d+(?:[.,]\\d+)?|[.,]\\d+)(?:[eE]([-+]?\\d+))?(.*)$");

	/** Parses a unit text such as {@code mA}, {@code µAdc}, {@code °C/W}, {@code mΩ}; null if it is not one. */
	public static Unit unit(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip().replace(" ", "");
		while (t.endsWith(",") || t.endsWith(";") || t.endsWith(")") || t.endsWith("*")) {
			t = t.substring(0, t.length() - 1);
		}
		if (t.startsWith("(")) {
			t = t.substring(1);
		}
		if (t.isEmpty()) {
			return null;
		}
		String lower = t.toLowerCase(Locale.ROOT);
		if (lower.equals("°c/w") || lower.equals("oc/w") || lower.equals("k/w") || lower.equals("c/w")
				|| lower.equals("℃/w") || lower.equals("°/w") || lower.equals("0c/w")
				// a degree sign whose glyph the text layer could not map
				|| lower.equals("?c/w") || lower.equals("\ufffdc/w")) {
			return new Unit(1, "K/W");
		}
		if (lower.equals("°c") || lower.equals("oc") || lower.equals("℃")) {
			return new Unit(1, "degC");
		}
		if (lower.equals("watt") || lower.equals("watts")) {
			return new Unit(1, "W");
		}
		if (lower.equals("ohm") || lower.equals("ohms")) {
			return new Unit(1, "Ohm");
		}
		if (lower.equals("mhos") || lower.equals("mho")) {
			return new Unit(1, "S");
		}
		if (lower.equals("sec")) {
			return new Unit(1, "s");
		}
		// strip dc/ac suffixes (Vdc, mAdc)
		if (t.length() > 2 && (t.endsWith("dc") || t.endsWith("DC") || t.endsWith("ac"))) {
			t = t.substring(0, t.length() - 2);
		}
		double factor = 1;
		String base = t;
		String[] bases = { "Ohm", "ohm", "mhos", "mho", "Hz", "HZ", "hz", "Ω", "V", "A", "F", "C", "s", "S", "W", "sec" };
		for (String b : bases) {
			if (t.endsWith(b) && t.length() <= b.length() + 1) {
				String prefix = t.substring(0, t.length() - b.length());
				Double f = prefix(prefix);
				if (f == null) {
					continue;
				}
				factor = f;
				base = b;
				String dim = switch (base) {
				case "Ohm", "ohm", "Ω" -> "Ohm";
				case "mhos", "mho", "S" -> "S";
				case "Hz", "HZ", "hz" -> "Hz";
				case "sec", "s" -> "s";
				default -> base;
				};
				return new Unit(factor, dim);
			}
		}
		return null;
	}

	private static Double prefix(String p) {
		return switch (p) {
		case "" -> 1.0;
		case "p" -> 1e-12;
		case "n" -> 1e-9;
		case "µ", "u", "μ" -> 1e-6;
		case "m" -> 1e-3;
		case "k", "K" -> 1e3;
		case "M" -> 1e6;
		case "G" -> 1e9;
		default -> null;
		};
	}

	/** A tolerance glued to a nominal value: "90±10", "5.1±5%". */
	private static final Pattern TOLERANCE = Pattern.compile("(?<=\\d)±\\d+(?:[.,]\\d+)?%?$");

	/** Parses a number with an optional glued unit; null when the text is not a number. */
	public static Number number(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		while (t.endsWith(",") || t.endsWith(";") || t.endsWith("*")) {
			t = t.substring(0, t.length() - 1);
		}
		if (t.length() > 1 && (t.charAt(0) == '–' || t.charAt(0) == '−') && Character.isDigit(t.charAt(1))) {
			t = "-" + t.substring(1);
		}
		t = TOLERANCE.matcher(t).replaceFirst(""); // "90±10": the nominal value with its spread
		Matcher m = NUMBER.matcher(t);
		if (!m.matches()) {
			return null;
		}
		String digits = m.group(3);
		if (digits.indexOf(',') >= 0) {
			int comma = digits.indexOf(',');
			boolean thousands = digits.length() - comma - 1 == 3 && comma <= 3 && comma > 0;
			digits = thousands ? digits.replace(",", "") : digits.replace(',', '.');
		}
		double v = Double.parseDouble(digits);
		if (m.group(4) != null) {
			v *= Math.pow(10, Integer.parseInt(m.group(4)));
		}
		String sign = m.group(2);
		if ("-".equals(sign)) {
			v = -v;
		}
		String rest = m.group(5);
		Unit u = null;
		if (!rest.isEmpty()) {
			u = unit(rest);
			if (u == null) {
				return null;
			}
		}
		return new Number(v, "±".equals(sign), u);
	}

	/** Whether a cell is an empty-value placeholder such as {@code —}, {@code -}, {@code ---}. */
	public static boolean placeholder(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return false;
		}
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (c != '-' && c != '—' && c != '–' && c != '_' && c != '…' && c != '.' && c != '‒' && c != '―') {
				return false;
			}
		}
		return t.length() <= 5;
	}
}
