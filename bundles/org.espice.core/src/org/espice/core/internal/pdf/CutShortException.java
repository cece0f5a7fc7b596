package org.espice.core.internal.pdf;

import java.io.IOException;

/** A PDF cut short so early, or in such a way, that no page can be read; the message says why and what to do. */
public final class CutShortException extends IOException {

	private static final long serialVersionUID = 1L;

	CutShortException(String message) {
		super(message);
	}
}
