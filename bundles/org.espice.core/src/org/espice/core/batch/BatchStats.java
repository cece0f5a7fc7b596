package org.espice.core.batch;

/**
 * Time and memory figures of a batch, summed over every run of it (first start, resumes, retries).
 *
 * @param activeMillis  time spent running
 * @param peakHeapBytes the largest Java heap use sampled
 * @param peakRssBytes  the largest resident set (VmHWM), -1 where unknown
 */
public record BatchStats(long activeMillis, long peakHeapBytes, long peakRssBytes) {
}
