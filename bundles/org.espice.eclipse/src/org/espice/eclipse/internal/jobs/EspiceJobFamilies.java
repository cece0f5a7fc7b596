package org.espice.eclipse.internal.jobs;

/**
 * The job families of ESpice. Every ESpice job answers {@code belongsTo} for exactly these objects, so
 * cancelling or waiting for ESpice work is {@code Job.getJobManager().cancel(EXTRACTION)} or
 * {@code join(EXTRACTION, monitor)}.
 */
public final class EspiceJobFamilies {

	/** All datasheet processing started by the user: per-file jobs and the batches that coordinate them. */
	public static final Object EXTRACTION = new Object() {
		@Override
		public String toString() {
			return "ESpice extraction jobs"; //$NON-NLS-1$
		}
	};

	/** Background upkeep that users do not start, such as reading the batch history. */
	public static final Object HOUSEKEEPING = new Object() {
		@Override
		public String toString() {
			return "ESpice housekeeping jobs"; //$NON-NLS-1$
		}
	};

	private EspiceJobFamilies() {
	}
}
