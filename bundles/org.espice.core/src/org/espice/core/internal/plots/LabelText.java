package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Plot;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;

/**
 * What the text printed at a curve says: {@code VGS = 10 V} and {@code VGS (V) = 3.5} as printed, a bare
 * {@code 10V} or {@code 125°C} whose symbol follows from the plot, a list {@code VGS = 10, 9, 8, 7 V} or
 * {@code 4V 4.5V 5V} for several curves side by side, or the name of the quantity a curve is ({@code Ciss}).
 *
 * @param name       CISS, COSS, ... when the text names the curve's quantity, else null
 * @param conditions the conditions stated once (for one curve, or for every curve of the plot)
 * @param key        the symbol a list of values steps, or null
 * @param values     the values of a list, in printed order, SI; empty when the text is no list
 */
record LabelText(String name, Map<String, Double> conditions, String key, List<Double> values) {

	private static final Pattern NAME = Pattern.compile("(?i)^C(iss|oss|rss|obo?|ibo?|ies|oes|res|cb|eb|is|os|rs)\\b");
	/** A value with its unit: 10 V, 4.5V, 125 °C, 250 mA. */
	private static final Pattern VALUE = Pattern.compile(
			"([-+\u2013\u2212]?\\d+(?:[.,]\\d+)?)\\s*(°\\s?[Cc]|℃|[pnuµm]?(?:V|A))?(?![A-Za-z0-9])");
	/** "VGS (V) = 3.5": the unit in brackets after the symbol. */
	private static final Pattern BRACKETED = Pattern.compile(
			"([A-Za-z][A-Za-z0-9_()]{0,10}?)\\s*[(\\[]\\s*([pnuµm]?(?:V|A)|°\\s?[Cc]|℃)\\s*[)\\]]\\s*=\\s*"
					+ "([-+\u2013\u2212]?\\d+(?:[.,]\\d+)?)");
	/**
	 * "VGS = 10, 9, 8, 7 V", "VGS = 10 V / 8 V / 6 V": a symbol and several values; without its equals sign
	 * ("VGS 8, 9 10 V", outlined glyphs whose = and a comma went unread) when the symbol is a voltage's.
	 */
	private static final Pattern KEYED_LIST = Pattern.compile(
			"^(?<symbol>[A-Za-z][A-Za-z0-9_()]{0,10}?)\\s*(?<equals>=)?\\s*(?<values>(?:[-+\u2013\u2212]?\\d+(?:[.,]\\d+)?"
					+ "\\s*(?:°\\s?[Cc]|℃|[pnuµm]?(?:V|A))?"
					+ "\\s*[,/;]?\\s*){2,})$");
	/**
	 * "25 C", "25 C, 125 C": bare values whose degree sign was lost (a symbol font that maps it to no character, the
	 * space it took left): a curve is labelled by no charge.
	 */
	private static final Pattern LOST_DEGREE = Pattern.compile(
			"^(?:[-+\u2013\u2212]?\\d+(?:[.,]\\d+)?\\s+C\\s*[,/;]?\\s*)+$");
	/** "4V 4.5V 5V", "25°C, 125°C": bare values only. */
	private static final Pattern BARE_LIST = Pattern.compile(
			"^(?:[-+\u2013\u2212]?\\d+(?:[.,]\\d+)?\\s*(?:°\\s?[Cc]|℃|[pnuµm]?(?:V|A))?\\s*[,/;]?\\s*){1,}$");

	/** Voltages a datasheet names at its curves: a label naming one of them names it, whatever the plot's kind. */
	private static final Set<String> VOLTAGES = Set.of("VGS", "VDS", "VGE", "VCE", "VBE", "VCB", "VEB", "VDD", "VCC",
			"VDG", "VGD", "VSD", "VEC", "VBC", "VEE", "VBB", "VSG");
	/** The quantity a curve is on an axis of several voltages: VCE(sat), VBE(sat), VBE(on). */
	private static final Pattern VOLTAGE_NAME = Pattern.compile("(?i)^V\\s?(CE|BE)\\s?\\(?\\s?(sat|on)\\s?\\)?");
	/** A forced ratio with no test point, "IC/IB = 10": not a condition. */
	private static final Pattern FORCED_RATIO = Pattern.compile(
			"(?<![A-Za-z0-9])[A-Za-z]{1,4}\\s?/\\s?[A-Za-z]{1,4}\\s*=\\s*\\d+(?:\\.\\d+)?(?![\\d.])(?!\\s*[pnuµm]?[AV]?\\s*/)");
	/** A symbol whose subscript was set apart: "V CE = 5 V", "VG S = 0 V". */
	private static final Pattern SPLIT_SYMBOL = Pattern.compile(
			"(?<![A-Za-z])([VIT][A-Za-z]{0,2})\\s+([A-Za-z]{1,3})(?=\\s*[=<>≤≥])");

	/** "rDS @ 0.05 A": an on-resistance's test point named by its value alone. */
	private static final Pattern BARE_TEST_POINT = Pattern.compile(
			"(?<![A-Za-z])(?i:r\\s?DS\\s?(?:\\(\\s?on\\s?\\))?)\\s*@\\s*([-+\u2013\u2212]?\\d+(?:[.,]\\d+)?)\\s*"
					+ "([pnuµm]?(?:V|A))(?![A-Za-z0-9]|\\s*=)");

	/** A range, "f = 0.1 - 1.0 MHz": no one value holds. */
	private static final Pattern RANGE = Pattern.compile(
			"[A-Za-z][A-Za-z0-9_()]{0,10}\\s*=\\s*[-+]?\\d+(?:[.,]\\d+)?\\s*[pnuµmkM]?[A-Za-z°]{0,3}\\s*(?:-|\u2013|~|to)\\s*"
					+ "\\d+(?:[.,]\\d+)?\\s*[A-Za-zµ°]*");

	/**
	 * A minus sign set apart from its number at the start of a value ("- 0.4 V", "VGS = - 2.0 V"), where no number
	 * stands before it: the value is negative.
	 */
	private static final Pattern SPACED_SIGN = Pattern.compile("(?<![\\w.)]\\s{0,3})([-\u2013\u2212])\\s+(?=\\d)");

	/** "25^o C": a small o set high after a number and before C is a degree sign. */
	private static final Pattern RAISED_DEGREE = Pattern.compile("(?<=\\d)\\s*\\^[oO]\\s?(?=C(?![A-Za-z]))");
	/** A raised letter ("V^CE": a subscript set high), a curve's tag ("(1)"), names printed short (COB, CIS). */
	private static final Pattern RAISED_LETTER = Pattern.compile("\\^(?=[A-Za-z])");
	private static final Pattern TAG = Pattern.compile("^\\(\\^?\\d{1,2}\\)\\s*");
	private static final Pattern SHORT_OUTPUT = Pattern.compile("^C(OB|IB)$");
	private static final Pattern SHORT_NAME = Pattern.compile("^C(I|O|R)S$");
	private static final Pattern BARE = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

	static final LabelText NONE = new LabelText(null, Map.of(), null, List.of());

	LabelText {
		conditions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
		values = List.copyOf(values);
	}

	/** Whether this text says anything about a curve. */
	boolean empty() {
		return name == null && conditions.isEmpty() && values.isEmpty();
	}

	/**
	 * The conditions with a voltage whose symbol was misread (drawn as outlines: "VC = 2 V" with its subscript's last
	 * letter lost, "VCS = 10 V" with its G read as a C) named by the voltage the plot's kind names
	 * ({@link #heldVoltage}), where that symbol begins it or differs from it in one letter.
	 */
	private static Map<String, Double> misread(Map<String, Double> parsed, Plot.Kind kind, String xQuantity) {
		String full = heldVoltage(kind, xQuantity);
		if (full == null || parsed.containsKey(full)) {
			return parsed;
		}
		Map<String, Double> out = new LinkedHashMap<>();
		parsed.forEach((k, v) -> out.put(cutShort(k, full) || oneLetterOff(k, full) ? full : k, v));
		return out;
	}

	/**
	 * The voltage a label on a plot of this kind names: the one its curves step where a bare voltage names it
	 * ({@link #bareKey}), else the one the whole plot is measured at (the drain voltage of a transfer plot, the gate
	 * voltage of a capacitance, on-resistance or body-diode plot; an IGBT's by its x axis).
	 */
	private static String heldVoltage(Plot.Kind kind, String xQuantity) {
		String stepped = bareKey("V", kind, xQuantity);
		if (stepped != null) {
			return stepped;
		}
		boolean igbt = xQuantity.equals("VCE") || xQuantity.equals("VGE");
		return switch (kind) {
		case TRANSFER -> igbt ? "VCE" : "VDS";
		case CAPACITANCE -> igbt ? "VGE" : "VGS";
		case RDSON_ID, RDSON_T, BVDSS_T, BODY_DIODE -> "VGS";
		default -> null;
		};
	}

	private static boolean cutShort(String key, String full) {
		return key.length() == 2 && full.length() > 2 && full.startsWith(key);
	}

	/** Whether a voltage's symbol differs from another in one letter of its subscript (VCS for VGS). */
	private static boolean oneLetterOff(String key, String full) {
		if (key.length() != full.length() || key.charAt(0) != 'V' || full.charAt(0) != 'V' || VOLTAGES.contains(key)) {
			return false;
		}
		int off = 0;
		for (int i = 1; i < key.length(); i++) {
			off += key.charAt(i) == full.charAt(i) ? 0 : 1;
		}
		return off == 1;
	}

	/** "SINGLE PULSE (THERMAL RESPONSE)", "single pulse": a thermal impedance's curve at duty cycle 0. */
	private static final Pattern SINGLE_PULSE = Pattern.compile("(?i)^\\s*single\\s*pulse\\s*(\\([^()]*\\))?\\s*$");

	/** A single bare number, a value whose symbol and unit the plot's other labels give. */
	static Double bareNumber(String printed) {
		String t = printed.strip().replace('\u2212', '-').replace('\u2013', '-');
		return BARE.matcher(t).matches() ? Double.valueOf(t) : null;
	}

	/** Reads a label printed inside a plot of the given kind. */
	static LabelText parse(String printed, Plot.Kind kind, String xQuantity) {
		if (printed == null || printed.isBlank()) {
			return NONE;
		}
		if (kind == Plot.Kind.ZTH && SINGLE_PULSE.matcher(printed).matches()) {
			return new LabelText(null, Map.of("D", 0.0), null, List.of()); // the single pulse: no duty cycle
		}
		// "25˚C" with a ring above is 25 °C, and so are "25 C", a degree sign its font maps to no character, and
		// "25^o C", a small o set high
		String seen = RAISED_DEGREE.matcher(TitleUnits.sameGlyphs(printed.strip())).replaceAll(" \u00b0");
		if (LOST_DEGREE.matcher(seen).matches()) {
			seen = seen.replaceAll("\\s+C", " °C");
		}
		// a subscript set high reads "V^CE": the symbol is VCE; a curve's tag "(1)" says nothing itself
		String text = AxisTitle.compactSymbols(TAG.matcher(RAISED_LETTER.matcher(seen).replaceAll("")).replaceFirst(""));
		text = SPLIT_SYMBOL.matcher(text).replaceAll("$1$2");
		text = RANGE.matcher(text).replaceAll("");
		text = SPACED_SIGN.matcher(text).replaceAll("$1");
		Map.Entry<String, Double> ratio = ForcedRatio.of(text);
		text = FORCED_RATIO.matcher(ForcedRatio.without(text)).replaceAll("");
		// subscripts set apart ("C r ss") still name the curve
		Matcher nm = NAME.matcher(text.replace(" ", ""));
		String name = null;
		if (nm.find()) {
			String c = ("C" + nm.group(1)).toUpperCase(Locale.ROOT);
			name = SHORT_NAME.matcher(SHORT_OUTPUT.matcher(c).replaceFirst("C$1O")).replaceFirst("C$1SS");
		}
		Matcher vm = VOLTAGE_NAME.matcher(text);
		if (name == null && vm.find()) {
			name = ("V" + vm.group(1) + "_" + vm.group(2)).toUpperCase(Locale.ROOT);
		}
		text = BRACKETED.matcher(text).replaceAll("$1 = $3 $2");
		Matcher list = KEYED_LIST.matcher(text);
		if (list.matches() && (list.group("equals") != null || VOLTAGES.contains(list.group("symbol")))) {
			String key = Conditions.parse(list.group("symbol") + " = 1 V").keySet().stream().findFirst()
					.orElse(list.group("symbol").toUpperCase(Locale.ROOT));
			List<Double> vs = values(list.group("values"), key);
			if (vs.size() >= 2) {
				return new LabelText(name, Map.of(), key, vs);
			}
		}
		Map<String, Double> c = new LinkedHashMap<>(misread(Conditions.parse(text), kind, xQuantity));
		testPoint(text, kind, xQuantity, c);
		if (ratio != null) {
			c.put(ratio.getKey(), ratio.getValue());
		}
		if (!c.isEmpty() || name != null) {
			return new LabelText(name, c, null, List.of());
		}
		String unit = lastUnit(text);
		String key = unit == null ? null : bareKey(unit, kind, xQuantity);
		if (key == null) {
			return NONE;
		}
		boolean several = BARE_LIST.matcher(text).matches();
		String one = several ? text : first(text);
		if (!unit.equals(lastUnit(one))) {
			return NONE; // "VGS(off) @ 5.0V, 10 µA": values of two quantities, a test point of something else
		}
		List<Double> vs = values(one, key);
		if (vs.size() == 1) {
			return new LabelText(null, Map.of(key, vs.get(0)), null, List.of());
		}
		return several && vs.size() > 1 ? new LabelText(null, Map.of(), key, vs) : NONE;
	}

	/**
	 * An on-resistance's test point printed as a bare value ("VGS = 5 V, rDS @ 0.05 A" at its curve), named by the
	 * symbol a bare value of its unit stands for on the plot ({@link #bareKey}), unless the label names that symbol
	 * itself.
	 */
	private static void testPoint(String text, Plot.Kind kind, String xQuantity, Map<String, Double> conditions) {
		Matcher m = BARE_TEST_POINT.matcher(text);
		if (!m.find()) {
			return;
		}
		String key = bareKey(m.group(2), kind, xQuantity);
		List<Double> vs = key == null ? List.of() : values(m.group(1) + " " + m.group(2), key);
		if (vs.size() == 1 && !conditions.containsKey(key)) {
			conditions.put(key, vs.get(0));
		}
	}

	/** The values of a list in SI; a value printed without unit takes the unit printed after the list. */
	private static List<Double> values(String text, String key) {
		String last = lastUnit(text);
		List<Double> out = new ArrayList<>();
		Matcher m = VALUE.matcher(text);
		while (m.find()) {
			String unit = m.group(2) != null ? m.group(2).replace(" ", "") : last;
			double v = Double.parseDouble(m.group(1).replace('\u2212', '-').replace('\u2013', '-').replace(',', '.'));
			if (unit == null) {
				out.add(v);
				continue;
			}
			if (unit.endsWith("C") || unit.endsWith("c") || unit.equals("℃")) {
				if (!key.equals("T")) {
					return List.of();
				}
				out.add(v);
				continue;
			}
			Quantities.Unit u = Quantities.unit(unit);
			if (u == null || key.equals("T")) {
				return List.of();
			}
			out.add(Double.parseDouble(String.format(Locale.ROOT, "%.6g", v * u.factor())));
		}
		return out;
	}

	/** The first value printed with its unit, in text that says more ("25°C typ"). */
	private static String first(String text) {
		Matcher m = VALUE.matcher(text);
		while (m.find()) {
			if (m.group(2) != null) {
				return m.group();
			}
		}
		return "";
	}

	private static String lastUnit(String text) {
		String unit = null;
		Matcher m = VALUE.matcher(text);
		while (m.find()) {
			if (m.group(2) != null) {
				unit = m.group(2).replace(" ", "");
			}
		}
		return unit;
	}

	/**
	 * The symbol a bare value stands for on a plot of this kind: the gate voltage steps an output or on-resistance
	 * family, the base current a BJT's output, the collector voltage a gain plot, the drain voltage or current a
	 * gate-charge curve's test, the gate voltage or drain current an on-resistance holds over temperature, the drain
	 * current of a threshold or breakdown voltage; a temperature is always T.
	 */
	static String bareKey(String unit, Plot.Kind kind, String xQuantity) {
		if (unit.endsWith("C") || unit.endsWith("c") || unit.equals("℃")) {
			return "T";
		}
		Quantities.Unit u = Quantities.unit(unit);
		if (u == null) {
			return null;
		}
		boolean volts = u.dimension().equals("V");
		return switch (kind) {
		case OUTPUT -> volts ? (xQuantity.equals("VCE") ? "VGE" : "VGS") : "IB";
		case RDSON_ID -> volts ? "VGS" : null;
		case HFE_IC, VCESAT_IC, FT_IC, VBEON_IC -> volts ? "VCE" : null;
		case GATE_CHARGE -> volts ? "VDS" : u.dimension().equals("A") ? "ID" : null;
		case RDSON_VGS, VTH_T, BVDSS_T -> volts ? null : "ID";
		case RDSON_T -> volts ? "VGS" : "ID";
		default -> null;
		};
	}
}
