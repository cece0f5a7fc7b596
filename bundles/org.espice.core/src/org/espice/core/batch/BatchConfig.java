package org.espice.core.batch;

import java.nio.file.Path;
import java.util.Objects;

import org.espice.core.DeviceKind;
import org.espice.core.spice.Dialect;

/**
 * How a batch runs. Immutable; use the {@code with...} methods to derive a changed copy.
 *
 * @param parallelism        files processed at the same time, 1..16
 * @param timeoutSeconds     per-file time limit; a file over it fails as {@code timeout}
 * @param retries            extra attempts for transient failures ({@code io-error}, {@code timeout})
 * @param backoffMillis      wait before the first retry; doubled for each further retry
 * @param outputFolder       where models, reports and the journal go
 * @param dialect            the SPICE dialect of the model files
 * @param kindOverride       a device kind forced on every part, or null to keep what was extracted
 * @param naming             model file name pattern with {@code {part}}, {@code {file}}, {@code {kind}},
 *                           {@code {dialect}}; the extension is added
 * @param previewBeforeWrite stop each file in "awaiting review" before its models are written
 * @param limits             input validation limits
 * @param minFreeBytes       free space below which the batch pauses as "disk full"
 */
public record BatchConfig(int parallelism, long timeoutSeconds, int retries, long backoffMillis, Path outputFolder,
		Dialect dialect, DeviceKind kindOverride, String naming, boolean previewBeforeWrite, ValidationLimits limits,
		long minFreeBytes) {

	public static final int MAX_PARALLELISM = 16;
	/**
	 * Files per place of the parallelism that may wait for their turn to name their models (an earlier file still
	 * runs) without holding the place: the next file is read meanwhile.
	 */
	public static final int WAITING_PER_PLACE = 4;
	public static final String DEFAULT_NAMING = "{part}";

	public BatchConfig {
		if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
			throw new IllegalArgumentException("Parallelism must be 1.." + MAX_PARALLELISM + ", was " + parallelism);
		}
		if (timeoutSeconds < 1) {
			throw new IllegalArgumentException("The per-file timeout must be at least 1 s, was " + timeoutSeconds);
		}
		if (retries < 0 || retries > 10) {
			throw new IllegalArgumentException("Retries must be 0..10, was " + retries);
		}
		if (backoffMillis < 0) {
			throw new IllegalArgumentException("The retry backoff cannot be negative");
		}
		dialect = Objects.requireNonNullElse(dialect, Dialect.NGSPICE);
		naming = naming == null || naming.isBlank() ? DEFAULT_NAMING : naming;
		if (!naming.contains("{part}") && !naming.contains("{file}")) {
			throw new IllegalArgumentException("The naming pattern '" + naming
					+ "' must contain {part} or {file}, otherwise every model gets the same name");
		}
		limits = Objects.requireNonNullElse(limits, ValidationLimits.DEFAULT);
		minFreeBytes = Math.max(0, minFreeBytes);
	}

	/**
	 * The most files of a batch in flight at once: those read or fitted (the parallelism) and those waiting to name
	 * their models. An {@link ItemExecutor} with its own thread limit needs this many.
	 */
	public int maxInFlight() {
		return parallelism * (1 + WAITING_PER_PLACE);
	}

	/** Two workers, 120 s per file, two retries from 1 s, ngspice, no output folder yet. */
	public static BatchConfig defaults() {
		return new BatchConfig(2, 120, 2, 1000, null, Dialect.NGSPICE, null, DEFAULT_NAMING, false,
				ValidationLimits.DEFAULT, 20L * 1024 * 1024);
	}

	public BatchConfig withParallelism(int n) {
		return new BatchConfig(n, timeoutSeconds, retries, backoffMillis, outputFolder, dialect, kindOverride, naming,
				previewBeforeWrite, limits, minFreeBytes);
	}

	public BatchConfig withTimeoutSeconds(long s) {
		return new BatchConfig(parallelism, s, retries, backoffMillis, outputFolder, dialect, kindOverride, naming,
				previewBeforeWrite, limits, minFreeBytes);
	}

	public BatchConfig withRetries(int n, long firstBackoffMillis) {
		return new BatchConfig(parallelism, timeoutSeconds, n, firstBackoffMillis, outputFolder, dialect, kindOverride,
				naming, previewBeforeWrite, limits, minFreeBytes);
	}

	public BatchConfig withOutputFolder(Path folder) {
		return new BatchConfig(parallelism, timeoutSeconds, retries, backoffMillis,
				folder == null ? null : folder.toAbsolutePath().normalize(), dialect, kindOverride, naming,
				previewBeforeWrite, limits, minFreeBytes);
	}

	public BatchConfig withDialect(Dialect d) {
		return new BatchConfig(parallelism, timeoutSeconds, retries, backoffMillis, outputFolder, d, kindOverride, naming,
				previewBeforeWrite, limits, minFreeBytes);
	}

	public BatchConfig withKindOverride(DeviceKind kind) {
		return new BatchConfig(parallelism, timeoutSeconds, retries, backoffMillis, outputFolder, dialect, kind, naming,
				previewBeforeWrite, limits, minFreeBytes);
	}

	public BatchConfig withNaming(String pattern) {
		return new BatchConfig(parallelism, timeoutSeconds, retries, backoffMillis, outputFolder, dialect, kindOverride,
				pattern, previewBeforeWrite, limits, minFreeBytes);
	}

	public BatchConfig withPreviewBeforeWrite(boolean preview) {
		return new BatchConfig(parallelism, timeoutSeconds, retries, backoffMillis, outputFolder, dialect, kindOverride,
				naming, preview, limits, minFreeBytes);
	}

	public BatchConfig withLimits(ValidationLimits l) {
		return new BatchConfig(parallelism, timeoutSeconds, retries, backoffMillis, outputFolder, dialect, kindOverride,
				naming, previewBeforeWrite, l, minFreeBytes);
	}

	public BatchConfig withMinFreeBytes(long bytes) {
		return new BatchConfig(parallelism, timeoutSeconds, retries, backoffMillis, outputFolder, dialect, kindOverride,
				naming, previewBeforeWrite, limits, bytes);
	}
}
