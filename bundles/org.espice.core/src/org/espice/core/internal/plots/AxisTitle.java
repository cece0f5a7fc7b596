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
 * @param printed  whether the title prints its unit
 */
record AxisTitle(String quantity, String unit, double factor, boolean printed) {

	static final AxisTitle UNKNOWN = new AxisTitle("other", "", 1, false);

	/**
	 * This title as a normalised quantity when it prints no unit over values around 1 against temperature: an
	 * on-resistance or breakdown voltage axis from 0.5 to 2 is a ratio to its 25 °C value.
	 */
	AxisTitle normalisedFor(double max, String against) {
		if (printed || !against.equals("T") || max > 2.5 || quantity.endsWith("_NORM")
				|| !List.of("RDS_ON", "VDS", "VGS", "PD", "ID", "IF", "IC", "IR").contains(quantity)) {
			return this;
		}
		return new AxisTitle(quantity + "_NORM", "", factor, false);
	}

	/** This axis named as the quantity its plot's kind implies, in that quantity's unit when it printed none. */
	AxisTitle as(String q) {
		String u = q.equals("T") ? "degC" : printed ? unit : DEFAULT_UNITS.getOrDefault(q, "");
		return new AxisTitle(q, u, factor, printed);
	}

	/** Energies by their symbols: Eoss, Eon, Eoff, Ets, Err, Eas, Ear. */
	private static final Pattern ENERGY = Pattern.compile("E(OSS|ON|OFF|TS|TOT|TOTAL|RR|REC|AS|AR|SW)");
	private static final Pattern CONDITION = Pattern.compile("\\s*[A-Za-z][\\w()]*\\s*[=≤≥<>]\\s*[-+−]?\\d.*");
	/** A part number: letters run into three digits or more ("BC546"; "2N7002" holds "N7002"). */
	private static final Pattern PART_NUMBER = Pattern.compile("\\b\\d?[A-Z]{1,4}\\d{3,}");

	/**
	 * This title with the unit its values imply when it prints none (or its unit was not found): a transition
	 * frequency axis printed 20..500 is in MHz (a transistor's fT is never a few hundred hertz), a capacitance axis
	 * printed 10..10000 in pF (no semiconductor has a farad), a gate charge axis printed 0..200 in nC.
	 */
	AxisTitle impliedUnitFor(double max) {
		if (printed) {
			return this;
		}
		double m = Math.abs(max);
		return switch (quantity) {
		case "FT" -> m >= 1e5 ? this : new AxisTitle(quantity, "Hz", factor * 1e6, false);
		case "C", "CT" -> m * factor < 0.5 ? this : new AxisTitle(quantity, "F", factor * 1e-12, false);
		case "QG" -> m * factor < 0.5 ? this : new AxisTitle(quantity, "C", factor * 1e-9, false);
		default -> this;
		};
	}

	/** What a symbol's subscript may add without changing the quantity: IF(AV), ID(RMS). */
	private static final Pattern QUALIFIER = Pattern.compile("\\((AV|AVG|RMS|DC|PK|PEAK)\\)$");
	/** Temperature symbols: T, Tj, Tc, Ta, Tamb, Ttp (tie point), Tmb, Tlead, Tsp, Tcase. */
	private static final Pattern TEMPERATURE = Pattern.compile("T(J|C|A|AMB|TP|MB|L|LEAD|SP|S|CASE|SOLDER|CH)");
	private static final Map<String, String> DEFAULT_UNITS = Map.ofEntries(Map.entry("VDS", "V"), Map.entry("VGS", "V"),
			Map.entry("VSD", "V"), Map.entry("VF", "V"), Map.entry("VR", "V"), Map.entry("VCE", "V"),
			Map.entry("VBE", "V"), Map.entry("VCE_SAT", "V"), Map.entry("VBE_SAT", "V"), Map.entry("VBE_ON", "V"),
			Map.entry("VZ", "V"), Map.entry("VGE", "V"), Map.entry("ID", "A"), Map.entry("IS", "A"),
			Map.entry("IF", "A"), Map.entry("IR", "A"), Map.entry("IC", "A"), Map.entry("IB", "A"),
			Map.entry("IZ", "A"), Map.entry("C", "F"), Map.entry("CT", "F"), Map.entry("QG", "C"),
			Map.entry("FT", "Hz"), Map.entry("RDS_ON", "Ohm"), Map.entry("ZZ", "Ohm"), Map.entry("PD", "W"),
			Map.entry("t", "s"), Map.entry("E", "J"), Map.entry("ZTH", "K/W"));

	/** The SI unit a quantity is measured in ({@code degC} for temperatures), or null when it has none of its own. */
	static String siUnit(String quantity) {
		return quantity.equals("T") ? "degC" : DEFAULT_UNITS.get(quantity);
	}

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
			Map.entry("VTH", "VGS"), Map.entry("TP", "t"), Map.entry("T", "T"), Map.entry("C", "C"),
			Map.entry("P", "PD"), Map.entry("V(BR)DSS", "VDS"), Map.entry("VBR(DSS)", "VDS"), Map.entry("BVDSS", "VDS"),
			Map.entry("CD", "CT"), Map.entry("COB", "C"), Map.entry("COBO", "C"), Map.entry("CIBO", "C"),
			Map.entry("IDS", "ID"), Map.entry("RDS", "RDS_ON"), Map.entry("IFSM", "IF"), Map.entry("IFRM", "IF"), Map.entry("IFWM", "IF"),
			Map.entry("PDER", "PD_NORM"), Map.entry("IDER", "ID_NORM"),
			Map.entry("PC", "PD"), Map.entry("PF", "PD"), Map.entry("PAV", "PD"), Map.entry("PAR", "PD"),
			Map.entry("VCB", "VR"), Map.entry("VEB", "VR"), Map.entry("EAS", "E"), Map.entry("EAR", "E"));

	/** Words that name a quantity, tried in order (the more specific first). */
	private static final List<Map.Entry<Pattern, String>> WORDS = List.of(
			word("temperature\\s+coefficient", "other"),
			word("gate[- ]?(to[- ])?source\\s+threshold|threshold\\s+voltage", "VGS"),
			word("drain[- ]?(to[- ])?source\\s+on[- ]?(state\\s+)?resistance|on[- ]?(state\\s+)?resistance", "RDS_ON"),
			word("drain[- ]?(to[- ])?source\\s+(breakdown\\s+)?voltage|breakdown", "VDS"),
			word("gate[- ]?(to[- ])?source\\s+voltage", "VGS"),
			word("gate[- ]?(to[- ])?emitter\\s+voltage", "VGE"),
			word("source[- ]?(to[- ])?drain\\s+voltage|diode\\s+forward\\s+voltage|body\\s+diode", "VSD"),
			word("drain[- ]?(to[- ])?source\\s+current", "ID"),
			word("(reverse\\s+drain|source[- ]?(to[- ])?drain|source)\\s+current", "IS"),
			word("drain\\s+current", "ID"),
			word("collector[- ]?(to[- ])?emitter\\s+saturation|saturation\\s+voltage", "VCE_SAT"),
			word("base[- ]?(to[- ])?emitter\\s+saturation", "VBE_SAT"),
			word("base[- ]?(to[- ])?emitter\\s+on", "VBE_ON"),
			word("collector[- ]?(to[- ])?emitter\\s+voltage", "VCE"),
			word("base[- ]?(to[- ])?emitter\\s+voltage", "VBE"),
			word("collector\\s+current", "IC"), word("base\\s+current", "IB"),
			word("current\\s+gain", "HFE"), word("(transition|gain[- ]bandwidth)", "FT"),
			word("(forward\\s+)?surge\\s+current|forward\\s+current", "IF"), word("forward\\s+voltage", "VF"),
			word("(reverse|leakage)\\s+current", "IR"), word("reverse\\s+voltage", "VR"),
			word("(junction|total)\\s+capacitance", "CT"), word("capacitance", "C"),
			word("gate\\s+charge", "QG"), word("thermal\\s+impedance|transient\\s+thermal\\s+resistance|r\\s*\\(\\s*t\\s*\\)", "ZTH"),
			word("thermal\\s+resistance", "other"),
			word("power\\s+dissipation|power\\s+derating|power", "PD"), word("thermal\\s+response", "ZTH"), word("\\w*temperature", "T"),
			word("pulse\\s+(width|duration)|time", "t"), word("energy", "E"));

	private static Map.Entry<Pattern, String> word(String regex, String q) {
		return Map.entry(Pattern.compile("(?i)\\b(" + regex + ")"), q);
	}

	/** A lower-case r(t) is the thermal response relative to the steady-state thermal resistance. */
	private static final Pattern RELATIVE_R = Pattern.compile("(?<![A-Za-z])r(th)?\\s*\\(\\s*t\\s*\\)");

	/** Joins symbol letters set apart by their subscripts: "V G S = 10V" is "VGS = 10V", "T J" is "TJ". */
	static String compactSymbols(String text) {
		Matcher m = SPACED.matcher(text);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(b, Matcher.quoteReplacement(m.group().replace(" ", "")));
		}
		return m.appendTail(b).toString();
	}

	private static final Pattern SPACED = Pattern.compile("(?<![A-Za-z])[A-Za-z](?: [A-Za-z])+(?![A-Za-z])");

	static AxisTitle parse(String raw) {
		if (raw == null) {
			return UNKNOWN;
		}
		String text = compactSymbols(TitleUnits.sameGlyphs(raw.replace("^", "")).replace('˚', '°'));
		if (CONDITION.matcher(text).matches() || VERSUS.matcher(text).find() || PART_NUMBER.matcher(text).find()) {
			// "TJ = 175 °C" printed by the curves names no axis, nor do the parts a page covers ("BC546, B BC547, A,
			// B, C" over a plot, its letters read as a capacitance); "Forward Current - Amperes versus" over
			// "Forward Voltage - Volts" under a plot names its y axis, not the x axis it stands under
			return UNKNOWN;
		}
		String unitText = TitleUnits.bracketed(text);
		TitleUnits.Trailing trailing = unitText == null ? TitleUnits.trailing(text) : null;
		if (trailing != null) {
			// a prefixed unit whose brackets were lost: "IC, COLLECTOR CURRENT mA"
			unitText = trailing.unit();
			text = text.substring(0, trailing.start());
		}
		if (unitText == null && text.strip().length() > 2 && symbol(text) == null
				&& TitleUnits.unitOf(text.strip()) != null) {
			unitText = text.strip(); // a unit word printed alone where the title would be: "Inches" (not "C")
		}
		Quantities.Unit printed = unitText == null ? null : TitleUnits.unitOf(unitText);
		String q = symbol(text);
		Matcher ratio = RATIO.matcher(text);
		boolean relative = q == null && ratio.find() && known(ratio.group(1), false) != null;
		if (relative) {
			q = known(ratio.group(1), false); // "IR[Tj] / IR[Tj=25°C]": the quantity relative to its own value
		}
		if (q == null) {
			for (Map.Entry<Pattern, String> e : WORDS) {
				if (e.getKey().matcher(text).find()) {
					q = e.getValue();
					break;
				}
			}
		}
		if (q == null) {
			// a unit that only one quantity is measured in names it: "(pF)" over a capacitance axis
			q = printed != null && printed.dimension().equals("F") ? "C" : "other";
		}
		if (q.equals("HFE") && SMALL_SIGNAL.matcher(text).find()) {
			q = "other"; // |hfe|, the small-signal gain at a frequency: not the DC gain hFE
		}
		String squeezed = SQUEEZE.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
		if (q.equals("VBE_SAT") && (squeezed.contains("VCE(SAT)") || squeezed.contains("VCESAT"))) {
			q = "VCE_SAT"; // both saturation voltages on one axis: named by the collector-emitter one, as captions are
		}
		Matcher times = MULTIPLIER.matcher(text);
		double multiplier = 1;
		if (times.find()) {
			multiplier = Math.pow(10, (times.group(1).isEmpty() ? 1 : -1) * Integer.parseInt(times.group(2)));
		}
		String lower = text.toLowerCase(Locale.ROOT);
		// "Percent of Rated Peak Reverse Voltage - Volts": a share of the rating, whatever unit the title ends in
		boolean percent = "%".equals(unitText) || PERCENT_OF.matcher(lower).find();
		boolean normalised = lower.contains("normali") || NORM.matcher(lower).find() || percent || relative;
		double factor = 1;
		String unit = "";
		if (percent) {
			factor = 0.01;
		} else if (printed != null) {
			factor = printed.dimension().equals("degC") || printed.dimension().equals("K/W") ? 1 : printed.factor();
			unit = printed.dimension();
		} else {
			unit = DEFAULT_UNITS.getOrDefault(q, ""); // "Gate-source voltage VGS" without a unit is in volts
		}
		if (q.equals("HFE") && THOUSANDS.matcher(text).find()) {
			factor *= 1e3; // "hFE (K)", "hFE (x1000)": the gain printed in thousands
		}
		if (q.equals("ZTH") && (RELATIVE_R.matcher(text).find() || lower.contains("relative"))) {
			normalised = true; // r(t), a thermal impedance relative to its steady-state value
		}
		if (normalised && !q.equals("other") && !q.endsWith("_NORM")) {
			q = q + "_NORM";
			unit = "";
		}
		if (q.equals("T")) {
			unit = "degC";
		}
		return new AxisTitle(q, unit, factor * multiplier, printed != null || percent);
	}

	/** The first half of "Y versus X" set under a plot: it names the y axis. */
	private static final Pattern VERSUS = Pattern.compile("(?i)(v ?ersus|\\bvs\\.?)\\s*$");

	/**
	 * The y title a phrase set under a plot as the first half of "Y versus X" gives ("Peak Forward Surge Current -
	 * Amperes" of "Peak Forward Surge Current - Amperesversus"); null when the phrase does not end in "versus".
	 */
	static String beforeVersus(String phrase) {
		Matcher m = VERSUS.matcher(phrase);
		return m.find() && m.start() > 0 ? phrase.substring(0, m.start()).strip() : null;
	}

	/** A quantity over its own value elsewhere: "IR[Tj] / IR[Tj=25°C]", "ID(T) / ID(25°C)". */
	private static final Pattern RATIO = Pattern.compile("^\\s*([A-Za-z]{1,4})\\s*[\\[(][^/]*[\\])]\\s*/\\s*\\1\\s*[\\[(]");
	/** A small-signal current gain: "|hfe|", "SMALL-SIGNAL CURRENT GAIN", "high frequency current gain". */
	private static final Pattern SMALL_SIGNAL = Pattern
			.compile("(?i)small[\\s\\-\u2013\u2212]*signal|\\|\\s*h\\s*fe\\s*\\||high[\\s\\-]*frequency");
	/** A share of a rating: "Percent of Rated Peak Reverse Voltage", "% of rated current". */
	private static final Pattern PERCENT_OF = Pattern.compile("(?:\\bpercent|%)\\s*of\\b");
	/** The abbreviation of "normalized" in brackets: "VGS(th) (norm.)". */
	private static final Pattern NORM = Pattern.compile("[(\\[]\\s*norm\\.?\\s*[)\\]]");
	/** A gain printed in thousands: "(K)", "(x1000)", "(× 1k)". */
	private static final Pattern THOUSANDS = Pattern.compile("[(\\[]\\s*(?:[kK]|[xX×]\\s*1\\s*[kK]|[xX×]\\s*1000)\\s*[)\\]]");
	/** A printed multiplier: "(X 10^-4)", "(x10 - 4)": the printed values are to be multiplied by it. */
	private static final Pattern MULTIPLIER = Pattern
			.compile("[(\\[]\\s*[xX\u00d7]\\s*10\\s*([-_\u2212\u2013]?)\\s*(\\d{1,2})\\s*[)\\]]");

	/** Patterns of {@link #symbol} and {@link #parse}, compiled once: titles are parsed for every word near a frame. */
	private static final Pattern SQUEEZE = Pattern.compile("[\\s_]");
	private static final Pattern PARTS = Pattern.compile("[,;:]|(\\s|(?<=\\)))[-–—]\\s|\\s{2,}");
	private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d+(?=[A-Za-z])");
	/** A time: t, a pulse's tp or tw, an avalanche's tAV or tAR. */
	private static final Pattern TIME = Pattern.compile("t|t_?[pPwW]|t\\s?[pw]|t_?A[VR]");
	private static final Pattern TOKENS = Pattern.compile("[\\s,]+|-(?=[A-Za-z])");
	private static final Pattern LEADING_MINUS = Pattern.compile("^-");

	/** The printed symbol the title starts or ends with ("VDS, Drain-Source Voltage", "Drain Current, ID (A)"). */
	private static String symbol(String text) {
		String stripped = TitleUnits.withoutUnits(text);
		for (String printed : PARTS.split(stripped)) {
			String part = LEADING_NUMBER.matcher(printed).replaceFirst(""); // a tick number set against it: "4IFWM"
			if (TIME.matcher(part.strip()).matches()) {
				return "t"; // time is the lower-case t, temperature the upper-case T
			}
			String q = known(SQUEEZE.matcher(part).replaceAll(""), part.strip().length() <= 2);
			if (q != null) {
				return q;
			}
		}
		// a symbol among the words: "Drain Current ID", "handbook IF"; upper-case only ("is" is a word)
		for (String token : TOKENS.split(stripped)) {
			// "hFE", "fT": a symbol may start in lower case when capitals follow
			if (token.length() >= 2 && (Character.isUpperCase(token.charAt(0))
					|| token.chars().skip(1).anyMatch(Character::isUpperCase) && token.chars().allMatch(Character::isLetter)
							&& Quantities.unit(token) == null)) { // "pF" is a unit
				String q = known(token, false);
				if (q != null) {
					return q;
				}
			}
		}
		return null;
	}

	/** The quantity a printed symbol stands for; single letters (T, C, P) only when they stand alone. */
	private static String known(String symbol, boolean alone) {
		String signless = LEADING_MINUS.matcher(symbol.replace("−", "")).replaceFirst("");
		String compact = QUALIFIER.matcher(signless.toUpperCase(Locale.ROOT)).replaceFirst("");
		if (TEMPERATURE.matcher(compact).matches()) {
			return "T";
		}
		if (ENERGY.matcher(compact).matches()) {
			return "E";
		}
		if (compact.startsWith("ZTH") || compact.startsWith("RTH(T)")) {
			return compact.contains("/R") ? "ZTH_NORM" : "ZTH";
		}
		String q = SYMBOLS.get(compact);
		return q != null && (compact.length() > 1 || alone) ? q : null;
	}

}
