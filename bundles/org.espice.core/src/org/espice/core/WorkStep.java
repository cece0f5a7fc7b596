package org.espice.core;

/** The steps a file goes through, in order. */
public enum WorkStep {
	READING, EXTRACTING, FITTING, WRITING;

	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
