package org.espice.core.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.espice.core.ExtractionResult;
import org.espice.core.TaskMonitor;

/**
 * Prints extraction time per file (warm JVM: one untimed pass first) and peak memory over the dev corpus, or over
 * the PDFs of a folder given as the first argument. Not a test: run it with the test classpath, e.g.
 * {@code java -cp <classes>:<libs> org.espice.core.extract.ExtractionBenchmark [DIR] [--passes N]}.
 */
public final class ExtractionBenchmark {

	private record Timing(String file, int pages, double millis, boolean ok, int values) {
	}

	private ExtractionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkArgs run = BenchmarkArgs.parse(args, 1);
		List<Path> pdfs = run.pdfs();
		int passes = run.passes();
		DatasheetReader reader = new DatasheetReader();

		long warm = System.nanoTime();
		for (Path pdf : pdfs) {
			reader.read(pdf, TaskMonitor.NONE);
		}
		double warmSeconds = (System.nanoTime() - warm) / 1e9;
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}

		List<Timing> timings = new ArrayList<>();
		for (Path pdf : pdfs) {
			double best = Double.MAX_VALUE;
			ExtractionResult r = null;
			for (int k = 0; k < passes; k++) {
				long t0 = System.nanoTime();
				r = reader.read(pdf, TaskMonitor.NONE);
				best = Math.min(best, (System.nanoTime() - t0) / 1e6);
			}
			int values = r.devices().stream().mapToInt(d -> d.parameters().size()).max().orElse(0);
			timings.add(new Timing(pdf.getFileName().toString(), r.pageCount(), best, r.ok(), values));
		}
		long heapPeak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				heapPeak += pool.getPeakUsage().getUsed();
			}
		}

		System.out.printf(Locale.ROOT, "%-34s %5s %9s %7s %6s%n", "file", "pages", "ms", "ms/page", "values");
		for (Timing t : timings) {
			System.out.printf(Locale.ROOT, "%-34s %5d %9.1f %7.1f %6s%n", t.file(), t.pages(), t.millis(),
					t.pages() == 0 ? 0 : t.millis() / t.pages(), t.ok() ? Integer.toString(t.values()) : "FAIL");
		}
		double[] ms = timings.stream().mapToDouble(Timing::millis).sorted().toArray();
		double total = 0;
		for (double m : ms) {
			total += m;
		}
		int pages = timings.stream().mapToInt(Timing::pages).sum();
		Timing slowest = timings.stream().max(Comparator.comparingDouble(Timing::millis)).orElseThrow();
		double tenPage = timings.stream().filter(t -> t.pages() >= 8 && t.pages() <= 12).mapToDouble(Timing::millis)
				.average().orElse(Double.NaN);
		System.out.printf(Locale.ROOT, "%nfiles %d, pages %d, warm-up pass %.1f s%n", ms.length, pages, warmSeconds);
		System.out.printf(Locale.ROOT, "per file: mean %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms (%s)%n",
				total / ms.length, ms[ms.length / 2], ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.9) - 1)],
				slowest.millis(), slowest.file());
		System.out.printf(Locale.ROOT, "per page: %.1f ms; 8-12 page files: mean %.1f ms%n", total / Math.max(1, pages),
				tenPage);
		System.out.printf(Locale.ROOT, "peak heap used during the timed pass: %.1f MB (max heap %.0f MB)%n",
				heapPeak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
		System.out.println("peak RSS of this JVM: " + peakRss());
	}

	/** VmHWM from /proc (Linux), or "n/a". */
	private static String peakRss() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return line.substring(6).trim();
				}
			}
		} catch (Exception e) {
			// not Linux: no /proc
		}
		return "n/a";
	}
}
