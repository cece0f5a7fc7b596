/**
 * The batch engine: many datasheets processed in parallel, durably and resumably. Plain Java; the IDE and the
 * command line both drive it.
 *
 * <ul>
 * <li>{@link org.espice.core.batch.Batch}: create with a {@link org.espice.core.batch.BatchConfig} and files, add
 * or remove before {@code start()}, then {@code pause/resume/cancel}, {@code retryFailed/retry}, and for
 * preview-before-write {@code review/accept/reject}. {@code Batch.open} reopens a batch from its journal.</li>
 * <li>{@link org.espice.core.batch.BatchListener}: item and batch changes with
 * {@link org.espice.core.batch.BatchItem} snapshots ({@link org.espice.core.batch.ItemState}, outcome, timings)
 * and {@link org.espice.core.batch.BatchProgress} (counts, fraction, files/min, MB/s, ETA).</li>
 * <li>{@link org.espice.core.batch.BatchJournal}: finds and reads the append-only JSON-lines journal next to the
 * output, back into a {@link org.espice.core.batch.BatchSnapshot} for history, reports and monitoring.</li>
 * <li>{@link org.espice.core.batch.BatchReport} (JSON, Markdown, CSV), {@link org.espice.core.batch.BatchExport}
 * (ZIP), {@link org.espice.core.batch.BatchPresets} (configurations as JSON).</li>
 * <li>Hooks: {@link org.espice.core.batch.FileWork} (the per-file work), {@link org.espice.core.batch.ItemExecutor}
 * (where it runs, e.g. one job per file), {@link org.espice.core.batch.ModelWriter} (how model files are
 * written, e.g. through the workspace).</li>
 * </ul>
 * The engine itself (dispatcher, per-file pipeline, watchdog, journal writer, ...) lives in
 * {@code org.espice.core.internal.batch}; this package is its API.
 */
package org.espice.core.batch;
