package org.espice.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.internal.batch.ModelFileNames;

/**
 * Decided on the driver, over all records in input order, as {@code espice process} decides them: a second copy
 * of an input is skipped, and model files are named in input order (the second datasheet of a part gets
 * {@code -2}). The names do not depend on which task finished first, so a rerun or a retried task writes the
 * same paths.
 */
final class ModelNames {

	private ModelNames() {
	}

	/** The records in input order, later copies of the same bytes turned into skipped duplicates. */
	static List<FileRecord> withDuplicatesSkipped(List<FileRecord> records) {
		List<FileRecord> sorted = new ArrayList<>(records);
		sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
		Map<String, FileRecord> first = new HashMap<>();
		List<FileRecord> out = new ArrayList<>();
		for (FileRecord r : sorted) {
			FileRecord earlier = r.contentHash() == null ? null : first.putIfAbsent(r.contentHash(), r);
			out.add(earlier == null ? r : r.duplicateOf(earlier, new org.apache.hadoop.fs.Path(earlier.file()).getName()));
		}
		return out;
	}

	/** The model file names of each done record (by index), in the order of its models. */
	static Map<Integer, List<String>> assign(List<FileRecord> records, String extension) {
		ModelFileNames names = new ModelFileNames(Path.of("/"));
		Map<Integer, List<String>> out = new LinkedHashMap<>();
		for (FileRecord r : records) {
			if (!r.done()) {
				continue;
			}
			List<String> files = new ArrayList<>();
			for (FileRecord.ModelText m : r.models()) {
				files.add(names.claim(r.index(), m.stem(), extension).getFileName().toString());
			}
			out.put(r.index(), files);
		}
		return out;
	}
}
