package org.espice.core;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Programs found as a shell finds them: in the folders of the PATH, in their order (an empty entry: the working folder). */
public final class Executables {

	private Executables() {
	}

	/**
	 * The first executable file of one of {@code names} in a folder of the PATH: folder by folder, and within a folder
	 * in the order of {@code names}; empty when none is there or no PATH is set.
	 */
	public static Optional<Path> onPath(List<String> names) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String dir : path.split(File.pathSeparator)) {
			for (String name : names) {
				Path p = Path.of(dir, name);
				if (Files.isExecutable(p)) {
					return Optional.of(p);
				}
			}
		}
		return Optional.empty();
	}
}
