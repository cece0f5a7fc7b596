package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.espice.core.Device;
import org.espice.core.Engineering;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.Plot;
import org.espice.core.TaskMonitor;
import org.espice.core.extract.DatasheetReader;
import org.espice.core.extract.ExtractionJson;
import org.espice.core.extract.PlotSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code espice extract FILE|DIR... [--format json|table] [--out DIR]}: one result per PDF; files that cannot be
 * read are reported in the output with their failure category, and only usage errors give a non-zero exit.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = "Reads datasheet PDFs and prints their parameters and plots (JSON as in spec/parameters.md and "
				+ "spec/curves.md, or a table with one line per plot).")
final class ExtractCommand implements Callable<Integer> {

	enum Format {
		json, table
	}

	@Spec
	CommandSpec spec;

	@Mixin
	Verbosity verbosity;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "PDF files, or folders searched for *.pdf")
	List<Path> inputs;

	@Option(names = "--format", defaultValue = "json", description = "json (default) or table")
	Format format;

	@Option(names = "--out", paramLabel = "DIR", description = "also write one <file>.json per PDF into DIR")
	Path out;

	@Override
	public Integer call() throws IOException {
		List<Path> pdfs = DatasheetInputs.collect(spec, inputs, Files::exists);
		if (out != null) {
			Files.createDirectories(out);
		}
		PrintWriter w = spec.commandLine().getOut();
		DatasheetReader reader = new DatasheetReader();
		List<ExtractionResult> results = new ArrayList<>();
		OutputNames names = new OutputNames();
		for (Path pdf : pdfs) {
			ExtractionResult r = reader.read(pdf, TaskMonitor.NONE);
			results.add(r);
			if (out != null) {
				String name = names.claim(stem(r.file()), suffix(r.file()) + ".json");
				if (!name.equals(r.file() + ".json")) {
					// on stderr: stdout may be the JSON document itself
					spec.commandLine().getErr().printf("%s: written as %s (an earlier input has the same name)%n",
							pdf, name);
				}
				Files.writeString(out.resolve(name), ExtractionJson.write(r), StandardCharsets.UTF_8);
			}
			if (format == Format.table) {
				table(w, r);
			}
		}
		if (format == Format.json) {
			w.println(results.size() == 1 ? ExtractionJson.write(results.get(0)) : ExtractionJson.write(results));
		}
		w.flush();
		return 0;
	}

	/** The file name up to its {@code .pdf} extension, if it has one. */
	private static String stem(String file) {
		return file.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file.substring(0, file.length() - 4) : file;
	}

	private static String suffix(String file) {
		return file.substring(stem(file).length());
	}

	private static void table(PrintWriter w, ExtractionResult r) {
		for (String warning : r.warnings()) {
			w.printf("%s: WARNING %s%n", r.file(), warning);
		}
		if (!r.ok()) {
			w.printf("%s: FAILED [%s] %s%n%n", r.file(), r.failure().category().id(), r.failure().message());
			return;
		}
		for (Device d : r.devices()) {
			w.printf("%s: %s (%s), %d values%n", r.file(), d.part(), d.kind().id(), d.parameters().size());
			w.printf("  %-9s %11s %11s %11s %-4s %s%n", "name", "min", "typ", "max", "page", "conditions");
			for (Parameter p : d.parameters()) {
				w.printf(Locale.ROOT, "  %-9s %11s %11s %11s %-4d %s%n", p.name(), num(p.min(), p.unit()),
						num(p.typ(), p.unit()), num(p.max(), p.unit()), p.source() == null ? 0 : p.source().page(),
						Engineering.conditions(p.conditions(), Locale.ROOT));
			}
		}
		if (!r.curves().isEmpty()) {
			w.printf("%s: %d %s%n", r.file(), r.curves().size(), r.curves().size() == 1 ? "plot" : "plots");
			for (Plot p : r.curves()) {
				w.printf("  %s%n", PlotSummary.line(p));
			}
		}
		w.println();
	}

	private static String num(Double v, String unit) {
		return v == null ? "-" : Engineering.format(v, unit);
	}
}
