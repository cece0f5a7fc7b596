package org.espice.core.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.fit.CurveChecks;
import org.espice.core.spice.Check;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * Every datasheet value of a part as a point to simulate, not only the ones a model was fitted to: each value is
 * turned into a {@link Check} (how to measure it, at its own test conditions) or listed as not simulated, with the
 * reason. A value the model was fitted to keeps the fitter's own check and is marked fitted; the others are held
 * out.
 *
 * <p>The rules follow how the datasheet's test is specified: a quantity is simulated only when the conditions
 * that define it are printed (VF needs its IF, a gate charge its VGS, VDS and ID). Two readings of a datasheet's
 * conventions are applied: a leakage row without its voltage is measured at the rated blocking voltage ("at rated
 * VR"), and a row's alternative condition names (ISD or IDR for IS, VDD for VDS, VCC for VCE) count as the same
 * condition. Ratings (maximum voltages, currents, power, thermal resistance) are limits of use, not behaviour a
 * model reproduces.
 */
public final class DatasheetPoints {

	/**
	 * One datasheet value as planned.
	 *
	 * @param row    the datasheet value as extracted
	 * @param check  how it is measured, or null when it is not simulated
	 * @param fitted whether the model was fitted to it
	 * @param reason why it is not simulated (null when it is)
	 */
	public record Planned(Parameter row, Check check, boolean fitted, String reason) {
		public boolean simulated() {
			return check != null;
		}
	}

	private static final Set<String> RATINGS = Set.of("VRRM", "IF_AV", "IFSM", "PD", "RTH_JA", "RTH_JC", "VDSS",
			"VGSS", "ID", "IDM", "VCEO", "VCBO", "VEBO", "IC", "VCES", "V_BR_GSS", "TJ", "TSTG", "EAS", "IAR");
	private static final String SWITCHING = "a switching time needs the datasheet's test circuit and its waveform "
			+ "definitions; not simulated";

	/** Other names datasheets print for a condition (the test's supply for the device's voltage, and so on). */
	private static final Map<String, List<String>> ALTERNATIVES = Map.of("VDS", List.of("VDD"), "VCE", List.of("VCC"),
			"VCB", List.of("VCBO"), "VR", List.of("VRRM"));
	/** The names a body diode's test current is printed under besides IS. */
	private static final List<String> BODY_DIODE_CURRENT = List.of("ISD", "IDR", "IF");

	private DatasheetPoints() {
	}

	/**
	 * Plans every table value of the device, then the points of its curves that {@link CurveChecks} samples (never
	 * marked fitted: they are figures of their own, whatever curves the model was fitted to).
	 *
	 * @param plots the datasheet's plots; none for the table values only
	 * @param ours  gives the values the model was fitted to
	 */
	public static List<Planned> plan(Device d, List<Plot> plots, FittedModel ours) {
		List<Planned> out = new ArrayList<>(plan(d, ours));
		for (Check c : CurveChecks.of(d, plots)) {
			out.add(new Planned(c.parameter(), c, false, null));
		}
		return out;
	}

	/** Plans every table value of the device; {@code ours} gives the values the model was fitted to. */
	public static List<Planned> plan(Device d, FittedModel ours) {
		List<Check> fitted = ours == null ? List.of() : ours.checks();
		List<Planned> out = new ArrayList<>();
		for (Parameter p : d.parameters()) {
			Check f = fittedCheck(p, fitted);
			if (f != null) {
				out.add(new Planned(p, f, true, null));
				continue;
			}
			if (p.nominal() == null || !Double.isFinite(p.nominal())) {
				out.add(new Planned(p, null, false, "no value printed"));
				continue;
			}
			Object probe = probe(d, p);
			if (probe instanceof String reason) {
				out.add(new Planned(p, null, false, reason));
				continue;
			}
			Parameter row = completed(d, p);
			Target t = Target.of(row);
			out.add(t == null ? new Planned(p, null, false, "no value printed")
					: new Planned(p, new Check(row, (Probe) probe, t), false, null));
		}
		return out;
	}

	/** The fitter's check of a datasheet value: same name and values, its conditions included in the check's. */
	static Check fittedCheck(Parameter p, List<Check> fitted) {
		for (Check c : fitted) {
			Parameter q = c.parameter();
			if (q.name().equals(p.name()) && java.util.Objects.equals(q.min(), p.min())
					&& java.util.Objects.equals(q.typ(), p.typ()) && java.util.Objects.equals(q.max(), p.max())
					&& q.conditions().entrySet().containsAll(p.conditions().entrySet())) {
				return c;
			}
		}
		return null;
	}

	/** The probe for a value, or the reason it is not simulated. */
	static Object probe(Device d, Parameter p) {
		String n = p.name();
		if (RATINGS.contains(n)) {
			return "a rating (a limit of use), not behaviour the model reproduces";
		}
		if (n.equals("TRR") && d.kind().isDiode() && d.kind() != DeviceKind.SCHOTTKY) {
			return recovery(p);
		}
		if (n.equals("TRR") || n.startsWith("T_") || n.equals("TON") || n.equals("TOFF") || n.equals("TS")) {
			return SWITCHING;
		}
		DeviceKind k = d.kind();
		if (k.isDiode()) {
			return diode(d, p);
		}
		if (k.isMosfet() || k == DeviceKind.IGBT) {
			return mosGated(d, p);
		}
		if (k.isBjt()) {
			return bjt(p);
		}
		if (k.isJfet()) {
			return jfet(p);
		}
		return "no simulation for a device of kind " + k.id();
	}

	/**
	 * A rectifier's trr in the test that switches it from IF to IR ({@link RecoveryProbes}), at an IR of {@link
	 * Probe#RECOVERY_MIN_CURRENT} or more.
	 */
	private static Object recovery(Parameter p) {
		Object probe = needs(p, Probe.REVERSE_RECOVERY, "IF", "IR");
		if (probe instanceof Probe && Math.abs(p.condition("IR")) < Probe.RECOVERY_MIN_CURRENT) {
			return "a small-signal trr (IR under 0.1 A) ends where the test's load and the diode's capacitance let it, "
					+ "and the load is not read; not simulated";
		}
		return probe;
	}

	private static Object diode(Device d, Parameter p) {
		return switch (p.name()) {
		case "VF" -> needs(p, Probe.FORWARD_VOLTAGE, "IF");
		case "IR" -> has(p, "VR") || d.first("VRRM") != null ? Probe.REVERSE_CURRENT
				: "no VR printed and no VRRM rating to read 'at rated VR' from";
		case "CT" -> needs(p, Probe.JUNCTION_CAPACITANCE, "VR");
		case "VZ" -> needs(p, Probe.ZENER_VOLTAGE, "IZ");
		case "ZZ" -> needs(p, Probe.ZENER_IMPEDANCE, "IZ");
		default -> unknown(p);
		};
	}

	private static Object mosGated(Device d, Parameter p) {
		boolean igbt = d.kind() == DeviceKind.IGBT;
		String drain = igbt ? "VCE" : "VDS";
		return switch (p.name()) {
		case "RDS_ON" -> needs(p, Probe.RDS_ON, "VGS");
		case "VGS_TH" -> Probe.VGS_TH;
		case "VGE_TH" -> Probe.IGBT_VGE_TH;
		case "VCE_SAT" -> needs(p, Probe.IGBT_VCE_SAT, "IC", "VGE");
		case "CISS", "CIES" -> capacitance(p, Probe.CISS, igbt);
		case "COSS", "COES" -> capacitance(p, Probe.COSS, igbt);
		case "CRSS", "CRES" -> capacitance(p, Probe.CRSS, igbt);
		case "GFS" -> needs(p, Probe.TRANSCONDUCTANCE, drain, igbt ? "IC" : "ID");
		case "QG", "QGS", "QGD" -> gateCharge(p, igbt);
		case "VSD" -> p.condition("IS") != null || BODY_DIODE_CURRENT.stream().anyMatch(k -> p.condition(k) != null)
				? Probe.FORWARD_VOLTAGE
				: "no IS printed with it: the test condition that defines it is missing";
		case "VF" -> needs(p, Probe.FORWARD_VOLTAGE, "IF");
		case "IDSS", "ICES" -> has(p, drain) || d.first(igbt ? "VCES" : "VDSS") != null ? Probe.CUTOFF_CURRENT
				: "no " + drain + " printed and no rating to read 'at rated " + drain + "' from";
		case "IGSS", "IGES" -> "the model has no gate leakage path; not simulated";
		default -> unknown(p);
		};
	}

	/**
	 * A MOS-gated capacitance is measured with the device off: a row printed with a gate voltage or a drain
	 * (collector) current carries another test's conditions, and simulated at them it would measure nothing the
	 * datasheet gives.
	 */
	private static Object capacitance(Parameter p, Probe probe, boolean igbt) {
		Double gate = p.condition(igbt ? "VGE" : "VGS");
		Double current = p.condition(igbt ? "IC" : "ID");
		if ((gate != null && gate != 0) || (current != null && current != 0)) {
			return "printed with " + (gate != null && gate != 0 ? (igbt ? "VGE" : "VGS") + " = " + Target.fmt(gate)
					+ " V" : (igbt ? "IC" : "ID") + " = " + Target.fmt(current) + " A")
					+ ": another test's conditions, not those of a capacitance (measured with the device off)";
		}
		return probe;
	}

	private static Object gateCharge(Parameter p, boolean igbt) {
		Object o = needs(p, Probe.GATE_CHARGE, igbt ? "VGE" : "VGS", igbt ? "IC" : "ID", igbt ? "VCE" : "VDS");
		if (o instanceof String) {
			return o;
		}
		return switch (p.name()) {
		case "QGS" -> Probe.GATE_SOURCE_CHARGE;
		case "QGD" -> Probe.GATE_DRAIN_CHARGE;
		default -> Probe.GATE_CHARGE;
		};
	}

	private static Object bjt(Parameter p) {
		return switch (p.name()) {
		case "HFE" -> needs(p, Probe.HFE, "IC", "VCE");
		case "VCE_SAT" -> needs(p, Probe.VCE_SAT, "IC", "IB");
		case "VBE_SAT" -> needs(p, Probe.VBE_SAT, "IC", "IB");
		case "VBE_ON" -> needs(p, Probe.VBE_ON, "IC", "VCE");
		case "FT" -> needs(p, Probe.FT, "IC", "VCE");
		case "COBO" -> needs(p, Probe.COLLECTOR_BASE_CAPACITANCE, "VCB");
		case "CIBO" -> needs(p, Probe.EMITTER_BASE_CAPACITANCE, "VEB");
		case "ICBO" -> needs(p, Probe.CUTOFF_CURRENT, "VCB");
		default -> unknown(p);
		};
	}

	private static Object jfet(Parameter p) {
		return switch (p.name()) {
		case "IDSS" -> needs(p, Probe.JFET_IDSS, "VDS");
		case "VGS_OFF" -> needs(p, Probe.JFET_VGS_OFF, "VDS");
		case "RDS_ON" -> Probe.RDS_ON;
		case "CISS" -> Probe.CISS;
		case "CRSS" -> Probe.CRSS;
		case "GFS" -> needs(p, Probe.TRANSCONDUCTANCE, "VDS");
		default -> unknown(p);
		};
	}

	private static String unknown(Parameter p) {
		return "no simulation defined for " + p.name();
	}

	/** The probe when every named condition (or an alternative name of it) is printed, else the reason. */
	private static Object needs(Parameter p, Probe probe, String... keys) {
		for (String k : keys) {
			if (!has(p, k)) {
				return "no " + k + " printed with it: the test condition that defines it is missing";
			}
		}
		return probe;
	}

	private static boolean has(Parameter p, String key) {
		if (p.condition(key) != null) {
			return true;
		}
		for (String alt : ALTERNATIVES.getOrDefault(key, List.of())) {
			if (p.condition(alt) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The value with its conditions under the names the deck reads: an alternative name copied to the standard one,
	 * and a leakage row without its voltage given the rated voltage.
	 */
	static Parameter completed(Device d, Parameter p) {
		Map<String, Double> c = new LinkedHashMap<>(p.conditions());
		ALTERNATIVES.forEach((key, alts) -> {
			if (!c.containsKey(key)) {
				alts.stream().filter(c::containsKey).findFirst().ifPresent(a -> c.put(key, c.get(a)));
			}
		});
		if (p.name().equals("VSD") && !c.containsKey("IS")) {
			BODY_DIODE_CURRENT.stream().filter(c::containsKey).findFirst().ifPresent(a -> c.put("IS", c.get(a)));
		}
		rated(d, p, c, "IR", "VR", "VRRM");
		rated(d, p, c, "IDSS", "VDS", "VDSS");
		rated(d, p, c, "ICES", "VCE", "VCES");
		return c.equals(p.conditions()) ? p
				: new Parameter(p.name(), p.min(), p.typ(), p.max(), p.unit(), c, p.source());
	}

	private static void rated(Device d, Parameter p, Map<String, Double> c, String name, String key, String rating) {
		if (p.name().equals(name) && !c.containsKey(key) && !(d.kind().isJfet())) {
			Parameter r = d.first(rating);
			if (r != null && r.nominal() != null) {
				c.put(key, Math.abs(r.nominal()));
			}
		}
	}
}
