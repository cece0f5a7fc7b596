package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.espice.core.DeviceKind;
import org.espice.core.ProcessingException;
import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchPresets;
import org.espice.core.batch.DatasheetFiles;
import org.espice.core.batch.FileWork;
import org.espice.core.batch.ValidationLimits;
import org.espice.core.internal.batch.InputValidator;
import org.espice.core.mail.MailSettings;
import org.espice.core.internal.batch.KnownBatches;
import org.espice.core.spice.Dialect;
import org.espice.samples.SampleDatasheets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "process", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Processes datasheet PDFs as a batch: validate, read, fit and write one SPICE model per part.",
				"Folders are searched for *.pdf. The journal, the reports (JSON, Markdown, CSV) and the models go to "
						+ "the output folder; an interrupted batch continues with 'espice resume'." },
		exitCodeListHeading = ExitCodes.HEADING, exitCodeList = { ExitCodes.L0, ExitCodes.L1, ExitCodes.L2, ExitCodes.L3, ExitCodes.L4, ExitCodes.L5,
				ExitCodes.L130 })
final class ProcessCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "0..*", paramLabel = "DIR|FILE", description = "PDF files or folders holding them.")
	List<Path> inputs = new ArrayList<>();

	@Option(names = "--samples", paramLabel = "DIR", arity = "0..1", fallbackValue = "espice-samples",
			description = "Write ESpice's embedded sample datasheets (fictional parts, one per device kind) into DIR "
					+ "(default ${FALLBACK-VALUE}) and process them.")
	Path samples;

	@Option(names = { "-r", "--recursive" }, description = "Also search subfolders.")
	boolean recursive;

	@Option(names = { "-o", "--out" }, paramLabel = "DIR",
			description = "Output folder (default: models/ in the input folder, or ./models for files).")
	Path out;

	@Option(names = { "-p", "--parallel" }, paramLabel = "N", description = "Files at a time, 1..16 (default 2).")
	Integer parallel;

	@Option(names = "--retries", paramLabel = "N",
			description = "Extra attempts for io-error and timeout failures (default 2).")
	Integer retries;

	@Option(names = "--timeout", paramLabel = "S", description = "Per-file time limit in seconds (default 120).")
	Long timeout;

	@Option(names = "--limit", paramLabel = "N", description = "Only the first N files.")
	Integer limit;

	@Option(names = "--dry-run", description = "Validate the inputs and show what would run; write nothing.")
	boolean dryRun;

	@Option(names = { "-d", "--dialect" }, paramLabel = "D", description = "ngspice, ltspice or pspice (default ngspice).")
	String dialect;

	@Option(names = "--kind", paramLabel = "KIND", description = "Force a device kind on every part (e.g. mosfet-n).")
	String kind;

	@Option(names = "--naming", paramLabel = "PATTERN",
			description = "Model file name from {part}, {file}, {kind}, {dialect} (default {part}).")
	String naming;

	@Option(names = "--max-size", paramLabel = "MB", description = "Largest input file in MB (default 50).")
	Long maxSizeMb;

	@Option(names = "--max-pages", paramLabel = "N", description = "Most pages in one input PDF (default 500).")
	Integer maxPages;

	@Option(names = "--preset", paramLabel = "FILE", description = "Load options from a preset (JSON); options given here win.")
	Path preset;

	@Option(names = "--save-preset", paramLabel = "FILE", description = "Save the resulting options as a preset.")
	Path savePreset;

	@Option(names = { "-v", "--verbose" }, description = "One line per file also on a terminal; with --in-process, the PDF library's log lines too.")
	boolean verbose;

	@Mixin
	WorkerChoice workers;

	@Mixin
	MailOptions mail;

	@Override
	public Integer call() throws Exception {
		PrintWriter pw = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		BatchConfig config;
		MailSettings mailSettings;
		try {
			config = config();
			mailSettings = mail.settings();
		} catch (IllegalArgumentException | IOException e) {
			err.println(e.getMessage());
			return e instanceof IOException ? ExitCodes.NOT_FOUND : ExitCodes.USAGE;
		}
		if (samples != null) {
			List<Path> written = SampleDatasheets.write(samples);
			pw.println("Wrote " + written.size() + " sample datasheets to " + samples.toAbsolutePath());
			inputs.add(samples);
		}
		if (inputs.isEmpty()) {
			err.println("Give PDF files or folders to process, or --samples");
			return ExitCodes.USAGE;
		}
		List<Path> files;
		try {
			files = collect(inputs, recursive);
		} catch (IOException e) {
			err.println(e.getMessage());
			return ExitCodes.NOT_FOUND;
		}
		if (limit != null && limit >= 0 && files.size() > limit) {
			files = files.subList(0, limit);
		}
		if (files.isEmpty()) {
			err.println("No PDF files in " + inputs + (recursive ? "" : " (use --recursive for subfolders)"));
			return ExitCodes.NOT_FOUND;
		}
		if (savePreset != null) {
			BatchPresets.save(savePreset, config);
			pw.println("Saved preset " + savePreset.toAbsolutePath());
		}
		if (dryRun) {
			return dryRun(files, config, pw);
		}
		FileWork work;
		try {
			work = workers.open();
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return ExitCodes.USAGE;
		}
		try (WorkerChoice w = workers) {
			Batch batch = Batch.create(config, files, work);
			pw.println("Batch " + batch.id() + ": " + files.size() + " files, " + config.parallelism()
					+ " at a time -> " + config.outputFolder());
			pw.flush();
			KnownBatches.remember(batch.journalFile());
			BatchConsole console = new BatchConsole(pw, BatchConsole.isTerminal(), verbose);
			int code = console.run(batch);
			MailOptions.send(mailSettings, console.finished(), pw, err);
			return code;
		}
	}

	private BatchConfig config() throws IOException {
		if (samples != null && out == null) {
			out = samples.resolve("models");
		}
		BatchConfig c = preset != null ? BatchPresets.load(preset) : BatchConfig.defaults();
		if (parallel != null) {
			c = c.withParallelism(parallel);
		}
		if (retries != null) {
			c = c.withRetries(retries, c.backoffMillis());
		}
		if (timeout != null) {
			c = c.withTimeoutSeconds(timeout);
		}
		if (dialect != null) {
			try {
				c = c.withDialect(Dialect.fromId(dialect));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("Unknown dialect '" + dialect + "'; use ngspice, ltspice or pspice");
			}
		}
		if (kind != null) {
			c = c.withKindOverride(DeviceKind.fromId(kind));
		}
		if (naming != null) {
			c = c.withNaming(naming);
		}
		if (maxSizeMb != null || maxPages != null) {
			c = c.withLimits(new ValidationLimits(maxSizeMb != null ? maxSizeMb * 1024 * 1024 : c.limits().maxBytes(),
					maxPages != null ? maxPages : c.limits().maxPages()));
		}
		Path folder = out != null ? out : c.outputFolder();
		if (folder == null) {
			folder = inputs.size() == 1 && Files.isDirectory(inputs.get(0)) ? inputs.get(0).resolve("models")
					: Path.of("models");
		}
		return c.withOutputFolder(folder);
	}

	/** Files in argument order; a folder contributes its PDFs sorted by name. */
	static List<Path> collect(List<Path> inputs, boolean recursive) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path in : inputs) {
			if (Files.isDirectory(in)) {
				DatasheetFiles.in(in, recursive).stream().map(p -> p.toAbsolutePath().normalize()).forEach(files::add);
			} else if (Files.exists(in)) {
				files.add(in.toAbsolutePath().normalize());
			} else {
				throw new IOException("No such file or folder: " + in.toAbsolutePath());
			}
		}
		return files;
	}

	private static int dryRun(List<Path> files, BatchConfig config, PrintWriter pw) {
		pw.println("Dry run: " + files.size() + " files would go to " + config.outputFolder() + " ("
				+ config.dialect().id() + ", " + config.parallelism() + " at a time); nothing is written.");
		InputValidator v = new InputValidator(config.limits());
		Map<String, Path> seen = new HashMap<>();
		int bad = 0;
		int i = 0;
		for (Path f : files) {
			String verdict;
			try {
				int pages = v.validate(f);
				String hash = InputValidator.sha256(f);
				Path first = seen.putIfAbsent(hash, f);
				verdict = first != null ? "skip      same content as " + first.getFileName()
						: "ok        " + pages + (pages == 1 ? " page" : " pages");
			} catch (ProcessingException e) {
				bad++;
				verdict = "invalid   " + e.category().id() + ": " + e.getMessage();
			} catch (IOException e) {
				bad++;
				verdict = "invalid   io-error: " + e.getMessage();
			}
			pw.println(String.format(Locale.ROOT, "[%d/%d] %s  %s", ++i, files.size(), f.getFileName(), verdict));
		}
		pw.println((files.size() - bad) + " of " + files.size() + " files would be processed.");
		return bad > 0 ? ExitCodes.FILES_FAILED : ExitCodes.OK;
	}
}
