package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.TaskMonitor;
import org.espice.core.extract.DatasheetReader;
import org.espice.core.extract.PlotOverlays;
import org.espice.core.extract.PlotSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code espice curves FILE|DIR... [--out DIR]}: reads each datasheet's plots and draws every plot, as read, over
 * its region of the page, one PNG per plot. A plot that was not read gets its region with the reason on it. A file
 * that cannot be read or drawn is reported and the others go on; the exit code is then 1.
 */
@Command(name = "curves", mixinStandardHelpOptions = true,
		description = "Draws each plot read from datasheet PDFs over its page region, one PNG per plot, to check the "
				+ "reading at a glance.",
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { "0:every file's plots drawn (a file without plots draws none)",
				"1:some files could not be read or drawn (each is named with the reason)", ExitCodes.L2 })
final class CurvesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	Verbosity verbosity;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "PDF files, or folders searched for *.pdf")
	List<Path> inputs;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
			description = "folder for the images, <file>-p<page>-fig<n>.png (default: current)")
	Path out;

	@Override
	public Integer call() throws IOException {
		List<Path> pdfs = DatasheetInputs.collect(spec, inputs, Files::isRegularFile);
		Files.createDirectories(out);
		PrintWriter w = spec.commandLine().getOut();
		DatasheetReader reader = new DatasheetReader();
		int failed = 0;
		for (Path pdf : pdfs) {
			ExtractionResult r = reader.read(pdf, TaskMonitor.NONE);
			if (!r.ok()) {
				w.printf("%s: FAILED [%s] %s%n", r.file(), r.failure().category().id(), r.failure().message());
				failed++;
				continue;
			}
			if (r.curves().isEmpty()) {
				w.printf("%s: no plots found%n", r.file());
				continue;
			}
			try {
				List<Path> written = PlotOverlays.write(pdf, r.curves(), out);
				for (int i = 0; i < written.size(); i++) {
					w.printf("%s: %s  %s%n", r.file(), written.get(i).getFileName(), PlotSummary.line(r.curves().get(i)));
				}
			} catch (IOException e) {
				w.printf("%s: FAILED [%s] %s%n", r.file(), FailureCategory.IO_ERROR.id(), e.getMessage());
				failed++;
			}
		}
		w.flush();
		return failed == 0 ? ExitCodes.OK : ExitCodes.FILES_FAILED;
	}
}
