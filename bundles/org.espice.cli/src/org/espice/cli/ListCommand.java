package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.internal.batch.KnownBatches;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
		description = { "Lists batches: the ones run from this account's command line (kept in $ESPICE_HOME/batches.txt, "
				+ "default ~/.espice) and the journals in the folders given." },
		exitCodeListHeading = ExitCodes.HEADING, exitCodeList = { "0:listed (also when there is none)", ExitCodes.L2,
				ExitCodes.L4 })
final class ListCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "0..*", paramLabel = "DIR", description = "Also list the batches in these output folders.")
	List<Path> folders = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		Set<Path> journals = new LinkedHashSet<>(KnownBatches.all());
		for (Path f : folders) {
			try {
				journals.addAll(BatchJournal.journalsIn(f));
			} catch (IOException e) {
				spec.commandLine().getErr().println("Cannot list " + f.toAbsolutePath() + ": " + e.getMessage());
				return ExitCodes.NOT_FOUND;
			}
		}
		if (journals.isEmpty()) {
			out.println("No batches yet. Start one with: espice process DIR");
			return ExitCodes.OK;
		}
		out.println(String.format(Locale.ROOT, "%-22s %-16s %6s %6s %6s %6s  %s", "BATCH", "STATE", "FILES", "DONE",
				"FAILED", "OTHER", "JOURNAL"));
		for (Path j : journals) {
			try {
				BatchSnapshot s = BatchJournal.read(j);
				long done = s.count("done");
				long failed = s.count("failed");
				out.println(String.format(Locale.ROOT, "%-22s %-16s %6d %6d %6d %6d  %s", s.id(),
						s.state().id() + (s.live() ? " (live)" : ""), s.items().size(), done, failed,
						s.items().size() - done - failed, j));
			} catch (IOException | RuntimeException e) {
				out.println(String.format(Locale.ROOT, "%-22s %-16s %s", "?", "unreadable", j + ": " + e.getMessage()));
			}
		}
		out.flush();
		return ExitCodes.OK;
	}
}
