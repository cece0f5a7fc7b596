package org.espice.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/** The job on the driver: list, process a file per task, name, write the models, write the report. */
public final class CatalogJob {

	/**
	 * What a run did.
	 *
	 * @param records    every input's record, in input order (models without their text)
	 * @param modelFiles model file names by input index
	 * @param reused     files taken from an earlier run's records
	 * @param engine     the engine fingerprint the records carry
	 * @param report     the report folder
	 * @param millis     the run's wall time
	 */
	public record Result(List<FileRecord> records, Map<Integer, List<String>> modelFiles, long reused, String engine,
			String report, long millis) {

		public Map<String, Integer> states() {
			Map<String, Integer> m = new LinkedHashMap<>();
			records.forEach(r -> m.merge(r.state(), 1, Integer::sum));
			return m;
		}

		public Map<String, Integer> failuresByCategory() {
			Map<String, Integer> m = new LinkedHashMap<>();
			records.stream().filter(r -> r.category() != null).forEach(r -> m.merge(r.category(), 1, Integer::sum));
			return m;
		}

		public int models() {
			return modelFiles.values().stream().mapToInt(List::size).sum();
		}

		public boolean allDone() {
			return records.stream().allMatch(r -> r.done() || "skipped".equals(r.state()));
		}
	}

	private CatalogJob() {
	}

	public static Result run(SparkSession spark, JobSettings settings) throws IOException {
		long t0 = System.nanoTime();
		JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
		Configuration conf = jsc.hadoopConfiguration();
		List<InputListing.InputFile> inputs = InputListing.list(settings.inputs(), settings.recursive(), conf);
		if (inputs.isEmpty()) {
			throw new IOException("No PDF files in " + settings.inputs()
					+ (settings.recursive() ? "" : " (use --recursive for subfolders)"));
		}
		String engine = EngineVersion.fingerprint(settings);
		Broadcast<HadoopConf> hadoop = jsc.broadcast(new HadoopConf(conf));
		LongAccumulator reused = jsc.sc().longAccumulator("espice files reused");
		jsc.setJobDescription("ESpice: read and fit " + inputs.size() + " datasheets");
		// a file per task (by default): a datasheet takes a second's work from a few hundred kB, so Spark's packing
		// of small inputs by size would put a hundred in one task and leave most cores idle
		int tasks = (inputs.size() + settings.filesPerTask() - 1) / settings.filesPerTask();
		List<FileRecord> done = jsc.parallelize(inputs, tasks).map(in -> {
			FileRecord r = FileTask.run(in, settings, engine, hadoop.value().get());
			if (r.reused()) {
				reused.add(1);
			}
			return r.light();
		}).collect();

		List<FileRecord> records = ModelNames.withDuplicatesSkipped(done);
		Map<Integer, List<String>> names = ModelNames.assign(records, settings.extension());
		List<ModelOutput.Assignment> writes = new ArrayList<>();
		for (FileRecord r : records) {
			List<String> n = names.get(r.index());
			if (n != null && !n.isEmpty()) {
				writes.add(new ModelOutput.Assignment(r.file(), n));
			}
		}
		if (!writes.isEmpty()) {
			jsc.setJobDescription("ESpice: write " + names.values().stream().mapToInt(List::size).sum() + " models");
			String out = settings.out();
			jsc.parallelize(writes, Math.min(writes.size(), 4 * jsc.defaultParallelism()))
					.foreach(a -> ModelOutput.write(a, out, hadoop.value().get()));
		}
		jsc.setJobDescription("ESpice: report");
		String report = ReportRows.write(spark, ReportRows.rows(records, names), settings.out());
		return new Result(records, names, reused.value(), engine, report, (System.nanoTime() - t0) / 1_000_000);
	}
}
