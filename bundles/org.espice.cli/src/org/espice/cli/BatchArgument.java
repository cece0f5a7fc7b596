package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.espice.core.batch.Batch;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The existing batch that {@code resume} and {@code retry} run again, and how its progress is shown. */
final class BatchArgument {

	@Parameters(paramLabel = "BATCH", description = "The batch's output folder or its .batch.jsonl journal.")
	Path batch;

	@Option(names = { "-v", "--verbose" }, description = "One line per file also on a terminal; with --in-process, the PDF library's log lines too.")
	boolean verbose;

	@Mixin
	WorkerChoice workers;

	/** Opens the batch from its journal; when it cannot be read, says why on {@code err} and returns null. */
	Batch open(PrintWriter err) {
		try {
			return Batch.open(batch, workers.open());
		} catch (IOException | IllegalArgumentException e) {
			err.println(e.getMessage());
			workers.close();
			return null;
		}
	}

	/** Runs the batch to its end, then ends its workers. */
	int run(PrintWriter out, Batch b) throws InterruptedException {
		try (WorkerChoice w = workers) {
			return new BatchConsole(out, BatchConsole.isTerminal(), verbose).run(b);
		}
	}
}
