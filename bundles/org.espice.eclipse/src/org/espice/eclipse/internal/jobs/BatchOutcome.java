package org.espice.eclipse.internal.jobs;

/** How a batch run in the workspace ended: its datasheet count and how many of them ended in each state. */
public record BatchOutcome(int total, int done, int failed, int cancelled, int skipped) {
}
