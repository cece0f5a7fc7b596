package org.espice.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.espice.core.batch.BatchExport;
import org.espice.core.batch.BatchJournal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Packs a batch into a ZIP: models/, reports/ (JSON, Markdown, CSV) and journal/.",
		exitCodeListHeading = ExitCodes.HEADING, exitCodeList = { "0:ZIP written", ExitCodes.L2, ExitCodes.L4 })
final class ExportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "BATCH", description = "The batch's output folder or its .batch.jsonl journal.")
	Path batch;

	@Option(names = "--zip", required = true, paramLabel = "FILE", description = "The ZIP file to write.")
	Path zip;

	@Override
	public Integer call() {
		try {
			int n = BatchExport.zip(BatchJournal.read(batch), zip);
			spec.commandLine().getOut().println("Wrote " + zip.toAbsolutePath() + " (" + n + " entries)");
			return ExitCodes.OK;
		} catch (IOException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return ExitCodes.NOT_FOUND;
		}
	}
}
