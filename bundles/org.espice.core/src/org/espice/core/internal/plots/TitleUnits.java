package org.espice.core.internal.plots;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.internal.parameters.Quantities;

/**
 * The unit an axis title prints, as the unit tables know it: an SI unit with its prefix in brackets ("(pF)",
 * "[mΩ]"), spelled out ("VOLTS", "k OHMS"), a switching energy ("µJ"), a temperature coefficient ("mV/°C"), a rate
 * ("A/µs"), a noise density ("nV/√Hz") or a length ("mm", "INCH"); a per-cent sign is a unit too. A prefixed unit
 * ending a title whose brackets the text lost ("COLLECTOR CURRENT mA") is one as well. Glyphs that look alike read
 * as the one the tables know.
 */
final class TitleUnits {

	/** A prefixed unit at the end of a title, set apart from the words: its text and where it starts. */
	record Trailing(String unit, int start) {
	}

	private static final Pattern UNIT = Pattern.compile("[(\\[]([^()\\[\\]]{1,8})[)\\]]");
	/** A prefixed unit ending a title whose brackets the text lost: "COLLECTOR CURRENT mA". */
	private static final Pattern TRAILING_UNIT = Pattern
			.compile("\\s([pnuµm](?:A|V|W|F|C|J|s|Ω)|[kM]Hz|MΩ|kΩ)\\s*$");
	private static final Map<String, String> WORD_UNITS = Map.of("volts", "V", "volt", "V", "amps", "A",
			"amperes", "A", "ampere", "A", "deg c", "°C", "°c", "°C", "ohms", "Ohm");
	private static final Pattern JOULES = Pattern.compile("([pnuµm]?)J");
	/** A unit spelled out after its prefix: "k OHMS", "µ mhos", "MicroAmperes". */
	private static final Pattern SPELLED = Pattern
			.compile("(?i)^([pnuµmkM]|pico|nano|micro|milli|kilo)?\\s*(ohms?|mhos?|volts?|amps?|amperes?)$");
	/** A unit set after a dash ending a title: "Peak Forward Surge Current - Amperes". */
	private static final Pattern DASHED_UNIT = Pattern.compile("\\s[-\u2013]\\s*([^\\s\\-\u2013]{1,14})\\s*$");
	/** A temperature coefficient's unit: "mV/°C", "mV/ ° C", "mV/K", "µV/°C" (the same per kelvin). */
	private static final Pattern PER_DEGREE = Pattern.compile("([pnuµm]?)V\\s*/\\s*(°\\s*C|K|deg\\s*C)");
	/** A rate of change: "A/µs" (a diode's diF/dt), "V/ns", "kV/µs". */
	private static final Pattern RATE = Pattern.compile("([kmuµ]?)([AV])\\s*/\\s*([munµp]?)s");
	/** A noise density: "nV/√Hz", "pA / √ Hz", "nV/rtHz". */
	private static final Pattern DENSITY = Pattern.compile("([pnuµf]?)([AV])\\s*/\\s*(?:√|rt|sqrt)\\s*Hz");
	/** Lengths and areas of leads and copper pads, in metres and square metres. */
	private static final Map<String, Quantities.Unit> LENGTHS = Map.of("mm", new Quantities.Unit(1e-3, "m"), "cm",
			new Quantities.Unit(1e-2, "m"), "inch", new Quantities.Unit(0.0254, "m"), "inches",
			new Quantities.Unit(0.0254, "m"), "mm²",
			new Quantities.Unit(1e-6, "m²"), "cm²", new Quantities.Unit(1e-4, "m²"), "mm2",
			new Quantities.Unit(1e-6, "m²"), "cm2", new Quantities.Unit(1e-4, "m²"));

	private TitleUnits() {
	}

	/** The last bracketed text of a title that is a unit ("pF" of "Capacitance (pF)", "%"), stripped; or null. */
	static String bracketed(String title) {
		String unit = null;
		Matcher um = UNIT.matcher(title);
		while (um.find()) {
			String u = um.group(1).strip();
			if (unitOf(u) != null || u.equals("%")) {
				unit = u;
			}
		}
		return unit;
	}

	/**
	 * The prefixed unit a title ends with, its brackets lost ("IC, COLLECTOR CURRENT mA"), or the unit set after a
	 * dash ending it ("Forward Current - Amperes"); null when neither.
	 */
	static Trailing trailing(String title) {
		Matcher trailing = TRAILING_UNIT.matcher(title);
		if (trailing.find() && unitOf(trailing.group(1)) != null) {
			return new Trailing(trailing.group(1), trailing.start());
		}
		Matcher dashed = DASHED_UNIT.matcher(title);
		return dashed.find() && unitOf(dashed.group(1)) != null ? new Trailing(dashed.group(1), dashed.start()) : null;
	}

	/** The title without its bracketed units: "RDS(on) [Ω]" keeps its "(on)". */
	static String withoutUnits(String text) {
		Matcher m = UNIT.matcher(text);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			String u = m.group(1).strip();
			boolean unit = u.equals("%") || unitOf(u) != null;
			m.appendReplacement(b, unit ? " " : Matcher.quoteReplacement(m.group()));
		}
		return m.appendTail(b).toString();
	}

	/** Whether a word on its own is a unit an axis is printed in: "pF", "mJ", "%", "VOLTS". */
	static boolean isUnit(String word) {
		return word.equals("%") || unitOf(word) != null;
	}

	/** The unit a bracketed text prints, or null: "pF", "µJ", "k OHMS", "VOLTS", "mV/°C", "nV/√Hz", "mm". */
	static Quantities.Unit unitOf(String u) {
		Matcher coefficient = PER_DEGREE.matcher(u);
		if (coefficient.matches()) {
			return new Quantities.Unit(prefix(coefficient.group(1)), "V/K");
		}
		Matcher rate = RATE.matcher(sameGlyphs(u));
		if (rate.matches()) {
			double per = prefix(rate.group(3));
			return new Quantities.Unit(("k".equals(rate.group(1)) ? 1e3 : prefix(rate.group(1))) / per,
					rate.group(2) + "/s");
		}
		Matcher density = DENSITY.matcher(sameGlyphs(u));
		if (density.matches()) {
			return new Quantities.Unit(prefix(density.group(1)), density.group(2) + "/√Hz");
		}
		Quantities.Unit length = LENGTHS.get(u.toLowerCase(Locale.ROOT));
		if (length != null) {
			return length;
		}
		Quantities.Unit parsed = joules(u);
		if (parsed == null) {
			parsed = Quantities.unit(WORD_UNITS.getOrDefault(u.toLowerCase(Locale.ROOT), u));
		}
		Matcher m = SPELLED.matcher(u);
		if (parsed == null && m.matches()) {
			String base = switch (m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "")) {
			case "ohm" -> "\u03a9";
			case "mho" -> "S";
			case "volt" -> "V";
			default -> "A";
			};
			parsed = Quantities.unit(shortPrefix(m.group(1)) + base);
		}
		return parsed;
	}

	/** A prefix as its symbol: "micro" is "µ"; a symbol, or none, as it is. */
	private static String shortPrefix(String p) {
		if (p == null) {
			return "";
		}
		return switch (p.toLowerCase(Locale.ROOT)) {
		case "pico" -> "p";
		case "nano" -> "n";
		case "micro" -> "µ";
		case "milli" -> "m";
		case "kilo" -> "k";
		default -> p;
		};
	}

	/** Switching energies are printed in µJ or mJ, which the table units do not need. */
	private static Quantities.Unit joules(String u) {
		Matcher m = JOULES.matcher(u);
		if (!m.matches()) {
			return null;
		}
		return new Quantities.Unit(prefix(m.group(1)), "J");
	}

	private static double prefix(String p) {
		return switch (p) {
		case "f" -> 1e-15;
		case "p" -> 1e-12;
		case "n" -> 1e-9;
		case "u", "µ" -> 1e-6;
		case "m" -> 1e-3;
		default -> 1;
		};
	}

	/**
	 * Glyphs that look alike read as the one the unit tables know: the ohm sign as omega, the Greek mu as the
	 * micro sign, a ring above or an ordinal o as the degree sign.
	 */
	static String sameGlyphs(String text) {
		return text.replace('\u2126', '\u03a9').replace('\u03bc', '\u00b5').replace('\u02da', '\u00b0')
				.replace('\u00ba', '\u00b0');
	}
}
