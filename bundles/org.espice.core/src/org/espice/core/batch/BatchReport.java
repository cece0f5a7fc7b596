package org.espice.core.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.espice.core.FailureCategory;
import org.espice.core.internal.batch.AtomicFiles;
import org.espice.core.internal.batch.ConfigJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report of a batch in JSON, Markdown or CSV: one entry per file in input order, then a summary.
 */
public final class BatchReport {

	public enum Format {
		JSON("json"), MARKDOWN("md"), CSV("csv");

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		public String extension() {
			return extension;
		}

		/** {@code json}, {@code md}/{@code markdown} or {@code csv}. */
		public static Format fromId(String id) {
			return switch (id.toLowerCase(Locale.ROOT)) {
			case "json" -> JSON;
			case "md", "markdown" -> MARKDOWN;
			case "csv" -> CSV;
			default -> throw new IllegalArgumentException("Unknown report format '" + id + "'; use json, md or csv");
			};
		}
	}

	/**
	 * Figures over the whole batch.
	 *
	 * @param errorRate        failed / (done + failed), 0 when nothing finished
	 * @param retried          files that failed and were run again (automatic retry of a transient failure, or a
	 *                         user's retry)
	 * @param retrySuccessRate of those, the share that ended done (0 when none was retried)
	 */
	public record Summary(int total, int done, int failed, int cancelled, int skipped, int queued, int running,
			int awaitingReview, Map<FailureCategory, Integer> failuresByCategory, double errorRate, int retried,
			double retrySuccessRate, long activeMillis, double filesPerMinute, double megabytesPerSecond,
			long peakHeapBytes, long peakRssBytes, int modelFiles) {
	}

	private final BatchSnapshot batch;
	private final Summary summary;

	private BatchReport(BatchSnapshot batch) {
		this.batch = batch;
		this.summary = summarise(batch);
	}

	public static BatchReport of(BatchSnapshot batch) {
		return new BatchReport(batch);
	}

	public BatchSnapshot batch() {
		return batch;
	}

	public Summary summary() {
		return summary;
	}

	private static Summary summarise(BatchSnapshot b) {
		int done = 0, failed = 0, cancelled = 0, skipped = 0, queued = 0, running = 0, review = 0, retried = 0,
				retriedOk = 0, models = 0;
		long bytes = 0;
		Map<FailureCategory, Integer> byCat = new LinkedHashMap<>();
		for (BatchItem i : b.items()) {
			ItemState s = i.state();
			if (s instanceof ItemState.Done) {
				done++;
			} else if (s instanceof ItemState.Failed f) {
				failed++;
				byCat.merge(f.category(), 1, Integer::sum);
			} else if (s instanceof ItemState.Cancelled) {
				cancelled++;
			} else if (s instanceof ItemState.Skipped) {
				skipped++;
			} else if (s instanceof ItemState.Running) {
				running++;
			} else if (s instanceof ItemState.AwaitingReview) {
				review++;
			} else {
				queued++;
			}
			if (s instanceof ItemState.Done || s instanceof ItemState.Failed) {
				bytes += Math.max(0, i.size());
			}
			if (i.retried()) {
				retried++;
				if (s instanceof ItemState.Done) {
					retriedOk++;
				}
			}
			models += i.outcome().modelFiles().size();
		}
		long active = b.stats().activeMillis();
		double minutes = active / 60000.0;
		return new Summary(b.items().size(), done, failed, cancelled, skipped, queued, running, review, byCat,
				done + failed == 0 ? 0 : (double) failed / (done + failed), retried,
				retried == 0 ? 0 : (double) retriedOk / retried, active,
				minutes > 0 ? (done + failed) / minutes : 0, active > 0 ? bytes / 1048576.0 / (active / 1000.0) : 0,
				b.stats().peakHeapBytes(), b.stats().peakRssBytes(), models);
	}

	public String render(Format f) {
		return switch (f) {
		case JSON -> json();
		case MARKDOWN -> markdown();
		case CSV -> csv();
		};
	}

	/** Writes {@code <id>.report.json|md|csv} into {@code folder}, atomically; returns the files. */
	public List<Path> writeAll(Path folder) throws IOException {
		List<Path> out = new ArrayList<>();
		for (Format f : Format.values()) {
			Path p = folder.resolve(batch.id() + ".report." + f.extension());
			AtomicFiles.write(p, render(f));
			out.add(p);
		}
		return out;
	}

	// ---- JSON ----

	private String json() {
		ObjectNode root = ConfigJson.MAPPER.createObjectNode();
		root.put("batch", batch.id());
		root.put("created", Instant.ofEpochMilli(batch.createdMillis()).toString());
		root.put("state", batch.state().id());
		if (batch.message() != null) {
			root.put("message", batch.message());
		}
		root.put("outputFolder", String.valueOf(batch.outputFolder()));
		root.set("config", ConfigJson.toJson(batch.config()));
		ArrayNode files = root.putArray("files");
		for (BatchItem i : batch.items()) {
			ObjectNode n = files.addObject();
			n.put("index", i.index() + 1);
			n.put("file", i.file().toString());
			n.put("bytes", i.size());
			n.put("state", i.state().id());
			String cat = category(i);
			if (cat != null) {
				n.put("category", cat);
			}
			String msg = message(i);
			if (msg != null) {
				n.put("message", msg);
			}
			n.put("attempts", i.attempts());
			ArrayNode parts = n.putArray("parts");
			i.outcome().parts().forEach(parts::add);
			if (i.outcome().kind() != null) {
				n.put("kind", i.outcome().kind());
			}
			n.put("parameters", i.outcome().parameterCount());
			ArrayNode models = n.putArray("models");
			i.outcome().modelFiles().forEach(models::add);
			ObjectNode t = n.putObject("timingsMillis");
			t.put("read", i.timings().readMillis());
			t.put("fit", i.timings().fitMillis());
			t.put("write", i.timings().writeMillis());
			t.put("total", i.timings().totalMillis());
		}
		ObjectNode s = root.putObject("summary");
		Summary m = summary;
		s.put("total", m.total());
		s.put("done", m.done());
		s.put("failed", m.failed());
		s.put("cancelled", m.cancelled());
		s.put("skipped", m.skipped());
		s.put("unfinished", m.queued() + m.running() + m.awaitingReview());
		ObjectNode cats = s.putObject("failuresByCategory");
		m.failuresByCategory().forEach((c, n) -> cats.put(c.id(), n));
		s.put("errorRate", round(m.errorRate()));
		s.put("retried", m.retried());
		s.put("retrySuccessRate", round(m.retrySuccessRate()));
		s.put("activeSeconds", round(m.activeMillis() / 1000.0));
		s.put("filesPerMinute", round(m.filesPerMinute()));
		s.put("megabytesPerSecond", round(m.megabytesPerSecond()));
		s.put("peakHeapBytes", m.peakHeapBytes());
		s.put("peakRssBytes", m.peakRssBytes());
		s.put("modelFiles", m.modelFiles());
		try {
			return ConfigJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	// ---- Markdown ----

	private String markdown() {
		Summary m = summary;
		StringBuilder b = new StringBuilder();
		b.append("# ESpice batch ").append(md(batch.id())).append("\n\n");
		b.append("State: **").append(batch.state().id()).append("**");
		if (batch.message() != null) {
			b.append(" (").append(md(batch.message())).append(')');
		}
		b.append("  \nOutput: ").append(md(String.valueOf(batch.outputFolder()))).append("  \nDialect: ")
				.append(batch.config().dialect().id()).append(", parallelism ").append(batch.config().parallelism())
				.append("\n\n## Summary\n\n| | |\n|---|---|\n");
		row(b, "Files", m.total());
		row(b, "Done", m.done());
		row(b, "Failed", m.failed() + categories(m));
		row(b, "Cancelled", m.cancelled());
		row(b, "Skipped", m.skipped());
		if (m.queued() + m.running() + m.awaitingReview() > 0) {
			row(b, "Unfinished", m.queued() + m.running() + m.awaitingReview());
		}
		row(b, "Error rate", pct(m.errorRate()));
		row(b, "Retried", m.retried() + " (" + pct(m.retrySuccessRate()) + " succeeded)");
		row(b, "Running time", String.format(Locale.ROOT, "%.1f s", m.activeMillis() / 1000.0));
		row(b, "Throughput", String.format(Locale.ROOT, "%.1f files/min, %.2f MB/s", m.filesPerMinute(),
				m.megabytesPerSecond()));
		row(b, "Peak memory", "heap " + mib(m.peakHeapBytes()) + ", RSS " + mib(m.peakRssBytes()));
		row(b, "Model files", m.modelFiles());
		b.append("\n## Files\n\n| # | File | State | Category | Parts | Kind | Parameters | Models | Time (ms) | Message |\n")
				.append("|---|---|---|---|---|---|---|---|---|---|\n");
		for (BatchItem i : batch.items()) {
			b.append("| ").append(i.index() + 1).append(" | ").append(md(i.fileName())).append(" | ")
					.append(i.state().id()).append(" | ").append(nz(category(i))).append(" | ")
					.append(md(String.join(", ", i.outcome().parts()))).append(" | ").append(nz(i.outcome().kind()))
					.append(" | ").append(i.outcome().parameterCount()).append(" | ")
					.append(md(String.join(", ", i.outcome().modelFiles()))).append(" | ")
					.append(i.timings().totalMillis()).append(" | ").append(md(nz(message(i)))).append(" |\n");
		}
		return b.toString();
	}

	private static String categories(Summary m) {
		if (m.failuresByCategory().isEmpty()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		m.failuresByCategory().forEach((c, n) -> parts.add(c.id() + " " + n));
		return " (" + String.join(", ", parts) + ")";
	}

	private static void row(StringBuilder b, String k, Object v) {
		b.append("| ").append(k).append(" | ").append(v).append(" |\n");
	}

	private static String md(String s) {
		return ReportText.markdown(s);
	}

	static String pct(double r) {
		return String.format(Locale.ROOT, "%.1f %%", r * 100);
	}

	static String mib(long bytes) {
		return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
	}

	// ---- CSV (RFC 4180) ----

	private String csv() {
		StringBuilder b = new StringBuilder(
				"index,file,state,category,message,parts,kind,parameters,models,attempts,read_ms,fit_ms,write_ms,total_ms\r\n");
		for (BatchItem i : batch.items()) {
			ItemTimings t = i.timings();
			b.append(i.index() + 1).append(',').append(csv(i.file().toString())).append(',').append(i.state().id())
					.append(',').append(csv(nz(category(i)))).append(',').append(csv(nz(message(i)))).append(',')
					.append(csv(String.join(";", i.outcome().parts()))).append(',').append(csv(nz(i.outcome().kind())))
					.append(',').append(i.outcome().parameterCount()).append(',')
					.append(csv(String.join(";", i.outcome().modelFiles()))).append(',').append(i.attempts()).append(',')
					.append(t.readMillis()).append(',').append(t.fitMillis()).append(',').append(t.writeMillis())
					.append(',').append(t.totalMillis()).append("\r\n");
		}
		return b.toString();
	}

	private static String csv(String s) {
		return ReportText.csv(s);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** The failure category id of a failed item, else null. */
	public static String category(BatchItem i) {
		return i.state() instanceof ItemState.Failed f ? f.category().id() : null;
	}

	/** What the report says of an item: its failure reason, its skip reason or its done note; or null. */
	public static String message(BatchItem i) {
		ItemState s = i.state();
		if (s instanceof ItemState.Failed f) {
			return f.message();
		}
		if (s instanceof ItemState.Skipped k) {
			return k.reason();
		}
		if (s instanceof ItemState.Done d) {
			return d.note();
		}
		return null;
	}
}
