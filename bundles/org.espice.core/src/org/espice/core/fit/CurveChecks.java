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
import org.espice.core.Provenance;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * The points of a datasheet's curves as values a model is simulated at, beside its table values: what
 * {@code espice verify} and the benchmarks measure a model against, ours or a vendor's. Only the curves the fits
 * read are sampled (found and checked as they are, {@link DeviceCurves}), each point at its own bias and the
 * curve's conditions: diode and body-diode forward voltage, CT, Ciss/Coss/Crss, a MOSFET's gate voltage on its
 * transfer curve and its gate charge, a BJT's hFE, VCE(sat), VBE(sat), VBE(on) and fT, an IGBT's on-state VCE.
 */
public final class CurveChecks {

	private CurveChecks() {
	}

	/**
	 * The datasheet's curves the part's fits read, sampled as checks: every third point (index 3k+2) of each
	 * capacitance, gain, on-voltage, fT and output curve and of the room transfer curve's currents, 16 points of the
	 * room forward curve, and eight charges along the gate-charge curve's rises; each at the point's bias and the
	 * curve's conditions, its row marked as read off a curve on its page ({@link Provenance#curve(int)}). Empty for a
	 * kind without curve checks (JFET) or a part whose plots none of its fits use.
	 */
	public static List<Check> of(Device d, List<Plot> plots) {
		DeviceCurves usable = DeviceCurves.of(d, plots);
		double sign = d.kind() == DeviceKind.MOSFET_P ? -1 : 1;
		List<Check> out = new ArrayList<>();
		double blocking = blocking(d);
		add(out, usable.find(Plot.Kind.CT_VR, Set.of("VR")), "CT", "VR", 1, Probe.JUNCTION_CAPACITANCE, blocking);
		for (String[] q : new String[][] { { "CISS", "CIES" }, { "COSS", "COES" }, { "CRSS", "CRES" } }) {
			Probe probe = Probe.valueOf(q[0]);
			boolean igbt = d.kind() == DeviceKind.IGBT;
			String key = igbt ? "VCE" : "VDS";
			add(out, usable.find(Plot.Kind.CAPACITANCE, Set.of(key), igbt ? q[1] : q[0]), q[0], key, sign,
					probe, blocking);
		}
		boolean diode = d.kind().isDiode();
		ForwardCurves.Forward fwd = ForwardCurves.find(usable, diode ? Plot.Kind.IF_VF : Plot.Kind.BODY_DIODE);
		if (fwd != null) {
			ForwardCurves.Curve c = fwd.room();
			String key = diode ? "IF" : "IS";
			for (int i = 0; i < c.current().length; i++) {
				Map<String, Double> cond = new LinkedHashMap<>();
				cond.put(key, (d.kind() == DeviceKind.MOSFET_P ? -1 : 1) * c.current()[i]);
				Parameter p = new Parameter(diode ? "VF" : "VSD", null, c.voltage()[i], null, "V", cond,
						Provenance.curve(c.page()));
				out.add(new Check(p, Probe.FORWARD_VOLTAGE, Target.of(p)));
			}
		}
		if (d.kind() == DeviceKind.MOSFET_N || d.kind() == DeviceKind.MOSFET_P) {
			TransferCurves.Curve t = TransferCurves.find(usable, ChannelFit.RATED_REACH * ChannelFit.ratedCurrent(d));
			for (int i = 2; t != null && i < t.current().length; i += 3) {
				// the gate voltage at the curve's current, in saturation as the threshold test holds the drain
				Map<String, Double> cond = new LinkedHashMap<>();
				cond.put("ID", sign * t.current()[i]);
				Parameter p = new Parameter("VGS", null, sign * t.vgs()[i], null, "V", cond,
						Provenance.curve(t.page()));
				out.add(new Check(p, Probe.VGS_TH, Target.of(p)));
			}
			gateCharge(out, d, usable, sign);
		}
		if (d.kind().isBjt()) {
			double s = d.kind() == DeviceKind.BJT_PNP ? -1 : 1;
			ModelCard scratch = new ModelCard(d.part(), d.kind(), "scratch", "NPN");
			for (HfeCurves.Gain g : HfeCurves.find(usable, Fits.rows(d, "HFE"), scratch)) {
				DeviceCurves.Curve c = g.curve();
				for (int i = 2; i < c.x().length; i += 3) {
					Map<String, Double> cond = new LinkedHashMap<>();
					cond.put("IC", s * c.x()[i]);
					cond.put("VCE", s * g.vce());
					Parameter p = new Parameter("HFE", null, c.y()[i], null, "", cond, Provenance.curve(c.page()));
					out.add(new Check(p, Probe.HFE, Target.of(p)));
				}
			}
			List<Check> rows = new ArrayList<>();
			for (Probe probe : new Probe[] { Probe.VCE_SAT, Probe.VBE_SAT, Probe.VBE_ON }) {
				for (Parameter p : Fits.rows(d, probe.name(), "IC")) {
					rows.add(new Check(p, probe, Target.of(p)));
				}
			}
			TransitCurves.Ft ft = TransitCurves.find(usable, Fits.row(d, "FT", "IC"), scratch);
			// every third read point, at most eight of them: each is an AC analysis of the whole deck
			int n = ft == null ? 0 : ft.curve().x().length;
			int stride = 3 * Math.max(1, (int) Math.ceil(n / 3.0 / 8));
			for (int i = 2; ft != null && i < n; i += stride) {
				Map<String, Double> cond = new LinkedHashMap<>();
				cond.put("IC", s * ft.curve().x()[i]);
				cond.put("VCE", s * ft.vce());
				Parameter p = new Parameter("FT", null, ft.curve().y()[i], null, "Hz", cond,
						Provenance.curve(ft.curve().page()));
				out.add(new Check(p, Probe.FT, Target.of(p)));
			}
			for (SaturationCurves.Sat sat : SaturationCurves.find(usable, rows, scratch)) {
				DeviceCurves.Curve c = sat.curve();
				for (int i = 2; i < c.x().length; i += 3) {
					Map<String, Double> cond = new LinkedHashMap<>();
					cond.put("IC", s * c.x()[i]);
					if (sat.probe() == Probe.VBE_ON) {
						cond.put("VCE", s * sat.bias());
					} else {
						cond.put("IB", s * c.x()[i] / sat.bias());
					}
					Parameter p = new Parameter(sat.probe().name(), null, c.y()[i], null, "V", cond,
							Provenance.curve(c.page()));
					out.add(new Check(p, sat.probe(), Target.of(p)));
				}
			}
		}
		if (d.kind() == DeviceKind.IGBT) {
			return igbtOutput(usable, plots);
		}
		return diode || d.kind() == DeviceKind.MOSFET_N || d.kind() == DeviceKind.MOSFET_P || d.kind().isBjt() ? out
				: List.of();
	}

	/**
	 * The gate-charge curve whose Miller plateau {@link GateChargeCurves} finds: the charge at the gate voltage of four
	 * points on each rise (up to 90 % of the plateau's start; from a tenth of the way past its end to the curve's top),
	 * in the verifier's gate-charge test at the plateau's current and supply (quantity QG). The fits use the curve for
	 * the plateau's voltage and, where the tables print no typical gate charge, for its corners' charges (QGS, QGD and
	 * QG at the last point, which is also the last sample here); the other samples lie between those corners.
	 */
	private static final int SAMPLES_PER_RISE = 4;

	private static void gateCharge(List<Check> out, Device d, DeviceCurves usable, double sign) {
		GateChargeCurves.Plateau pl = GateChargeCurves.find(usable, d);
		if (pl == null || !(pl.vds() > 0)) {
			return;
		}
		double[] q = pl.q();
		double[] v = pl.v();
		// four charges along each rise, read on the drawn line (a curve drawn as its corners is straight between
		// them): the first rise up to 90 % of the plateau's start, the last from a tenth of the way past its end
		List<Double> at = new ArrayList<>();
		for (int k = 1; k <= SAMPLES_PER_RISE; k++) {
			at.add(0.9 * pl.charge() * k / SAMPLES_PER_RISE);
		}
		for (int k = 0; k < SAMPLES_PER_RISE; k++) {
			at.add(pl.end() + (pl.topCharge() - pl.end()) * (0.1 + 0.9 * k / (SAMPLES_PER_RISE - 1)));
		}
		for (double charge : at) {
			double gate = DeviceCurves.linear(q, v, charge);
			if (!(charge > q[0]) || !(gate > 0)) {
				continue;
			}
			Map<String, Double> cond = new LinkedHashMap<>();
			cond.put("VGS", sign * gate);
			cond.put("ID", sign * pl.id());
			cond.put("VDS", sign * pl.vds());
			Parameter row = new Parameter("QG", null, charge, null, "C", cond, Provenance.curve(pl.page()));
			out.add(new Check(row, Probe.GATE_CHARGE, Target.of(row)));
		}
	}

	/**
	 * An IGBT's output curves: every third read point (index 3k+2 of each series' distinct VCE) within the on-state
	 * part the fit takes ({@link IgbtCurves}), as VCE at their IC and VGE (quantity IGBT_VCE).
	 */
	private static List<Check> igbtOutput(DeviceCurves usable, List<Plot> plots) {
		List<Check> out = new ArrayList<>();
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
			List<Plot.Point> sorted = new ArrayList<>(s.points());
			sorted.sort((a, b) -> Double.compare(Math.abs(a.x()), Math.abs(b.x())));
			int distinct = 0;
			double last = Double.NEGATIVE_INFINITY;
			for (Plot.Point q : sorted) {
				if (Math.abs(q.x()) <= last) {
					continue;
				}
				last = Math.abs(q.x());
				double ic = Math.abs(q.y());
				if (distinct++ % 3 == 2 && ic >= lo && ic <= hi) {
					Map<String, Double> cond = new LinkedHashMap<>();
					cond.put("IC", ic);
					cond.put("VGE", o.vge());
					Parameter p = new Parameter("IGBT_VCE", null, Math.abs(q.x()), null, "V", cond,
							Provenance.curve(o.curve().page()));
					out.add(new Check(p, Probe.IGBT_VCE_SAT, Target.of(p)));
				}
			}
		}
		return out;
	}

	/**
	 * The voltage the part is rated to block (VRRM or VZ of a diode, VDSS, VCES), infinite where none is printed: a
	 * capacitance curve drawn for a family of parts runs on past the lower-rated ones' breakdown, where the part itself
	 * never goes (a 50 V rectifier's CT curve drawn to 100 V).
	 */
	static double blocking(Device d) {
		double v = Double.POSITIVE_INFINITY;
		for (String name : List.of("VRRM", "VZ", "VDSS", "VCES")) {
			Parameter p = Fits.row(d, name);
			if (p != null && p.nominal() != null && Math.abs(p.nominal()) > 0) {
				v = Math.min(v, Math.abs(p.nominal()));
			}
		}
		return v;
	}

	private static void add(List<Check> out, List<DeviceCurves.Curve> curves, String name, String key, double sign,
			Probe probe, double blocking) {
		for (DeviceCurves.Curve c : curves) {
			for (int i = 2; i < c.x().length; i += 3) {
				if (c.x()[i] <= 0 || c.x()[i] > blocking) {
					continue;
				}
				Map<String, Double> cond = new LinkedHashMap<>();
				cond.put(key, sign * c.x()[i]);
				cond.put("f", 1e6);
				Parameter p = new Parameter(name, null, c.y()[i], null, "F", cond, Provenance.curve(c.page()));
				out.add(new Check(p, probe, Target.of(p)));
			}
		}
	}
}
