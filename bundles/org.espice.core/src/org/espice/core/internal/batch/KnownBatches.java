package org.espice.core.internal.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The batches this user ran from the command line, so {@code espice list} can show them: one journal path per
 * line in {@code batches.txt} under {@code $ESPICE_HOME} (or the {@code espice.home} system property, or
 * {@code ~/.espice}).
 */
public final class KnownBatches {

	private KnownBatches() {
	}

	public static Path home() {
		String prop = System.getProperty("espice.home");
		if (prop != null && !prop.isBlank()) {
			return Path.of(prop);
		}
		String env = System.getenv("ESPICE_HOME");
		if (env != null && !env.isBlank()) {
			return Path.of(env);
		}
		return Path.of(System.getProperty("user.home"), ".espice");
	}

	/**
	 * Remembers a journal; a failure only means {@code list} will not show it. A path with a line break is not
	 * remembered: it would read back as two entries of this one-path-per-line list.
	 */
	public static void remember(Path journal) {
		String line = journal.toAbsolutePath().normalize().toString();
		if (line.chars().anyMatch(c -> c == '\n' || c == '\r')) {
			return;
		}
		try {
			Path file = home().resolve("batches.txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, line + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			// the batch itself is unaffected
		}
	}

	/** Known journals that still exist, oldest first, without repeats. */
	public static List<Path> all() {
		Set<Path> out = new LinkedHashSet<>();
		try {
			for (String l : Files.readAllLines(home().resolve("batches.txt"), StandardCharsets.UTF_8)) {
				if (!l.isBlank()) {
					Path p = Path.of(l.strip());
					if (Files.isRegularFile(p)) {
						out.add(p);
					}
				}
			}
		} catch (IOException e) {
			// no batch run yet
		}
		return new ArrayList<>(out);
	}
}
