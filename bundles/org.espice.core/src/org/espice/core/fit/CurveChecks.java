package org.espice.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.Provenance;
import org.espice.core.TaskMonitor;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * The points of a datasheet's curves as values a model is simulated at, beside its table values: what
 * {@code espice verify} and the benchmarks measure a model against, ours or a vendor's. The curves the fits read are
 * sampled (found and checked as they are, {@link DeviceCurves}), a MOSFET's output curves past their knee among them,
 * and one kind no fit reads: a MOSFET's RDS(on) curves against ID and VGS, which check its channel and resistances at
 * the currents and gate voltages the tables leave out. Each point at its own bias and the curve's conditions: diode and body-diode forward voltage, a
 * diode's leakage, CT, Ciss/Coss/Crss, a MOSFET's gate voltage on its transfer curve, its on-resistance and saturation
 * current on its output curves, its on-resistance on its RDS(on) curves, its gate charge, a BJT's hFE, VCE(sat),
 * VBE(sat), VBE(on) and fT, an IGBT's on-state VCE and its gate voltage on its transfer curve, a zener's VZ along its
 * grade's curve, a JFET's drain current on the curves of the unit its datasheet draws.
 */
public final class CurveChecks {

	private CurveChecks() {
	}

	/** At most this many points of an fT curve: each is an AC analysis of the whole deck. */
	private static final int MAX_FT_POINTS = 8;

	/**
	 * The datasheet's curves the part's fits read, sampled as checks: every third point (index 3k+2) of each
	 * capacitance, leakage, gain (a BJT's hottest too, at its temperature), on-voltage, fT, zener and output curve (a
	 * MOSFET's in its ohmic part and past its knee) and of the room transfer curve's currents, 16 points of the room
	 * forward curve, and eight charges along the gate-charge curve's rises; each at the point's bias and the curve's
	 * conditions, its row marked as read off a curve on its page ({@link Provenance#curve(int)}). An IGBT's output and
	 * transfer curves only; a JFET's drawn unit only; empty for a kind without curve checks (GaN) or a part whose plots
	 * none of its fits use.
	 */
	public static List<Check> of(Device d, List<Plot> plots) {
		DeviceCurves usable = DeviceCurves.of(d, plots);
		DeviceKind kind = d.kind();
		List<Check> out = new ArrayList<>();
		boolean mosfet = kind == DeviceKind.MOSFET_N || kind == DeviceKind.MOSFET_P;
		if (kind == DeviceKind.IGBT) {
			igbtOutput(out, usable, plots);
			igbtTransfer(out, usable);
		} else if (kind.isDiode() || mosfet || kind.isBjt()) {
			capacitances(out, d, usable);
			forward(out, d, usable);
			if (kind.isDiode()) {
				leakage(out, d, usable);
			}
			if (kind == DeviceKind.ZENER) {
				zener(out, d, usable);
			}
			if (mosfet) {
				MosfetCurveChecks.add(out, d, usable);
			}
			if (kind.isBjt()) {
				bjt(out, d, usable);
			}
		} else if (kind.isJfet()) {
			jfet(out, d, usable);
		}
		return out;
	}

	/**
	 * A typical value read off a curve on {@code page}, measured by {@code probe} at the conditions given as name,
	 * value pairs (in that order).
	 */
	static void point(List<Check> out, String name, double value, String unit, int page, Probe probe,
			Object... conditions) {
		Map<String, Double> cond = new LinkedHashMap<>();
		for (int i = 0; i < conditions.length; i += 2) {
			cond.put((String) conditions[i], ((Number) conditions[i + 1]).doubleValue());
		}
		Parameter p = new Parameter(name, null, value, null, unit, cond, Provenance.curve(page));
		out.add(new Check(p, probe, Target.of(p)));
	}

	/** A diode's CT against VR and a MOSFET's Ciss, Coss and Crss against VDS, at 1 MHz, up to the part's rating. */
	private static void capacitances(List<Check> out, Device d, DeviceCurves usable) {
		double sign = d.kind() == DeviceKind.MOSFET_P ? -1 : 1;
		double blocking = blocking(d);
		add(out, usable.find(Plot.Kind.CT_VR, Set.of("VR")), "CT", "VR", 1, Probe.JUNCTION_CAPACITANCE, blocking);
		for (String q : new String[] { "CISS", "COSS", "CRSS" }) {
			add(out, usable.find(Plot.Kind.CAPACITANCE, Set.of("VDS"), q), q, "VDS", sign, Probe.valueOf(q), blocking);
		}
	}

	/** The room forward curve of a diode (VF) or a MOSFET's body diode (VSD) at its resampled currents. */
	private static void forward(List<Check> out, Device d, DeviceCurves usable) {
		boolean diode = d.kind().isDiode();
		ForwardCurves.Forward fwd = ForwardCurves.find(usable, diode ? Plot.Kind.IF_VF : Plot.Kind.BODY_DIODE);
		if (fwd == null) {
			return;
		}
		ForwardCurves.Curve c = fwd.room();
		double sign = d.kind() == DeviceKind.MOSFET_P ? -1 : 1;
		for (int i = 0; i < c.current().length; i++) {
			point(out, diode ? "VF" : "VSD", c.voltage()[i], "V", c.page(), Probe.FORWARD_VOLTAGE, diode ? "IF" : "IS",
					sign * c.current()[i]);
		}
	}

	/**
	 * Every third point of each leakage curve ({@link LeakageCurves}: in volts of the part, up to its rating) as IR at
	 * its VR and the curve's temperature.
	 */
	private static void leakage(List<Check> out, Device d, DeviceCurves usable) {
		for (LeakageCurves.Curve c : LeakageCurves.find(d, usable)) {
			for (int i = 2; i < c.vr().length; i += 3) {
				point(out, "IR", c.ir()[i], "A", c.page(), Probe.REVERSE_CURRENT, "VR", c.vr()[i], "T", c.t());
			}
		}
	}

	/**
	 * Every third point (index 3k+2 of its curve's read points) of the unit a JFET's datasheet draws
	 * ({@link JfetCurves}) as the drain current at its VGS and VDS ({@link Probe#DRAIN_CURRENT}), where the unit is the
	 * part's: its law keeps the part's table rows ({@link JfetUnitFit}).
	 */
	private static void jfet(List<Check> out, Device d, DeviceCurves usable) {
		JfetUnitFit.Result drawn;
		try {
			drawn = JfetUnitFit.of(d, usable, JfetFitter.checks(d), TaskMonitor.NONE);
		} catch (ProcessingException e) {
			return; // no VGS(off) or IDSS row: no model, nothing to check
		}
		if (drawn == null || drawn.broken() != null) {
			return; // a unit of another grade
		}
		double sign = d.kind() == DeviceKind.JFET_P ? -1 : 1;
		for (JfetCurves.Point q : drawn.unit().points()) {
			if (q.index() % 3 == 2) {
				point(out, "ID", q.id(), "A", q.page(), Probe.DRAIN_CURRENT, "VGS", sign * q.vgs(), "VDS",
						sign * q.vds());
			}
		}
	}

	/** Every third point of the zener's own VZ-IZ curve ({@link ZenerCurves}) as VZ at its IZ. */
	private static void zener(List<Check> out, Device d, DeviceCurves usable) {
		Parameter vz = ZenerFit.testRow(d);
		ZenerCurves.Curve c = vz == null ? null
				: ZenerCurves.find(usable, Target.of(vz).value(), ZenerFit.testCurrent(vz));
		for (int i = 2; c != null && i < c.iz().length; i += 3) {
			point(out, "VZ", c.vz()[i], "V", c.page(), Probe.ZENER_VOLTAGE, "IZ", c.iz()[i]);
		}
	}

	/** A BJT's gain (the room ones and the hottest), fT and on-voltage curves, at their VCE or forced gain. */
	private static void bjt(List<Check> out, Device d, DeviceCurves usable) {
		double s = d.kind() == DeviceKind.BJT_PNP ? -1 : 1;
		ModelCard scratch = new ModelCard(d.part(), d.kind(), "scratch", "NPN");
		for (HfeCurves.Gain g : HfeCurves.find(usable, Fits.rows(d, "HFE"), scratch)) {
			DeviceCurves.Curve c = g.curve();
			for (int i = 2; i < c.x().length; i += 3) {
				point(out, "HFE", c.y()[i], "", c.page(), Probe.HFE, "IC", s * c.x()[i], "VCE", s * g.vce());
			}
		}
		// the hottest gain curve, which XTB and TIKF1 are fitted to, at its temperature
		HfeCurves.Gain hot = HfeCurves.hottest(usable);
		for (int i = 2; hot != null && i < hot.curve().x().length; i += 3) {
			DeviceCurves.Curve c = hot.curve();
			point(out, "HFE", c.y()[i], "", c.page(), Probe.HFE, "IC", s * c.x()[i], "VCE", s * hot.vce(), "T",
					hot.t());
		}
		TransitCurves.Ft ft = TransitCurves.find(usable, Fits.row(d, "FT", "IC"), scratch);
		int n = ft == null ? 0 : ft.curve().x().length;
		int stride = 3 * Math.max(1, (int) Math.ceil(n / 3.0 / MAX_FT_POINTS));
		for (int i = 2; i < n; i += stride) {
			point(out, "FT", ft.curve().y()[i], "Hz", ft.curve().page(), Probe.FT, "IC", s * ft.curve().x()[i], "VCE",
					s * ft.vce());
		}
		List<Check> rows = new ArrayList<>();
		for (Probe probe : new Probe[] { Probe.VCE_SAT, Probe.VBE_SAT, Probe.VBE_ON }) {
			for (Parameter p : Fits.rows(d, probe.name(), "IC")) {
				rows.add(new Check(p, probe, Target.of(p)));
			}
		}
		for (SaturationCurves.Sat sat : SaturationCurves.find(usable, rows, scratch)) {
			DeviceCurves.Curve c = sat.curve();
			boolean on = sat.probe() == Probe.VBE_ON;
			for (int i = 2; i < c.x().length; i += 3) {
				point(out, sat.probe().name(), c.y()[i], "V", c.page(), sat.probe(), "IC", s * c.x()[i],
						on ? "VCE" : "IB", on ? s * sat.bias() : s * c.x()[i] / sat.bias());
			}
		}
	}

	/**
	 * An IGBT's output curves: every third read point (index 3k+2 of each series' distinct VCE) within the on-state
	 * part the fit takes ({@link IgbtCurves}), as VCE at their IC and VGE (quantity IGBT_VCE).
	 */
	/**
	 * Every third point (index 3k+2 of its distinct VGE) of an IGBT's room transfer curve where the device is on
	 * ({@link IgbtCurves#transfer}), as the gate voltage at its IC and VCE.
	 */
	private static void igbtTransfer(List<Check> out, DeviceCurves usable) {
		IgbtCurves.Transfer t = IgbtCurves.transfer(usable);
		for (int k = 0; t != null && k < t.ic().length; k++) {
			if (t.index()[k] % 3 == 2) {
				out.add(IgbtCurves.check(t.ic()[k], t.vge()[k], t.page(), t.vce(), Provenance.curve(t.page())));
			}
		}
	}

	private static void igbtOutput(List<Check> out, DeviceCurves usable, List<Plot> plots) {
		for (IgbtCurves.Output o : IgbtCurves.find(usable)) {
			double lo = o.curve().x()[0];
			double hi = o.curve().x()[o.curve().x().length - 1];
			Plot.Series s = plots.stream().filter(p -> p.page() == o.curve().page() && p.kind() == Plot.Kind.OUTPUT)
					.flatMap(p -> p.series().stream()).filter(x -> {
						Double v = x.conditions().get("VGE");
						Double t = x.conditions().get("T");
						return v != null && Math.abs(v) == o.vge() && (t == null || Math.abs(t - 25) <= 5);
					}).findFirst().orElse(null);
			if (s == null) {
				continue;
			}
			for (Plot.Point q : everyThird(s)) {
				double ic = Math.abs(q.y());
				if (ic >= lo && ic <= hi) {
					point(out, "IGBT_VCE", Math.abs(q.x()), "V", o.curve().page(), Probe.IGBT_VCE_SAT, "IC", ic, "VGE",
							o.vge());
				}
			}
		}
	}

	/** The read points of a curve with index 3k+2 among its distinct |x| ({@link DeviceCurves#distinctX}). */
	static List<Plot.Point> everyThird(Plot.Series s) {
		List<Plot.Point> distinct = DeviceCurves.distinctX(s);
		List<Plot.Point> out = new ArrayList<>();
		for (int k = 2; k < distinct.size(); k += 3) {
			out.add(distinct.get(k));
		}
		return out;
	}

	/**
	 * The voltage the part is rated to block (VRRM or VZ of a diode, VDSS), infinite where none is printed: a
	 * capacitance curve drawn for a family of parts runs on past the lower-rated ones' breakdown, where the part itself
	 * never goes (a 50 V rectifier's CT curve drawn to 100 V).
	 */
	static double blocking(Device d) {
		double v = Double.POSITIVE_INFINITY;
		for (String name : List.of("VRRM", "VZ", "VDSS")) {
			Parameter p = Fits.row(d, name);
			if (p != null && p.nominal() != null && Math.abs(p.nominal()) > 0) {
				v = Math.min(v, Math.abs(p.nominal()));
			}
		}
		return v;
	}

	/** Every third point of each curve at its voltage {@code key} (signed), at 1 MHz, up to {@code blocking}. */
	private static void add(List<Check> out, List<DeviceCurves.Curve> curves, String name, String key, double sign,
			Probe probe, double blocking) {
		for (DeviceCurves.Curve c : curves) {
			for (int i = 2; i < c.x().length; i += 3) {
				if (!(c.x()[i] <= 0 || c.x()[i] > blocking)) {
					point(out, name, c.y()[i], "F", c.page(), probe, key, sign * c.x()[i], "f", 1e6);
				}
			}
		}
	}
}
