package org.espice.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The PDF library's own log lines (font fallbacks, unmapped glyphs, damaged streams it repairs), which PDFBox
 * writes through Commons Logging to {@code java.util.logging}. They say nothing a user can act on: what matters
 * reaches them as the engine's warnings. Silenced unless {@code --verbose} is given.
 */
final class LibraryLogs {

	private static final List<String> LIBRARIES = List.of("org.apache.pdfbox", "org.apache.fontbox");
	/** java.util.logging keeps loggers weakly: a level set on one nobody holds is lost. */
	private static final List<Logger> KEPT = new ArrayList<>();

	private LibraryLogs() {
	}

	/** Whether the command line asks for the libraries' log lines. */
	static boolean wanted(String[] args) {
		for (String a : args) {
			if ("--".equals(a)) {
				return false;
			}
			if ("--verbose".equals(a) || "-v".equals(a)) {
				return true;
			}
		}
		return false;
	}

	static synchronized void quiet() {
		for (String name : LIBRARIES) {
			Logger l = Logger.getLogger(name);
			l.setLevel(Level.OFF);
			KEPT.add(l);
		}
	}
}
