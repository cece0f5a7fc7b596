package org.espice.eclipse.internal.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.jobs.Job;
import org.espice.core.batch.Batch;

/** The engine batches that ESpice jobs are running right now, for pause and resume. */
public final class BatchControl {

	private BatchControl() {
	}

	public static List<Batch> runningBatches() {
		return Arrays.stream(Job.getJobManager().find(EspiceJobFamilies.EXTRACTION))
				.filter(BatchRunJob.class::isInstance).map(j -> ((BatchRunJob) j).batch()).filter(Objects::nonNull)
				.toList();
	}

	public static void pauseAll() {
		runningBatches().forEach(Batch::pause);
	}

	public static void resumeAll() {
		runningBatches().forEach(Batch::resume);
	}
}
