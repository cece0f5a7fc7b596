package org.espice.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One task without Spark around it. */
class FileTaskTest {

	@TempDir
	Path tmp;

	@Test
	void anInputThatCannotBeReadIsAnIoErrorRowNotAFailedTask() throws Exception {
		Path gone = tmp.resolve("in").resolve("gone.pdf");
		JobSettings s = JobSettings.of(List.of(tmp.resolve("in").toString()), tmp.resolve("out").toString());
		FileRecord r = FileTask.run(new InputListing.InputFile(3, gone.toString(), 1234), s, "engine x",
				new Configuration());
		assertEquals("failed", r.state());
		assertEquals("io-error", r.category());
		assertTrue(r.message().startsWith("gone.pdf: cannot be read"), r.message());
		assertTrue(r.worthRetrying(), "a rerun tries it again");
		assertEquals(3, r.index());
	}
}
