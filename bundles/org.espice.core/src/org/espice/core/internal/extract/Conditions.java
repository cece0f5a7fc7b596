package org.espice.core.internal.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test conditions such as {@code VGS = 10 V, ID = 20 A, TJ = 125 °C} parsed into numeric SI values. */
public final class Conditions {

	private Conditions() {
	}

	private static final Pattern PAIR = Pattern.compile(
			"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9_()]{0,14}?)\\s*(=|≈|≤|≥|<|>|=<|>=|<=)\\s*([-+±]?\\s?(?:\\d+(?:[.,]\\d+)?|[.,]\\d+))\\s*((?:[pnuµmkKMG]?(?:Vdc|Adc|V|A|Hz|HZ|Ω|Ohm|ohm|s|W|F))|°\\s?C|oC|℃|K|%)?(?![A-Za-z0-9.])");

	/** Parses every {@code KEY = number unit} pair; temperatures (Tj, TC, TA, Tamb, ...) go under {@code T}. */
	public static Map<String, Double> parse(String text) {
		Map<String, Double> out = new LinkedHashMap<>();
		if (text == null || text.indexOf('=') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0
				&& text.indexOf('≤') < 0 && text.indexOf('≥') < 0) {
			return out;
		}
		Matcher m = PAIR.matcher(text);
		while (m.find()) {
			String key = key(m.group(1));
			if (key == null) {
				continue;
			}
			// "VDS = 0.8 x Rated BVDSS" is not a number
			String after = text.substring(m.end()).stripLeading();
			if (after.startsWith("x ") || after.startsWith("×") || after.startsWith("*") || after.startsWith("x")
					&& m.group(4) == null) {
				continue;
			}
			String num = m.group(3).replace(" ", "").replace("±", "");
			if (num.indexOf(',') >= 0) {
				num = num.replace(',', '.');
			}
			double v;
			try {
				v = Double.parseDouble(num);
			} catch (NumberFormatException e) {
				continue;
			}
			String unit = m.group(4);
			if (unit != null && !key.equals("T")) {
				Quantities.Unit u = Quantities.unit(unit);
				if (u != null) {
					v *= u.factor();
				}
			}
			out.putIfAbsent(key, Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", v)));
		}
		return out;
	}

	/** The condition key for a printed symbol, or null when it is not one. */
	static String key(String raw) {
		String k = raw.replace("_", "");
		String up = k.toUpperCase(Locale.ROOT);
		if (up.equals("T") || up.matches("T(J|C|A|AMB|CASE|MB|SP|SOLDER|S|L|LEAD|VJ|VJ\\(MAX\\)|J\\(MAX\\)|JMAX|CH|C\\(MAX\\))")) {
			return "T";
		}
		if (up.equals("F") || up.equals("FREQ")) {
			return "f";
		}
		if (!Character.isLetter(k.charAt(0))) {
			return null;
		}
		if (up.length() > 12) {
			return null;
		}
		// symbols like VGS, ID, IC, VCE, V(BR)DSS are upper-case in the spec
		return up;
	}
}
