package org.espice.core.internal.parameters;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.espice.core.DeviceKind;

/**
 * Which spec name a printed symbol or parameter description stands for, per device family, with the vendor
 * variants seen in datasheets.
 */
public final class Vocabulary {

	private Vocabulary() {
	}

	/** Device families that share a vocabulary. */
	enum Family {
		DIODE, FET, BJT, IGBT, JFET
	}

	static Family family(DeviceKind kind) {
		if (kind.isDiode()) {
			return Family.DIODE;
		}
		if (kind.isMosfet()) {
			return Family.FET;
		}
		if (kind.isBjt()) {
			return Family.BJT;
		}
		if (kind == DeviceKind.IGBT) {
			return Family.IGBT;
		}
		if (kind.isJfet()) {
			return Family.JFET;
		}
		return null;
	}

	/** Most a base-emitter voltage (on or saturated) reads, Darlingtons' included, in volts. */
	private static final double MAX_BASE_EMITTER = 6;
	/** The least a device's blocking or gate voltage is rated for. */
	private static final double MIN_RATED_VOLTAGE = 1;
	/** The voltage ratings {@link #MIN_RATED_VOLTAGE} bounds. */
	private static final Set<String> RATED_VOLTAGES = Set.of("VGSS", "VDSS", "VCEO", "VCBO", "VEBO", "VRRM", "VCES");

	/** Symbols that name a rating only in a single-value rating row (VDS = 30 V), not a test condition. */
	private static final Map<String, String> ALL = new HashMap<>();
	private static final Map<Family, Map<String, String>> BY_FAMILY = new HashMap<>();
	private static final Map<Family, Map<String, String>> RATING_ONLY = new HashMap<>();

	private static void all(String name, String... symbols) {
		for (String s : symbols) {
			ALL.put(s, name);
		}
	}

	private static void fam(Family f, String name, String... symbols) {
		Map<String, String> m = BY_FAMILY.computeIfAbsent(f, k -> new HashMap<>());
		for (String s : symbols) {
			m.put(s, name);
		}
	}

	private static void rating(Family f, String name, String... symbols) {
		Map<String, String> m = RATING_ONLY.computeIfAbsent(f, k -> new HashMap<>());
		for (String s : symbols) {
			m.put(s, name);
		}
	}

	static {
		all("PD", "PD", "PTOT", "PTOTAL", "PDISS", "PDTOT", "PDMAX");
		all("RTH_JA", "RTHJA", "RQJA", "RTHJAPCB2", "RJA", "RTHJAMB", "RTHJAM", "RTHJAPCB", "RTHJA1", "RTHJAMAX");
		all("RTH_JC", "RTHJC", "RQJC", "RJC", "RTHJCASE", "RTHJMB", "RTHJCMAX", "RTHJC1");
		// MOSFETs print the junction as the channel: Rth(ch-c), Rth(ch-a)
		all("RTH_JA", "RTHCHA");
		all("RTH_JC", "RTHCHC");
		// Japanese sheets print the thermal resistance as a bare theta: θj-a, θj-c (θ becomes TH)
		all("RTH_JA", "THJA");
		all("RTH_JC", "THJC");

		fam(Family.DIODE, "VRRM", "VRRM", "VRRMMAX");
		fam(Family.DIODE, "VRRM?", "VRWM", "VRM", "VR", "VDC", "VRDC", "VZK");
		fam(Family.DIODE, "IF_AV", "IFAV", "IO", "IFAVM", "IOAV", "IAV");
		rating(Family.DIODE, "IF_AV", "IF");
		fam(Family.DIODE, "IFSM", "IFSM", "ISM", "IFSMMAX");
		fam(Family.DIODE, "VF", "VF", "VFM", "VFMAX");
		fam(Family.DIODE, "IR", "IR", "IRM", "IRMAX", "IRRM");
		fam(Family.DIODE, "CT", "CT", "CJ", "CTOT", "CD", "CJO", "CJ0", "CTYP", "CR");
		fam(Family.DIODE, "TRR", "TRR", "TRRMAX");
		fam(Family.DIODE, "VZ", "VZ", "VZNOM", "VZT", "VZMIN", "VZMAX");
		fam(Family.DIODE, "ZZ", "ZZ", "ZZT", "ZZK", "RZ", "RZJ", "ZZJ", "RZK");

		fam(Family.FET, "VDSS", "VDSS", "VBRDSS", "BVDSS", "VDS", "VDSMAX", "VDSSMIN");
		fam(Family.FET, "VGSS", "VGSS", "VGSMAX");
		rating(Family.FET, "VGSS", "VGS");
		// a ratings table names the blocking voltages by the two terminals alone: "Collector-Base VCB 40 Vdc"
		rating(Family.BJT, "VCBO", "VCB");
		rating(Family.BJT, "VEBO", "VEB");
		fam(Family.FET, "ID", "ID", "IDC", "IDCONT", "IDMAX");
		fam(Family.FET, "IDM", "IDM", "IDP", "IDPULSE", "IDPULS", "IDMAX_P", "IDPULSED", "IDSM");
		fam(Family.FET, "RDS_ON", "RDSON", "RDS", "RON", "RDSONMAX");
		fam(Family.FET, "VGS_TH", "VGSTH", "VTH", "VGSTO", "VGSTHR", "VTHGS", "VGSON");
		fam(Family.FET, "IDSS", "IDSS", "IDOFF");
		fam(Family.FET, "GFS", "GFS", "YFS", "GM", "GFE");
		fam(Family.FET, "CISS", "CISS", "CIS");
		fam(Family.FET, "COSS", "COSS", "COS");
		fam(Family.FET, "CRSS", "CRSS", "CRS");
		fam(Family.FET, "QG", "QG", "QGTOT", "QGTOTAL", "QGT");
		fam(Family.FET, "QGS", "QGS", "QGS1");
		fam(Family.FET, "QGD", "QGD");
		fam(Family.FET, "VSD", "VSD", "VF", "VFSD", "VDSF", "VSDF", "VSDMAX");
		fam(Family.FET, "TRR", "TRR");

		fam(Family.BJT, "VCEO", "VCEO", "VBRCEO", "BVCEO", "VCEOSUS", "VCEOMAX", "VCEOBR", "VCEX", "VCER");
		fam(Family.BJT, "VCBO", "VCBO", "VBRCBO", "BVCBO");
		fam(Family.BJT, "VEBO", "VEBO", "VBREBO", "BVEBO");
		fam(Family.BJT, "IC", "IC", "ICMAX", "ICDC");
		fam(Family.BJT, "HFE", "HFE", "HFEDC");
		fam(Family.BJT, "VCE_SAT", "VCESAT", "VCESAT1", "VCEON");
		fam(Family.BJT, "VBE_SAT", "VBESAT");
		fam(Family.BJT, "VBE_ON", "VBEON", "VBE");
		fam(Family.BJT, "ICBO", "ICBO");
		fam(Family.BJT, "FT", "FT", "FTMIN");
		fam(Family.BJT, "COBO", "COBO", "COB", "CCBO", "CCB", "CC", "COB0");
		fam(Family.BJT, "CIBO", "CIBO", "CIB", "CEBO", "CEB", "CE", "CIB0");
		fam(Family.BJT, "PD", "PC", "PCM");

		fam(Family.IGBT, "PD", "PC");
		fam(Family.IGBT, "VCES", "VCES", "VBRCES", "BVCES", "VCE");
		fam(Family.IGBT, "IC", "IC", "IC25", "IC100", "ICNOM");
		fam(Family.IGBT, "VGE_TH", "VGETH", "VGETO", "VTH", "VGEOFF");
		fam(Family.IGBT, "VCE_SAT", "VCESAT", "VCEON");
		fam(Family.IGBT, "CIES", "CIES", "CISS");
		fam(Family.IGBT, "COES", "COES", "COSS");
		fam(Family.IGBT, "CRES", "CRES", "CRSS");
		fam(Family.IGBT, "QG", "QG", "QGTOT");
		fam(Family.IGBT, "ICES", "ICES");
		fam(Family.IGBT, "VF", "VF", "VFM", "VEC", "VFD", "VECF", "VCEF", "VFEC");

		fam(Family.JFET, "V_BR_GSS", "VBRGSS", "BVGSS", "VGSSBR");
		fam(Family.JFET, "VGS_OFF", "VGSOFF", "VP", "VGSP", "VGSC");
		fam(Family.JFET, "IDSS", "IDSS");
		fam(Family.JFET, "RDS_ON", "RDSON", "RDS");
		fam(Family.JFET, "GFS", "GFS", "YFS", "GM", "GFSS", "Y21S");
		fam(Family.JFET, "CISS", "CISS", "CIS");
		fam(Family.JFET, "CRSS", "CRSS", "CRS");
	}

	/** Upper-case letters and digits only; theta becomes TH. */
	public static String normalise(String symbol) {
		StringBuilder b = new StringBuilder(symbol.length());
		for (int i = 0; i < symbol.length(); i++) {
			char c = symbol.charAt(i);
			if (c == 'θ' || c == 'Θ' || c == 'ϑ') {
				b.append("TH");
			} else if (c < 128 && Character.isLetterOrDigit(c)) {
				b.append(Character.toUpperCase(c));
			}
		}
		return b.toString();
	}

	/**
	 * The spec name of a printed symbol, or null.
	 *
	 * @param rating whether the row is a single-value rating row (VDS/VGS/IF as ratings)
	 */
	public static String nameOfSymbol(String printed, DeviceKind kind, boolean rating) {
		String n = normalise(printed);
		if (n.length() < 2 || n.length() > 12) {
			return null;
		}
		if (printed.startsWith("∆") || printed.startsWith("Δ")) {
			return null; // ∆VZ, ∆V(BR)DSS/∆TJ: a change or a temperature coefficient, not the quantity
		}
		if (printed.contains("hfe") || printed.contains("hie") || printed.contains("hoe") || printed.contains("hre")) {
			return null; // small-signal h-parameters, not the DC gain hFE
		}
		String name = lookup(n, kind, rating);
		if (name == null && n.length() > 2 && Character.isDigit(n.charAt(n.length() - 1))) {
			// footnote digits glued to the symbol
			String s = n.replaceAll("\\d+$", "");
			if (s.length() >= 2) {
				name = lookup(s, kind, rating);
			}
		}
		return name;
	}

	private static String lookup(String n, DeviceKind kind, boolean rating) {
		Family f = family(kind);
		if (f != null) {
			Map<String, String> m = BY_FAMILY.get(f);
			if (m.containsKey(n)) {
				return m.get(n);
			}
			if (rating && RATING_ONLY.containsKey(f) && RATING_ONLY.get(f).containsKey(n)) {
				return RATING_ONLY.get(f).get(n);
			}
		}
		return ALL.get(n);
	}

	/** Description phrases, checked in order, for rows whose symbol is missing or unknown. */
	private record Phrase(Family family, String name, List<String> all) {
	}

	private static final List<Phrase> PHRASES = List.of(
			new Phrase(null, "RTH_JA", List.of("thermal resistance", "ambient")),
			new Phrase(null, "RTH_JC", List.of("thermal resistance", "case")),
			new Phrase(null, "RTH_JC", List.of("thermal resistance", "mounting base")),
			new Phrase(null, "PD", List.of("power dissipation")),
			new Phrase(Family.DIODE, "IFSM", List.of("surge")),
			new Phrase(Family.DIODE, "VRRM", List.of("repetitive peak reverse voltage")),
			new Phrase(Family.DIODE, "VRRM", List.of("peak repetitive reverse voltage")),
			new Phrase(Family.DIODE, "VRRM", List.of("recurrent peak reverse voltage")),
			new Phrase(Family.DIODE, "IF_AV", List.of("average", "forward current")),
			new Phrase(Family.DIODE, "TRR", List.of("reverse recovery time")),
			new Phrase(Family.DIODE, "VF", List.of("forward voltage")),
			new Phrase(Family.DIODE, "IR", List.of("reverse current")),
			new Phrase(Family.DIODE, "IR", List.of("reverse leakage")),
			new Phrase(Family.DIODE, "CT", List.of("capacitance")),
			new Phrase(Family.FET, "VDSS", List.of("drain-source breakdown voltage")),
			new Phrase(Family.FET, "VGS_TH", List.of("gate threshold voltage")),
			new Phrase(Family.FET, "VGS_TH", List.of("threshold voltage")),
			new Phrase(Family.FET, "RDS_ON", List.of("on-state resistance")),
			new Phrase(Family.FET, "RDS_ON", List.of("on-resistance")),
			new Phrase(Family.FET, "RDS_ON", List.of("on resistance")),
			new Phrase(Family.FET, "IDSS", List.of("zero gate voltage drain current")),
			new Phrase(Family.FET, "GFS", List.of("transconductance")),
			new Phrase(Family.FET, "CISS", List.of("input capacitance")),
			new Phrase(Family.FET, "COSS", List.of("output capacitance")),
			new Phrase(Family.FET, "CRSS", List.of("reverse transfer capacitance")),
			new Phrase(Family.FET, "QG", List.of("total gate charge")),
			new Phrase(Family.FET, "QGS", List.of("gate-source charge")),
			new Phrase(Family.FET, "QGS", List.of("gate to source charge")),
			new Phrase(Family.FET, "QGD", List.of("gate-drain charge")),
			new Phrase(Family.FET, "QGD", List.of("gate to drain charge")),
			new Phrase(Family.FET, "VSD", List.of("diode forward voltage")),
			new Phrase(Family.FET, "TRR", List.of("reverse recovery time")),
			new Phrase(Family.BJT, "HFE", List.of("dc current gain")),
			new Phrase(Family.BJT, "VCE_SAT", List.of("collector-emitter saturation voltage")),
			new Phrase(Family.BJT, "VBE_SAT", List.of("base-emitter saturation voltage")),
			new Phrase(Family.BJT, "FT", List.of("transition frequency")),
			new Phrase(Family.BJT, "FT", List.of("gain bandwidth product")),
			new Phrase(Family.BJT, "FT", List.of("gain-bandwidth product")),
			new Phrase(Family.BJT, "COBO", List.of("output capacitance")),
			new Phrase(Family.BJT, "CIBO", List.of("input capacitance")),
			new Phrase(Family.IGBT, "VGE_TH", List.of("threshold voltage")),
			new Phrase(Family.IGBT, "VCE_SAT", List.of("saturation voltage")),
			new Phrase(Family.IGBT, "CIES", List.of("input capacitance")),
			new Phrase(Family.IGBT, "COES", List.of("output capacitance")),
			new Phrase(Family.IGBT, "CRES", List.of("reverse transfer capacitance")),
			new Phrase(Family.IGBT, "QG", List.of("total gate charge")),
			new Phrase(Family.IGBT, "ICES", List.of("zero gate voltage collector current")),
			new Phrase(Family.IGBT, "ICES", List.of("collector-to-emitter leakage")),
			new Phrase(Family.IGBT, "ICES", List.of("collector-emitter leakage")),
			new Phrase(Family.IGBT, "ICES", List.of("collector cut-off current")),
			new Phrase(Family.JFET, "VGS_OFF", List.of("cut-off voltage")),
			new Phrase(Family.JFET, "VGS_OFF", List.of("cutoff voltage")),
			new Phrase(Family.JFET, "V_BR_GSS", List.of("gate-source breakdown voltage")),
			new Phrase(Family.JFET, "GFS", List.of("transconductance")),
			new Phrase(Family.JFET, "CISS", List.of("input capacitance")),
			new Phrase(Family.JFET, "CRSS", List.of("reverse transfer capacitance")));

	private static final Pattern CASE_TO_SINK = Pattern.compile("case\\W*(to\\W*)?(heat\\W*)?sink");

	/** The spec name a parameter description stands for, or null. */
	public static String nameOfDescription(String text, DeviceKind kind) {
		String t = text.toLowerCase(Locale.ROOT).replace('–', '-').replace(" - ", "-").replace("- ", "-")
				.replace(" -", "-");
		Family f = family(kind);
		if (t.contains("effective") || t.contains("energy related") || t.contains("time related")) {
			return null; // Co(er), Co(tr): effective capacitances, not Coss
		}
		if (f == Family.DIODE && (t.contains("full-cycle") || t.contains("full cycle") || t.contains("full load")
				|| t.contains("non-repetitive peak reverse") || t.contains("nonrepetitive peak reverse"))) {
			return null; // VF(AV), IR(AV) averaged over a rectified cycle, VRSM: not the DC VF, IR or VRRM
		}
		if (CASE_TO_SINK.matcher(t).find()) {
			return null; // RθCS, Rthc-sink: the mounting interface, not junction to case
		}
		for (Phrase p : PHRASES) {
			if (p.family != null && p.family != f) {
				continue;
			}
			boolean ok = true;
			for (String w : p.all) {
				if (!t.contains(w)) {
					ok = false;
					break;
				}
			}
			if (ok) {
				return p.name;
			}
		}
		return null;
	}

	/** The SI dimension a spec name's values carry ("" for ratios such as hFE). */
	public static String dimension(String name) {
		return switch (name) {
		case "HFE" -> "";
		case "IF_AV", "IFSM", "IR", "ID", "IDM", "IDSS", "IC", "ICBO", "ICES" -> "A";
		case "CT", "CISS", "COSS", "CRSS", "COBO", "CIBO", "CIES", "COES", "CRES" -> "F";
		case "TRR" -> "s";
		case "ZZ", "RDS_ON" -> "Ohm";
		case "GFS" -> "S";
		case "QG", "QGS", "QGD" -> "C";
		case "FT" -> "Hz";
		case "PD" -> "W";
		case "RTH_JA", "RTH_JC" -> "K/W";
		default -> "V";
		};
	}

	/**
	 * Whether a value is within what discrete devices print for a name (rejects document numbers and misreads). A
	 * resistance, impedance or capacitance of zero is a figure lost in print ("0" where the family table prints 4).
	 */
	public static boolean plausible(String name, double v) {
		double a = Math.abs(v);
		String dimension = dimension(name.replace("?", ""));
		if (a == 0 && (dimension.equals("Ohm") || dimension.equals("F"))) {
			return false;
		}
		if (name.startsWith("VBE") && a > MAX_BASE_EMITTER) {
			return false; // a forward base-emitter junction, a Darlington's two in series too, holds a few volts
		}
		if (a < MIN_RATED_VOLTAGE && RATED_VOLTAGES.contains(name)) {
			return false; // no junction or gate is rated under a volt: another row's currents under its name
		}
		double max = switch (dimension) {
		case "V" -> 1e4;
		case "A" -> 1e4;
		case "W" -> 1e4;
		case "F" -> 1e-3;
		case "C" -> 1e-3;
		case "s" -> 1;
		case "Hz" -> 1e11;
		case "Ohm" -> 1e9;
		case "S" -> 1e4;
		case "K/W" -> 2000;
		default -> 1e6;
		};
		return a <= max;
	}

	/** Names whose single printed value is a limit and goes into max. */
	public static boolean isLimit(String name) {
		return switch (name) {
		case "VRRM", "IF_AV", "IFSM", "VDSS", "VGSS", "ID", "IDM", "VCEO", "VCBO", "VEBO", "IC", "VCES", "PD",
				"RTH_JA", "RTH_JC", "V_BR_GSS" -> true;
		default -> false;
		};
	}
}
