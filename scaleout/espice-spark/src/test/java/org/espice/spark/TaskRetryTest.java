package org.espice.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.espice.samples.SampleDatasheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At {@code local[2,3]} (a task may fail twice): every task fails once on its first write and is run again. The
 * output is the same as a run without failures, with no torn, doubled or temporary file.
 */
class TaskRetryTest {

	@TempDir
	Path tmp;

	@Test
	void tasksThatFailOnceAreRetriedAndLeaveTheSameOutput() throws Exception {
		Path in = tmp.resolve("in");
		SampleDatasheets.write(in);
		JobSettings clean = JobSettings.of(List.of(in.toString()), tmp.resolve("clean").toString());
		JobSettings flaky = JobSettings.of(List.of(in.toString()), tmp.resolve("flaky").toString());
		SparkSession spark = SparkRuns.session("local[2]");
		try {
			CatalogJob.run(spark, clean);
		} finally {
			spark.stop();
		}
		spark = SparkSession.builder().appName("espice-retry-test").master("local[2,3]")
				.config("spark.ui.enabled", "false")
				.config("spark.hadoop.fs.file.impl", FlakyLocalFileSystem.class.getName())
				.config("spark.hadoop.fs.file.impl.disable.cache", "true").getOrCreate();
		try {
			CatalogJob.Result r = CatalogJob.run(spark, flaky);
			int files = SampleDatasheets.catalog().size();
			assertTrue(FlakyLocalFileSystem.FAILURES.get() >= files,
					"each task's first write failed: " + FlakyLocalFileSystem.FAILURES.get());
			assertEquals(files, r.records().size());
			assertTrue(r.allDone(), "states " + r.states());
			assertEquals(SparkRuns.models(tmp.resolve("clean"), "lib"), SparkRuns.models(tmp.resolve("flaky"), "lib"),
					"the same model files with the same text as a run without failures");
			try (var l = Files.walk(tmp.resolve("flaky"))) {
				assertFalse(l.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
			}
		} finally {
			spark.stop();
			ExecutorWork.closeAll();
		}
	}
}
