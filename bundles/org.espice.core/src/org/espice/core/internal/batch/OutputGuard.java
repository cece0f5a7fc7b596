package org.espice.core.internal.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks that the output folder can take more files before each file starts and before models are written, and
 * tells write errors that concern the whole output (the batch pauses) from those of one file (it fails).
 */
final class OutputGuard {

	private final Path out;
	private final long minFreeBytes;

	OutputGuard(Path out, long minFreeBytes) {
		this.out = out;
		this.minFreeBytes = minFreeBytes;
	}

	/** A reason to pause the whole batch, or null when the output folder can take more files. */
	String problem() {
		try {
			Files.createDirectories(out);
		} catch (IOException e) {
			return "The output folder " + out + " cannot be created (" + describe(e) + "). Fix it and resume.";
		}
		if (!Files.isWritable(out)) {
			return "The output folder " + out + " is not writable. Fix its permissions and resume.";
		}
		try {
			long free = Files.getFileStore(out).getUsableSpace();
			if (free < minFreeBytes) {
				return String.format(Locale.ROOT,
						"Disk full: only %.1f MB free for %s, the batch needs at least %.1f MB. Free some space and resume.",
						free / 1048576.0, out, minFreeBytes / 1048576.0);
			}
		} catch (IOException e) {
			// no figure for free space; the writes themselves will tell
		}
		return null;
	}

	/** Throws when the output cannot take more files. */
	void check() throws CriticalCondition {
		String problem = problem();
		if (problem != null) {
			throw new CriticalCondition(problem);
		}
	}

	/** Whether a failed write means the output as a whole is unusable (permissions, space, quota). */
	static boolean isCritical(IOException e) {
		String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
		return e instanceof AccessDeniedException || e instanceof NoSuchFileException
				|| e instanceof FileSystemException && (m.contains("read-only") || m.contains("no space"))
				|| m.contains("no space left") || m.contains("disk full") || m.contains("quota");
	}

	/** The exception's kind and message, as messages to users name it. */
	static String describe(IOException e) {
		String m = e.getMessage();
		String kind = e.getClass().getSimpleName();
		return m == null ? kind : kind + ": " + m;
	}
}
