package org.espice.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.espice.core.batch.Batch;
import org.espice.core.batch.ItemState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "resume", mixinStandardHelpOptions = true,
		description = { "Continues a batch that was interrupted (crash, kill, Ctrl-C) or paused on a critical condition.",
				"Only unfinished files run again; done, failed and skipped files keep their result." },
		exitCodeListHeading = ExitCodes.HEADING, exitCodeList = { ExitCodes.L0, ExitCodes.L1, ExitCodes.L2,
				ExitCodes.L3, ExitCodes.L4, ExitCodes.L5, ExitCodes.L130 })
final class ResumeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "BATCH", description = "The batch's output folder or its .batch.jsonl journal.")
	Path batch;

	@Option(names = { "-v", "--verbose" }, description = "One line per file also on a terminal.")
	boolean verbose;

	@Option(names = "--work-class", hidden = true, description = "Per-file work implementation (tests).")
	String workClass;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Batch b;
		try {
			b = Batch.open(batch, BatchConsole.work(workClass));
		} catch (IOException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return ExitCodes.NOT_FOUND;
		}
		long left = b.items().stream().filter(i -> !i.state().isFinal()).count();
		out.println("Batch " + b.id() + ": resuming " + left + " unfinished of " + b.items().size() + " files -> "
				+ b.config().outputFolder());
		out.flush();
		if (left == 0 && b.items().stream().noneMatch(i -> i.state() instanceof ItemState.Queued)) {
			out.println("Nothing to resume.");
		}
		return new BatchConsole(out, BatchConsole.isTerminal(), verbose).run(b);
	}
}
