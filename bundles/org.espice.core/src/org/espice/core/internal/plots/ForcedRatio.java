package org.espice.core.internal.plots;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forced current ratio a saturation curve is drawn at: "IC/IB = 10" or "IC = 10 IB" (a PNP's "IC = -10 IB")
 * says that every point of the curve has ten times the base current's collector current. It is no test point (the
 * currents vary along the curve) but a condition all the same, kept as {@code "IC/IB": 10}: a table's VCE(sat) at
 * IC = 10 mA, IB = 0.5 mA is at a ratio of 20, on no curve drawn at 10.
 */
final class ForcedRatio {

	/** "IC/IB = 10": two current symbols and a bare number (no unit, no second number after a slash). */
	private static final Pattern SLASHED = Pattern.compile(
			"(?<![A-Za-z0-9])(I[A-Za-z]{1,3})\\s?/\\s?(I[A-Za-z]{1,3})\\s*=\\s*[-+\u2013\u2212]?(\\d+(?:\\.\\d+)?)(?![\\d.])"
					+ "(?!\\s*[pnuµm]?[AV]?\\s*/)");
	/** "IC = 10 IB", "IC = -10·IB". */
	private static final Pattern TIMES = Pattern.compile(
			"(?<![A-Za-z0-9])(I[A-Za-z]{1,3})\\s*=\\s*[-+\u2013\u2212]?\\s?(\\d+(?:\\.\\d+)?)\\s*[·x×*]?\\s*(I[A-Za-z]{1,3})(?![A-Za-z0-9])");

	private ForcedRatio() {
	}

	/** The ratio a text states, as its condition key and value, or null. */
	static Map.Entry<String, Double> of(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = SLASHED.matcher(text);
		if (m.find()) {
			return entry(m.group(1), m.group(2), m.group(3));
		}
		m = TIMES.matcher(text);
		if (m.find()) {
			return entry(m.group(1), m.group(3), m.group(2));
		}
		return null;
	}

	/** The text without its ratio, so that it is not read as a test point ("IB = 10"). */
	static String without(String text) {
		return TIMES.matcher(SLASHED.matcher(text).replaceAll("")).replaceAll("");
	}

	/** The ratio of two currents a table states as test points, e.g. IC and IB, or null. */
	static Double ofTable(String key, Map<String, Double> conditions) {
		String[] two = key.split("/");
		Double a = conditions.get(two[0]);
		Double b = conditions.get(two[1]);
		return a == null || b == null || b == 0 ? null : Math.abs(a / b);
	}

	private static Map.Entry<String, Double> entry(String over, String under, String value) {
		double v = Double.parseDouble(value);
		if (v == 0) {
			return null;
		}
		return Map.entry(over.toUpperCase(Locale.ROOT) + "/" + under.toUpperCase(Locale.ROOT), v);
	}
}
