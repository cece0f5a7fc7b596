package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.espice.core.batch.Batch;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The existing batch that {@code resume} and {@code retry} run again, and how its progress is shown. */
final class BatchArgument {

	@Parameters(paramLabel = "BATCH", description = "The batch's output folder or its .batch.jsonl journal.")
	Path batch;

	@Option(names = { "-v", "--verbose" }, description = "One line per file also on a terminal.")
	boolean verbose;

	@Option(names = "--work-class", hidden = true, description = "Per-file work implementation (tests).")
	String workClass;

	/** Opens the batch from its journal; when it cannot be read, says why on {@code err} and returns null. */
	Batch open(PrintWriter err) {
		try {
			return Batch.open(batch, BatchConsole.work(workClass));
		} catch (IOException e) {
			err.println(e.getMessage());
			return null;
		}
	}

	int run(PrintWriter out, Batch b) throws InterruptedException {
		return new BatchConsole(out, BatchConsole.isTerminal(), verbose).run(b);
	}
}
