package org.espice.core.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.espice.core.internal.batch.JournalReplay;

/**
 * The append-only journal of a batch: one JSON object per line in {@code <output>/<id>.batch.jsonl}. Every
 * state change is forced to disk before the engine goes on, so after a crash the journal tells exactly which
 * files are finished. A torn last line (crash mid-write) is ignored on reading. The engine writes it through
 * {@code org.espice.core.internal.batch.JournalWriter}; this class finds and reads journals.
 */
public final class BatchJournal {

	public static final String SUFFIX = ".batch.jsonl";

	private BatchJournal() {
	}

	/** Reads a journal (a journal file or the output folder holding it) back into a snapshot. */
	public static BatchSnapshot read(Path batch) throws IOException {
		return JournalReplay.of(locate(batch)).snapshot();
	}

	/**
	 * Finds the journal a user means: a journal file itself, or a folder (its newest journal).
	 *
	 * @throws IOException naming what was looked for when there is none
	 */
	public static Path locate(Path batch) throws IOException {
		if (Files.isRegularFile(batch)) {
			return batch.toAbsolutePath().normalize();
		}
		if (Files.isDirectory(batch)) {
			List<Path> all = journalsIn(batch);
			if (all.isEmpty()) {
				throw new IOException("No batch journal (*" + SUFFIX + ") in " + batch.toAbsolutePath());
			}
			return all.get(all.size() - 1);
		}
		throw new IOException("No batch at " + batch.toAbsolutePath()
				+ ": give the output folder of a batch or its " + SUFFIX + " journal");
	}

	/** The journals in a folder, oldest first (ids start with their creation time). */
	public static List<Path> journalsIn(Path folder) throws IOException {
		List<Path> all = new ArrayList<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
			ds.forEach(p -> all.add(p.toAbsolutePath().normalize()));
		}
		all.sort(Comparator.comparing(p -> p.getFileName().toString()));
		return all;
	}
}
