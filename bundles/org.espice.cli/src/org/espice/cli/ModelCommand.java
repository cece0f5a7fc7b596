package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.extract.DatasheetReader;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.simulate.NgspiceRunner;
import org.espice.core.spice.Dialect;
import org.espice.core.spice.FittedModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code espice model FILE|DIR... [--dialect ngspice|ltspice|pspice] [--out DIR]}: extracts each datasheet, fits
 * every part it covers and writes one model file per part. Per-file and per-part failures are reported with
 * their category; the exit code is 0 when every part got a model, 1 when some did not.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
		description = "Extracts datasheets and writes one SPICE model file per part.")
final class ModelCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	Verbosity verbosity;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "PDF files, or folders searched for *.pdf")
	List<Path> inputs;

	@Option(names = "--dialect", defaultValue = "ngspice", description = "ngspice (default), ltspice or pspice")
	String dialect;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "folder for the model files (default: current)")
	Path out;

	@Option(names = "--card", description = "also write each model's card beside it (<model>.html): parameters and "
			+ "their origins, the datasheet rows used, the model simulated in ngspice at every datasheet value and its "
			+ "curves against the datasheet's")
	boolean card;

	private static String stem(Path file) {
		String n = file.getFileName().toString();
		int dot = n.lastIndexOf('.');
		return dot > 0 ? n.substring(0, dot) : n;
	}

	@Override
	public Integer call() throws IOException {
		Dialect d;
		try {
			d = Dialect.fromId(dialect);
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(),
					"Unknown dialect '" + dialect + "'; expected ngspice, ltspice or pspice");
		}
		List<Path> pdfs = DatasheetInputs.collect(spec, inputs, Files::isRegularFile);
		Files.createDirectories(out);
		PrintWriter w = spec.commandLine().getOut();
		DatasheetReader reader = new DatasheetReader();
		ModelBuilder builder = new ModelBuilder();
		OutputNames names = new OutputNames();
		int written = 0;
		int failed = 0;
		for (Path pdf : pdfs) {
			ExtractionResult r = reader.read(pdf, TaskMonitor.NONE);
			for (String warning : r.warnings()) {
				w.printf("%s: WARNING %s%n", pdf, warning);
			}
			if (!r.ok()) {
				w.printf("%s: FAILED %s: %s%n", pdf, r.failure().category().id(), r.failure().message());
				failed++;
				continue;
			}
			if (r.devices().isEmpty()) {
				w.printf("%s: FAILED extraction-incomplete: no part found%n", pdf);
				failed++;
				continue;
			}
			for (Device dev : r.devices()) {
				try {
					FittedModel m = builder.fit(dev, r, TaskMonitor.NONE);
					Path target = out.resolve(names.claim(m.modelName(), "." + d.fileExtension()));
					Files.writeString(target, m.render(d), StandardCharsets.UTF_8);
					w.printf("%s: %s (%s) -> %s%n", pdf, dev.part(), dev.kind().id(), target);
					if (card) {
						Path page = target.resolveSibling(stem(target) + ".html");
						Files.writeString(page, ModelCards.page(m, dev, r, pdf), StandardCharsets.UTF_8);
						w.printf("%s: %s card -> %s%n", pdf, dev.part(), page);
					}
					written++;
				} catch (ProcessingException e) {
					w.printf("%s: %s: FAILED %s: %s%n", pdf, dev.part(), e.category().id(), e.getMessage());
					failed++;
				}
			}
		}
		w.printf("%d model(s) written to %s, %d failure(s)%n", written, out, failed);
		if (card && NgspiceRunner.find().isEmpty()) {
			w.printf("ngspice not found: the cards carry no simulation; install it, or set %s or -D%s to its path%n",
					NgspiceRunner.ENVIRONMENT, NgspiceRunner.PROPERTY);
		}
		w.flush();
		return failed == 0 ? 0 : 1;
	}
}
