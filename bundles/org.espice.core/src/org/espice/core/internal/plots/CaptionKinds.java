package org.espice.core.internal.plots;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.DeviceKind;
import org.espice.core.Plot;

/**
 * What a plot shows, told from its caption: "Safe Operating Area" is a SOA, "Switching Loss vs. Collector Current"
 * a switching plot, "Capacitance" the capacitances of a MOSFET, the junction capacitance of a diode or the
 * input and output capacitances of a transistor. A caption set as symbols, "ID – VDS", names the y quantity
 * against the x quantity.
 */
final class CaptionKinds {

	private CaptionKinds() {
	}

	/** "ID – VDS", "hFE — IC", "VCE(sat) - IC": a quantity against another, as symbols. */
	private static final Pattern SYMBOLS = Pattern.compile("(\\S+(?:\\s*\\(\\w+\\))?(?:,\\s*\\S+)*)\\s+[-–—]\\s+(\\S+)");
	/** Switching times printed as their symbols: ton, toff, tstg, tf, tr, td(on). */
	private static final Pattern TIMES = Pattern.compile("(?i)t(on|off|stg|s|f|r|d|d\\(on\\)|d\\(off\\))\\b.*");

	/** Plots that have no kind code although their words look like one (an avalanche SOA, a waveform). */
	private static final Pattern NO_KIND = Pattern.compile("waveform|avalanche|noise|admittance|conductance|"
			+ "temperature coefficient|stored energy|h[- ]?param|surge|high frequency current gain|"
			+ "saturation region|cut-?off (region|current)");

	/** Words naming a kind, tried in order: the more specific first. */
	private static final List<Map.Entry<Pattern, BiFunction<String, DeviceKind, Plot.Kind>>> WORDS = List.of(
			rule("safe operat|\\bsoa\\b|\\baso\\b|area of safe", (t, d) -> Plot.Kind.SOA),
			rule("thermal (impedance|response)|transient thermal|\\bz\\s*(th|θ)|\\brth\\b", (t, d) -> Plot.Kind.ZTH),
			rule("gate[- ]?charge|dynamic input", (t, d) -> Plot.Kind.GATE_CHARGE),
			rule("body[- ]?diode|source[- ](to[- ])?drain (diode|voltage)|reverse diode|source \\(diode forward\\)",
					(t, d) -> d.isMosfet() ? Plot.Kind.BODY_DIODE : null),
			rule("capacitance", (t, d) -> capacitance(d)),
			rule("power dissipation", (t, d) -> Plot.Kind.PD_T),
			rule("switching (loss|energ)|energy loss", (t, d) -> Plot.Kind.SWITCHING),
			rule("switching (time|characteristic)|turn[- ]?(on|off)|rise time|fall time|storage time|delay time",
					(t, d) -> Plot.Kind.SWITCHING),
			rule("reverse recovery time", (t, d) -> Plot.Kind.TRR),
			rule("(output|on[- ]region|static|saturation|saturation voltage) characteri|common drain[- ]source",
					(t, d) -> Plot.Kind.OUTPUT),
			rule("transfer characteristic|sub-?threshold drain current", (t, d) -> Plot.Kind.TRANSFER),
			rule("on[- ]?(state )?resistance|drain[- ](to[- ])?source resistance|drain resistance",
					(t, d) -> onResistance(t)),
			rule("threshold|cut-?off voltage", (t, d) -> Plot.Kind.VTH_T),
			rule("breakdown|v\\(br\\)dss|bvdss", (t, d) -> Plot.Kind.BVDSS_T),
			rule("bandwidth|gandwidth|transition frequency|cut-?off frequency", (t, d) -> Plot.Kind.FT_IC),
			rule("current gain|\\bhfe\\b|dc gain", (t, d) -> Plot.Kind.HFE_IC),
			rule("collector[- ]?(to[- ])?emitter saturation|base[- ]?(to[- ])?emitter saturation|saturation voltage",
					CaptionKinds::saturation),
			rule("base[- ]?(to[- ])?emitter (on )?voltage", (t, d) -> d.isBjt() ? Plot.Kind.VBEON_IC : null),
			rule("reverse (leakage )?(current|characteristic)", (t, d) -> Plot.Kind.IR_VR),
			rule("power (temperature )?derating|derating curves", (t, d) -> Plot.Kind.PD_T),
			rule("current derating|derating curve|current (vs\\.?|versus|as a function of) .*temperature",
					(t, d) -> Plot.Kind.IF_DERATING),
			rule("forward (voltage|characteristic|current (vs\\.?|versus|as a function of) forward voltage)",
					(t, d) -> d.isMosfet() ? null : Plot.Kind.IF_VF),
			rule("zener (voltage|current)", (t, d) -> Plot.Kind.ZENER_IV),
			rule("zener impedance|dynamic impedance", (t, d) -> Plot.Kind.ZZ_IZ));

	private static Map.Entry<Pattern, BiFunction<String, DeviceKind, Plot.Kind>> rule(String regex,
			BiFunction<String, DeviceKind, Plot.Kind> kind) {
		return Map.entry(Pattern.compile(regex), kind);
	}

	/**
	 * The kind a caption names for a plot of this device: OTHER when it names a plot without a kind code (an
	 * avalanche SOA, noise, a waveform), null when it names no kind.
	 */
	static Plot.Kind of(String caption, DeviceKind device) {
		if (caption == null) {
			return null;
		}
		String title = Plot.title(caption);
		Plot.Kind bySymbols = symbols(title);
		if (bySymbols != null) {
			return bySymbols;
		}
		String t = title.toLowerCase(Locale.ROOT).replaceAll("[–—−‐]", "-").replaceAll("[“”]", "\"")
				.replaceAll("\\s+", " ").replaceAll(" ?- ?", "-");
		if (NO_KIND.matcher(t).find()) {
			return Plot.Kind.OTHER;
		}
		for (Map.Entry<Pattern, BiFunction<String, DeviceKind, Plot.Kind>> e : WORDS) {
			if (e.getKey().matcher(t).find()) {
				Plot.Kind k = e.getValue().apply(t, device);
				return k == null ? null : restricted(k, t);
			}
		}
		return null;
	}

	/**
	 * The y quantity as the caption names it more closely than the axis title: "Saturation Voltage vs. Case
	 * Temperature" over an axis titled VCE is VCE(sat); "Base-Emitter On Voltage" over VBE is VBE(on).
	 */
	static String refined(String quantity, String caption) {
		if (caption == null) {
			return quantity;
		}
		String t = caption.toLowerCase(Locale.ROOT).replaceAll("[–—−‐]", "-");
		return switch (quantity) {
		case "VCE" -> t.contains("saturation voltage") && !t.matches(".*base[- ]?(to[- ])?emitter saturation.*")
				? "VCE_SAT" : quantity;
		case "VBE" -> t.matches(".*base[- ]?(to[- ])?emitter saturation.*") ? "VBE_SAT"
				: t.matches(".*base[- ]?(to[- ])?emitter on[- ]voltage.*") ? "VBE_ON" : quantity;
		default -> quantity;
		};
	}

	/** What a switching plot's y axis shows: energies where its caption speaks of losses, else times. */
	static String switchingQuantity(String caption) {
		String t = caption == null ? "" : caption.toLowerCase(Locale.ROOT);
		return t.contains("loss") || t.contains("energ") ? "E" : "t";
	}

	/** A kind the words name only as long as nothing else in the caption contradicts it. */
	private static Plot.Kind restricted(Plot.Kind k, String t) {
		boolean againstTemperature = t.contains("temperature") || t.contains("temp.");
		return switch (k) {
		case PD_T -> t.matches(".*\\b(current|time|pulse|width|duration)\\b.*") ? null : k;
		case IR_VR -> againstTemperature ? Plot.Kind.IR_T : k;
		default -> k;
		};
	}

	/** "Collector-emitter saturation voltage" against collector current; not against temperature or gate voltage. */
	private static Plot.Kind saturation(String t, DeviceKind device) {
		if (!device.isBjt() || t.contains("temperature") || t.contains("gate") || t.contains("vge")) {
			return null;
		}
		boolean ce = t.matches(".*collector[- ]?(to[- ])?emitter saturation.*");
		boolean be = t.matches(".*base[- ]?(to[- ])?emitter saturation.*");
		if (ce && be) {
			return Plot.Kind.VCESAT_IC; // both on one plot: named by the collector-emitter curve, as tables are
		}
		return be ? Plot.Kind.VBESAT_IC : Plot.Kind.VCESAT_IC;
	}

	private static Plot.Kind capacitance(DeviceKind d) {
		if (d.isDiode()) {
			return Plot.Kind.CT_VR;
		}
		return d.isBjt() ? Plot.Kind.BJT_CAP : Plot.Kind.CAPACITANCE;
	}

	/** On-resistance against drain current, temperature or gate voltage, as the caption says. */
	private static Plot.Kind onResistance(String t) {
		if (t.contains("drain current") || t.contains("static")) { // the static on-resistance is drawn against ID
			return Plot.Kind.RDSON_ID;
		}
		if (t.contains("temperature") || t.contains("temp.")) {
			return Plot.Kind.RDSON_T;
		}
		return t.contains("gate") || t.contains("bias voltage") ? Plot.Kind.RDSON_VGS : null;
	}

	/** "ID – VDS": the kind of plot of the first symbol against the second. */
	private static Plot.Kind symbols(String title) {
		Matcher m = SYMBOLS.matcher(title);
		if (!m.matches()) {
			return null;
		}
		String y = TIMES.matcher(m.group(1)).matches() ? "t" : AxisTitle.parse(m.group(1)).quantity();
		String x = AxisTitle.parse(m.group(2)).quantity();
		if (x.equals("other") || y.equals("other")) {
			return null;
		}
		Plot.Kind k = PlotKinds.of(x, y, Plot.Scale.LINEAR, Plot.Scale.LINEAR);
		return k == Plot.Kind.OTHER ? null : k;
	}
}
