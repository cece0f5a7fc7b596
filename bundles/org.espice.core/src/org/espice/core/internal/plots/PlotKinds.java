package org.espice.core.internal.plots;

import org.espice.core.Plot;

/** What a plot shows, told from the quantities (and scales) on its axes. */
final class PlotKinds {

	private PlotKinds() {
	}

	static Plot.Kind of(String x, String y, Plot.Scale xs, Plot.Scale ys) {
		String yb = y.replace("_NORM", "");
		boolean logLog = xs == Plot.Scale.LOG && ys == Plot.Scale.LOG;
		return switch (x) {
		case "VDS", "VCE" -> switch (yb) {
			case "ID", "IC" -> logLog ? Plot.Kind.SOA : Plot.Kind.OUTPUT;
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
}
