package org.espice.core.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.espice.core.simulate.DatasheetVerification;
import org.espice.core.simulate.ModelVerifier;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.simulate.VendorModel;
import org.espice.core.spice.FittedModel;

/**
 * Benchmark (not a unit test) over {@code shared/corpus/dev}: per device kind, the share of generated models that
 * load in ngspice, the share of datasheet points they reproduce, and for parts with a vendor model the median
 * deviation between our model and the vendor's at the datasheet's test conditions (leakage ceilings IR left out).
 * Then the figures of {@code espice verify} over every datasheet value of each part ({@link DatasheetTally}): our
 * median error per kind and quantity, the library model's on the same points, the share of parts where ours is
 * better, and the parameters left at defaults.
 *
 * <p>
 * Usage: {@code ModelReport [labels|extract]...} (default both). {@code labels} fits the hand-made labels
 * ({@code labels.json}) to measure the fitters alone; {@code extract} fits what {@link DatasheetReader} reads from
 * the PDFs.
 */
public final class ModelReport {

	private static final class Tally {
		int files;
		int fitted;
		int loaded;
		int points;
		int passed;
		final List<Double> vendorDeviation = new ArrayList<>();
		int vendorParts;
	}

	public static void main(String[] args) throws IOException, ProcessingException {
		Path shared = LabelDevices.shared().orElseThrow(() -> new IllegalStateException("shared corpus not found"));
		NgspiceRunner runner = NgspiceRunner.find().orElseThrow(() -> new IllegalStateException("ngspice not on PATH"));
		List<String> modes = args.length == 0 ? List.of("labels", "extract") : List.of(args);
		Path dev = shared.resolve("corpus/dev");
		Map<String, String[]> vendor = vendorModels(shared.resolve("corpus/models"));
		Map<String, String> manifestPart = new HashMap<>();
		List<String> manifest = Files.readAllLines(dev.resolve("manifest.csv"), StandardCharsets.UTF_8);
		for (String line : manifest.subList(1, manifest.size())) {
			String[] f = line.split(",");
			manifestPart.put(f[0], f[1]);
		}
		for (String mode : modes) {
			List<ExtractionResult> results = new ArrayList<>();
			if (mode.equals("labels")) {
				results.addAll(LabelDevices.load(dev.resolve("labels.json")));
			} else {
				DatasheetReader reader = new DatasheetReader();
				for (String file : new TreeMap<>(manifestPart).keySet()) {
					results.add(reader.read(dev.resolve(file), TaskMonitor.NONE));
				}
			}
			report(mode, results, manifestPart, vendor, runner);
		}
	}

	private static void report(String mode, List<ExtractionResult> results, Map<String, String> manifestPart,
			Map<String, String[]> vendor, NgspiceRunner runner) {
		Map<String, Tally> byKind = new TreeMap<>();
		DatasheetTally datasheet = new DatasheetTally();
		ModelVerifier verifier = new ModelVerifier(runner);
		System.out.println("=== mode: " + mode + " ===");
		for (ExtractionResult r : results) {
			String part = manifestPart.get(r.file());
			if (!r.ok() || r.devices().isEmpty()) {
				System.out.printf("%-28s not extracted: %s%n", r.file(), r.ok() ? "no device" : r.failure().message());
				byKind.computeIfAbsent("(not extracted)", k -> new Tally()).files++;
				continue;
			}
			// the manifest's part when present, else every device of the file
			List<Device> devices = r.devices().stream().filter(d -> d.part().equalsIgnoreCase(part)).toList();
			if (devices.isEmpty()) {
				devices = r.devices().size() == 1 ? r.devices() : List.of();
			}
			if (devices.isEmpty()) {
				System.out.printf("%-28s part %s not among the extracted devices%n", r.file(), part);
				byKind.computeIfAbsent("(part not found)", k -> new Tally()).files++;
				continue;
			}
			Device d = devices.get(0);
			Tally t = byKind.computeIfAbsent(d.kind().id(), k -> new Tally());
			t.files++;
			FittedModel m;
			try {
				m = new ModelBuilder().fit(d, r, TaskMonitor.NONE);
			} catch (ProcessingException e) {
				System.out.printf("%-28s not fitted (%s): %s%n", r.file(), e.category().id(), e.getMessage());
				continue;
			}
			t.fitted++;
			try {
				ModelVerifier.Verification v = verifier.verify(m);
				t.loaded += v.loaded() ? 1 : 0;
				t.points += v.points().size();
				t.passed += (int) v.passed();
				String line = String.format(Locale.ROOT, "%-28s %-10s load=%s points %d/%d", r.file(), d.kind().id(),
						v.loaded(), v.passed(), v.points().size());
				String[] vm = vendor.get(part);
				if (vm != null && v.loaded()) {
					ModelVerifier.Verification o = verifier.verifyOther(VendorModel.parse(vm[1], false), vm[0], m,
							List.of("set ngbehavior=ltpsa"));
					List<Double> devs = new ArrayList<>();
					for (int i = 0; i < v.points().size() && i < o.points().size(); i++) {
						double a = v.points().get(i).simulated();
						double b = o.points().get(i).simulated();
						// leakage rows are ceilings both models sit far below: their ratio says nothing
						boolean ceiling = v.points().get(i).name().equals("IR");
						if (!ceiling && Double.isFinite(a) && Double.isFinite(b) && b != 0) {
							devs.add(Math.abs(a / b - 1));
						}
					}
					if (!devs.isEmpty()) {
						t.vendorParts++;
						t.vendorDeviation.addAll(devs);
						line += String.format(Locale.ROOT, "  vendor %s: median dev %.1f %% over %d points", vm[0],
								100 * median(devs), devs.size());
					} else {
						line += "  vendor " + vm[0] + ": no comparable points " + o.errors().stream().limit(1).toList();
					}
				}
				System.out.println(line);
				System.out.println(datasheetPoints(datasheet, verifier, d, r.curves(), m, vm));
			} catch (ProcessingException e) {
				System.out.printf("%-28s verification failed: %s%n", r.file(), e.getMessage());
			}
		}
		System.out.printf("%n%-16s %5s %6s %8s %14s %18s%n", "kind", "files", "fitted", "load", "points ok",
				"vendor median dev");
		Tally all = new Tally();
		for (Map.Entry<String, Tally> e : byKind.entrySet()) {
			Tally t = e.getValue();
			print(e.getKey(), t);
			all.files += t.files;
			all.fitted += t.fitted;
			all.loaded += t.loaded;
			all.points += t.points;
			all.passed += t.passed;
			all.vendorParts += t.vendorParts;
			all.vendorDeviation.addAll(t.vendorDeviation);
		}
		print("ALL", all);
		datasheet.print();
		System.out.println();
	}

	/** Verifies our model, and the library's where there is one, at every datasheet value; a one-line summary. */
	private static String datasheetPoints(DatasheetTally tally, ModelVerifier verifier, Device d, List<Plot> plots,
			FittedModel m, String[] vm) throws ProcessingException {
		DatasheetVerification ours = verifier.verifyDatasheet(d, plots, m);
		DatasheetVerification lib = null;
		String libNote = "";
		if (vm != null) {
			lib = verifier.verifyDatasheetOther(VendorModel.parse(vm[1], false), vm[0], d, plots, m,
					List.of("set ngbehavior=ltpsa"));
			if (!lib.loaded()) {
				libNote = "  library " + vm[0] + " did not load: " + lib.errors().stream().limit(2).toList();
				lib = null;
			}
		}
		tally.add(d.kind().id(), ours, lib, m);
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-28s   datasheet points: ours %s", "",
				summary(ours)));
		if (lib != null) {
			b.append("; library ").append(vm[0]).append(' ').append(summary(lib));
		}
		return b.append(libNote).toString();
	}

	private static String summary(DatasheetVerification v) {
		StringBuilder b = new StringBuilder();
		for (DatasheetVerification.Quantity q : v.quantities()) {
			if (q.typical() > 0) {
				b.append(String.format(Locale.ROOT, " %s %.0f%%", q.name(), 100 * q.median()));
			}
		}
		b.append(String.format(Locale.ROOT, " (%d/%d ok, %d not simulated)", v.passed(), v.tablePoints().size(),
				v.skipped().size()));
		for (DatasheetVerification.Quantity q : v.quantities()) {
			if (q.curve() > 0) {
				b.append(String.format(Locale.ROOT, " curve %s %.0f%%", q.name(), 100 * q.curveMedian()));
			}
		}
		return b.toString();
	}

	private static void print(String kind, Tally t) {
		System.out.printf(Locale.ROOT, "%-16s %5d %6d %8s %14s %18s%n", kind, t.files, t.fitted,
				t.fitted == 0 ? "-" : String.format(Locale.ROOT, "%d/%d", t.loaded, t.fitted),
				t.points == 0 ? "-" : String.format(Locale.ROOT, "%d/%d %.0f%%", t.passed, t.points, 100.0 * t.passed / t.points),
				t.vendorDeviation.isEmpty() ? "-"
						: String.format(Locale.ROOT, "%.1f%% (%d parts)", 100 * median(t.vendorDeviation), t.vendorParts));
	}

	private static double median(List<Double> v) {
		List<Double> s = new ArrayList<>(v);
		s.sort(null);
		int n = s.size();
		return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
	}

	/** part -> {model name, model text} from SOURCES.csv. */
	private static Map<String, String[]> vendorModels(Path models) throws IOException {
		Map<String, String[]> out = new HashMap<>();
		Path sources = models.resolve("SOURCES.csv");
		if (!Files.isRegularFile(sources)) {
			return out;
		}
		List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			Path lib = models.resolve(f[0]);
			if (f.length > 3 && Files.isRegularFile(lib)) {
				out.put(f[1], new String[] { f[3], Files.readString(lib, StandardCharsets.ISO_8859_1) });
			}
		}
		return out;
	}
}
