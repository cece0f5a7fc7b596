package org.espice.core.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the shared material ({@code ../shared}) by walking up from the working directory and looking for a
 * {@code shared/corpus/dev/labels.json} beside or below each ancestor.
 */
final class SharedCorpus {

	private SharedCorpus() {
	}

	/** The {@code shared} folder, if present. */
	static Optional<Path> sharedDir() {
		for (Path a = Path.of(System.getProperty("user.dir")).toAbsolutePath(); a != null; a = a.getParent()) {
			for (Path candidate : new Path[] { a.resolveSibling("shared"), a.resolve("shared") }) {
				if (candidate != null && Files.isRegularFile(candidate.resolve("corpus/dev/labels.json"))) {
					return Optional.of(candidate.normalize());
				}
			}
		}
		return Optional.empty();
	}

	/** The PDFs of a corpus folder, sorted by name. */
	static List<Path> pdfs(Path corpusDir) throws java.io.IOException {
		try (Stream<Path> s = Files.list(corpusDir)) {
			return s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".pdf")).sorted().toList();
		}
	}
}
