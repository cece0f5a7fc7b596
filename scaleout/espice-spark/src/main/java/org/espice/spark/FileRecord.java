package org.espice.spark;

import java.io.Serializable;
import java.util.List;

import org.espice.core.FailureCategory;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What the job did with one input: the fields of a row of {@code espice process}'s report, and the models it
 * fitted. Kept as JSON in the record store, so a rerun with the same engine and settings takes it as it is.
 *
 * @param index       position in the input order, from 0
 * @param file        the input as the report names it: a local path, or the file system's URI
 * @param size        its size in bytes
 * @param contentHash SHA-256 of its bytes
 * @param fingerprint the engine and settings it was made with ({@link EngineVersion})
 * @param state       the item state id ({@code done}, {@code failed}, {@code skipped}, ...)
 * @param category    the failure category id, or null
 * @param message     the failure reason, the skip reason or the done file's note, or null
 * @param attempts    attempts made
 * @param parts       the parts found
 * @param kind        the first part's kind id, or null
 * @param parameters  datasheet values read
 * @param readMillis  time to read (per attempt, as the report says)
 * @param fitMillis   time to fit
 * @param writeMillis time to write the models in the task
 * @param totalMillis the attempt's whole time
 * @param models      the models, in the order the engine wrote them; their text is left out when a record travels
 *                    to the driver
 * @param reused      whether this run took the record from an earlier run (not stored)
 */
public record FileRecord(int index, String file, long size, String contentHash, String fingerprint, String state,
		String category, String message, int attempts, List<String> parts, String kind, int parameters,
		long readMillis, long fitMillis, long writeMillis, long totalMillis, List<ModelText> models,
		@JsonIgnore boolean reused)
		implements Serializable {

	private static final long serialVersionUID = 1L;

	/**
	 * One model of a file.
	 *
	 * @param stem the file name before its extension and before a {@code -2} suffix, as the naming pattern gives it
	 * @param text the model file's text, or null
	 */
	public record ModelText(String stem, String text) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	public FileRecord {
		parts = parts == null ? List.of() : List.copyOf(parts);
		models = models == null ? List.of() : List.copyOf(models);
	}

	public boolean done() {
		return "done".equals(state);
	}

	/** Whether a rerun should try the file again: a failure that may not happen again (a timeout, a crash). */
	public boolean worthRetrying() {
		return "failed".equals(state) && (category == null || FailureCategory.fromId(category).isTransient());
	}

	/** The same record without the models' text, to travel to the driver. */
	public FileRecord light() {
		return new FileRecord(index, file, size, contentHash, fingerprint, state, category, message, attempts, parts,
				kind, parameters, readMillis, fitMillis, writeMillis, totalMillis,
				models.stream().map(m -> new ModelText(m.stem(), null)).toList(), reused);
	}

	/** This record taken by a rerun, at the input's position now (the folder may have gained files). */
	public FileRecord reusedAt(int newIndex) {
		return new FileRecord(newIndex, file, size, contentHash, fingerprint, state, category, message, attempts,
				parts, kind, parameters, readMillis, fitMillis, writeMillis, totalMillis, models, true);
	}

	/** A second copy of an earlier input, skipped as {@code espice process} skips it. */
	public FileRecord duplicateOf(FileRecord first, String firstName) {
		return new FileRecord(index, file, size, contentHash, fingerprint, "skipped", null,
				"same content as item " + (first.index() + 1) + " (" + firstName + ")", 1, List.of(), null, 0, 0, 0, 0,
				0, List.of(), false);
	}
}
