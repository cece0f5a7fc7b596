package org.espice.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchReport;
import org.espice.core.batch.BatchSnapshot;
import org.espice.tests.common.DevCorpus;
import org.espice.tests.common.HostilePdfs;
import org.espice.tests.common.TestPdfs;

/**
 * Worker-process benchmark (a main class, not a test). Runs the command line in a child JVM and prints:
 * <ul>
 * <li>{@code speed}: the dev corpus with {@code --parallel 2}, in worker processes and {@code --in-process},
 * against {@code pdftotext -layout} on the same files in the same run: wall and CPU time (the command's and its
 * workers'), and the ratios;</li>
 * <li>{@code memory}: 1000 generated datasheets with decompression bombs mixed in: the coordinator's and the
 * workers' peak RSS, and the count per category;</li>
 * <li>{@code durability}: 20 kills (SIGKILL) of the coordinator at seeded random moments of a dev-corpus batch,
 * each followed by {@code resume}: items lost or duplicated, partial files, workers surviving their
 * coordinator.</li>
 * </ul>
 * Usage: {@code WorkerBenchmark [speed|memory|durability|all] [trials]}.
 */
public final class WorkerBenchmark {

	private WorkerBenchmark() {
	}

	/** A finished command: wall and CPU seconds (children included), peak RSS of it and of its workers. */
	record Run(int code, double wall, double cpu, long coordinatorRss, long workerRss) {
	}

	public static void main(String[] args) throws Exception {
		String which = args.length > 0 ? args[0] : "all";
		int trials = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		Path work = Files.createTempDirectory("espice-workers");
		try {
			Path corpus = DevCorpus.find();
			if ((which.equals("speed") || which.equals("all")) && corpus != null) {
				speed(corpus, work);
			}
			if (which.equals("memory") || which.equals("all")) {
				memory(work);
			}
			if ((which.equals("durability") || which.equals("all")) && corpus != null) {
				durability(corpus, work, trials);
			}
		} finally {
			try (Stream<Path> s = Files.walk(work)) {
				s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void speed(Path corpus, Path work) throws Exception {
		List<String> pdfs = new ArrayList<>();
		try (Stream<Path> s = Files.list(corpus)) {
			s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(p -> pdfs.add(p.toString()));
		}
		StringBuilder loop = new StringBuilder("for f in");
		pdfs.forEach(f -> loop.append(" '").append(f.replace("'", "'\\''")).append('\''));
		loop.append("; do pdftotext -layout \"$f\" /dev/null 2>/dev/null; done");
		Run text = timed(List.of("bash", "-c", loop.toString()), work);
		System.out.printf(Locale.ROOT, "== speed: %d dev datasheets, --parallel 2, %d cores%n", pdfs.size(),
				Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "pdftotext -layout     wall %6.1f s  CPU %6.1f s%n", text.wall(), text.cpu());
		for (String mode : new String[] { "workers", "--in-process" }) {
			List<String> cmd = new ArrayList<>(List.of("process", corpus.toString(), "--out",
					work.resolve("speed-" + mode).toString(), "--parallel", "2"));
			if (mode.startsWith("--")) {
				cmd.add(mode);
			}
			Run r = cli(work, null, cmd);
			System.out.printf(Locale.ROOT,
					"espice %-14s wall %6.1f s  CPU %6.1f s  = %.1fx / %.1fx pdftotext; peak RSS %s MB%s%n", mode,
					r.wall(), r.cpu(), r.wall() / text.wall(), r.cpu() / text.cpu(), mb(r.coordinatorRss()),
					mode.equals("workers") ? ", each worker at most " + mb(r.workerRss()) + " MB" : "");
		}
	}

	private static void memory(Path work) throws Exception {
		Path in = work.resolve("memory-in");
		int count = 1000;
		int bombs = 5;
		for (int i = 0; i < count; i++) {
			TestPdfs.datasheet(in.resolve(String.format(Locale.ROOT, "ds-%04d.pdf", i)),
					String.format(Locale.ROOT, "GEN%04d", i), 1 + i % 5, null);
		}
		for (int i = 0; i < bombs; i++) {
			// each a little larger, so no two are the same file (a batch skips duplicates)
			Path b = HostilePdfs.writeBomb(in, (4L << 30) + i * (1L << 20));
			Files.move(b, in.resolve(String.format(Locale.ROOT, "ds-%04d-bomb.pdf", i * 200 + 100)));
		}
		Run r = cli(work, null, List.of("process", in.toString(), "--out", work.resolve("memory-out").toString(),
				"--parallel", "2", "--worker-heap", "512"));
		BatchReport.Summary s = BatchReport.of(BatchJournal.read(work.resolve("memory-out"))).summary();
		System.out.printf(Locale.ROOT, "== memory: %d generated datasheets and %d decompression bombs (4 GB each), "
				+ "--parallel 2, workers at -Xmx512m%n", count, bombs);
		System.out.printf(Locale.ROOT, "wall %.1f s; %d done, %d failed %s%n", r.wall(), s.done(), s.failed(),
				s.failuresByCategory());
		System.out.printf(Locale.ROOT, "coordinator peak RSS %s MB (target < 200 MB); each worker at most %s MB%n",
				mb(r.coordinatorRss()), mb(r.workerRss()));
	}

	private static void durability(Path corpus, Path work, int trials) throws Exception {
		Path clean = work.resolve("clean");
		Run ref = cli(work, null, List.of("process", corpus.toString(), "--out", clean.toString(), "--parallel", "2"));
		Map<String, Integer> expected = texts(clean);
		Random random = new Random(20261203L);
		int[] totals = new int[4];
		int survivors = 0;
		System.out.printf(Locale.ROOT, "== durability: %d kills of the coordinator in a %d-file batch (%.1f s clean),"
				+ " each followed by resume%n", trials, BatchJournal.read(clean).items().size(), ref.wall());
		for (int t = 0; t < trials; t++) {
			Path out = work.resolve("trial-" + t);
			long delay = (long) (300 + random.nextDouble() * (ref.wall() * 1000 * 0.9 - 300));
			Process p = ChildJvm.start(ChildJvm.cli(work.resolve("home"), null, "process", corpus.toString(), "--out",
					out.toString(), "--parallel", "2"));
			boolean ended = p.waitFor(delay, TimeUnit.MILLISECONDS);
			List<ProcessHandle> workers = p.descendants().toList();
			p.destroyForcibly();
			p.waitFor();
			for (ProcessHandle w : workers) {
				try {
					w.onExit().get(10, TimeUnit.SECONDS);
				} catch (java.util.concurrent.TimeoutException e) {
					survivors++;
					w.destroyForcibly();
				}
			}
			Run resume = cli(work, null, List.of("resume", out.toString()));
			BatchSnapshot snap = BatchJournal.read(out);
			int unfinished = (int) snap.items().stream().filter(i -> !i.state().isFinal()).count();
			int[] f = compare(expected, texts(out), leftovers(out));
			f[0] += unfinished;
			for (int k = 0; k < 4; k++) {
				totals[k] += f[k];
			}
			System.out.printf(Locale.ROOT, "trial %2d: killed at %5d ms%s, %d workers; resume in %.1f s; lost %d, "
					+ "duplicated %d, partial %d, other files %d%n", t, delay, ended ? " (already over)" : "",
					workers.size(), resume.wall(), f[0], f[1], f[2], f[3]);
		}
		System.out.printf(Locale.ROOT, "over %d trials: items lost %d, duplicated %d, partial files %d, stray files "
				+ "%d, workers surviving their coordinator %d%n", trials, totals[0], totals[1], totals[2], totals[3],
				survivors);
	}

	/**
	 * {lost, duplicated, partial, stray}: models of the clean run missing, models written twice, model files that
	 * are no model of the clean run (torn), files that are neither models nor the batch's journal and reports.
	 * Models are compared by their text: which of two same-named parts gets {@code -2} depends on which finishes
	 * first.
	 */
	private static int[] compare(Map<String, Integer> expected, Map<String, Integer> got, int stray) {
		int lost = 0;
		int duplicated = 0;
		int partial = 0;
		for (Map.Entry<String, Integer> e : expected.entrySet()) {
			int n = got.getOrDefault(e.getKey(), 0);
			lost += Math.max(0, e.getValue() - n);
			duplicated += Math.max(0, n - e.getValue());
		}
		for (Map.Entry<String, Integer> e : got.entrySet()) {
			if (!expected.containsKey(e.getKey())) {
				partial += e.getValue();
			}
		}
		return new int[] { lost, duplicated, partial, stray };
	}

	/** The model files' texts, each with how many files hold it. */
	private static Map<String, Integer> texts(Path out) throws IOException {
		Map<String, Integer> m = new TreeMap<>();
		try (Stream<Path> s = Files.list(out)) {
			for (Path p : s.filter(p -> p.toString().endsWith(".lib")).toList()) {
				m.merge(Files.readString(p, StandardCharsets.UTF_8), 1, Integer::sum);
			}
		}
		return m;
	}

	/** Files that are neither models nor the batch's journal and reports (a temporary file left behind). */
	private static int leftovers(Path out) throws IOException {
		try (Stream<Path> s = Files.list(out)) {
			return (int) s.map(p -> p.getFileName().toString())
					.filter(n -> !n.endsWith(".lib") && !n.contains(".batch") && !n.contains(".report.")).count();
		}
	}

	private static Run cli(Path work, String heap, List<String> args) throws Exception {
		ProcessBuilder pb = ChildJvm.cli(work.resolve("home"), heap, args.toArray(String[]::new));
		return timed(pb.command(), work);
	}

	/**
	 * Runs a command under bash's {@code time}, which counts the CPU of every child it waited for (a command's
	 * workers, reaped by it, included), and samples the RSS of the command and of its descendants.
	 */
	private static Run timed(List<String> cmd, Path work) throws Exception {
		StringBuilder quoted = new StringBuilder();
		for (String c : cmd) {
			quoted.append(" '").append(c.replace("'", "'\\''")).append('\'');
		}
		Path times = work.resolve("times.txt");
		String script = "TIMEFORMAT='%R %U %S'; { time" + quoted + " >/dev/null 2>&1 ; } 2>'" + times + "'";
		long t0 = System.nanoTime();
		Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		AtomicLong coordinator = new AtomicLong();
		AtomicLong worker = new AtomicLong();
		ScheduledExecutorService sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> sample(p.toHandle(), coordinator, worker), 0, 100, TimeUnit.MILLISECONDS);
		int code = p.waitFor();
		sampler.shutdownNow();
		double wall = (System.nanoTime() - t0) / 1e9;
		String[] f = Files.readString(times).trim().split("\\s+");
		double cpu = f.length == 3 ? Double.parseDouble(f[1]) + Double.parseDouble(f[2]) : Double.NaN;
		return new Run(code, f.length == 3 ? Double.parseDouble(f[0]) : wall, cpu, coordinator.get(), worker.get());
	}

	/** The JVM that runs {@code EspiceCli} is the coordinator; JVMs below it are its workers. */
	private static void sample(ProcessHandle root, AtomicLong coordinator, AtomicLong worker) {
		root.descendants().forEach(h -> {
			String cmd = h.info().commandLine().orElse("");
			long rss = rss(h.pid());
			if (cmd.contains("WorkerMain")) {
				worker.accumulateAndGet(rss, Math::max);
			} else if (cmd.contains("EspiceCli")) {
				coordinator.accumulateAndGet(rss, Math::max);
			}
		});
	}

	private static long rss(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		} catch (IOException | RuntimeException e) {
			// gone meanwhile
		}
		return 0;
	}

	private static String mb(long bytes) {
		return String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
	}
}
