package org.espice.core.internal.plots;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.internal.parameters.Quantities;

/**
 * What an axis title names: "VDS, DRAIN-TO-SOURCE VOLTAGE (V)" is VDS in volts, "Capacitance (pF)" is C in
 * picofarads (a factor of 1e-12 to SI), "Normalized On-Resistance" is RDS_ON_NORM.
 *
 * @param quantity the quantity code of the curves contract, {@code other} when not known
 * @param unit     the SI unit ({@code V}, {@code A}, {@code F}, {@code degC}), empty when unitless or unknown
 * @param factor   what a printed value is multiplied by to give SI (a fraction for a per-cent axis)
 */
record AxisTitle(String quantity, String unit, double factor) {

	static final AxisTitle UNKNOWN = new AxisTitle("other", "", 1);

	private static final Pattern UNIT = Pattern.compile("[(\\[]\\s*([^()\\[\\]]{1,8}?)\\s*[)\\]]\\s*$");

	/** Printed symbols, compacted to upper case without spaces, underscores or punctuation but parentheses. */
	private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("VDS", "VDS"), Map.entry("VGS", "VGS"),
			Map.entry("ID", "ID"), Map.entry("IS", "IS"), Map.entry("ISD", "IS"), Map.entry("IDR", "IS"),
			Map.entry("VSD", "VSD"), Map.entry("IF", "IF"), Map.entry("VF", "VF"), Map.entry("IR", "IR"),
			Map.entry("VR", "VR"), Map.entry("CT", "CT"), Map.entry("CJ", "CT"), Map.entry("IC", "IC"),
			Map.entry("IB", "IB"), Map.entry("VCE", "VCE"), Map.entry("VBE", "VBE"), Map.entry("HFE", "HFE"),
			Map.entry("VCE(SAT)", "VCE_SAT"), Map.entry("VCESAT", "VCE_SAT"), Map.entry("VBE(SAT)", "VBE_SAT"),
			Map.entry("VBESAT", "VBE_SAT"), Map.entry("VBE(ON)", "VBE_ON"), Map.entry("FT", "FT"),
			Map.entry("RDS(ON)", "RDS_ON"), Map.entry("RDSON", "RDS_ON"), Map.entry("VZ", "VZ"), Map.entry("IZ", "IZ"),
			Map.entry("ZZ", "ZZ"), Map.entry("VGE", "VGE"), Map.entry("PD", "PD"), Map.entry("PTOT", "PD"),
			Map.entry("QG", "QG"), Map.entry("TJ", "T"), Map.entry("TC", "T"), Map.entry("TA", "T"),
			Map.entry("TAMB", "T"), Map.entry("TCASE", "T"), Map.entry("TMB", "T"), Map.entry("VGS(TH)", "VGS"),
			Map.entry("VTH", "VGS"), Map.entry("TP", "t"), Map.entry("T", "T"), Map.entry("C", "C"));

	/** Words that name a quantity, tried in order (the more specific first). */
	private static final List<Map.Entry<Pattern, String>> WORDS = List.of(
			word("gate[- ]?(to[- ])?source\\s+threshold|threshold\\s+voltage", "VGS"),
			word("drain[- ]?(to[- ])?source\\s+on[- ]?(state\\s+)?resistance|on[- ]?(state\\s+)?resistance", "RDS_ON"),
			word("drain[- ]?(to[- ])?source\\s+(breakdown\\s+)?voltage|breakdown\\s+voltage", "VDS"),
			word("gate[- ]?(to[- ])?source\\s+voltage", "VGS"),
			word("gate[- ]?(to[- ])?emitter\\s+voltage", "VGE"),
			word("source[- ]?(to[- ])?drain\\s+voltage|diode\\s+forward\\s+voltage|body\\s+diode", "VSD"),
			word("(reverse\\s+drain|source[- ]?(to[- ])?drain|source)\\s+current", "IS"),
			word("drain\\s+current", "ID"),
			word("collector[- ]?(to[- ])?emitter\\s+saturation|saturation\\s+voltage", "VCE_SAT"),
			word("base[- ]?(to[- ])?emitter\\s+saturation", "VBE_SAT"),
			word("base[- ]?(to[- ])?emitter\\s+on", "VBE_ON"),
			word("collector[- ]?(to[- ])?emitter\\s+voltage", "VCE"),
			word("base[- ]?(to[- ])?emitter\\s+voltage", "VBE"),
			word("collector\\s+current", "IC"), word("base\\s+current", "IB"),
			word("current\\s+gain", "HFE"), word("(transition|gain[- ]bandwidth)", "FT"),
			word("forward\\s+current", "IF"), word("forward\\s+voltage", "VF"),
			word("(reverse|leakage)\\s+current", "IR"), word("reverse\\s+voltage", "VR"),
			word("(junction|total)\\s+capacitance", "CT"), word("capacitance", "C"),
			word("gate\\s+charge", "QG"), word("thermal\\s+(impedance|resistance)|r\\s*\\(\\s*t\\s*\\)", "ZTH"),
			word("power\\s+dissipation|power\\s+derating", "PD"), word("temperature", "T"),
			word("pulse\\s+(width|duration)|time", "t"), word("energy", "E"));

	private static Map.Entry<Pattern, String> word(String regex, String q) {
		return Map.entry(Pattern.compile("(?i)\\b(" + regex + ")"), q);
	}

	static AxisTitle parse(String text) {
		if (text == null) {
			return UNKNOWN;
		}
		String unitText = null;
		Matcher um = UNIT.matcher(text);
		if (um.find()) {
			unitText = um.group(1);
		}
		String q = symbol(text);
		if (q == null) {
			for (Map.Entry<Pattern, String> e : WORDS) {
				if (e.getKey().matcher(text).find()) {
					q = e.getValue();
					break;
				}
			}
		}
		if (q == null) {
			q = "other";
		}
		String lower = text.toLowerCase(Locale.ROOT);
		boolean normalised = lower.contains("normali") || "%".equals(unitText);
		double factor = 1;
		String unit = "";
		if ("%".equals(unitText)) {
			factor = 0.01;
		} else if (unitText != null) {
			Quantities.Unit u = Quantities.unit(unitText);
			if (u != null) {
				factor = u.dimension().equals("degC") || u.dimension().equals("K/W") ? 1 : u.factor();
				unit = u.dimension();
			}
		}
		if (q.equals("ZTH") && unit.isEmpty()) {
			normalised = true;
		}
		if (normalised && !q.equals("other")) {
			q = q + "_NORM";
			unit = "";
		}
		if (q.equals("T")) {
			unit = "degC";
		}
		return new AxisTitle(q, unit, factor);
	}

	/** The printed symbol the title starts or ends with ("VDS, Drain-Source Voltage", "Drain Current, ID (A)"). */
	private static String symbol(String text) {
		String stripped = UNIT.matcher(text).replaceFirst("");
		for (String part : stripped.split("[,;:]|\\s[-–—]\\s|\\s{2,}")) {
			if (part.strip().matches("t|t_?[pP]|t\\s?p")) {
				return "t"; // time is the lower-case t, temperature the upper-case T
			}
			String compact = part.replaceAll("[\\s_]", "").replace("−", "").toUpperCase(Locale.ROOT);
			String q = SYMBOLS.get(compact);
			if (q != null && !(compact.equals("T") || compact.equals("C")) || q != null && part.strip().length() <= 2) {
				return q;
			}
		}
		String first = stripped.strip().split("\\s+")[0].replaceAll("[,_]", "").toUpperCase(Locale.ROOT);
		return first.length() >= 2 ? SYMBOLS.get(first) : null;
	}
}
