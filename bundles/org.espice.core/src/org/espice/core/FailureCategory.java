package org.espice.core;

/** Why a file could not be handled. Identifiers are the ones users see in reports and the CLI. */
public enum FailureCategory {
	INVALID_INPUT("invalid-input", false),
	NO_TEXT_LAYER("no-text-layer", false),
	UNREADABLE_TEXT("unreadable-text", false),
	UNSUPPORTED_DEVICE("unsupported-device", false),
	EXTRACTION_INCOMPLETE("extraction-incomplete", false),
	FIT_FAILED("fit-failed", false),
	TIMEOUT("timeout", true),
	/** the worker process reading the file ran out of its heap: a decompression bomb, or far more than a datasheet */
	OUT_OF_MEMORY("out-of-memory", true),
	/** the worker process reading the file died or stopped answering */
	CRASH("crash", true),
	IO_ERROR("io-error", true),
	INTERNAL("internal", false);

	private final String id;
	private final boolean transientFailure;

	FailureCategory(String id, boolean transientFailure) {
		this.id = id;
		this.transientFailure = transientFailure;
	}

	public String id() {
		return id;
	}

	/** Whether a retry may succeed without a change to the input. */
	public boolean isTransient() {
		return transientFailure;
	}

	public static FailureCategory fromId(String id) {
		for (FailureCategory c : values()) {
			if (c.id.equals(id)) {
				return c;
			}
		}
		throw new IllegalArgumentException("Unknown failure category '" + id + "'");
	}
}
