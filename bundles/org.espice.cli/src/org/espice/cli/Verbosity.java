package org.espice.cli;

import picocli.CommandLine.Option;

/** {@code --verbose} for the commands that read PDFs in this process: the PDF library's log lines too. */
final class Verbosity {

	@Option(names = "--verbose", description = "Also print the PDF library's log lines (font fallbacks, unmapped "
			+ "glyphs, repaired streams).")
	boolean verbose;
}
