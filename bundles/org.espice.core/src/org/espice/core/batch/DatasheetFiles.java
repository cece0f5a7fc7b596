package org.espice.core.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Which files are datasheets: the command line, the IDE's drops and the Spark job pick PDFs from folders alike. */
public final class DatasheetFiles {

	private DatasheetFiles() {
	}

	/** Whether a file name names a PDF ({@code .pdf} in any case). */
	public static boolean isPdfName(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
	}

	/** The PDFs in {@code folder} (and below it when {@code recursive}), regular files only, sorted by path. */
	public static List<Path> in(Path folder, boolean recursive) throws IOException {
		try (Stream<Path> s = recursive ? Files.walk(folder) : Files.list(folder)) {
			return s.filter(p -> Files.isRegularFile(p) && isPdfName(p.getFileName().toString())).sorted().toList();
		}
	}
}
