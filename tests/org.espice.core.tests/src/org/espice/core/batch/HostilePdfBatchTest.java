package org.espice.core.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.FailureCategory;
import org.espice.core.internal.worker.WorkerMain;
import org.espice.samples.SampleDatasheets;
import org.espice.tests.common.HostilePdfs;
import org.espice.tests.common.HostilePdfs.Kind;
import org.espice.tests.common.TestClassPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Good datasheets amid malformed and hostile PDFs ({@link HostilePdfs}), through the real reader and fitter in
 * this JVM: every file ends within the per-file timeout, each hostile one in the state and with the reason
 * below, and the good files' models are byte for byte those of a batch over the good files alone.
 *
 * <p>
 * The 2 GiB decompression bomb is left out, to keep this test short and the test JVM's heap out of its reach; a
 * 50 MiB bomb stands in for it. The kinds kept small in {@code resources/hostile/} run from those files.
 */
class HostilePdfBatchTest {

	private static final long TIMEOUT_SECONDS = 30;
	private static final long SMALL_BOMB_BYTES = 50L << 20;
	private static final String REPRODUCERS = "resources/hostile/";
	private static final List<String> GOOD = List.of("ESP4148.pdf", "ESP60N30.pdf", "ESP3904.pdf");

	/**
	 * How a hostile file ends: failed in {@code category} with {@code reason} in its message, or done with the
	 * one model {@code model} (PDFBox read past the damage).
	 */
	private record Expected(FailureCategory category, String reason, String model) {

		static Expected failed(FailureCategory category, String reason) {
			return new Expected(category, reason, null);
		}

		static Expected done(String model) {
			return new Expected(null, null, model);
		}
	}

	/**
	 * What each hostile file does. The two stack overflows are PDFBox recursing without end (its parser into the
	 * nested array and dictionary, its inherited page attributes up the {@code /Parent} cycle); the reader turns
	 * them into a reason. Which bits flip depends on the bytes PDFBox saves, so a PDFBox update may move the
	 * bit-flipped file to another category.
	 */
	private static final Map<String, Expected> EXPECTED = Map.ofEntries(
			Map.entry("hostile-truncated.pdf", Expected.failed(FailureCategory.INVALID_INPUT,
					"hostile-truncated.pdf: cut short before its first page")),
			Map.entry("hostile-bit-flipped.pdf", Expected.failed(FailureCategory.NO_TEXT_LAYER,
					"hostile-bit-flipped.pdf has no text layer")),
			Map.entry("hostile-damaged-xref.pdf", Expected.done("XREF1.lib")),
			Map.entry("hostile-lying-length.pdf", Expected.done("LIE1.lib")),
			Map.entry("hostile-deep-nesting.pdf", Expected.failed(FailureCategory.INVALID_INPUT,
					"hostile-deep-nesting.pdf nests its objects deeper than a PDF needs")),
			Map.entry("hostile-reference-cycle.pdf", Expected.failed(FailureCategory.INVALID_INPUT,
					"hostile-reference-cycle.pdf nests its objects deeper than a PDF needs, or its page tree refers "
							+ "back to itself")),
			Map.entry("hostile-huge-page-count.pdf", Expected.failed(FailureCategory.INVALID_INPUT,
					"hostile-huge-page-count.pdf: the PDF has 10000000 pages, more than the limit of 500")),
			Map.entry("hostile-decompression-bomb-50MiB.pdf", Expected.failed(FailureCategory.NO_TEXT_LAYER,
					"hostile-decompression-bomb-50MiB.pdf has no text layer")),
			Map.entry("hostile-not-a-pdf-random.pdf", Expected.failed(FailureCategory.INVALID_INPUT,
					"hostile-not-a-pdf-random.pdf: not a PDF")),
			Map.entry("hostile-not-a-pdf-png.pdf", Expected.failed(FailureCategory.INVALID_INPUT,
					"hostile-not-a-pdf-png.pdf: not a PDF")),
			Map.entry("hostile-not-a-pdf-empty.pdf", Expected.failed(FailureCategory.INVALID_INPUT,
					"hostile-not-a-pdf-empty.pdf: the file is empty")),
			Map.entry("hostile-not-a-pdf-text.pdf", Expected.failed(FailureCategory.INVALID_INPUT,
					"hostile-not-a-pdf-text.pdf: not a PDF")));

	/** When each item was first seen running and first seen final, in nanoseconds. */
	private record Clock(Map<Integer, Long> started, Map<Integer, Long> ended) {

		double seconds(int index) {
			Long s = started.get(index);
			Long e = ended.get(index);
			return s == null || e == null ? 0 : (e - s) / 1e9;
		}
	}

	private record Run(List<BatchItem> items, Clock clock, BatchStats stats) {
	}

	@TempDir
	Path tmp;

	@Test
	void everyHostileFileEndsWithItsReasonAndTheGoodModelsStayTheSame() throws Exception {
		List<Path> good = goodDatasheets(tmp.resolve("in"));
		List<Path> in = new ArrayList<>(good);
		in.addAll(1, hostileFiles(tmp.resolve("in")));
		Run alone = run(good, tmp.resolve("out-good"));
		Run mixed = run(in, tmp.resolve("out-mixed"));
		print(mixed);
		for (BatchItem i : mixed.items()) {
			assertTrue(i.state().isFinal(), i.toString());
			assertTrue(mixed.clock().seconds(i.index()) <= TIMEOUT_SECONDS + 2, i.fileName() + " ran past its timeout");
		}
		assertSameModels(alone, mixed, tmp.resolve("out-good"), tmp.resolve("out-mixed"));
		for (BatchItem i : mixed.items()) {
			if (!GOOD.contains(i.fileName())) {
				assertEnds(i);
			}
		}
	}

	/**
	 * The same files in worker processes, with the bombs in full: a 2 GiB one, inflated as it is parsed in a
	 * 256 MB worker, and a 16 GiB one, which only its deadline ends (the worker is stopped, not abandoned). Every
	 * other file ends as in this JVM, and the good models are the same.
	 */
	@Test
	void inWorkerProcessesTheBombsEndTooAndEverythingElseEndsAsInProcess() throws Exception {
		List<Path> good = goodDatasheets(tmp.resolve("in"));
		List<Path> in = new ArrayList<>(good);
		in.addAll(1, hostileFiles(tmp.resolve("in")));
		Path bombs = Files.createDirectories(tmp.resolve("bombs"));
		Path big = Files.move(HostilePdfs.writeBomb(bombs, HostilePdfs.DEFAULT_BOMB_BYTES),
				tmp.resolve("in").resolve("bomb-2GiB.pdf"));
		Path huge = Files.move(HostilePdfs.writeBomb(bombs, 16L << 30), tmp.resolve("in").resolve("bomb-16GiB.pdf"));
		in.add(2, big);
		in.add(4, huge);
		Run alone = run(good, tmp.resolve("out-good"));
		WorkerOptions options = WorkerOptions.of(TestClassPath.of(WorkerMain.class, HostilePdfs.class))
				.withHeapMegabytes(256);
		try (WorkerPool pool = WorkerPool.standard(options)) {
			Run mixed = run(in, tmp.resolve("out-workers"), pool, 15);
			print(mixed);
			assertSameModels(alone, mixed, tmp.resolve("out-good"), tmp.resolve("out-workers"));
			for (BatchItem i : mixed.items()) {
				assertTrue(i.state().isFinal(), i.toString());
				if (i.file().equals(huge)) {
					ItemState.Failed f = assertInstanceOf(ItemState.Failed.class, i.state(), i.toString());
					assertEquals(FailureCategory.TIMEOUT, f.category(), f.message());
				} else if (i.file().equals(big)) {
					assertInstanceOf(ItemState.Failed.class, i.state(), i.toString());
				} else if (!GOOD.contains(i.fileName())) {
					assertEnds(i);
				}
			}
		}
	}

	/** What the batch test relies on: the same small files every time, and a bomb that inflates as asked. */
	@Test
	void theGeneratorWritesTheSameSmallFilesEveryTimeAndTheBombInflatesAsAsked() throws Exception {
		Map<Path, Kind> first = HostilePdfs.writeAll(tmp.resolve("a"), EnumSet.allOf(Kind.class));
		HostilePdfs.writeAll(tmp.resolve("b"), EnumSet.allOf(Kind.class));
		for (Path p : first.keySet()) {
			byte[] bytes = Files.readAllBytes(p);
			assertArrayEquals(bytes, Files.readAllBytes(tmp.resolve("b").resolve(p.getFileName())),
					p.getFileName() + " differs between two runs");
			long limit = first.get(p) == Kind.DECOMPRESSION_BOMB ? 3L << 20 : 4096;
			assertTrue(bytes.length <= limit, p.getFileName() + " has " + bytes.length + " bytes");
		}
		Path bomb = HostilePdfs.writeBomb(tmp, SMALL_BOMB_BYTES);
		try (PDDocument doc = Loader.loadPDF(bomb.toFile()); InputStream content = doc.getPage(0).getContents()) {
			assertEquals(SMALL_BOMB_BYTES, content.transferTo(OutputStream.nullOutputStream()));
		}
	}

	private static List<Path> goodDatasheets(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Path> files = new ArrayList<>();
		for (String name : GOOD) {
			Path file = dir.resolve(name);
			SampleDatasheets.layout(name).save(file);
			files.add(file);
		}
		return files;
	}

	/** Every kind but the 2 GiB bomb, the reproducers' kinds from their files in this bundle, and a small bomb. */
	private static List<Path> hostileFiles(Path dir) throws IOException {
		Map<String, Kind> reproducers = copyReproducers(dir);
		EnumSet<Kind> kinds = EnumSet.allOf(Kind.class);
		kinds.remove(Kind.DECOMPRESSION_BOMB);
		kinds.removeAll(reproducers.values());
		List<Path> files = new ArrayList<>(HostilePdfs.writeAll(dir, kinds).keySet());
		reproducers.keySet().forEach(name -> files.add(dir.resolve(name)));
		files.add(HostilePdfs.writeBomb(dir, SMALL_BOMB_BYTES));
		return files;
	}

	/** Copies the files the README of {@code resources/hostile/} lists into {@code dir}; returns them by name. */
	private static Map<String, Kind> copyReproducers(Path dir) throws IOException {
		Map<String, Kind> names = new LinkedHashMap<>();
		try (BufferedReader r = new BufferedReader(
				new InputStreamReader(resource("README.txt"), StandardCharsets.UTF_8))) {
			for (String line; (line = r.readLine()) != null;) {
				int colon = line.indexOf(".pdf: ");
				if (colon > 0) {
					String name = line.substring(0, colon + 4);
					names.put(name, kindOf(name));
				}
			}
		}
		assertFalse(names.isEmpty(), "no reproducer listed in " + REPRODUCERS + "README.txt");
		for (String name : names.keySet()) {
			try (InputStream in = resource(name)) {
				Files.copy(in, dir.resolve(name));
			}
		}
		return names;
	}

	private static Kind kindOf(String file) {
		return Arrays.stream(Kind.values()).filter(k -> file.equals(k.stem() + ".pdf")).findFirst().orElseThrow(
				() -> new AssertionError(file + " in " + REPRODUCERS + "README.txt is named after no kind"));
	}

	private static InputStream resource(String name) {
		InputStream in = HostilePdfBatchTest.class.getClassLoader().getResourceAsStream(REPRODUCERS + name);
		assertNotNull(in, REPRODUCERS + name + " is not in the test fragment (build.properties bin.includes)");
		return in;
	}

	private Run run(List<Path> in, Path out) throws InterruptedException {
		return run(in, out, FileWork.standard(), TIMEOUT_SECONDS);
	}

	private Run run(List<Path> in, Path out, FileWork work, long timeoutSeconds) throws InterruptedException {
		BatchConfig config = BatchConfig.defaults().withOutputFolder(out).withTimeoutSeconds(timeoutSeconds)
				.withRetries(0, 0);
		Clock clock = new Clock(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
		try (Batch b = Batch.create(config, in, work)) {
			b.addListener(new BatchListener() {
				@Override
				public void itemChanged(BatchItem item) {
					long now = System.nanoTime();
					if (item.state() instanceof ItemState.Running) {
						clock.started().putIfAbsent(item.index(), now);
					} else if (item.state().isFinal()) {
						clock.ended().putIfAbsent(item.index(), now);
					}
				}
			});
			b.start();
			assertTrue(b.awaitIdle(Duration.ofSeconds(in.size() * timeoutSeconds)), "batch did not settle: "
					+ b.progress());
			return new Run(b.items(), clock, b.snapshot().stats());
		}
	}

	/** One line per file: name, state and category, seconds from running to final; then the reason. */
	private static void print(Run run) {
		StringBuilder t = new StringBuilder("HostilePdfBatchTest, peak heap ")
				.append(run.stats().peakHeapBytes() >> 20).append(" MiB\n");
		for (BatchItem i : run.items()) {
			String state = i.state() instanceof ItemState.Failed f ? "failed/" + f.category().id() : i.state().id();
			t.append(String.format(Locale.ROOT, "%-42s %-30s %6.2f s  %s %s%n", i.fileName(), state,
					run.clock().seconds(i.index()), i.outcome().modelFiles(), reason(i.state())));
		}
		System.out.print(t);
	}

	private static String reason(ItemState s) {
		if (s instanceof ItemState.Failed f) {
			return f.message();
		}
		return s instanceof ItemState.Done d && d.note() != null ? d.note() : "";
	}

	private static void assertSameModels(Run alone, Run mixed, Path aloneOut, Path mixedOut) throws IOException {
		for (BatchItem a : alone.items()) {
			assertInstanceOf(ItemState.Done.class, a.state(), a.toString());
			BatchItem m = mixed.items().stream().filter(i -> i.file().equals(a.file())).findFirst().orElseThrow();
			assertEquals(a.outcome().modelFiles(), m.outcome().modelFiles(), a.fileName());
			for (String model : a.outcome().modelFiles()) {
				byte[] expected = Files.readAllBytes(aloneOut.resolve(model));
				byte[] amid = Files.readAllBytes(mixedOut.resolve(model));
				assertArrayEquals(expected, amid, model + " differs when written amid hostile files");
			}
		}
	}

	private static void assertEnds(BatchItem i) {
		Expected want = EXPECTED.get(i.fileName());
		assertNotNull(want, "no expectation for " + i.fileName() + ": " + i.state());
		if (want.model() != null) {
			assertInstanceOf(ItemState.Done.class, i.state(), i.toString());
			assertEquals(List.of(want.model()), i.outcome().modelFiles(), i.toString());
		} else {
			ItemState.Failed f = assertInstanceOf(ItemState.Failed.class, i.state(), i.toString());
			assertEquals(want.category(), f.category(), f.message());
			assertTrue(f.message().contains(want.reason()), f.message());
		}
	}
}
