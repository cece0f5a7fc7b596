package org.espice.core.batch;

/**
 * Runs the work of one file. The engine bounds how many are read and fitted at once (the parallelism) and calls
 * this once per attempt; the default starts a daemon thread. An IDE can run each in its own job, as long as
 * {@code work} runs exactly once; cancel the batch (or the item) to stop it. A file that waits for its turn to name
 * its models keeps its thread, so a job group needs {@link BatchConfig#maxInFlight()} threads, not the
 * parallelism.
 */
@FunctionalInterface
public interface ItemExecutor {

	void execute(BatchItem item, Runnable work);

	static ItemExecutor threads() {
		return (item, work) -> {
			Thread t = new Thread(work, "espice-batch-item-" + item.index());
			t.setDaemon(true);
			t.start();
		};
	}
}
