package org.espice.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.espice.core.batch.DatasheetFiles;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The PDFs named on the command line of {@code extract} and {@code model}. */
final class DatasheetInputs {

	private DatasheetInputs() {
	}

	/**
	 * Files in argument order; a folder contributes every *.pdf below it, sorted. A path that is not a folder is
	 * taken when {@code takeFile} accepts it, otherwise it is a usage error naming the path.
	 */
	static List<Path> collect(CommandSpec spec, List<Path> inputs, Predicate<Path> takeFile) throws IOException {
		List<Path> pdfs = new ArrayList<>();
		for (Path in : inputs) {
			if (Files.isDirectory(in)) {
				pdfs.addAll(DatasheetFiles.in(in, true));
			} else if (takeFile.test(in)) {
				pdfs.add(in);
			} else {
				throw new ParameterException(spec.commandLine(), "No such file or folder: " + in);
			}
		}
		return pdfs;
	}
}
