package org.espice.eclipse.internal.jobs;

import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;

/**
 * Work for the SPICE Batch view's Curves tab: a system job of the {@link EspiceJobFamilies#CURVES} family that writes
 * nothing and hands what it made to a consumer on the job's thread (the view moves it to the UI thread).
 *
 * @param <R> what the job hands over
 */
abstract class CurvesTabJob<R> extends Job {

	private final Consumer<R> result;

	CurvesTabJob(String name, Consumer<R> result) {
		super(name);
		this.result = result;
		setSystem(true);
	}

	@Override
	public final boolean belongsTo(Object family) {
		return family == EspiceJobFamilies.CURVES;
	}

	/** Hands {@code made} to the consumer. */
	protected final void handOver(R made) {
		result.accept(made);
	}
}
