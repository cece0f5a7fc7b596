package org.espice.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.espice.core.ExtractionResult;
import org.espice.core.TaskMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Extracts every PDF of {@code ../shared/corpus/dev}, scores the spec JSON with {@code tools/score.py} and fails
 * when F1 or kind accuracy drops below {@link #BAR}. Skipped when the shared corpus (or python3) is absent.
 */
class CorpusScoreTest {

	/** The figures the dev corpus must reach; issue 3 asks for F1 >= 0.85 and kind accuracy >= 0.95. */
	record Bar(double f1, double kindAccuracy) {
	}

	static final Bar BAR = new Bar(0.85, 0.95);

	@TempDir
	Path out;

	@Test
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void devCorpusScoresAtLeastTheBar() throws Exception {
		Path shared = SharedCorpus.sharedDir().orElse(null);
		assumeTrue(shared != null, "no ../shared/corpus/dev here; corpus test skipped");
		assumeTrue(python3Available(), "python3 not available; corpus test skipped");
		Path corpus = shared.resolve("corpus/dev");
		List<Path> pdfs = SharedCorpus.pdfs(corpus);
		assertTrue(!pdfs.isEmpty(), "no PDFs in " + corpus);

		DatasheetReader reader = new DatasheetReader();
		ObjectMapper json = new ObjectMapper();
		for (Path pdf : pdfs) {
			ExtractionResult r = reader.read(pdf, TaskMonitor.NONE);
			Files.writeString(out.resolve(pdf.getFileName() + ".json"), ExtractionJson.write(r), StandardCharsets.UTF_8);
		}

		Process p = new ProcessBuilder("python3", shared.resolve("tools/score.py").toString(),
				corpus.resolve("labels.json").toString(), out.toString(), "--json").redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), () -> "score.py failed:\n" + output);
		JsonNode summary = json.readTree(output.substring(output.indexOf('{'), output.lastIndexOf('}') + 1));
		double f1 = summary.get("f1").asDouble();
		double kind = summary.get("kind_accuracy").asDouble();
		String report = String.format(Locale.ROOT, "dev corpus: F1 %.3f (precision %.3f, recall %.3f), kind %.3f, "
				+ "part %.3f over %d files; bar F1 %.2f, kind %.2f%n%s", f1, summary.get("precision").asDouble(),
				summary.get("recall").asDouble(), kind, summary.get("part_accuracy").asDouble(), pdfs.size(), BAR.f1(),
				BAR.kindAccuracy(), byKind(summary));
		System.out.println(report);
		assertTrue(f1 >= BAR.f1(), report);
		assertTrue(kind >= BAR.kindAccuracy(), report);
	}

	private static String byKind(JsonNode summary) {
		StringBuilder b = new StringBuilder();
		summary.get("by_kind").fields().forEachRemaining(e -> b.append(String.format(Locale.ROOT,
				"  %-10s files %2d  F1 %.2f%n", e.getKey(), e.getValue().get("files").asInt(),
				e.getValue().get("f1").asDouble())));
		return b.toString();
	}

	private static boolean python3Available() {
		try {
			return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
