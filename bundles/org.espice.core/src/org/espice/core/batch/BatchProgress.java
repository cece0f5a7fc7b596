package org.espice.core.batch;

import java.time.Duration;

/**
 * Counts and speed of a batch at one moment.
 *
 * @param state              the batch state
 * @param message            why the batch is paused (critical condition), or null
 * @param running            files in flight: being read, fitted or written (at most the parallelism), and those
 *                           done with that and waiting for an earlier file before they name their models (at most
 *                           {@link BatchConfig#maxInFlight()} in all)
 * @param fraction           0..1 of all work, running files counted by their fraction
 * @param filesPerMinute     files finished per minute of running time
 * @param megabytesPerSecond input megabytes finished per second of running time
 * @param eta                estimated time to finish the queued and running files, or null when unknown
 */
public record BatchProgress(BatchState state, String message, int total, int queued, int running,
		int awaitingReview, int done, int failed, int cancelled, int skipped, double fraction, double filesPerMinute,
		double megabytesPerSecond, Duration eta) {

	/** Files in a final state. */
	public int finished() {
		return done + failed + cancelled + skipped;
	}
}
