package org.espice.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.DatasheetFiles;
import org.espice.samples.SampleDatasheets;
import org.espice.tests.common.DevCorpus;
import org.espice.tests.common.TestPdfs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job at {@code local[2]}: the same results as {@code espice process}, bad files reported, reruns skipped. */
class EspiceSparkJobTest {

	private static SparkSession spark;

	@TempDir
	Path tmp;

	@BeforeAll
	static void start() {
		spark = SparkRuns.session("local[2]");
	}

	@AfterAll
	static void stop() {
		spark.stop();
		ExecutorWork.closeAll();
	}

	/** The sample datasheets, a second copy of one and the broken inputs, in one folder. */
	private Path inputs() throws Exception {
		Path in = tmp.resolve("in");
		List<Path> samples = SampleDatasheets.write(in);
		Files.copy(samples.get(0), in.resolve("zz-copy-of-" + samples.get(0).getFileName()),
				StandardCopyOption.REPLACE_EXISTING);
		SampleDatasheets.writeBadInputs(in);
		return in;
	}

	@Test
	void writesTheModelsAndReportThatEspiceProcessWrites() throws Exception {
		CatalogJob.Result r = assertSameAsProcess(inputs());
		assertTrue(r.models() >= SampleDatasheets.catalog().size(), "models written: " + r.modelFiles());
		assertTrue(r.states().get("skipped") == 1 && r.states().containsKey("failed"), "states " + r.states());
	}

	/** The done-when of the job: on the real datasheets, exactly the files and report of espice process. */
	@Test
	void onTheDevCorpusTheJobWritesWhatEspiceProcessWrites() throws Exception {
		Path dev = DevCorpus.find();
		assumeTrue(dev != null, "no dev corpus beside the checkout");
		CatalogJob.Result r = assertSameAsProcess(dev);
		System.out.printf("dev corpus on local[2]: %d files, %d models, %s in %.1f s%n", r.records().size(),
				r.models(), r.states(), r.millis() / 1000.0);
	}

	/**
	 * Runs the job and the engine's batch as {@code espice process} runs it over the PDFs of {@code in}, and checks
	 * that both wrote the same model files with the same text and the same report rows (timings aside).
	 */
	private CatalogJob.Result assertSameAsProcess(Path in) throws Exception {
		JobSettings s = JobSettings.of(List.of(in.toString()), tmp.resolve("spark").toString());
		CatalogJob.Result r = CatalogJob.run(spark, s);
		List<Path> files = DatasheetFiles.in(in, false);
		List<BatchItem> items = SparkRuns.process(s, files, tmp.resolve("process"));
		assertEquals(files.size(), r.records().size(), "every input once");
		assertEquals(SparkRuns.rows(items), SparkRuns.rows(spark, r.report()),
				"the report rows: states, categories, reasons, parts and model names as espice process gives them");
		assertEquals(SparkRuns.models(tmp.resolve("process"), "lib"), SparkRuns.models(tmp.resolve("spark"), "lib"),
				"the same model files, the same text");
		try (var l = Files.list(tmp.resolve("spark"))) {
			assertFalse(l.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")
					|| p.getFileName().toString().endsWith(".crc")), "no temporary or checksum files beside the models");
		}
		return r;
	}

	@Test
	void aRerunSkipsWhatIsDoneAndChangesNoByte() throws Exception {
		Path in = tmp.resolve("in");
		SampleDatasheets.write(in);
		Path out = tmp.resolve("out");
		JobSettings s = JobSettings.of(List.of(in.toString()), out.toString());
		CatalogJob.Result first = CatalogJob.run(spark, s);
		Map<String, String> before = SparkRuns.hashes(out);
		CatalogJob.Result again = CatalogJob.run(spark, s);
		assertEquals(0, first.reused());
		assertEquals(first.records().size(), again.reused(), "every file taken from the first run");
		assertEquals(before, SparkRuns.hashes(out), "models, records and report byte for byte the same");

		// a record made by another engine is redone, with the same result
		Path records = out.resolve(RecordStore.RECORDS);
		Path one;
		try (var l = Files.list(records)) {
			one = l.sorted().findFirst().orElseThrow();
		}
		String json = Files.readString(one);
		Files.writeString(one, json.replace("\"fingerprint\":\"engine ", "\"fingerprint\":\"engine older-"));
		CatalogJob.Result third = CatalogJob.run(spark, s);
		assertEquals(first.records().size() - 1, third.reused(), "the file of another engine was read again");
		assertEquals(SparkRuns.models(out, "lib").keySet(), first.modelFiles().values().stream()
				.flatMap(List::stream).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
	}

	@Test
	void aFileThatHangsAndOneThatCrashesItsWorkerAreReportedAndTheJobSucceeds() throws Exception {
		Path in = tmp.resolve("in");
		List<Path> files = new ArrayList<>();
		for (String name : List.of("a-good", "b-hang", "c-exit", "d-good")) {
			files.add(TestPdfs.datasheet(in.resolve(name + ".pdf"), name.toUpperCase()));
		}
		// long enough for a worker process to start and read a good file on a loaded machine (3 s timed them out
		// beside other builds); the hung file waits it out
		JobSettings s = JobSettings.of(List.of(in.toString()), tmp.resolve("out").toString())
				.withWorkClass("org.espice.tests.common.FaultyWork").withTimeout(20, 0);
		CatalogJob.Result r = CatalogJob.run(spark, s);
		List<String> states = r.records().stream().map(f -> f.state() + "/" + f.category()).toList();
		assertEquals(List.of("done/null", "failed/timeout", "failed/crash", "done/null"), states);
		assertTrue(r.records().get(1).message().contains("took longer than 20 s"), r.records().get(1).message());
		assertEquals(4, SparkRuns.rows(spark, r.report()).size(), "the report names every input");
		assertEquals(2, r.models());
	}
}
