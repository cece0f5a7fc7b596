package org.espice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchListener;
import org.espice.core.batch.BatchProgress;
import org.espice.core.batch.BatchReport;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.ItemState;

/**
 * Runs a batch in the terminal: a progress bar redrawn every second on a terminal, one plain line per finished
 * file otherwise; then the reports and a summary.
 */
final class BatchConsole {

	private static final System.Logger LOG = System.getLogger("org.espice.cli");
	private static final long REFRESH_MILLIS = 1000;
	private static final int BAR = 30;

	/**
	 * PDFBox warns once per document about substituted standard fonts and other recoverable oddities; on the
	 * command line that buries the progress. Held here so the level setting is not garbage collected.
	 */
	private static final java.util.logging.Logger[] PDF_LOGGERS = {
			java.util.logging.Logger.getLogger("org.apache.pdfbox"),
			java.util.logging.Logger.getLogger("org.apache.fontbox") };

	private final PrintWriter out;
	private final boolean terminal;
	private final boolean verbose;
	private int lastWidth;
	private BatchSnapshot finished;

	BatchConsole(PrintWriter out, boolean terminal, boolean verbose) {
		this.out = out;
		this.terminal = terminal;
		this.verbose = verbose;
		if (!verbose) {
			for (java.util.logging.Logger l : PDF_LOGGERS) {
				l.setLevel(java.util.logging.Level.SEVERE);
			}
		}
	}

	/** Whether stdout is a terminal (a console exists only when stdin and stdout are). */
	static boolean isTerminal() {
		return System.console() != null && !"dumb".equals(System.getenv("TERM"));
	}

	/** Starts (or continues) the batch, shows progress until it settles, writes reports, prints the summary. */
	int run(Batch batch) throws InterruptedException {
		Thread hook = new Thread(() -> {
			batch.cancel();
			try {
				batch.awaitIdle(Duration.ofSeconds(2));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			batch.close();
		}, "espice-interrupt");
		Runtime.getRuntime().addShutdownHook(hook);
		int total = batch.items().size();
		batch.addListener(new BatchListener() {
			@Override
			public void itemChanged(BatchItem item) {
				if (item.state().isFinal() && (!terminal || verbose || !(item.state() instanceof ItemState.Done))) {
					line(item, total);
				}
			}
		});
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "espice-progress");
			t.setDaemon(true);
			return t;
		});
		if (terminal) {
			ticker.scheduleAtFixedRate(() -> bar(batch.progress()), 0, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
		} else {
			ticker.scheduleAtFixedRate(() -> plainProgress(batch.progress()), 10, 10, TimeUnit.SECONDS);
		}
		try {
			if (batch.state() == BatchState.NEW || batch.state() == BatchState.PAUSED && batch.items().stream()
					.noneMatch(i -> i.state() instanceof ItemState.Running)) {
				startOrResume(batch);
			}
			while (!batch.awaitIdle(Duration.ofSeconds(1))) {
				// waiting; the ticker draws
			}
		} finally {
			ticker.shutdownNow();
			ticker.awaitTermination(1, TimeUnit.SECONDS);
			if (terminal) {
				bar(batch.progress());
				synchronized (this) {
					out.println();
					lastWidth = 0;
				}
			}
		}
		BatchSnapshot snap = batch.snapshot();
		finished = snap;
		batch.close();
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// shutting down already
			LOG.log(System.Logger.Level.DEBUG, () -> "Batch " + snap.id() + " ended while the JVM was shutting down");
		}
		List<Path> reports = writeReports(snap);
		return summary(snap, reports, out);
	}

	/** The batch as it ended, after {@link #run(Batch)}; else null. */
	BatchSnapshot finished() {
		return finished;
	}

	private static void startOrResume(Batch b) {
		try {
			b.start();
		} catch (IllegalStateException e) {
			// started already by this process (and paused since): resume it instead
			LOG.log(System.Logger.Level.DEBUG, () -> "Resuming batch " + b.id() + ": " + e.getMessage());
			b.resume();
		}
	}

	private List<Path> writeReports(BatchSnapshot snap) {
		try {
			return BatchReport.of(snap).writeAll(snap.outputFolder());
		} catch (IOException e) {
			out.println("Could not write the reports into " + snap.outputFolder() + ": " + e.getMessage());
			return List.of();
		}
	}

	private synchronized void line(BatchItem item, int total) {
		clearBar();
		out.println(itemLine(item, total));
		out.flush();
	}

	static String itemLine(BatchItem item, int total) {
		int w = String.valueOf(total).length();
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "[%" + w + "d/%d] %-9s %s", item.index() + 1,
				total, item.state().id(), item.fileName()));
		ItemState s = item.state();
		if (s instanceof ItemState.Done d) {
			b.append(": ").append(String.join(", ", item.outcome().parts()));
			if (item.outcome().kind() != null) {
				b.append(" (").append(item.outcome().kind()).append(')');
			}
			int n = item.outcome().parameterCount();
			b.append(", ").append(n).append(n == 1 ? " value -> " : " values -> ")
					.append(String.join(", ", item.outcome().modelFiles()));
			if (d.note() != null) {
				b.append(" [").append(d.note()).append(']');
			}
		} else if (s instanceof ItemState.Failed f) {
			b.append(": ").append(f.category().id()).append(": ").append(f.message());
		} else if (s instanceof ItemState.Skipped k) {
			b.append(": ").append(k.reason());
		}
		b.append(String.format(Locale.ROOT, " (%.1f s)", item.timings().totalMillis() / 1000.0));
		return b.toString();
	}

	private synchronized void bar(BatchProgress p) {
		String line = barLine(p);
		out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
		out.flush();
		lastWidth = line.length();
	}

	private void clearBar() {
		if (terminal && lastWidth > 0) {
			out.print("\r" + " ".repeat(lastWidth) + "\r");
			lastWidth = 0;
		}
	}

	static String barLine(BatchProgress p) {
		int filled = (int) Math.round(p.fraction() * BAR);
		StringBuilder b = new StringBuilder("[");
		b.append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
		b.append(String.format(Locale.ROOT, "%3.0f%% %d/%d", p.fraction() * 100, p.finished(), p.total()));
		b.append(String.format(Locale.ROOT, "  %d running", p.running()));
		if (p.failed() > 0) {
			b.append(", ").append(p.failed()).append(" failed");
		}
		b.append(String.format(Locale.ROOT, "  %.1f files/min %.2f MB/s", p.filesPerMinute(), p.megabytesPerSecond()));
		if (p.eta() != null && p.state() == BatchState.RUNNING) {
			b.append("  ETA ").append(duration(p.eta().toMillis()));
		}
		if (p.state() != BatchState.RUNNING) {
			b.append("  ").append(p.state().id());
		}
		return b.toString();
	}

	private synchronized void plainProgress(BatchProgress p) {
		if (p.state() == BatchState.RUNNING) {
			out.println(String.format(Locale.ROOT, "progress: %d/%d finished, %d running, %.1f files/min%s",
					p.finished(), p.total(), p.running(), p.filesPerMinute(),
					p.eta() == null ? "" : ", ETA " + duration(p.eta().toMillis())));
			out.flush();
		}
	}

	static String duration(long ms) {
		long s = Math.round(ms / 1000.0);
		if (s < 60) {
			return s + " s";
		}
		if (s < 3600) {
			return (s / 60) + " min " + (s % 60) + " s";
		}
		return (s / 3600) + " h " + (s % 3600 / 60) + " min";
	}

	/** Prints the closing summary; returns the exit code it implies. */
	static int summary(BatchSnapshot snap, List<Path> reports, PrintWriter out) {
		BatchReport.Summary s = BatchReport.of(snap).summary();
		out.println();
		out.println("Batch " + snap.id() + ": " + snap.state().id() + " after "
				+ String.format(Locale.ROOT, "%.1f s", s.activeMillis() / 1000.0) + " of running time");
		out.println(String.format(Locale.ROOT, "  %d files: %d done, %d failed, %d cancelled, %d skipped%s", s.total(),
				s.done(), s.failed(), s.cancelled(), s.skipped(),
				s.queued() + s.running() + s.awaitingReview() > 0
						? ", " + (s.queued() + s.running()) + " unfinished, " + s.awaitingReview() + " awaiting review"
						: ""));
		if (!s.failuresByCategory().isEmpty()) {
			List<String> cats = new ArrayList<>();
			s.failuresByCategory().forEach((c, n) -> cats.add(c.id() + " " + n));
			out.println("  failed by category: " + String.join(", ", cats));
		}
		out.println(String.format(Locale.ROOT, "  error rate %.1f %%, %d retried (%.0f %% of them succeeded)",
				s.errorRate() * 100, s.retried(), s.retrySuccessRate() * 100));
		out.println(String.format(Locale.ROOT, "  throughput %.1f files/min, %.2f MB/s; peak heap %s, peak RSS %s",
				s.filesPerMinute(), s.megabytesPerSecond(), mb(s.peakHeapBytes()), mb(s.peakRssBytes())));
		out.println("  models:  " + s.modelFiles() + " files in " + snap.outputFolder());
		List<String> names = snap.items().stream().flatMap(i -> i.outcome().modelFiles().stream()).toList();
		if (!names.isEmpty() && names.size() <= 12) {
			out.println("           " + String.join(", ", names));
		}
		if (!reports.isEmpty()) {
			out.println("  reports: " + reports.stream().map(p -> p.getFileName().toString()).toList());
		}
		if (java.nio.file.Files.isRegularFile(snap.journal())) {
			out.println("  journal: " + snap.journal());
		}
		if (snap.state() == BatchState.PAUSED && snap.message() != null) {
			out.println();
			out.println("PAUSED: " + snap.message());
			out.println(java.nio.file.Files.isRegularFile(snap.journal()) ? "  then run: espice resume " + snap.journal()
					: "  nothing was written yet; then run the same command again");
		}
		out.flush();
		if (snap.state() == BatchState.PAUSED) {
			return ExitCodes.PAUSED;
		}
		if (s.awaitingReview() > 0) {
			return ExitCodes.AWAITING_REVIEW;
		}
		if (snap.state() == BatchState.CANCELLED) {
			return ExitCodes.INTERRUPTED;
		}
		return s.failed() + s.cancelled() > 0 ? ExitCodes.FILES_FAILED : ExitCodes.OK;
	}

	private static String mb(long bytes) {
		return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
	}
}
