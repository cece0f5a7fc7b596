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
import org.espice.core.ExtractionResult;
import org.espice.core.Plot;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.extract.DatasheetReader;
import org.espice.core.simulate.ModelVerifier;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.spice.Check;
import org.espice.core.spice.ModelCard;

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
 * whole curves (the points are {@link CurveChecks}'s, those {@code espice verify} simulates). Prints the median and
 * 90th percentile of the relative error per quantity.
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
			List<Check> held = CurveChecks.of(d, r.curves());
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
		// every quantity's points together, as the bar is set (median and 90th percentile held out)
		List<List<Double>> pooled = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		errors.values().forEach(q -> {
			for (int f = 0; f < FITS.length; f++) {
				pooled.get(f).addAll(q.get(f));
			}
		});
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-8s %7d ", "ALL", pooled.get(0).size()));
		for (List<Double> l : pooled) {
			b.append(String.format(Locale.ROOT, " %10.1f %% %8.1f %%   ", 100 * median(l), 100 * p90(l)));
		}
		System.out.println(b);
	}

	private static List<List<Double>> slot(Map<String, List<List<Double>>> m, String q) {
		return m.computeIfAbsent(q, k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
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
