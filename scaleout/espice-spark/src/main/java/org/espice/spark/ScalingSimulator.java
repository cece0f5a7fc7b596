package org.espice.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the job would take on a cluster, from per-file times measured on one machine: resamples the files of a
 * report to a catalog of {@code --files} datasheets, schedules them one per task over N executor cores as Spark
 * does (in order, each to the first free core, each launch costing the driver {@code --launch-ms}; {@code
 * --files-per-task} as the job's option), and prints the
 * run time, the efficiency, and whether the storage ({@code --storage-mbps} in all), the driver or the cores bound
 * it.
 *
 * <pre>
 * releng/espice-spark --simulate OUT [--contention F] [--files N] [--storage-mbps MB/s] [--launch-ms MS]
 *      [--executors 1,8,64,512]
 * </pre>
 *
 * {@code OUT} is the output folder of a run at {@code local[1]}: its records hold each file's time and size.
 * {@code --contention} scales the per-file times (a run at {@code local[2]} on two cores measures how much slower
 * a file is with its neighbour busy).
 */
public final class ScalingSimulator {

	/** One measured file: its time in the task and its size. */
	record Sample(double millis, long bytes) {
	}

	/** The outcome at one cluster size. */
	record Outcome(int executors, double seconds, double efficiency, double readMbps, String bound) {
	}

	private ScalingSimulator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			System.err.println("usage: ScalingSimulator OUT [--contention F] [--files N] [--storage-mbps MB/s] "
					+ "[--launch-ms MS] [--executors 1,8,64,512]");
			System.exit(2);
		}
		double contention = 1;
		int files = 100_000;
		double storageMbps = 1000;
		double launchMs = 2;
		int filesPerTask = 1;
		int[] executors = { 1, 8, 64, 512 };
		for (int i = 1; i < args.length; i += 2) {
			switch (args[i]) {
			case "--contention" -> contention = Double.parseDouble(args[i + 1]);
			case "--files" -> files = Integer.parseInt(args[i + 1]);
			case "--storage-mbps" -> storageMbps = Double.parseDouble(args[i + 1]);
			case "--launch-ms" -> launchMs = Double.parseDouble(args[i + 1]);
			case "--files-per-task" -> filesPerTask = Integer.parseInt(args[i + 1]);
			case "--executors" -> executors = java.util.Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt)
					.toArray();
			default -> throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		List<Sample> samples = read(Path.of(args[0]), contention);
		double meanMs = samples.stream().mapToDouble(Sample::millis).average().orElse(0);
		double meanMb = samples.stream().mapToLong(Sample::bytes).average().orElse(0) / 1e6;
		System.out.printf(Locale.ROOT, "measured: %d files, %.0f ms and %.2f MB per file on average (contention x%.2f)%n",
				samples.size(), meanMs, meanMb, contention);
		System.out.printf(Locale.ROOT, "simulated: %d files, %d per task; storage %.0f MB/s in all; %.1f ms of the "
				+ "driver per task launch%n", files, filesPerTask, storageMbps, launchMs);
		System.out.println("executor cores |   run time | efficiency | read rate needed | bound by");
		for (int n : executors) {
			Outcome o = simulate(samples, files, filesPerTask, n, storageMbps, launchMs, 42);
			System.out.printf(Locale.ROOT, "%14d | %8.0f s | %9.0f %% | %11.0f MB/s | %s%n", o.executors(), o.seconds(),
					o.efficiency() * 100, o.readMbps(), o.bound());
		}
	}

	/**
	 * Schedules {@code files} resampled files over {@code executors} cores. A task starts when a core is free and
	 * the driver has launched it; it reads its file (at its share of the storage's rate when all cores read at once)
	 * and then works for its measured time.
	 */
	static Outcome simulate(List<Sample> samples, int files, int filesPerTask, int executors, double storageMbps,
			double launchMs, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		PriorityQueue<double[]> free = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
		for (int i = 0; i < executors; i++) {
			free.add(new double[] { 0 });
		}
		double perCoreMbps = storageMbps / executors;
		double work = 0;
		double readTotal = 0;
		double bytes = 0;
		double launched = 0;
		double end = 0;
		int tasks = 0;
		for (int f = 0; f < files; f += filesPerTask) {
			double[] core = free.poll();
			launched += launchMs;
			tasks++;
			double t = Math.max(core[0], launched);
			for (int k = f; k < Math.min(files, f + filesPerTask); k++) {
				Sample s = samples.get(random.nextInt(samples.size()));
				double read = s.bytes() / 1e6 / perCoreMbps * 1000;
				t += read + s.millis();
				work += s.millis();
				readTotal += read;
				bytes += s.bytes();
			}
			core[0] = t;
			end = Math.max(end, t);
			free.add(core);
		}
		double seconds = end / 1000;
		double efficiency = work / (executors * end);
		double driverShare = launchMs * tasks / end;
		double readShare = readTotal / (work + readTotal);
		String bound = driverShare > 0.5 ? "driver (task launches)"
				: readShare > 0.5 ? "storage (reads)" : "CPU (reading and fitting)";
		return new Outcome(executors, seconds, efficiency, bytes / 1e6 / seconds, bound);
	}

	/** The processed files of a job's output folder, from its records (a skipped copy did no work). */
	static List<Sample> read(Path out, double contention) throws IOException {
		List<Sample> samples = new ArrayList<>();
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> s = Files.list(out.resolve(RecordStore.RECORDS))) {
			for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
				FileRecord r = json.readValue(p.toFile(), FileRecord.class);
				if (!"skipped".equals(r.state())) {
					samples.add(new Sample(r.totalMillis() * contention, r.size()));
				}
			}
		}
		if (samples.isEmpty()) {
			throw new IOException("No processed files in " + out.resolve(RecordStore.RECORDS));
		}
		return samples;
	}
}
