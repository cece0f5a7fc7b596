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

	/**
	 * Simulations of a model's curves for the SPICE Batch view's plot: apart from {@link #EXTRACTION}, so that
	 * cancelling the extraction does not kill a plot.
	 */
	public static final Object CURVES = new Object() {
		@Override
		public String toString() {
			return "ESpice curve simulations"; //$NON-NLS-1$
		}
	};

	/** Background upkeep that users do not start, such as reading the batch history. */
	public static final Object HOUSEKEEPING = new Object() {
		@Override
		public String toString() {
			return "ESpice housekeeping jobs"; //$NON-NLS-1$
		}
	};

	/** Mails sent when a batch finishes (or as a test from the preferences); apart, so a cancel of the batch leaves them. */
	public static final Object MAIL = new Object() {
		@Override
		public String toString() {
			return "ESpice mail"; //$NON-NLS-1$
		}
	};

	private EspiceJobFamilies() {
	}
}
