package org.espice.core.internal.plots;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.espice.core.DeviceKind;
import org.espice.core.Plot;

/**
 * What a plot shows, told from the quantities (and scales) on its axes, and weighed against what its caption
 * names.
 */
final class PlotKinds {

	private PlotKinds() {
	}

	static Plot.Kind of(String x, String y, Plot.Scale xs, Plot.Scale ys) {
		String yb = y.replace("_NORM", "");
		boolean logLog = xs == Plot.Scale.LOG && ys == Plot.Scale.LOG;
		return switch (x) {
		case "VDS", "VCE" -> switch (yb) {
			case "ID", "IC" -> logLog ? Plot.Kind.SOA : Plot.Kind.OUTPUT;
			case "IS" -> Plot.Kind.BODY_DIODE; // a source current against the drain-source voltage
			case "C" -> Plot.Kind.CAPACITANCE;
			default -> Plot.Kind.OTHER;
			};
		case "VGS", "VGE" -> switch (yb) {
			case "ID", "IC" -> Plot.Kind.TRANSFER;
			case "RDS_ON" -> Plot.Kind.RDSON_VGS;
			case "C" -> Plot.Kind.CAPACITANCE;
			default -> Plot.Kind.OTHER;
			};
		case "ID" -> yb.equals("RDS_ON") ? Plot.Kind.RDSON_ID : yb.equals("t") ? Plot.Kind.SWITCHING : Plot.Kind.OTHER;
		case "T" -> switch (yb) {
			case "RDS_ON" -> Plot.Kind.RDSON_T;
			case "VGS", "VGE" -> Plot.Kind.VTH_T;
			case "VDS" -> Plot.Kind.BVDSS_T;
			case "IR" -> Plot.Kind.IR_T;
			case "IF", "ID", "IC" -> Plot.Kind.IF_DERATING;
			case "PD" -> Plot.Kind.PD_T;
			default -> Plot.Kind.OTHER;
			};
		case "QG" -> Plot.Kind.GATE_CHARGE;
		case "VSD" -> yb.equals("IS") || yb.equals("IF") ? Plot.Kind.BODY_DIODE : Plot.Kind.OTHER;
		case "IS" -> yb.equals("VSD") ? Plot.Kind.BODY_DIODE : Plot.Kind.OTHER;
		case "IC" -> switch (yb) {
			case "HFE" -> Plot.Kind.HFE_IC;
			case "VCE_SAT" -> Plot.Kind.VCESAT_IC;
			case "VBE_SAT" -> Plot.Kind.VBESAT_IC;
			case "VBE_ON", "VBE" -> Plot.Kind.VBEON_IC;
			case "FT" -> Plot.Kind.FT_IC;
			case "t", "E" -> Plot.Kind.SWITCHING;
			default -> Plot.Kind.OTHER;
			};
		case "VBE" -> yb.equals("IC") ? Plot.Kind.VBEON_IC : Plot.Kind.OTHER;
		case "VF" -> yb.equals("IF") ? Plot.Kind.IF_VF : Plot.Kind.OTHER;
		case "VR" -> switch (yb) {
			case "IR" -> Plot.Kind.IR_VR;
			case "CT" -> Plot.Kind.CT_VR;
			case "C" -> Plot.Kind.BJT_CAP;
			default -> Plot.Kind.OTHER;
			};
		case "VZ" -> yb.equals("IZ") ? Plot.Kind.ZENER_IV : Plot.Kind.OTHER;
		case "IZ" -> yb.equals("ZZ") ? Plot.Kind.ZZ_IZ : Plot.Kind.OTHER;
		case "t" -> yb.equals("ZTH") ? Plot.Kind.ZTH : Plot.Kind.OTHER;
		default -> Plot.Kind.OTHER;
		};
	}

	/** The quantities each kind has on its x and y axes (without {@code _NORM}). */
	private static final Map<Plot.Kind, List<Set<String>>> AXES = Map.ofEntries(
			axes(Plot.Kind.OUTPUT, Set.of("VDS", "VCE"), Set.of("ID", "IC")),
			axes(Plot.Kind.SOA, Set.of("VDS", "VCE"), Set.of("ID", "IC")),
			axes(Plot.Kind.TRANSFER, Set.of("VGS", "VGE"), Set.of("ID", "IC")),
			axes(Plot.Kind.RDSON_ID, Set.of("ID"), Set.of("RDS_ON")),
			axes(Plot.Kind.RDSON_VGS, Set.of("VGS"), Set.of("RDS_ON")),
			axes(Plot.Kind.RDSON_T, Set.of("T"), Set.of("RDS_ON")),
			axes(Plot.Kind.VTH_T, Set.of("T"), Set.of("VGS", "VGE")),
			axes(Plot.Kind.BVDSS_T, Set.of("T"), Set.of("VDS")),
			axes(Plot.Kind.CAPACITANCE, Set.of("VDS", "VCE", "VGS", "VR"), Set.of("C")),
			axes(Plot.Kind.BJT_CAP, Set.of("VR", "VCE", "VBE"), Set.of("C")),
			axes(Plot.Kind.CT_VR, Set.of("VR"), Set.of("CT", "C")),
			axes(Plot.Kind.GATE_CHARGE, Set.of("QG"), Set.of("VGS", "VGE", "VDS", "VCE")),
			axes(Plot.Kind.BODY_DIODE, Set.of("VSD", "VDS", "IS"), Set.of("IS", "IF", "VSD")),
			axes(Plot.Kind.HFE_IC, Set.of("IC"), Set.of("HFE")),
			axes(Plot.Kind.VCESAT_IC, Set.of("IC"), Set.of("VCE_SAT", "VCE")),
			axes(Plot.Kind.VBESAT_IC, Set.of("IC"), Set.of("VBE_SAT", "VBE")),
			axes(Plot.Kind.VBEON_IC, Set.of("IC", "VBE"), Set.of("VBE_ON", "VBE", "IC")),
			axes(Plot.Kind.FT_IC, Set.of("IC"), Set.of("FT")), axes(Plot.Kind.IF_VF, Set.of("VF"), Set.of("IF")),
			axes(Plot.Kind.IR_VR, Set.of("VR"), Set.of("IR")), axes(Plot.Kind.IR_T, Set.of("T"), Set.of("IR")),
			axes(Plot.Kind.ZENER_IV, Set.of("VZ"), Set.of("IZ")), axes(Plot.Kind.ZZ_IZ, Set.of("IZ"), Set.of("ZZ")),
			axes(Plot.Kind.IF_DERATING, Set.of("T"), Set.of("IF", "ID", "IC")),
			axes(Plot.Kind.PD_T, Set.of("T"), Set.of("PD")), axes(Plot.Kind.ZTH, Set.of("t"), Set.of("ZTH")),
			axes(Plot.Kind.SWITCHING, Set.of("IC", "ID", "IF", "T", "VGS", "VGE"), Set.of("t", "E")),
			axes(Plot.Kind.TRR, Set.of("IF", "T"), Set.of("t")));

	private static Map.Entry<Plot.Kind, List<Set<String>>> axes(Plot.Kind k, Set<String> x, Set<String> y) {
		return Map.entry(k, List.of(x, y));
	}

	/**
	 * The kind of a plot from its axes and from its caption. The caption tells when the axes do not, or tells
	 * apart kinds drawn on the same axes (an output characteristic on log-log axes is no SOA); it is not taken
	 * where the axes read name other quantities (a caption that belongs to the plot beside).
	 *
	 * @param named what the caption names: null for nothing, OTHER for a plot without a kind code
	 */
	static Plot.Kind decide(Plot.Kind byAxes, Plot.Kind named, String x, String y) {
		if (named == null || named == byAxes) {
			return byAxes;
		}
		if (named == Plot.Kind.OTHER) {
			return named;
		}
		int fitting = (fits(named, 0, x) ? 1 : 0) + (fits(named, 1, y) ? 1 : 0);
		return fitting == 2 || byAxes == Plot.Kind.OTHER && fitting == 1 ? named : byAxes;
	}

	/** The axis shows a quantity of this kind, or one not known. */
	private static boolean fits(Plot.Kind kind, int axis, String quantity) {
		String q = quantity == null ? "other" : quantity.replace("_NORM", "");
		List<Set<String>> a = AXES.get(kind);
		return q.equals("other") || a == null || a.get(axis).contains(q);
	}

	/**
	 * The quantity an axis of this kind shows when its title does not say, or null when the kind leaves it open:
	 * a derating plot's y axis is the forward current of a diode, the drain current of a MOSFET.
	 */
	static String expected(Plot.Kind kind, int axis, DeviceKind device) {
		boolean fet = device.isMosfet() || device.isJfet();
		boolean igbt = device == DeviceKind.IGBT;
		String[] xy = switch (kind) {
		case OUTPUT, SOA -> fet ? new String[] { "VDS", "ID" } : new String[] { "VCE", "IC" };
		case TRANSFER -> igbt ? new String[] { "VGE", "IC" } : fet ? new String[] { "VGS", "ID" } : null;
		case RDSON_ID -> new String[] { "ID", "RDS_ON" };
		case RDSON_VGS -> new String[] { "VGS", "RDS_ON" };
		case RDSON_T -> new String[] { "T", "RDS_ON" };
		case VTH_T -> new String[] { "T", igbt ? "VGE" : "VGS" };
		case BVDSS_T -> new String[] { "T", "VDS" };
		case CAPACITANCE -> new String[] { fet ? "VDS" : igbt ? "VCE" : null, "C" };
		case BJT_CAP -> new String[] { "VR", "C" };
		case CT_VR -> new String[] { "VR", "CT" };
		case GATE_CHARGE -> new String[] { "QG", igbt ? "VGE" : "VGS" };
		case BODY_DIODE -> new String[] { "VSD", "IS" };
		case HFE_IC -> new String[] { "IC", "HFE" };
		case VCESAT_IC -> new String[] { "IC", "VCE_SAT" };
		case VBESAT_IC -> new String[] { "IC", "VBE_SAT" };
		case VBEON_IC -> new String[] { "IC", "VBE_ON" };
		case FT_IC -> new String[] { "IC", "FT" };
		case IF_VF -> new String[] { "VF", "IF" };
		case IR_VR -> new String[] { "VR", "IR" };
		case IR_T -> new String[] { "T", "IR" };
		case ZENER_IV -> new String[] { "VZ", "IZ" };
		case ZZ_IZ -> new String[] { "IZ", "ZZ" };
		case IF_DERATING -> new String[] { "T", device.isDiode() ? "IF" : fet ? "ID" : "IC" };
		case PD_T -> new String[] { "T", "PD" };
		case ZTH -> new String[] { "t", null };
		case TRR -> new String[] { null, "t" };
		default -> null;
		};
		return xy == null ? null : xy[axis];
	}

	/** A caption naming which saturation voltage it plots. */
	private static final Pattern NAMED_SATURATION = Pattern
			.compile("(?i)(base|collector)[- ]?(to[- ])?emitter\\s+saturation|v\\s?[bc]\\s?e\\s?\\(?sat");

	/**
	 * A saturation voltage plot (captioned "Saturation Voltage" without saying which) whose curves are all
	 * labelled with the other saturation voltage, VBE(sat) where the collector-emitter one was taken, is that
	 * other plot.
	 */
	static Plot.Kind bySeries(Plot.Kind kind, List<String> names, String caption) {
		if (names.isEmpty() || kind != Plot.Kind.VCESAT_IC && kind != Plot.Kind.VBESAT_IC
				|| caption != null && NAMED_SATURATION.matcher(caption).find()) {
			return kind;
		}
		String other = kind == Plot.Kind.VCESAT_IC ? "VBE_SAT" : "VCE_SAT";
		return names.stream().allMatch(other::equals)
				? (kind == Plot.Kind.VCESAT_IC ? Plot.Kind.VBESAT_IC : Plot.Kind.VCESAT_IC)
				: kind;
	}

	/**
	 * A bipolar transistor's on voltages against IC on one generic voltage axis ("V, VOLTAGE (VOLTS)" of onsemi's
	 * "On Voltages"), its curves labelled VBE(sat), VBE(on) and VCE(sat): a saturation voltage plot, named by the
	 * collector-emitter curve where one is drawn (as a plot of both is, and as tables are), else by the base-emitter
	 * one; the axis stays a generic voltage, each curve naming its own. Any other plot keeps its kind.
	 */
	static Plot.Kind onVoltages(Plot.Kind kind, Plot.Axis x, Plot.Axis y, List<String> names) {
		if (kind != Plot.Kind.OTHER || !x.quantity().equals("IC") || !y.quantity().equals("other")
				|| !y.unit().equals("V")) {
			return kind;
		}
		return names.contains("VCE_SAT") ? Plot.Kind.VCESAT_IC
				: names.contains("VBE_SAT") ? Plot.Kind.VBESAT_IC : kind;
	}

	/**
	 * Kinds named by the device: a diode's junction capacitance, a bipolar transistor's Cob and Cib, the diode of
	 * an IGBT.
	 */
	static Plot.Kind forDevice(Plot.Kind kind, DeviceKind device) {
		if (kind == Plot.Kind.BODY_DIODE && !device.isMosfet() && device != DeviceKind.OTHER) {
			return Plot.Kind.IF_VF; // an IGBT's co-packed diode: no body diode
		}
		if (kind != Plot.Kind.CAPACITANCE && kind != Plot.Kind.BJT_CAP && kind != Plot.Kind.CT_VR) {
			return kind;
		}
		if (device.isDiode()) {
			return Plot.Kind.CT_VR;
		}
		if (device.isBjt()) {
			return Plot.Kind.BJT_CAP;
		}
		return device == DeviceKind.OTHER ? kind : Plot.Kind.CAPACITANCE;
	}
}
