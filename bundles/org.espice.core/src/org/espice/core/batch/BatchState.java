package org.espice.core.batch;

import java.util.Locale;

/** The life of a whole batch. */
public enum BatchState {
	/** Created, items may still be added or removed. */
	NEW,
	RUNNING,
	/** No new file starts; running files finish. Set by the user or by a critical condition. */
	PAUSED,
	/** Nothing left to run, but some files wait for review. */
	AWAITING_REVIEW,
	/** Every file is done, failed or skipped. */
	FINISHED,
	CANCELLED;

	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static BatchState fromId(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
	}
}
