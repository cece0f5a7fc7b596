/**
 * The ESpice engine as an Apache Spark job, for catalogs past one machine. The driver lists the inputs, each task
 * reads and fits one datasheet with the same engine as {@code espice process} (a one-file batch in a worker
 * process), model names are given in input order on the driver, and tasks write the model files atomically. Per
 * file a record under {@code .espice-spark/} keeps what was done, so a rerun skips it.
 *
 * <pre>
 * driver:    InputListing ─► parallelize(one file per task)
 * executors: FileTask (RecordStore hit? else a one-file Batch on ExecutorWork) ─► FileRecord, written to the store
 * driver:    ModelNames (duplicates, names in input order) ─► ReportRows (Spark's CSV writer)
 * executors: ModelOutput (each model file: temp, then rename)
 * </pre>
 */
package org.espice.spark;
