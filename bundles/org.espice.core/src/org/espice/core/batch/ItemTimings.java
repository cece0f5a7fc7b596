package org.espice.core.batch;

/** Milliseconds spent on one file in its last attempt, by step; {@code totalMillis} includes validation. */
public record ItemTimings(long readMillis, long fitMillis, long writeMillis, long totalMillis) {

	public static final ItemTimings NONE = new ItemTimings(0, 0, 0, 0);
}
