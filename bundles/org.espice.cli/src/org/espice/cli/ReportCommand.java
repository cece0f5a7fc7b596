package org.espice.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchReport;
import org.espice.core.internal.batch.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Prints the report of a batch, made from its journal (also while it runs): per file state, "
				+ "failure category and message, parts, kind, values, model files and timings, in input order; "
				+ "then a summary." },
		exitCodeListHeading = ExitCodes.HEADING, exitCodeList = { "0:report written", ExitCodes.L2, ExitCodes.L4 })
final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "BATCH", description = "The batch's output folder or its .batch.jsonl journal.")
	Path batch;

	@Option(names = { "-f", "--format" }, paramLabel = "FORMAT", defaultValue = "md",
			description = "json, md or csv (default ${DEFAULT-VALUE}).")
	String format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
	Path output;

	@Override
	public Integer call() {
		BatchReport.Format f;
		try {
			f = BatchReport.Format.fromId(format);
		} catch (IllegalArgumentException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return ExitCodes.USAGE;
		}
		try {
			String text = BatchReport.of(BatchJournal.read(batch)).render(f);
			if (output != null) {
				AtomicFiles.write(output.toAbsolutePath(), text);
			} else {
				spec.commandLine().getOut().print(text);
				spec.commandLine().getOut().flush();
			}
			return ExitCodes.OK;
		} catch (IOException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return ExitCodes.NOT_FOUND;
		}
	}
}
