package org.espice.core.spice;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The unit of a SPICE model parameter, so a person reads {@code IS = 3.5 fA} and {@code CJO = 120 pF}; the model
 * file itself keeps SPICE's plain numbers. Names are the parameters of the D, VDMOS, NPN/PNP and NJF/PJF cards ESpice
 * writes; an inner card's parameter ({@code X_M.VTO}) has the unit of its name.
 */
public final class SpiceUnits {

	private static final Map<String, String> UNITS = new HashMap<>();

	static {
		unit("A", "IS", "IBV", "IKF", "ISR", "IBVL", "ISE", "ISC", "IKR", "ITF", "JTUN");
		unit("V", "VJ", "BV", "VTO", "VAF", "VAR", "VJE", "VJC", "VTF", "PB", "SUBSHIFT", "VP", "VGDK", "WGDK", "VDSK",
				"WDSK");
		unit("Ohm", "RS", "RD", "RG", "RB", "RE", "RC", "RBM", "RDS");
		unit("F", "CJO", "CGDMAX", "CGDMIN", "CGS", "CGCH", "CGDK", "CDSK", "CGD", "CJE", "CJC", "CJS");
		unit("s", "TT", "TF", "TR");
		unit("eV", "EG");
		unit("A/V²", "KP", "BETA");
		unit("1/V", "LAMBDA", "THETA");
		unit("V/K", "TCVTH", "TCV");
		unit("K/W", "RTHJC", "RTHJA");
		unit("1/K", "TRD1", "TRS1", "TRB", "TRE", "TRC", "TIKF1");
		unit("1/K²", "TRD2", "TRS2");
		unit("degC", "TNOM");
	}

	private SpiceUnits() {
	}

	private static void unit(String unit, String... names) {
		for (String n : names) {
			UNITS.put(n, unit);
		}
	}

	/** The unit of a parameter ({@code V}, {@code Ohm}, {@code F}, ...), or empty for a number without one. */
	public static String of(String parameter) {
		String name = parameter.substring(parameter.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
		return UNITS.getOrDefault(name, "");
	}
}
