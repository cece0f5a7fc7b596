package org.espice.core.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.espice.core.internal.batch.AtomicFiles;
import org.espice.core.internal.batch.ConfigJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Batch configurations saved as JSON files, for the wizard's presets and the CLI's {@code --preset}. */
public final class BatchPresets {

	private BatchPresets() {
	}

	public static void save(Path file, BatchConfig config) throws IOException {
		if (file.toAbsolutePath().getParent() != null) {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		AtomicFiles.write(file, ConfigJson.MAPPER.writerWithDefaultPrettyPrinter()
				.writeValueAsString(ConfigJson.toJson(config)) + "\n");
	}

	/**
	 * Loads a preset; keys it lacks take their defaults.
	 *
	 * @throws IOException with the file name when it cannot be read or holds invalid values
	 */
	public static BatchConfig load(Path file) throws IOException {
		JsonNode n;
		try {
			n = ConfigJson.MAPPER.readTree(Files.readString(file));
		} catch (JsonProcessingException e) {
			throw new IOException(file + " is not a valid preset (JSON): " + e.getOriginalMessage(), e);
		}
		if (n == null || !n.isObject()) {
			throw new IOException(file + " is not a valid preset: expected a JSON object");
		}
		try {
			return ConfigJson.fromJson(n);
		} catch (IllegalArgumentException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
	}
}
