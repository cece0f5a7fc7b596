package org.espice.core.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.Provenance;
import org.espice.core.TaskMonitor;
import org.espice.core.extract.DatasheetReader;
import org.espice.core.simulate.ModelVerifier;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;
import org.espice.core.spice.Probe;
import org.espice.core.spice.Target;

/**
 * Benchmark (not a unit test) over {@code shared/corpus/dev}: how closely the fitted models follow the datasheets'
 * capacitance curves (MOSFET Ciss/Coss/Crss against VDS, diode CT against VR), simulated in ngspice at every
 * third point read off each curve, and their forward curves at 25 degC (diode VF, body diode VSD) at 16 currents
 * evenly spread in ln I along the curve, and a BJT's hFE at every third point read off its gain curves at room
 * temperature and its on voltages (VCE(sat), VBE(sat) at the curve's IC/IB, VBE(on) at its VCE) at every third point
 * read off their curves, its fT at every third point of its fT curve, and a MOSFET's gate voltage at every third of the 12 currents of its room transfer curve (the
 * threshold test's circuit: the drain at the gate, in saturation), and an IGBT's VCE at every third point read off
 * the on-state part of its room output curves, at the point's IC and VGE. Three fits per part: from the tables alone (as
 * before curves were read), from the tables and the curves with those points held out, and from the tables and the
 * whole curves. Prints the
 * median and 90th percentile of the relative error per quantity.
 *
 * <p>
 * Usage: {@code CurveFollowReport [NAME...]} (after a build; the corpus is found as for {@link ModelReport}); with
 * names, only the datasheets whose file name contains one of them.
 */
public final class CurveFollowReport {

	private static final String[] FITS = { "tables only", "curves, held out", "curves, all" };

	private CurveFollowReport() {
	}

	public static void main(String[] args) throws IOException {
		Path shared = LabelDevices.shared().orElseThrow(() -> new IllegalStateException("shared corpus not found"));
		NgspiceRunner runner = NgspiceRunner.find().orElseThrow(() -> new IllegalStateException("ngspice not on PATH"));
		Path dev = shared.resolve("corpus/dev");
		Map<String, String> manifestPart = new TreeMap<>();
		List<String> manifest = Files.readAllLines(dev.resolve("manifest.csv"), StandardCharsets.UTF_8);
		for (String line : manifest.subList(1, manifest.size())) {
			String[] f = line.split(",");
			manifestPart.put(f[0], f[1]);
		}
		Map<String, List<List<Double>>> errors = new TreeMap<>();
		DatasheetReader reader = new DatasheetReader();
		ModelVerifier verifier = new ModelVerifier(runner);
		for (Map.Entry<String, String> e : manifestPart.entrySet()) {
			if (args.length > 0 && java.util.Arrays.stream(args).noneMatch(a -> e.getKey().contains(a))) {
				continue;
			}
			ExtractionResult r = reader.read(dev.resolve(e.getKey()), TaskMonitor.NONE);
			Device d = r.devices().stream().filter(x -> x.part().equalsIgnoreCase(e.getValue())).findFirst()
					.orElse(r.devices().size() == 1 ? r.devices().get(0) : null);
			if (d == null) {
				continue;
			}
			List<Check> held = heldOutChecks(d, r.curves());
			if (held.isEmpty()) {
				continue;
			}
			List<Plot> thinned = r.curves().stream().map(CurveFollowReport::thinned).toList();
			List<ExtractionResult> sources = List.of(r.withCurves(List.of()), r.withCurves(thinned), r);
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s %3d points", e.getKey(),
					held.size()));
			for (int f = 0; f < FITS.length; f++) {
				try {
					ModelCard card = (ModelCard) new ModelBuilder().fit(d, sources.get(f), TaskMonitor.NONE);
					// the held-out checks follow the card's own ones, before those of its inner models (an IGBT's)
					int first = card.checks().size()
							- card.subCards().stream().mapToInt(sub -> sub.checks().size()).sum();
					for (Check c : held) {
						card.check(c, 0);
					}
					ModelVerifier.Verification v = verifier.verify(card);
					List<Double> all = new ArrayList<>();
					Map<String, List<Double>> byQuantity = new TreeMap<>();
					for (int i = 0; i < held.size(); i++) {
						ModelVerifier.Point p = v.points().get(first + i);
						if (Double.isFinite(p.simulated())) {
							double err = Math.abs(p.simulated() / held.get(i).target().value() - 1);
							all.add(err);
							slot(errors, p.name()).get(f).add(err);
							byQuantity.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(err);
						}
					}
					line.append(String.format(Locale.ROOT, "  %s %.1f %%", FITS[f], 100 * median(all)));
					if (f == 1) { // where the held-out error lies, quantity by quantity
						byQuantity.forEach((q, l) -> line.append(String.format(Locale.ROOT, " [%s %.1f %%]", q,
								100 * median(l))));
					}
				} catch (ProcessingException ex) {
					line.append("  ").append(FITS[f]).append(": ").append(ex.getMessage());
				}
			}
			System.out.println(line);
		}
		System.out.printf(Locale.ROOT, "%n%-8s %7s  %-24s %-24s %-24s%n", "quantity", "points", FITS[0] + " med/p90",
				FITS[1] + " med/p90", FITS[2] + " med/p90");
		for (Map.Entry<String, List<List<Double>>> q : errors.entrySet()) {
			StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-8s %7d ", q.getKey(),
					q.getValue().get(0).size()));
			for (List<Double> l : q.getValue()) {
				b.append(String.format(Locale.ROOT, " %10.1f %% %8.1f %%   ", 100 * median(l), 100 * p90(l)));
			}
			System.out.println(b);
		}
	}

	private static List<List<Double>> slot(Map<String, List<List<Double>>> m, String q) {
		return m.computeIfAbsent(q, k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
	}

	/** The curve points with index 3k+2 of each capacitance series, as checks at their bias. */
	static List<Check> heldOutChecks(Device d, List<Plot> plots) {
		DeviceCurves usable = DeviceCurves.of(d, plots);
		double sign = d.kind() == DeviceKind.MOSFET_P ? -1 : 1;
		List<Check> out = new ArrayList<>();
		add(out, usable.find(Plot.Kind.CT_VR, java.util.Set.of("VR")), "CT", "VR", 1, Probe.JUNCTION_CAPACITANCE);
		for (String[] q : new String[][] { { "CISS", "CIES" }, { "COSS", "COES" }, { "CRSS", "CRES" } }) {
			Probe probe = Probe.valueOf(q[0]);
			boolean igbt = d.kind() == DeviceKind.IGBT;
			String key = igbt ? "VCE" : "VDS";
			add(out, usable.find(Plot.Kind.CAPACITANCE, java.util.Set.of(key), igbt ? q[1] : q[0]), q[0], key, sign,
					probe);
		}
		boolean diode = d.kind().isDiode();
		ForwardCurves.Forward fwd = ForwardCurves.find(usable, diode ? Plot.Kind.IF_VF : Plot.Kind.BODY_DIODE);
		if (fwd != null) {
			ForwardCurves.Curve c = fwd.room();
			String key = diode ? "IF" : "IS";
			for (int i = 0; i < c.current().length; i++) {
				Map<String, Double> cond = new java.util.LinkedHashMap<>();
				cond.put(key, (d.kind() == DeviceKind.MOSFET_P ? -1 : 1) * c.current()[i]);
				Parameter p = new Parameter(diode ? "VF" : "VSD", null, c.voltage()[i], null, "V", cond,
						Provenance.page(c.page(), "VF"));
				out.add(new Check(p, Probe.FORWARD_VOLTAGE, Target.of(p)));
			}
		}
		if (d.kind() == DeviceKind.MOSFET_N || d.kind() == DeviceKind.MOSFET_P) {
			TransferCurves.Curve t = TransferCurves.find(usable, ChannelFit.RATED_REACH * ChannelFit.ratedCurrent(d));
			for (int i = 2; t != null && i < t.current().length; i += 3) {
				// the gate voltage at the curve's current, in saturation as the threshold test holds the drain
				Map<String, Double> cond = new java.util.LinkedHashMap<>();
				cond.put("ID", sign * t.current()[i]);
				Parameter p = new Parameter("VGS", null, sign * t.vgs()[i], null, "V", cond,
						Provenance.page(t.page(), "VGS"));
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
					Map<String, Double> cond = new java.util.LinkedHashMap<>();
					cond.put("IC", s * c.x()[i]);
					cond.put("VCE", s * g.vce());
					Parameter p = new Parameter("HFE", null, c.y()[i], null, "", cond, Provenance.page(c.page(),
							"HFE"));
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
				Map<String, Double> cond = new java.util.LinkedHashMap<>();
				cond.put("IC", s * ft.curve().x()[i]);
				cond.put("VCE", s * ft.vce());
				Parameter p = new Parameter("FT", null, ft.curve().y()[i], null, "Hz", cond,
						Provenance.page(ft.curve().page(), "FT"));
				out.add(new Check(p, Probe.FT, Target.of(p)));
			}
			for (SaturationCurves.Sat sat : SaturationCurves.find(usable, rows, scratch)) {
				DeviceCurves.Curve c = sat.curve();
				for (int i = 2; i < c.x().length; i += 3) {
					Map<String, Double> cond = new java.util.LinkedHashMap<>();
					cond.put("IC", s * c.x()[i]);
					if (sat.probe() == Probe.VBE_ON) {
						cond.put("VCE", s * sat.bias());
					} else {
						cond.put("IB", s * c.x()[i] / sat.bias());
					}
					Parameter p = new Parameter(sat.probe().name(), null, c.y()[i], null, "V", cond,
							Provenance.page(c.page(), sat.probe().name()));
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
			Map<String, Double> cond = new java.util.LinkedHashMap<>();
			cond.put("VGS", sign * gate);
			cond.put("ID", sign * pl.id());
			cond.put("VDS", sign * pl.vds());
			Parameter row = new Parameter("QG", null, charge, null, "C", cond, Provenance.page(pl.page(), "QG"));
			out.add(new Check(row, Probe.GATE_CHARGE, Target.of(row)));
		}
	}

	/**
	 * An IGBT's output curves: the read points {@link #thinned} leaves out (index 3k+2 of each series' distinct VCE)
	 * within the on-state part the fit takes ({@link IgbtCurves}), as VCE at their IC and VGE (quantity IGBT_VCE).
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
					Map<String, Double> cond = new java.util.LinkedHashMap<>();
					cond.put("IC", ic);
					cond.put("VGE", o.vge());
					Parameter p = new Parameter("IGBT_VCE", null, Math.abs(q.x()), null, "V", cond,
							Provenance.page(o.curve().page(), "IGBT_VCE"));
					out.add(new Check(p, Probe.IGBT_VCE_SAT, Target.of(p)));
				}
			}
		}
		return out;
	}

	private static void add(List<Check> out, List<DeviceCurves.Curve> curves, String name, String key, double sign,
			Probe probe) {
		for (DeviceCurves.Curve c : curves) {
			for (int i = 2; i < c.x().length; i += 3) {
				if (c.x()[i] <= 0) {
					continue;
				}
				Map<String, Double> cond = new java.util.LinkedHashMap<>();
				cond.put(key, sign * c.x()[i]);
				cond.put("f", 1e6);
				Parameter p = new Parameter(name, null, c.y()[i], null, "F", cond, Provenance.page(c.page(), name));
				out.add(new Check(p, probe, Target.of(p)));
			}
		}
	}

	/**
	 * The plot with every third read point (index 3k+2 of the distinct |x|, as in {@link DeviceCurves}) left out. A
	 * gate-charge curve is used for its plateau's voltage only (its other points are all held out), and is often drawn
	 * as four corners, one of which thinning would drop: it is kept whole.
	 */
	static Plot thinned(Plot p) {
		if (p.kind() == Plot.Kind.GATE_CHARGE) {
			return p;
		}
		List<Plot.Series> series = new ArrayList<>();
		for (Plot.Series s : p.series()) {
			List<Plot.Point> kept = new ArrayList<>();
			List<Plot.Point> sorted = new ArrayList<>(s.points());
			sorted.sort((a, b) -> Double.compare(Math.abs(a.x()), Math.abs(b.x())));
			int distinct = 0;
			double last = Double.NEGATIVE_INFINITY;
			for (Plot.Point q : sorted) {
				if (Math.abs(q.x()) > last) {
					last = Math.abs(q.x());
					if (distinct++ % 3 != 2) {
						kept.add(q);
					}
				}
			}
			series.add(new Plot.Series(s.label(), s.conditions(), s.name(), kept, s.onY2()));
		}
		return new Plot(p.page(), p.bbox(), p.caption(), p.kind(), p.drawnAs(), p.x(), p.y(), p.y2(), series,
				p.parts(), p.reason(), p.warnings());
	}

	static double median(List<Double> v) {
		if (v.isEmpty()) {
			return Double.NaN;
		}
		List<Double> s = new ArrayList<>(v);
		Collections.sort(s);
		return s.get(s.size() / 2);
	}

	static double p90(List<Double> v) {
		if (v.isEmpty()) {
			return Double.NaN;
		}
		List<Double> s = new ArrayList<>(v);
		Collections.sort(s);
		return s.get(Math.min(s.size() - 1, (int) Math.ceil(0.9 * s.size()) - 1));
	}
}
