package org.espice.tests.common;

import java.nio.file.Files;
import java.nio.file.Path;

/** The dev corpus ({@code ../shared/corpus/dev}) that benchmarks and real-work tests run on when it is present. */
public final class DevCorpus {

	private DevCorpus() {
	}

	/** The corpus folder beside or below the working directory or one of its ancestors, or null. */
	public static Path find() {
		for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
			for (Path c : new Path[] { d.resolve("../shared/corpus/dev"), d.resolve("shared/corpus/dev") }) {
				if (Files.isRegularFile(c.resolve("labels.json"))) {
					return c.normalize();
				}
			}
		}
		return null;
	}
}
