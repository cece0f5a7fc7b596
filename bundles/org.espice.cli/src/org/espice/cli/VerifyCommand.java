package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.extract.DatasheetReader;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.simulate.DatasheetVerification;
import org.espice.core.simulate.ModelVerifier;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.simulate.VendorModel;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.SpiceText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code espice verify FILE|DIR... [--against LIB [--name MODEL]] [--trust-model] [--format table|json]}: fits
 * every part of each datasheet, simulates the model in ngspice at every value the datasheet gives for the part (the
 * values it was fitted to and the held-out ones, each at its own test conditions and temperature) and at points
 * read off the datasheet's curves ({@code CurveChecks}), and prints each point with datasheet value, model value,
 * error and whether it was fitted, the values not simulated with the reason, and the median error per quantity (the
 * curves' points apart, with their 90th percentile); with {@code --against}, simulates a vendor's model at the same
 * points beside it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = { "Fits each part, simulates the model in ngspice at every datasheet value of the part (fitted and "
				+ "held-out, at their test conditions) and at points read off the datasheet's curves, and prints datasheet "
				+ "value, model value and error per point and the median error per quantity (the curves' points apart); "
				+ "optionally the same for a vendor's model.",
				"A vendor model file is reduced to its .model and .subckt cards; a file holding .control, shell, "
						+ "system, *# command comments, .include or .lib lines is refused unless --trust-model is given." },
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { "0:every model loaded", "1:some part could not be fitted or its model did not load",
				ExitCodes.L2, ExitCodes.L4 })
final class VerifyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	Verbosity verbosity;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "PDF files, or folders searched for *.pdf")
	List<Path> inputs;

	@Option(names = "--against", paramLabel = "LIB", description = "a vendor model file to simulate beside ours")
	Path against;

	@Option(names = "--name", paramLabel = "MODEL",
			description = "the vendor model or subcircuit to use (default: the part's name)")
	String name;

	enum Format {
		table, json
	}

	@Option(names = "--format", defaultValue = "table", description = "table (default) or json")
	Format format;

	@Option(names = "--trust-model",
			description = "simulate the vendor file as it is, even if it holds commands or includes other files")
	boolean trust;

	@Override
	public Integer call() throws IOException {
		PrintWriter w = spec.commandLine().getOut();
		Optional<NgspiceRunner> ngspice = NgspiceRunner.find();
		if (ngspice.isEmpty()) {
			w.printf("ngspice not found: install it, or set %s or -D%s to its path%n", NgspiceRunner.ENVIRONMENT,
					NgspiceRunner.PROPERTY);
			w.flush();
			return ExitCodes.NOT_FOUND;
		}
		VendorModel vendor = null;
		if (against != null) {
			if (!Files.isRegularFile(against)) {
				w.printf("No such model file: %s%n", against);
				w.flush();
				return ExitCodes.NOT_FOUND;
			}
			try {
				vendor = VendorModel.parse(Files.readString(against, StandardCharsets.ISO_8859_1), trust);
			} catch (ProcessingException e) {
				w.printf("%s: %s%n", against, e.getMessage());
				w.flush();
				return ExitCodes.USAGE;
			}
		}
		ModelVerifier verifier = new ModelVerifier(ngspice.get());
		int failed = 0;
		List<Map<String, Object>> json = new ArrayList<>();
		for (Path pdf : DatasheetInputs.collect(spec, inputs, Files::isRegularFile)) {
			failed += verify(w, pdf, verifier, vendor, json);
		}
		if (format == Format.json) {
			w.println(DatasheetVerification.json(json));
		}
		w.flush();
		return failed == 0 ? ExitCodes.OK : ExitCodes.FILES_FAILED;
	}

	/** Verifies every part of one datasheet; returns the number of parts that failed. */
	private int verify(PrintWriter w, Path pdf, ModelVerifier verifier, VendorModel vendor,
			List<Map<String, Object>> json) {
		ExtractionResult r = new DatasheetReader().read(pdf, TaskMonitor.NONE);
		if (!r.ok() || r.devices().isEmpty()) {
			String why = r.ok() ? "no part found" : r.failure().message();
			if (format == Format.json) {
				json.add(entry(pdf, null, Map.of("failed", why)));
			} else {
				w.printf("%s: FAILED %s%n", pdf, why);
			}
			return 1;
		}
		int failed = 0;
		for (Device dev : r.devices()) {
			try {
				FittedModel m = new ModelBuilder().fit(dev, r, TaskMonitor.NONE);
				DatasheetVerification v = verifier.verifyDatasheet(dev, r.curves(), m);
				failed += v.loaded() ? 0 : 1;
				DatasheetVerification o = null;
				String model = name != null ? name : SpiceText.identifier(dev.part());
				if (vendor != null) {
					o = verifier.verifyDatasheetOther(vendor, model, dev, r.curves(), m, List.of("set ngbehavior=ltpsa"));
				}
				if (format == Format.json) {
					Map<String, Object> e = entry(pdf, dev, Map.of());
					e.put("kind", dev.kind().id());
					e.put("ours", v.toMap());
					if (o != null) {
						e.put("vendor", o.toMap());
					}
					json.add(e);
					continue;
				}
				w.printf("%s: %s (%s): model %s, %d of %d datasheet points met, %d not simulated%s%n", pdf,
						dev.part(), dev.kind().id(), v.loaded() ? "loaded" : "did not load " + v.errors(), v.passed(),
						v.tablePoints().size(), v.skipped().size(), curves(v));
				w.print(v.table());
				if (o != null) {
					w.printf("%s: vendor model %s: %s, %d of %d datasheet points met%s%n", pdf, model,
							o.loaded() ? "loaded" : "did not load " + o.errors(), o.passed(), o.tablePoints().size(),
							curves(o));
					w.print(o.table());
				}
			} catch (ProcessingException e) {
				if (format == Format.json) {
					json.add(entry(pdf, dev, Map.of("failed", e.category().id() + ": " + e.getMessage())));
				} else {
					w.printf("%s: %s: FAILED %s: %s%n", pdf, dev.part(), e.category().id(), e.getMessage());
				}
				failed++;
			}
		}
		return failed;
	}

	/** ", 60 points of its curves (median error 4.1 %)", or nothing where no curve point was simulated. */
	private static String curves(DatasheetVerification v) {
		List<Double> errors = new ArrayList<>();
		v.curvePoints().forEach(p -> errors.add(Math.abs(p.error())));
		long n = errors.stream().filter(e -> !e.isNaN()).count();
		return n == 0 ? ""
				: String.format(Locale.ROOT, ", %d points of its curves (median error %.1f %%)", n,
						100 * DatasheetVerification.median(errors));
	}

	private static Map<String, Object> entry(Path pdf, Device dev, Map<String, Object> more) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("file", pdf.toString());
		if (dev != null) {
			e.put("part", dev.part());
		}
		e.putAll(more);
		return e;
	}
}
