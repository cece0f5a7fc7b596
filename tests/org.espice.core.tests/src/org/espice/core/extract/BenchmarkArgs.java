package org.espice.core.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark was asked to run, from {@code [DIR] [--passes N]}: the PDFs of the folder (by default the dev
 * corpus of the shared material) and the timed passes per file. Without a corpus the benchmark ends with status 2.
 */
record BenchmarkArgs(List<Path> pdfs, int passes) {

	static BenchmarkArgs parse(String[] args, int defaultPasses) throws IOException {
		Path dir = null;
		int passes = defaultPasses;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--passes")) {
				passes = Integer.parseInt(args[++i]);
			} else {
				dir = Path.of(args[i]);
			}
		}
		if (dir == null) {
			dir = SharedCorpus.sharedDir().map(s -> s.resolve("corpus/dev")).orElse(null);
		}
		if (dir == null || !Files.isDirectory(dir)) {
			System.err.println("No corpus: give a folder of PDFs, or run where ../shared/corpus/dev exists.");
			System.exit(2);
		}
		return new BenchmarkArgs(SharedCorpus.pdfs(dir), passes);
	}
}
