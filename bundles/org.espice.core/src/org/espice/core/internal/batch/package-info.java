/**
 * The inside of the batch engine behind {@link org.espice.core.batch.Batch}, one concern per type.
 * {@link org.espice.core.internal.batch.BatchEngine} holds the items and the batch state under one lock and makes
 * every change; {@link org.espice.core.internal.batch.BatchControl} carries out what a user asks (start, pause,
 * cancel, retry, review, close, reopen); {@code Dispatcher} starts queued files, {@code FilePipeline} does the
 * work of one file (validate, read, fit, write), {@code Watchdog} abandons files that ignore a cancel or their
 * deadline, {@code OutputGuard} pauses the batch when the output cannot take more files, and
 * {@code ProgressMeter} counts and times. Every change is a typed
 * {@link org.espice.core.internal.batch.JournalEntry}, queued under the lock and written and forced to disk by
 * the {@link org.espice.core.internal.batch.JournalWriter} after the lock is released, in the order the changes
 * happened; {@link org.espice.core.internal.batch.JournalReplay} reads a journal back to resume or report. A
 * part that cannot be fitted is a {@link org.espice.core.batch.PartFailure} until it is shown. Around
 * them: atomic file writes, input validation, model file names, memory figures and the configuration's JSON.
 */
package org.espice.core.internal.batch;
