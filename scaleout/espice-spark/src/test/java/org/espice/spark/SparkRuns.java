package org.espice.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.FileWork;
import org.espice.core.batch.BatchReport;
import org.espice.core.batch.WorkerOptions;
import org.espice.core.batch.WorkerPool;

/** Helpers for the job's tests: local sessions, the single-machine batch to compare with, file hashes. */
final class SparkRuns {

	private SparkRuns() {
	}

	static SparkSession session(String master) {
		return SparkSession.builder().appName("espice-test").master(master).config("spark.ui.enabled", "false")
				.config("spark.sql.shuffle.partitions", "2").getOrCreate();
	}

	/** What {@code espice process} does with the same inputs and settings: the engine's batch, in workers. */
	static List<BatchItem> process(JobSettings s, List<Path> files, Path out) throws Exception {
		WorkerOptions o = WorkerOptions.of(ExecutorWork.classPath()).withWorkClass(s.workClass());
		try (WorkerPool pool = new WorkerPool(o, FileWork.named(s.workClass(), SparkRuns.class.getClassLoader()));
				Batch b = Batch.create(s.config(out).withParallelism(2), files, pool)) {
			b.start();
			if (!b.awaitIdle(Duration.ofMinutes(10))) {
				throw new AssertionError("the batch did not finish");
			}
			return b.items();
		}
	}

	/** The report's rows as {@code espice process}'s items would give them, timings left out. */
	static List<String> rows(List<BatchItem> items) {
		List<String> out = new ArrayList<>();
		for (BatchItem i : items) {
			out.add(String.join(" | ", String.valueOf(i.index() + 1), i.file().toString(), i.state().id(),
					nz(BatchReport.category(i)), nz(BatchReport.message(i)), String.join(";", i.outcome().parts()), nz(i.outcome().kind()),
					String.valueOf(i.outcome().parameterCount()), String.join(";", i.outcome().modelFiles()),
					String.valueOf(i.attempts())));
		}
		return out;
	}

	/** The job's report as written, read back through Spark, timings left out. */
	static List<String> rows(SparkSession spark, String report) {
		List<String> out = new ArrayList<>();
		for (Row r : spark.read().option("header", "true").option("multiLine", "true").schema(ReportRows.SCHEMA)
				.csv(report).collectAsList()) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < 10; c++) {
				cells.add(r.isNullAt(c) ? "" : String.valueOf(r.get(c)));
			}
			out.add(String.join(" | ", cells));
		}
		return out;
	}

	/** Every model file in a folder, name to text. */
	static Map<String, String> models(Path dir, String extension) throws IOException {
		Map<String, String> out = new TreeMap<>();
		try (Stream<Path> s = Files.list(dir)) {
			for (Path p : s.filter(p -> p.getFileName().toString().endsWith("." + extension)).toList()) {
				out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
			}
		}
		return out;
	}

	/** SHA-256 of every file below {@code dir} by relative path; Spark's per-run part-file names are folded. */
	static Map<String, String> hashes(Path dir) throws IOException {
		Map<String, String> out = new TreeMap<>();
		try (Stream<Path> s = Files.walk(dir)) {
			for (Path p : s.filter(Files::isRegularFile).toList()) {
				String rel = dir.relativize(p).toString().replaceAll("part-(\\d+)-[0-9a-f-]+", "part-$1");
				out.put(rel, sha256(Files.readAllBytes(p)));
			}
		}
		return out;
	}

	static String sha256(byte[] b) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
