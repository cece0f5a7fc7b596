package org.espice.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Numbers as engineers write them: a value with an SI prefix and its unit ({@code 2.2 pF}, {@code 1.5 ms},
 * {@code 4.2 mΩ}, {@code 100 V}), at most four significant digits, in a locale's decimal separator; and read back
 * from what a person types: {@code 2.2p}, {@code 2.2 pF}, {@code 2,2 pF} (in a locale with a decimal comma),
 * {@code 2.2e-12}, {@code 4.2 mOhm}, {@code 10meg}. JSON and CSV keep plain SI numbers; this is for what people
 * read.
 */
public final class Engineering {

	private static final String[] PREFIXES = { "f", "p", "n", "µ", "m", "", "k", "M", "G", "T" };
	/** Units written with a prefix; others (K/W, °C, %, ratios) are written as plain numbers. */
	private static final Set<String> PREFIXED = Set.of("V", "A", "Ω", "F", "H", "s", "Hz", "S", "C", "W", "J");
	/** Spellings of a unit as the engine names it and as people type it, to the symbol shown. */
	private static final Map<String, String> SYMBOLS = Map.of("Ohm", "Ω", "ohm", "Ω", "OHM", "Ω", "degC", "°C");

	private Engineering() {
	}

	/** {@link #format(double, String, Locale)} with a decimal point. */
	public static String format(double value, String unit) {
		return format(value, unit, Locale.ROOT);
	}

	/**
	 * The value with the prefix that leaves one to three digits before the separator, and the unit's symbol;
	 * {@code -} for no number.
	 *
	 * @param unit the engine's unit ({@code V}, {@code A}, {@code Ohm}, {@code F}, {@code K/W}, ...), or empty for
	 *             a ratio
	 */
	public static String format(double value, String unit, Locale locale) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "-";
		}
		String symbol = symbol(unit);
		BigDecimal exact = new BigDecimal(value);
		if (!PREFIXED.contains(symbol) || value == 0) {
			return join(digits(exact, locale), symbol);
		}
		int exp = (int) Math.floor(Math.log10(Math.abs(round(value))) / 3) * 3;
		exp = Math.max(-15, Math.min(12, exp));
		String prefix = PREFIXES[(exp + 15) / 3];
		return join(digits(exact.scaleByPowerOfTen(-exp), locale), prefix + symbol);
	}

	/** The symbol a unit is shown with: {@code Ohm} as {@code Ω}, {@code degC} as {@code °C}. */
	public static String symbol(String unit) {
		if (unit == null) {
			return "";
		}
		return SYMBOLS.getOrDefault(unit.trim(), unit.trim());
	}

	/** Test conditions as people read them: {@code VGS = 0 V, ID = 250 µA}; empty for none. */
	public static String conditions(Map<String, Double> conditions, Locale locale) {
		StringBuilder b = new StringBuilder();
		conditions.forEach((k, v) -> b.append(b.length() > 0 ? ", " : "").append(k).append(" = ")
				.append(v == null ? "-" : format(v, conditionUnit(k), locale)));
		return b.toString();
	}

	/** The unit of a test condition by its symbol's first letter: VGS in V, ID in A, f in Hz, T in °C. */
	public static String conditionUnit(String key) {
		if (key == null || key.isEmpty()) {
			return "";
		}
		if (key.equals("f")) {
			return "Hz";
		}
		if (key.startsWith("t")) {
			return "s";
		}
		return switch (Character.toUpperCase(key.charAt(0))) {
		case 'V' -> "V";
		case 'I' -> "A";
		case 'T' -> key.length() == 1 || key.startsWith("TJ") || key.startsWith("TA") || key.startsWith("TC") ? "°C"
				: key.startsWith("TP") ? "s" : "";
		case 'R' -> "Ω";
		case 'C' -> "F";
		default -> "";
		};
	}

	/**
	 * The SI value of what a person typed for a quantity in {@code unit}, or null when it is no number or names
	 * another unit. A number, an optional prefix ({@code f p n u µ m k M G T}, SPICE's {@code meg}), an optional
	 * unit; the locale's decimal separator and a point both read as the separator.
	 */
	public static Double parse(String text, String unit, Locale locale) {
		if (text == null) {
			return null;
		}
		String t = text.trim().replace('\u00a0', ' ').replace("\u2212", "-");
		char comma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
		int i = 0;
		StringBuilder number = new StringBuilder();
		while (i < t.length()) {
			char c = t.charAt(i);
			boolean exponent = (c == 'e' || c == 'E') && i + 1 < t.length()
					&& (Character.isDigit(t.charAt(i + 1)) || "+-".indexOf(t.charAt(i + 1)) >= 0);
			if (Character.isDigit(c) || c == '+' || c == '-' || exponent) {
				number.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
			} else if (c == comma || c == '.') {
				number.append('.');
			} else {
				break;
			}
			i++;
		}
		BigDecimal v;
		try {
			v = new BigDecimal(number.toString());
		} catch (NumberFormatException e) {
			return null;
		}
		String rest = t.substring(i).trim();
		String symbol = symbol(unit);
		if (rest.isEmpty() || isUnit(rest, symbol)) {
			return v.doubleValue();
		}
		int len = rest.regionMatches(true, 0, "meg", 0, 3) ? 3 : 1;
		Integer exp = prefixExponent(rest.substring(0, len));
		String after = rest.substring(len).trim();
		if (exp != null && (after.isEmpty() || isUnit(after, symbol))) {
			return v.scaleByPowerOfTen(exp).doubleValue();
		}
		// a unit typed in the other case ("5 v"), where it is no prefix
		return !symbol.isEmpty() && rest.equalsIgnoreCase(symbol) ? v.doubleValue() : null;
	}

	/** Whether a typed unit is {@code symbol}: exactly, or in any case for a unit of more than one letter. */
	private static boolean isUnit(String typed, String symbol) {
		String s = symbol(typed);
		return !symbol.isEmpty() && (s.equals(symbol) || symbol.length() > 1 && s.equalsIgnoreCase(symbol));
	}

	/** The power of ten of a prefix, SPICE's {@code meg} included; null for none. */
	private static Integer prefixExponent(String p) {
		return switch (p) {
		case "f" -> -15;
		case "p" -> -12;
		case "n" -> -9;
		case "u", "µ", "μ" -> -6;
		case "m" -> -3;
		case "k", "K" -> 3;
		case "M" -> 6;
		case "G" -> 9;
		case "T" -> 12;
		default -> p.equalsIgnoreCase("meg") ? 6 : null;
		};
	}

	/** Four significant digits, trailing zeros dropped, no exponent for the range a prefix leaves. */
	private static String digits(BigDecimal v, Locale locale) {
		BigDecimal d = v.round(new MathContext(4)).stripTrailingZeros();
		double a = Math.abs(d.doubleValue());
		String s = a == 0 || a >= 1e-4 && a < 1e7 ? d.toPlainString() : d.toString().replace("E", "e");
		if (s.contains("e+")) {
			s = s.replace("e+", "e");
		}
		char sep = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
		return sep == '.' ? s : s.replace('.', sep);
	}

	/** The value as {@link #digits} rounds it, so 999.96 mV shows as 1 V, not 1000 mV. */
	private static double round(double v) {
		return new BigDecimal(v).round(new MathContext(4)).doubleValue();
	}

	private static String join(String number, String unit) {
		return unit.isEmpty() ? number : number + " " + unit;
	}
}
