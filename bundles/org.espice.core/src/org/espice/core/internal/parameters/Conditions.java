package org.espice.core.internal.parameters;

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
			"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9_()]{0,14}?)\\s*(=|≈|≤|≥|<|>|=<|>=|<=)\\s*([-+±]?\\s?(?:\\d+(?:[.,]\\d+)?|[.,]\\d+))\\s*((?:[pnuµmkKMG]?(?:Vdc|Adc|V|A|Hz|HZ|Ω|Ohm|ohm|s|W|F))|°\\s?C|oC|℃|C(?!/)|K|%)?(?![A-Za-z0-9.])");

	/** "VGS at -10 V": a voltage or current symbol and its value joined by "at" (Vishay's ratings). */
	private static final Pattern AT = Pattern.compile(
			"(?<![A-Za-z0-9])([VI][A-Za-z]{1,3})\\s+at\\s+([-+]?\\s?\\d+(?:[.,]\\d+)?\\s*[pnuµmk]?[VA])(?![A-Za-z0-9])");

	/** A condition's value followed by "to 10 V": the test swings between the value and this end. */
	private static final Pattern SWING = Pattern.compile(
			"to\\s*([-+]?\\d+(?:[.,]\\d+)?)\\s*((?:[pnuµmkKMG]?(?:V|A))(?![A-Za-z]))?");

	/** Parses every {@code KEY = number unit} pair; temperatures (Tj, TC, TA, Tamb, ...) go under {@code T}. */
	public static Map<String, Double> parse(String text) {
		Map<String, Double> out = new LinkedHashMap<>();
		if (text != null) {
			text = AT.matcher(text).replaceAll("$1 = $2");
		}
		if (text == null || text.indexOf('=') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0
				&& text.indexOf('≤') < 0 && text.indexOf('≥') < 0) {
			return out;
		}
		text = MINUS.matcher(text).replaceAll("$1-");
		text = RATIO.matcher(text).replaceAll("$1=$3$4, $2=$5$6");
		Matcher m = PAIR.matcher(text);
		while (m.find()) {
			String key = key(m.group(1));
			if (key == null || key.equals("T") && m.group(4) != null && m.group(4).endsWith("s")) {
				continue; // "t = 10 ms" is a pulse time, not a temperature
			}
			if (!key.equals("T") && "C".equals(m.group(4))) {
				continue; // a bare C is a temperature's degrees with the sign lost ("TJ = 100C"), no other unit
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
			String unit = m.group(4);
			Matcher swing = SWING.matcher(after);
			if (!key.equals("T") && swing.lookingAt()) {
				if (!key.startsWith("VG")) {
					continue; // "VDS = 0 to 480 V": a value taken over a range (Coss eq.), at no single voltage
				}
				// "VGS = 0 to 10 V", "VGE = +15 V to 0 V": the gate drive's on-state end, the voltage a gate charge
				// is read at
				String end = swing.group(1).replace(',', '.');
				try {
					if (Math.abs(Double.parseDouble(end)) >= Math.abs(Double.parseDouble(num))) {
						num = end;
						unit = swing.group(2) != null ? swing.group(2) : unit;
					}
				} catch (NumberFormatException e) {
					continue;
				}
			}
			double v;
			try {
				v = Double.parseDouble(num);
			} catch (NumberFormatException e) {
				continue;
			}
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

	/** Two test points written as a ratio: "IC/IB = 500mA/1mA" is IC = 500 mA and IB = 1 mA. */
	private static final Pattern RATIO = Pattern.compile(
			"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]{0,5})/([A-Za-z][A-Za-z0-9]{0,5})\\s*=\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*"
					+ "([pnuµm]?[AV])?\\s*/\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*([pnuµm]?[AV])?");

	/** An en dash or minus sign printed as the sign of a condition value: "VCE = –4 V". */
	private static final Pattern MINUS = Pattern.compile("([=<>≤≥]\\s?)[\u2013\u2212]\\s?(?=[\\d.])");

	/** A bare test point without its symbol: "Forward Voltage @ 1.0 A", "VF at 15A, pulse". */
	private static final Pattern BARE = Pattern.compile(
			"(?:@|(?<![A-Za-z])at)\\s*([-+]?(?:\\d+(?:[.,]\\d+)?|[.,]\\d+))\\s*([pnuµm]?(?:A|V)(?:dc)?)(?![A-Za-z0-9])");

	/**
	 * The conditions a row of parameter {@code name} states without naming their symbol ({@code VF ... @ 1.0 A}):
	 * the symbol follows from the parameter and the unit (a diode's forward voltage is measured at a forward
	 * current IF, a MOSFET's on-resistance at a gate voltage VGS, ...). Keys printed explicitly are not returned.
	 */
	public static Map<String, Double> implied(String name, String text) {
		Map<String, Double> out = new LinkedHashMap<>();
		if (text == null || name == null || text.indexOf('@') < 0 && !text.contains("at ")) {
			return out;
		}
		Map<String, Double> explicit = parse(text);
		Matcher m = BARE.matcher(MINUS.matcher(text).replaceAll("$1-"));
		while (m.find()) {
			Quantities.Unit u = Quantities.unit(m.group(2));
			if (u == null) {
				continue;
			}
			boolean current = u.dimension().equals("A");
			String key = switch (name) {
			case "VF", "VFM" -> current ? "IF" : null;
			case "VSD" -> current ? "IS" : null;
			case "VCE_SAT", "VBE_SAT", "VBE_ON" -> current ? "IC" : null;
			case "VZ", "ZZ" -> current ? "IZ" : null;
			case "IR" -> current ? null : "VR";
			case "RDS_ON" -> current ? "ID" : "VGS";
			case "HFE" -> current ? "IC" : "VCE";
			case "VGS_TH" -> current ? "ID" : null;
			default -> null;
			};
			if (key == null || explicit.containsKey(key) || out.containsKey(key)) {
				continue;
			}
			double v;
			try {
				v = Double.parseDouble(m.group(1).replace(',', '.')) * u.factor();
			} catch (NumberFormatException e) {
				continue;
			}
			out.put(key, Double.parseDouble(String.format(Locale.ROOT, "%.6g", v)));
		}
		return out;
	}

	/** The condition key for a printed symbol, or null when it is not one. */
	static String key(String raw) {
		String k = raw.replace("_", "");
		String up = k.toUpperCase(Locale.ROOT);
		if (up.equals("T") || up.matches("T(J|C|A|AMB|CASE|MB|SP|SOLDER|S|L|LEAD|TP|VJ|VJ\\(MAX\\)|J\\(MAX\\)|JMAX|CH|C\\(MAX\\))")) {
			return "T";
		}
		if (up.equals("IFM")) {
			return "IF"; // the peak forward current of a pulsed VF test is its test current IF
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
