package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.espice.core.batch.Batch;
import org.espice.core.mail.MailSettings;

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

	@Mixin
	MailOptions mail;

	private MailSettings mailSettings;

	/**
	 * Opens the batch from its journal; when it cannot be read or the mail options are incomplete, says why on
	 * {@code err} and returns null.
	 */
	Batch open(PrintWriter err) {
		try {
			mailSettings = mail.settings();
			return Batch.open(batch, workers.open());
		} catch (IOException | IllegalArgumentException e) {
			err.println(e.getMessage());
			workers.close();
			return null;
		}
	}

	/** Runs the batch to its end, ends its workers, then mails the summary when asked to. */
	int run(PrintWriter out, PrintWriter err, Batch b) throws InterruptedException {
		BatchConsole console = new BatchConsole(out, BatchConsole.isTerminal(), verbose);
		int code;
		try (WorkerChoice w = workers) {
			code = console.run(b);
		}
		MailOptions.send(mailSettings, console.finished(), out, err);
		return code;
	}
}
