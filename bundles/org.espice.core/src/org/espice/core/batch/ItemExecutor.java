package org.espice.core.batch;

/**
 * Runs the work of one file. The engine bounds how many run at once (the parallelism) and calls this once per
 * attempt; the default starts a daemon thread. An IDE can run each in its own job (a job group with the
 * batch's parallelism), as long as {@code work} runs exactly once; cancel the batch (or the item) to stop it.
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
