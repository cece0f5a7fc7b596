package org.espice.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.espice.core.ExtractionResult;
import org.espice.core.TaskMonitor;
import org.espice.core.internal.worker.WorkerMain;
import org.espice.core.spice.Dialect;
import org.espice.samples.SampleDatasheets;
import org.espice.tests.common.FaultyWork;
import org.espice.tests.common.OrphanProbe;
import org.espice.tests.common.TestClassPath;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worker processes with real faults: files that hang ignoring interrupts, exhaust the heap, recurse without
 * bound, exit the JVM or print garbage, mixed with good ones.
 */
class WorkerPoolTest {

	@TempDir
	Path tmp;

	private static WorkerOptions faulty() {
		return WorkerOptions.of(TestClassPath.of(WorkerMain.class, FaultyWork.class))
				.withWorkClass(FaultyWork.class.getName()).withHeapMegabytes(64);
	}

	private List<Path> inputs(String... names) throws Exception {
		List<Path> out = new ArrayList<>();
		for (String n : names) {
			out.add(TestPdfs.datasheet(tmp.resolve("in").resolve(n + ".pdf"), n.toUpperCase()));
		}
		return out;
	}

	private Batch run(BatchConfig config, List<Path> in, FileWork work) throws InterruptedException {
		Batch b = Batch.create(config, in, work);
		b.start();
		assertTrue(b.awaitIdle(Duration.ofSeconds(120)), "batch did not settle: " + b.progress());
		return b;
	}

	/** Final states by category id ("done" for done files). */
	private static Map<String, Integer> counts(Batch b) {
		Map<String, Integer> out = new TreeMap<>();
		for (BatchItem i : b.items()) {
			String key = i.state() instanceof ItemState.Failed f ? f.category().id()
					: i.state() instanceof ItemState.Done ? "done" : i.state().toString();
			out.merge(key, 1, Integer::sum);
		}
		return out;
	}

	private static String message(Batch b, String file) {
		return b.items().stream().filter(i -> i.file().getFileName().toString().equals(file))
				.map(i -> ((ItemState.Failed) i.state()).message()).findFirst().orElseThrow();
	}

	@Test
	void mixedBatchEndsWithEveryFileInItsCategory() throws Exception {
		List<Path> in = inputs("alpha", "hang", "beta", "oom", "recurse", "gamma", "exit", "garbage");
		BatchConfig config = BatchConfig.defaults().withParallelism(3).withTimeoutSeconds(5).withRetries(0, 10)
				.withOutputFolder(tmp.resolve("out"));
		long t0 = System.nanoTime();
		try (WorkerPool pool = new WorkerPool(faulty(), new FaultyWork()); Batch b = run(config, in, pool)) {
			System.out.printf("mixed batch of %d files in worker processes: %.1f s, %d workers started%n", in.size(),
					(System.nanoTime() - t0) / 1e9, pool.workersStarted());
			assertEquals(Map.of("done", 4, "timeout", 1, "out-of-memory", 1, "crash", 2), counts(b),
					b.items().toString());
			assertTrue(message(b, "exit.pdf").contains("exit code 7"), message(b, "exit.pdf"));
			assertTrue(message(b, "recurse.pdf").contains("stack"), message(b, "recurse.pdf"));
			assertTrue(message(b, "oom.pdf").contains("memory"), message(b, "oom.pdf"));
			assertTrue(message(b, "hang.pdf").contains("5 s"), message(b, "hang.pdf"));
			// the good files come out as they do in process
			List<Path> good = in.stream().filter(p -> p.getFileName().toString().matches("(alpha|beta|gamma|garbage).*"))
					.toList();
			try (Batch local = run(config.withOutputFolder(tmp.resolve("local")), good, new FaultyWork())) {
				for (String f : List.of("ALPHA.lib", "BETA.lib", "GAMMA.lib", "GARBAGE.lib")) {
					assertEquals(Files.readString(tmp.resolve("local").resolve(f)),
							Files.readString(tmp.resolve("out").resolve(f)), f);
				}
			}
		}
	}

	@Test
	void aFileThatKeepsCrashingItsWorkerIsRetriedAsConfiguredThenRejected() throws Exception {
		List<Path> in = inputs("exit", "alpha");
		BatchConfig config = BatchConfig.defaults().withParallelism(1).withRetries(2, 10)
				.withOutputFolder(tmp.resolve("out"));
		try (WorkerPool pool = new WorkerPool(faulty(), new FaultyWork()); Batch b = run(config, in, pool)) {
			BatchItem exit = b.items().get(0);
			assertEquals(3, exit.attempts(), exit.toString());
			assertEquals("crash", ((ItemState.Failed) exit.state()).category().id());
			assertInstanceOf(ItemState.Done.class, b.items().get(1).state());
			assertTrue(pool.workersStarted() >= 3, "a fresh worker after each crash: " + pool.workersStarted());
		}
	}

	@Test
	void workersAreReplacedAfterTheirShareOfFiles() throws Exception {
		List<Path> in = inputs("a1", "a2", "a3", "a4", "a5");
		BatchConfig config = BatchConfig.defaults().withParallelism(1).withOutputFolder(tmp.resolve("out"));
		try (WorkerPool pool = new WorkerPool(faulty().withFilesPerWorker(2), new FaultyWork());
				Batch b = run(config, in, pool)) {
			assertEquals(Map.of("done", 5), counts(b));
			assertEquals(3, pool.workersStarted());
		}
	}

	@Test
	void aCancelStopsWorkThatHeedsItAndKeepsTheWorker() throws Exception {
		List<Path> in = inputs("slow", "alpha");
		java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
		TaskMonitor cancelOnceRunning = new TaskMonitor() {
			@Override
			public boolean isCanceled() {
				return cancel.get();
			}

			@Override
			public void progress(org.espice.core.WorkStep step, double fraction) {
				cancel.set(true); // the work is running in the worker: cancel it
			}
		};
		try (WorkerPool pool = new WorkerPool(faulty(), new FaultyWork())) {
			long t0 = System.nanoTime();
			org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
					() -> pool.process(in.get(0), null, ValidationLimits.DEFAULT, cancelOnceRunning));
			assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(20), "stopped long before its 30 s");
			FileResult next = pool.process(in.get(1), null, ValidationLimits.DEFAULT, TaskMonitor.NONE);
			assertTrue(next.extraction().ok(), String.valueOf(next.extraction().failure()));
			assertEquals(1, pool.workersStarted(), "the worker that stopped on the cancel reads the next file");
		}
	}

	@Test
	void theStandardWorkInAWorkerReadsAndFitsAsInProcess() throws Exception {
		List<Path> samples = SampleDatasheets.write(tmp.resolve("samples"));
		FileWork local = FileWork.standard();
		WorkerOptions options = WorkerOptions.of(TestClassPath.of(WorkerMain.class, FaultyWork.class));
		try (WorkerPool pool = WorkerPool.standard(options)) {
			for (Path p : samples) {
				FileResult remote = pool.process(p, null, ValidationLimits.DEFAULT, TaskMonitor.NONE);
				FileResult here = local.process(p, null, ValidationLimits.DEFAULT, TaskMonitor.NONE);
				ExtractionResult x = remote.extraction();
				assertEquals(here.extraction(), x, p.toString());
				assertEquals(here.models().size(), remote.models().size(), p.toString());
				for (int i = 0; i < here.models().size(); i++) {
					for (Dialect d : Dialect.values()) {
						assertEquals(here.models().get(i).render(d), remote.models().get(i).render(d), p + " " + d);
					}
					assertEquals(here.models().get(i).parameters(), remote.models().get(i).parameters());
					assertEquals(here.models().get(i).checks(), remote.models().get(i).checks());
				}
				assertEquals(here.failures(), remote.failures());
			}
		}
	}

	@Test
	void aWorkerDoesNotOutliveItsCoordinator() throws Exception {
		List<String> cmd = List.of(WorkerOptions.currentJava().toString(), "-cp",
				TestClassPath.joined(WorkerMain.class, OrphanProbe.class), OrphanProbe.class.getName());
		Process coordinator = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			long pid;
			try (BufferedReader r = new BufferedReader(
					new InputStreamReader(coordinator.getInputStream(), StandardCharsets.UTF_8))) {
				String line = r.readLine();
				assertTrue(line != null && line.startsWith("worker "), "probe said: " + line);
				pid = Long.parseLong(line.substring(7).trim());
			}
			ProcessHandle worker = ProcessHandle.of(pid).orElseThrow();
			assertTrue(worker.isAlive());
			coordinator.destroyForcibly().waitFor();
			// the worker is spinning in a hanging file; only the closed pipe tells it that nobody waits any more
			worker.onExit().get(30, TimeUnit.SECONDS);
			assertFalse(worker.isAlive());
		} finally {
			coordinator.destroyForcibly();
		}
	}
}
