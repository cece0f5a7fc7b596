package org.espice.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.espice.core.DeviceKind;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.ValidationLimits;
import org.espice.core.spice.Dialect;

/**
 * What the job does, as given on its command line: the same options as {@code espice process}.
 *
 * @param inputs       folders or PDF files, any Hadoop file system (a local path, {@code hdfs://}, {@code s3a://})
 * @param out          the output folder, any Hadoop file system
 * @param recursive    whether folders are searched below their top level
 * @param dialect      the dialect id
 * @param naming       the model file name pattern
 * @param kind         a device kind id forced on every part, or null
 * @param timeoutSeconds per-file time limit
 * @param retries      extra attempts for transient failures
 * @param maxBytes     the largest input
 * @param maxPages     the most pages in one input
 * @param inProcess    read in the executor's own threads instead of worker processes
 * @param workerHeapMegabytes a worker's heap, or 0 for the default
 * @param workClass    a FileWork class for tests, or null
 * @param filesPerTask files per Spark task: 1, unless the driver's task launches bound the run (hundreds of cores)
 */
public record JobSettings(List<String> inputs, String out, boolean recursive, String dialect, String naming,
		String kind, long timeoutSeconds, int retries, long maxBytes, int maxPages, boolean inProcess,
		int workerHeapMegabytes, String workClass, int filesPerTask) implements Serializable {

	private static final long serialVersionUID = 1L;

	public JobSettings {
		inputs = List.copyOf(inputs);
		if (filesPerTask < 1) {
			throw new IllegalArgumentException("Files per task must be at least 1, was " + filesPerTask);
		}
	}

	/** The defaults of {@code espice process}. */
	public static JobSettings of(List<String> inputs, String out) {
		BatchConfig d = BatchConfig.defaults();
		return new JobSettings(inputs, out, false, d.dialect().id(), d.naming(), null, d.timeoutSeconds(),
				d.retries(), d.limits().maxBytes(), d.limits().maxPages(), false, 0, null, 1);
	}

	/** Fails with a message on a bad dialect, kind, naming pattern or limit. */
	public JobSettings checked() {
		try {
			Dialect.fromId(dialect);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Unknown dialect '" + dialect + "'; use ngspice, ltspice or pspice", e);
		}
		config(Path.of("."));
		return this;
	}

	/** The engine's configuration for a one-file batch in {@code folder}. */
	public BatchConfig config(Path folder) {
		BatchConfig c = BatchConfig.defaults().withParallelism(1).withTimeoutSeconds(timeoutSeconds)
				.withRetries(retries, BatchConfig.defaults().backoffMillis()).withDialect(Dialect.fromId(dialect))
				.withNaming(naming).withLimits(new ValidationLimits(maxBytes, maxPages)).withOutputFolder(folder);
		return kind == null ? c : c.withKindOverride(DeviceKind.fromId(kind));
	}

	public String extension() {
		return Dialect.fromId(dialect).fileExtension();
	}

	/** Everything that changes what a file's record holds; a record made with other settings is redone. */
	public String outputSettings() {
		return String.format(Locale.ROOT, "dialect=%s naming=%s kind=%s maxBytes=%d maxPages=%d", dialect, naming,
				kind, maxBytes, maxPages);
	}

	public JobSettings withWorkClass(String className) {
		return new JobSettings(inputs, out, recursive, dialect, naming, kind, timeoutSeconds, retries, maxBytes,
				maxPages, inProcess, workerHeapMegabytes, className, filesPerTask);
	}

	public JobSettings withTimeout(long seconds, int retryCount) {
		return new JobSettings(inputs, out, recursive, dialect, naming, kind, seconds, retryCount, maxBytes, maxPages,
				inProcess, workerHeapMegabytes, workClass, filesPerTask);
	}
}
