package org.espice.core;

/** A per-file failure with its category and a message a user can act on. */
public class ProcessingException extends Exception {

	private static final long serialVersionUID = 1L;

	private final FailureCategory category;

	public ProcessingException(FailureCategory category, String message) {
		super(message);
		this.category = category;
	}

	public ProcessingException(FailureCategory category, String message, Throwable cause) {
		super(message, cause);
		this.category = category;
	}

	public FailureCategory category() {
		return category;
	}
}
