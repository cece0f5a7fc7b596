package org.espice.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchItem;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "retry", mixinStandardHelpOptions = true,
		description = { "Runs files of a finished batch again: all failed and cancelled ones (the default), or the "
				+ "items given by number (as in the report) or file name." },
		exitCodeListHeading = ExitCodes.HEADING, exitCodeList = { ExitCodes.L0, ExitCodes.L1, ExitCodes.L2,
				ExitCodes.L3, ExitCodes.L4, ExitCodes.L5, ExitCodes.L130 })
final class RetryCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	BatchArgument batch;

	static final class Which {
		@Option(names = "--failed", description = "Retry every failed or cancelled file (default).")
		boolean failed;

		@Option(names = "--items", split = ",", paramLabel = "N|FILE",
				description = "Retry these items: numbers from the report (1-based) or file names, comma-separated.")
		List<String> items;
	}

	@ArgGroup(exclusive = true)
	Which which;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Batch b = batch.open(spec.commandLine().getErr());
		if (b == null) {
			return ExitCodes.NOT_FOUND;
		}
		int n;
		if (which != null && which.items != null) {
			List<Integer> idx = new ArrayList<>();
			for (String s : which.items) {
				Integer i = resolve(b.items(), s.strip());
				if (i == null) {
					spec.commandLine().getErr().println("Batch " + b.id() + " has no item '" + s + "'");
					b.close();
					batch.workers.close();
					return ExitCodes.NOT_FOUND;
				}
				idx.add(i);
			}
			n = b.retry(idx);
		} else {
			n = b.retryFailed();
		}
		out.println("Batch " + b.id() + ": retrying " + n + " files");
		out.flush();
		return batch.run(out, spec.commandLine().getErr(), b);
	}

	private static Integer resolve(List<BatchItem> items, String s) {
		if (s.matches("\\d+")) {
			int want = Integer.parseInt(s) - 1;
			return items.stream().anyMatch(i -> i.index() == want) ? want : null;
		}
		return items.stream().filter(i -> i.fileName().equals(s) || i.file().toString().equals(s))
				.map(BatchItem::index).findFirst().orElse(null);
	}
}
