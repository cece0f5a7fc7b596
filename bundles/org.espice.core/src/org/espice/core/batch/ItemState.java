package org.espice.core.batch;

import org.espice.core.FailureCategory;
import org.espice.core.WorkStep;

/** Where one file of a batch stands. Identifiers ({@link #id()}) are the ones in journals and reports. */
public sealed interface ItemState {

	String id();

	/** Whether the file needs no further work in this run (done, failed, cancelled, skipped). */
	default boolean isFinal() {
		return this instanceof Done || this instanceof Failed || this instanceof Cancelled || this instanceof Skipped;
	}

	/** Waiting for a worker (or for its retry backoff to pass). */
	record Queued() implements ItemState {
		@Override
		public String id() {
			return "queued";
		}
	}

	/** Being processed: the current step and the fraction (0..1) of the whole file done. */
	record Running(WorkStep step, double fraction) implements ItemState {
		@Override
		public String id() {
			return "running";
		}
	}

	/** Read and fitted; the models are written once the values are accepted. */
	record AwaitingReview() implements ItemState {
		@Override
		public String id() {
			return "awaiting-review";
		}
	}

	/** Models written. {@code note} tells about parts that could not be fitted, or is null. */
	record Done(String note) implements ItemState {
		@Override
		public String id() {
			return "done";
		}
	}

	record Failed(FailureCategory category, String message) implements ItemState {
		@Override
		public String id() {
			return "failed";
		}
	}

	record Cancelled() implements ItemState {
		@Override
		public String id() {
			return "cancelled";
		}
	}

	/** Not processed on purpose, e.g. the same content as an earlier file. */
	record Skipped(String reason) implements ItemState {
		@Override
		public String id() {
			return "skipped";
		}
	}

	ItemState QUEUED = new Queued();
	ItemState CANCELLED = new Cancelled();
	ItemState AWAITING_REVIEW = new AwaitingReview();
}
