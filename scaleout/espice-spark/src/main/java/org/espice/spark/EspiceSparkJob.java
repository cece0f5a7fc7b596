package org.espice.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchPresets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code espice-spark DIR|FILE... --out OUT [--master URL] [espice process options]}: the ESpice engine over a
 * catalog, as a Spark application. Locally through {@code releng/espice-spark}; on a cluster through
 * {@code spark-submit --class org.espice.spark.EspiceSparkJob espice-spark-*-job.jar ...}.
 */
@Command(name = "espice-spark", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Reads and fits every datasheet PDF of the inputs as a Spark job, with the engine of "
				+ "'espice process': one SPICE model file per part and a per-file report (OUT/espice-report/) with "
				+ "the same states, categories and reasons.",
				"Inputs and OUT may be local paths or any Hadoop file system (hdfs://, s3a://). A rerun skips the files "
						+ "already done with the same engine and settings." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every file done (or skipped as a duplicate)",
				"1:some files failed; the rest completed (see the report)", "2:invalid command line",
				"4:an input could not be found or the job failed" })
public final class EspiceSparkJob implements Callable<Integer> {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "PDF files or folders holding them.")
	List<String> inputs = new ArrayList<>();

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "DIR", description = "Output folder.")
	String out;

	@Option(names = "--master", paramLabel = "URL",
			description = "Spark master, e.g. local[2] (default: what spark-submit sets, else local[*]).")
	String master;

	@Option(names = { "-r", "--recursive" }, description = "Also search subfolders.")
	boolean recursive;

	@Option(names = { "-d", "--dialect" }, paramLabel = "D", description = "ngspice, ltspice or pspice (default ngspice).")
	String dialect;

	@Option(names = "--kind", paramLabel = "KIND", description = "Force a device kind on every part (e.g. mosfet-n).")
	String kind;

	@Option(names = "--naming", paramLabel = "PATTERN",
			description = "Model file name from {part}, {file}, {kind}, {dialect} (default {part}).")
	String naming;

	@Option(names = "--timeout", paramLabel = "S", description = "Per-file time limit in seconds (default 120).")
	Long timeout;

	@Option(names = "--retries", paramLabel = "N",
			description = "Extra attempts for transient failures (timeout, crash, out-of-memory, io-error; default 2).")
	Integer retries;

	@Option(names = "--max-size", paramLabel = "MB", description = "Largest input file in MB (default 50).")
	Long maxSizeMb;

	@Option(names = "--max-pages", paramLabel = "N", description = "Most pages in one input PDF (default 500).")
	Integer maxPages;

	@Option(names = "--preset", paramLabel = "FILE",
			description = "Load options from a preset saved by 'espice process --save-preset' or the IDE; options given "
					+ "here win.")
	Path preset;

	@Option(names = "--in-process", description = "Read and fit in the executors' threads instead of worker "
			+ "processes (a hostile PDF can then hang or exhaust an executor).")
	boolean inProcess;

	@Option(names = "--worker-heap", paramLabel = "MB", description = "Heap of each worker process in MB (default 1024).")
	int workerHeap;

	@Option(names = "--files-per-task", paramLabel = "N", description = "Datasheets per Spark task (default 1: "
			+ "an even spread; a few per task when hundreds of cores wait for the driver to launch tasks).")
	int filesPerTask = 1;

	@Option(names = "--work-class", hidden = true, description = "Per-file work implementation (tests).")
	String workClass;

	public static void main(String[] args) {
		System.exit(new CommandLine(new EspiceSparkJob()).execute(args));
	}

	JobSettings settings() throws IOException {
		BatchConfig base = preset != null ? BatchPresets.load(preset) : BatchConfig.defaults();
		String k = kind != null ? kind : base.kindOverride() == null ? null : base.kindOverride().id();
		return new JobSettings(inputs, out, recursive, dialect != null ? dialect : base.dialect().id(),
				naming != null ? naming : base.naming(), k, timeout != null ? timeout : base.timeoutSeconds(),
				retries != null ? retries : base.retries(),
				maxSizeMb != null ? maxSizeMb * 1024 * 1024 : base.limits().maxBytes(),
				maxPages != null ? maxPages : base.limits().maxPages(), inProcess, workerHeap, workClass, filesPerTask)
				.checked();
	}

	@Override
	public Integer call() {
		PrintWriter pw = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		JobSettings s;
		try {
			s = settings();
		} catch (IllegalArgumentException | IOException e) {
			err.println(e.getMessage());
			return e instanceof IOException ? 4 : 2;
		}
		SparkSession.Builder b = SparkSession.builder().appName("ESpice");
		if (master != null) {
			b = b.master(master);
		} else if (!SparkSession.getActiveSession().isDefined() && System.getProperty("spark.master") == null) {
			b = b.master("local[*]");
		}
		SparkSession spark = b.getOrCreate();
		try {
			CatalogJob.Result r = CatalogJob.run(spark, s);
			pw.println(summary(r, s.out()));
			pw.flush();
			return r.allDone() ? 0 : 1;
		} catch (Exception e) {
			err.println("espice-spark: " + e.getMessage());
			return 4;
		} finally {
			spark.stop();
		}
	}

	static String summary(CatalogJob.Result r, String out) {
		StringBuilder b = new StringBuilder();
		b.append(String.format(Locale.ROOT, "ESpice on Spark: %d files in %.1f s (%d taken from an earlier run; %s)%n",
				r.records().size(), r.millis() / 1000.0, r.reused(), r.engine()));
		List<String> states = new ArrayList<>();
		for (Map.Entry<String, Integer> e : r.states().entrySet()) {
			states.add(e.getKey() + " " + e.getValue());
		}
		b.append("  ").append(String.join(", ", states));
		if (!r.failuresByCategory().isEmpty()) {
			List<String> cats = new ArrayList<>();
			r.failuresByCategory().forEach((c, n) -> cats.add(c + " " + n));
			b.append(" (failed: ").append(String.join(", ", cats)).append(')');
		}
		b.append(String.format(Locale.ROOT, "%n  models: %d files in %s%n  report: %s", r.models(), out, r.report()));
		return b.toString();
	}
}
