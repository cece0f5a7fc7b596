package org.espice.core.batch;

import java.io.IOException;
import java.nio.file.Path;

import org.espice.core.internal.batch.AtomicFiles;

/**
 * Writes one model file. The engine has already chosen a sanitised name inside the output folder. The default
 * writes atomically (temp file, force, move); an IDE can write through its workspace API instead so the file
 * shows at once, taking its scheduling rule only for this call.
 */
@FunctionalInterface
public interface ModelWriter {

	void write(Path target, String text) throws IOException;

	static ModelWriter atomic() {
		return AtomicFiles::write;
	}
}
