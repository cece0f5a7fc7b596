package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchProgress;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.ItemState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "monitor", mixinStandardHelpOptions = true,
		description = { "Follows a batch that runs in another process, from its journal: the progress line, the "
				+ "files running now and each file as it finishes. Ends when the batch stops running." },
		exitCodeListHeading = ExitCodes.HEADING, exitCodeList = { ExitCodes.L0, ExitCodes.L1, ExitCodes.L2,
				ExitCodes.L3, ExitCodes.L4, ExitCodes.L5, "130:the batch was cancelled or interrupted" })
final class MonitorCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "BATCH", description = "The batch's output folder or its .batch.jsonl journal.")
	Path batch;

	@Option(names = "--interval", paramLabel = "S", defaultValue = "1",
			description = "Seconds between refreshes (default ${DEFAULT-VALUE}, at most 2).")
	double interval;

	@Option(names = "--once", description = "Print the current state once and exit.")
	boolean once;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		long sleep = (long) (Math.max(0.1, Math.min(2, interval)) * 1000);
		boolean[] reported = null;
		BatchSnapshot s;
		try {
			s = BatchJournal.read(batch);
		} catch (IOException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return ExitCodes.NOT_FOUND;
		}
		out.println("Batch " + s.id() + " (" + s.items().size() + " files) -> " + s.outputFolder()
				+ (s.live() ? "" : "   [no process runs it now]"));
		while (true) {
			List<BatchItem> items = s.items();
			if (reported == null) {
				reported = new boolean[items.size()];
				for (int i = 0; i < items.size(); i++) {
					reported[i] = items.get(i).state().isFinal(); // the summary covers what finished before
				}
			}
			for (int i = 0; i < items.size() && i < reported.length; i++) {
				if (items.get(i).state().isFinal() && !reported[i]) {
					reported[i] = true;
					out.println(BatchConsole.itemLine(items.get(i), items.size()));
				}
			}
			out.println(BatchConsole.barLine(progress(s)) + running(items));
			out.flush();
			if (once || !s.live()) {
				return BatchConsole.summary(s, List.of(), out);
			}
			Thread.sleep(sleep);
			try {
				s = BatchJournal.read(batch);
			} catch (IOException e) {
				spec.commandLine().getErr().println(e.getMessage());
				return ExitCodes.NOT_FOUND;
			}
		}
	}

	private static String running(List<BatchItem> items) {
		StringBuilder b = new StringBuilder();
		for (BatchItem i : items) {
			if (i.state() instanceof ItemState.Running r) {
				b.append(b.length() == 0 ? "\n  running: " : ", ").append(i.fileName()).append(' ')
						.append(r.step().id()).append(String.format(java.util.Locale.ROOT, " %.0f%%", r.fraction() * 100));
			}
		}
		return b.toString();
	}

	/** Progress from a journal: counts and fractions; speed over the batch's running time. */
	static BatchProgress progress(BatchSnapshot s) {
		int q = 0, run = 0, rev = 0, done = 0, failed = 0, canc = 0, skip = 0;
		double work = 0;
		for (BatchItem i : s.items()) {
			ItemState st = i.state();
			if (st instanceof ItemState.Queued) {
				q++;
			} else if (st instanceof ItemState.Running r) {
				run++;
				work += r.fraction();
			} else if (st instanceof ItemState.AwaitingReview) {
				rev++;
			} else if (st instanceof ItemState.Done) {
				done++;
			} else if (st instanceof ItemState.Failed) {
				failed++;
			} else if (st instanceof ItemState.Cancelled) {
				canc++;
			} else {
				skip++;
			}
		}
		int fin = done + failed + canc + skip;
		work += fin;
		double min = s.stats().activeMillis() / 60000.0;
		double fpm = min > 0 ? (done + failed) / min : 0;
		long bytes = s.items().stream().filter(i -> i.state() instanceof ItemState.Done || i.state() instanceof ItemState.Failed)
				.mapToLong(i -> Math.max(0, i.size())).sum();
		double mbs = min > 0 ? bytes / 1048576.0 / (min * 60) : 0;
		Duration eta = fpm > 0 ? Duration.ofMillis((long) ((q + run) / fpm * 60000)) : null;
		int total = s.items().size();
		BatchState state = s.live() || s.state() != BatchState.RUNNING ? s.state() : BatchState.PAUSED;
		return new BatchProgress(state, s.message(), total, q, run, rev, done, failed, canc, skip,
				total == 0 ? 1 : work / total, fpm, mbs, eta);
	}
}
