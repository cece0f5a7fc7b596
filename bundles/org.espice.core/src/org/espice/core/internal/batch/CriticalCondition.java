package org.espice.core.internal.batch;

/** The output cannot take files any more (not writable, disk full): pause the batch, do not fail files. */
final class CriticalCondition extends Exception {

	private static final long serialVersionUID = 1L;

	CriticalCondition(String message) {
		super(message);
	}
}
