package org.espice.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.espice.core.batch.Batch;
import org.espice.core.batch.ItemState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "resume", mixinStandardHelpOptions = true,
		description = { "Continues a batch that was interrupted (crash, kill, Ctrl-C) or paused on a critical condition.",
				"Only unfinished files run again; done, failed and skipped files keep their result." },
		exitCodeListHeading = ExitCodes.HEADING, exitCodeList = { ExitCodes.L0, ExitCodes.L1, ExitCodes.L2,
				ExitCodes.L3, ExitCodes.L4, ExitCodes.L5, ExitCodes.L130 })
final class ResumeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	BatchArgument batch;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Batch b = batch.open(spec.commandLine().getErr());
		if (b == null) {
			return ExitCodes.NOT_FOUND;
		}
		long left = b.items().stream().filter(i -> !i.state().isFinal()).count();
		out.println("Batch " + b.id() + ": resuming " + left + " unfinished of " + b.items().size() + " files -> "
				+ b.config().outputFolder());
		out.flush();
		if (left == 0 && b.items().stream().noneMatch(i -> i.state() instanceof ItemState.Queued)) {
			out.println("Nothing to resume.");
		}
		return batch.run(out, spec.commandLine().getErr(), b);
	}
}
