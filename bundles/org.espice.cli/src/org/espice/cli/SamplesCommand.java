package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.espice.samples.SampleDatasheets;
import org.espice.samples.SampleDatasheets.Sample;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "samples", mixinStandardHelpOptions = true,
		description = { "Writes the embedded sample datasheets (fictional ESpice parts, one per device kind) into DIR, "
				+ "e.g. to try 'espice extract DIR' or 'espice process DIR'." },
		exitCodeListHeading = ExitCodes.HEADING, exitCodeList = { "0:the samples were written", ExitCodes.L2,
				"4:DIR could not be created or written" })
final class SamplesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "Folder to write the PDFs into (created if missing).")
	Path dir;

	@Option(names = "--with-bad-inputs", description = "Also write files that must fail: a text file named .pdf, "
			+ "a truncated PDF, a scanned page without text and a password-protected PDF.")
	boolean withBadInputs;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		try {
			List<Path> files = SampleDatasheets.write(dir);
			List<Sample> catalog = SampleDatasheets.catalog();
			for (int i = 0; i < files.size(); i++) {
				Sample s = catalog.get(i);
				out.printf("%-40s %-10s %s%n", files.get(i), s.kind().id(), String.join(", ", s.parts()));
			}
			if (withBadInputs) {
				for (Path bad : SampleDatasheets.writeBadInputs(dir)) {
					out.printf("%-40s %s%n", bad, "(must fail)");
				}
			}
			out.flush();
			return ExitCodes.OK;
		} catch (IOException e) {
			spec.commandLine().getErr().println("Cannot write the samples into " + dir.toAbsolutePath() + ": " + e);
			return ExitCodes.NOT_FOUND;
		}
	}
}
