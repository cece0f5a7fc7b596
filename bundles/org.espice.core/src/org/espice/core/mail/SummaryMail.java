package org.espice.core.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.espice.core.FailureCategory;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchReport;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.ItemState;

/**
 * The mail that tells a person a batch has finished: a subject with the counts, a plain-text body with the
 * failures by category and every failed file with its reason, and the batch's report attached (CSV for a
 * spreadsheet, Markdown to read).
 *
 * @param subject     one line
 * @param body        plain text, lines ending in CRLF as mail wants them
 * @param attachments the report files
 */
public record SummaryMail(String subject, String body, List<Attachment> attachments) {

	/** A file attached to the mail. */
	public record Attachment(String fileName, String contentType, byte[] bytes) {
	}

	/** Failed files listed in the body; the rest are counted, and the attached report has them all. */
	public static final int LISTED_FAILURES = 50;

	public SummaryMail {
		attachments = List.copyOf(attachments);
	}

	/** The summary of the report's batch, with the report in CSV and Markdown attached. */
	public static SummaryMail of(BatchReport report) {
		BatchSnapshot b = report.batch();
		BatchReport.Summary s = report.summary();
		List<Attachment> files = List.of(
				attachment(b.id() + ".report.csv", "text/csv; charset=UTF-8", report.render(BatchReport.Format.CSV)),
				attachment(b.id() + ".report.md", "text/markdown; charset=UTF-8",
						report.render(BatchReport.Format.MARKDOWN)));
		return new SummaryMail(subject(b, s), body(b, s), files);
	}

	/** A mail that only shows the settings work, as the IDE's "Send Test Mail" sends it. */
	public static SummaryMail test() {
		return new SummaryMail("ESpice test mail",
				"This is a test mail from ESpice.\r\nWhen a batch finishes, its summary and report come this way.\r\n",
				List.of());
	}

	private static Attachment attachment(String name, String type, String text) {
		return new Attachment(name, type, text.getBytes(StandardCharsets.UTF_8));
	}

	static String subject(BatchSnapshot b, BatchReport.Summary s) {
		StringBuilder t = new StringBuilder("ESpice batch ").append(b.id()).append(": ");
		t.append(counts(s));
		return oneLine(t.toString());
	}

	/** "77 files: 70 done, 5 failed, 2 skipped", naming only the states some file is in. */
	static String counts(BatchReport.Summary s) {
		StringBuilder t = new StringBuilder().append(s.total()).append(s.total() == 1 ? " file: " : " files: ");
		t.append(s.done()).append(" done");
		append(t, s.failed(), "failed");
		append(t, s.skipped(), "skipped");
		append(t, s.cancelled(), "cancelled");
		append(t, s.awaitingReview(), "awaiting review");
		append(t, s.queued() + s.running(), "unfinished");
		return t.toString();
	}

	private static void append(StringBuilder t, int n, String what) {
		if (n > 0) {
			t.append(", ").append(n).append(' ').append(what);
		}
	}

	static String body(BatchSnapshot b, BatchReport.Summary s) {
		List<String> lines = new ArrayList<>();
		lines.add("ESpice batch " + b.id() + " has " + (b.state() == BatchState.FINISHED ? "finished" : "stopped") + " ("
				+ b.state().id() + (b.message() == null ? "" : ": " + oneLine(b.message())) + ").");
		lines.add("");
		lines.add(counts(s) + ".");
		lines.add(s.modelFiles() + (s.modelFiles() == 1 ? " model file" : " model files") + " in " + b.outputFolder());
		lines.add("Time: " + duration(s.activeMillis())
				+ (s.filesPerMinute() > 0 ? String.format(Locale.ROOT, ", %.0f files a minute", s.filesPerMinute()) : ""));
		if (!s.failuresByCategory().isEmpty()) {
			lines.add("");
			lines.add("Failures by category:");
			for (Map.Entry<FailureCategory, Integer> e : s.failuresByCategory().entrySet()) {
				lines.add(String.format(Locale.ROOT, "  %-24s %d", e.getKey().id(), e.getValue()));
			}
			lines.add("");
			lines.add("Failed files:");
			int listed = 0;
			for (BatchItem i : b.items()) {
				if (i.state() instanceof ItemState.Failed f) {
					if (listed++ == LISTED_FAILURES) {
						lines.add("  ... and " + (s.failed() - LISTED_FAILURES) + " more (see the attached report)");
						break;
					}
					lines.add("  " + oneLine(i.fileName()) + " [" + f.category().id() + "]: " + oneLine(f.message()));
				}
			}
		}
		lines.add("");
		lines.add("The batch's report is attached: " + b.id() + ".report.csv (one row per file) and " + b.id()
				+ ".report.md.");
		lines.add("Journal: " + b.journal());
		return String.join("\r\n", lines) + "\r\n";
	}

	/** "42 s", "3 min 05 s", "2 h 07 min". */
	static String duration(long millis) {
		long sec = Math.round(millis / 1000.0);
		if (sec < 60) {
			return sec + " s";
		}
		if (sec < 3600) {
			return String.format(Locale.ROOT, "%d min %02d s", sec / 60, sec % 60);
		}
		return String.format(Locale.ROOT, "%d h %02d min", sec / 3600, sec / 60 % 60);
	}

	/** Text from a PDF or a path on one line: no line breaks or controls that would forge mail headers or lines. */
	private static String oneLine(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length());
		s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
				|| c == 0x85 ? ' ' : c));
		return b.toString();
	}
}
