package org.espice.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.espice.core.FailureCategory;
import org.espice.core.batch.Batch;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchReport;
import org.espice.core.batch.ItemReview;
import org.espice.core.internal.batch.InputValidator;
import org.espice.core.internal.batch.ModelFileNames;
import org.espice.core.spice.FittedModel;

/**
 * One task: one input file, on an executor. Takes the file's record when the same engine and settings made it
 * from the same bytes; otherwise runs it as a batch of one file through the engine {@code espice process} uses
 * (validation, the worker process, the deadline, retries of transient failures, the same states, categories
 * and reasons), then keeps the record. The models are written later, under the names the driver gives them.
 */
final class FileTask {

	private FileTask() {
	}

	static FileRecord run(InputListing.InputFile in, JobSettings settings, String fingerprint, Configuration conf)
			throws IOException, InterruptedException {
		RecordStore store = new RecordStore(settings.out(), conf);
		Path scratch = Files.createTempDirectory("espice-task-");
		try {
			Path local;
			String hash;
			try {
				local = InputListing.local(in, conf, scratch);
				hash = InputValidator.sha256(local);
			} catch (IOException e) {
				// this file cannot be read (gone, no permission): its row says so, the job goes on
				return unreadable(in, fingerprint, e);
			}
			FileRecord kept = store.read(in.path());
			if (kept != null && kept.fingerprint().equals(fingerprint) && kept.contentHash().equals(hash)
					&& kept.size() == in.size() && !kept.worthRetrying()) {
				return kept.reusedAt(in.index());
			}
			FileRecord made = process(in, local, hash, settings, fingerprint, scratch.resolve("out"));
			store.write(made);
			return made;
		} finally {
			deleteTree(scratch);
		}
	}

	private static FileRecord process(InputListing.InputFile in, Path local, String hash, JobSettings settings,
			String fingerprint, Path folder) throws IOException, InterruptedException {
		BatchConfig config = settings.config(folder);
		try (Batch b = Batch.create(config, List.of(local), ExecutorWork.get(settings))) {
			b.start();
			Duration bound = Duration.ofSeconds((config.timeoutSeconds() + 5) * (config.retries() + 1) + 60
					+ (config.backoffMillis() << Math.min(20, config.retries())) / 1000);
			if (!b.awaitIdle(bound)) {
				b.cancel();
				throw new IOException(in.path() + ": the engine did not finish within " + bound.toSeconds() + " s");
			}
			BatchItem item = b.items().get(0);
			if (!item.state().isFinal() || "cancelled".equals(item.state().id())) {
				// paused on the executor's disk (full scratch space) or stopped: not the file's result; the task
				// fails and Spark runs it again, on this executor or another
				throw new IOException(in.path() + ": the engine stopped at " + item.state().id()
						+ (b.message() == null ? "" : " (" + b.message() + ")"));
			}
			List<FileRecord.ModelText> models = models(item, b.details(0).orElse(null), config, local, folder);
			return new FileRecord(in.index(), in.path(), in.size(), hash, fingerprint, item.state().id(),
					BatchReport.category(item), BatchReport.message(item),
					item.attempts(), item.outcome().parts(), item.outcome().kind(), item.outcome().parameterCount(),
					item.timings().readMillis(), item.timings().fitMillis(), item.timings().writeMillis(),
					item.timings().totalMillis(), models, false);
		}
	}

	/** An input that could not be read, as {@code espice process} reports one: failed, {@code io-error}. */
	private static FileRecord unreadable(InputListing.InputFile in, String fingerprint, IOException e) {
		return new FileRecord(in.index(), in.path(), in.size(), null, fingerprint, "failed",
				FailureCategory.IO_ERROR.id(), in.fileName() + ": cannot be read (" + e.getMessage() + ")", 1, List.of(),
				null, 0, 0, 0, 0, 0, List.of(), false);
	}

	/**
	 * The written models' text with the stems their names came from. The engine wrote one file per fitted model,
	 * in the models' order.
	 */
	private static List<FileRecord.ModelText> models(BatchItem item, ItemReview details, BatchConfig config,
			Path local, Path folder) throws IOException {
		List<String> files = item.outcome().modelFiles();
		List<FileRecord.ModelText> out = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			String stem;
			if (details != null && i < details.models().size()) {
				FittedModel m = details.models().get(i);
				stem = ModelFileNames.stem(config.naming(), m.part(), local.getFileName().toString(),
						m.kind() == null ? null : m.kind().id(), config.dialect().id());
			} else {
				stem = files.get(i).substring(0, files.get(i).length() - config.dialect().fileExtension().length() - 1);
			}
			out.add(new FileRecord.ModelText(stem,
					Files.readString(folder.resolve(files.get(i)), StandardCharsets.UTF_8)));
		}
		return out;
	}

	static void deleteTree(Path dir) {
		try (Stream<Path> s = Files.walk(dir)) {
			s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder; the executor's cleanup takes what is left
		}
	}
}
