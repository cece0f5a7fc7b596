package org.espice.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchReport;
import org.espice.tests.common.DevCorpus;
import org.espice.tests.common.TestPdfs;

/**
 * Batch benchmark (a main class, not a test): runs the CLI in a child JVM, so the peak RSS (VmHWM, recorded by
 * the batch in its journal) is the batch's own.
 * <ol>
 * <li>the dev corpus ({@code ../shared/corpus/dev}) end to end with {@code --parallel 2}, with the default heap
 * and in {@code -Xmx128m};</li>
 * <li>1000 generated datasheets (1 to 5 pages each) in {@code -Xmx128m}.</li>
 * </ol>
 * Usage: {@code BatchBenchmark [corpus|generated|all] [fileCount]}.
 */
public final class BatchBenchmark {

	private BatchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String which = args.length > 0 ? args[0] : "all";
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		Path work = Files.createTempDirectory("espice-bench");
		try {
			if (!which.equals("generated")) {
				Path corpus = DevCorpus.find();
				if (corpus == null) {
					System.out.println("corpus: ../shared/corpus/dev not found, skipped");
				} else {
					run("dev corpus, --parallel 2, default heap", corpus, work.resolve("corpus-out"), work, null);
					run("dev corpus, --parallel 2, -Xmx128m", corpus, work.resolve("corpus-out-128m"), work, "128m");
				}
			}
			if (!which.equals("corpus")) {
				Path gen = work.resolve("generated");
				long t0 = System.nanoTime();
				for (int i = 0; i < count; i++) {
					// 1 to 5 pages, so the set is not 1000 copies of the same shape
					TestPdfs.datasheet(gen.resolve(String.format(Locale.ROOT, "ds-%04d.pdf", i)),
							String.format(Locale.ROOT, "GEN%04d", i), 1 + i % 5, null);
				}
				System.out.printf(Locale.ROOT, "generated %d datasheets in %.1f s%n", count,
						(System.nanoTime() - t0) / 1e9);
				run(count + " generated files, -Xmx128m, --parallel 2", gen, work.resolve("gen-out"), work, "128m");
			}
		} finally {
			try (Stream<Path> s = Files.walk(work)) {
				s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(String label, Path in, Path out, Path work, String heap) throws Exception {
		long t0 = System.nanoTime();
		Process p = ChildJvm.cli(work.resolve("home"), heap, "process", in.toString(), "--out", out.toString(),
				"--parallel", "2").redirectOutput(work.resolve("log.txt").toFile()).start();
		boolean ended = p.waitFor(60, TimeUnit.MINUTES);
		double wall = (System.nanoTime() - t0) / 1e9;
		String log = Files.readString(work.resolve("log.txt"), StandardCharsets.UTF_8);
		if (!ended) {
			p.destroyForcibly();
			System.out.println(label + ": did not finish within 60 min");
			return;
		}
		BatchReport.Summary s = BatchReport.of(BatchJournal.read(out)).summary();
		System.out.println("== " + label);
		System.out.printf(Locale.ROOT, "exit code %d, wall time %.1f s (JVM start included), %d files: %d done, %d failed %s, %d skipped%n",
				p.exitValue(), wall, s.total(), s.done(), s.failed(), s.failuresByCategory(), s.skipped());
		System.out.printf(Locale.ROOT, "files/min %.1f (wall), %.1f (batch running time %.1f s), %.2f MB/s%n",
				s.total() / wall * 60, s.filesPerMinute(), s.activeMillis() / 1000.0, s.megabytesPerSecond());
		System.out.println("load average at the end (2 cores shared with other work): " + loadAverage());
		System.out.printf(Locale.ROOT, "peak heap %.0f MB, peak RSS (VmHWM) %.0f MB, heap limit %s%n",
				s.peakHeapBytes() / 1048576.0, s.peakRssBytes() / 1048576.0, heap == null ? "JVM default" : heap);
		if (p.exitValue() > 1) {
			System.out.println(log);
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		} catch (IOException e) {
			return "n/a";
		}
	}
}
