package org.espice.eclipse.internal.jobs;

/**
 * Told when a batch run in the workspace finishes, on the job's thread. Contributed to the
 * {@code org.espice.eclipse.batchCompletion} extension point with a public no-argument constructor.
 */
public interface BatchCompletionListener {

	void batchFinished(BatchOutcome outcome);
}
