package org.espice.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.TaskMonitor;
import org.espice.core.extract.DatasheetReader;
import org.espice.samples.SampleDatasheets.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What README's run command shows: every sample parses with its kind and parts; every bad input fails clearly. */
class SampleSetExtractionTest {

	@TempDir
	Path dir;

	private static String norm(String part) {
		return part == null ? "" : part.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	@Test
	void samplesParseWithTheirKindsAndParts() throws IOException {
		List<Path> files = SampleDatasheets.write(dir);
		List<Sample> catalog = SampleDatasheets.catalog();
		DatasheetReader reader = new DatasheetReader();
		StringBuilder problems = new StringBuilder();
		for (int i = 0; i < files.size(); i++) {
			Sample s = catalog.get(i);
			ExtractionResult r = reader.read(files.get(i), TaskMonitor.NONE);
			if (!r.ok()) {
				problems.append(s.file()).append(": failed ").append(r.failure()).append('\n');
				continue;
			}
			List<String> parts = r.devices().stream().map(d -> norm(d.part())).sorted().toList();
			if (!parts.equals(s.parts().stream().map(SampleSetExtractionTest::norm).sorted().toList())) {
				problems.append(s.file()).append(": parts ").append(parts).append(", expected ").append(s.parts())
						.append('\n');
			}
			for (Device d : r.devices()) {
				if (d.kind() != s.kind()) {
					problems.append(s.file()).append(": ").append(d.part()).append(" is ").append(d.kind())
							.append(", expected ").append(s.kind()).append('\n');
				}
				if (d.parameters().size() < 4) {
					problems.append(s.file()).append(": ").append(d.part()).append(" has only ")
							.append(d.parameters().size()).append(" values\n");
				}
			}
		}
		assertTrue(problems.length() == 0, problems.toString());
	}

	@Test
	void badInputsFailWithTheirCategory() throws IOException {
		List<Path> bad = SampleDatasheets.writeBadInputs(dir);
		FailureCategory[] expected = { FailureCategory.INVALID_INPUT, FailureCategory.INVALID_INPUT,
				FailureCategory.NO_TEXT_LAYER, FailureCategory.INVALID_INPUT };
		for (int i = 0; i < bad.size(); i++) {
			ExtractionResult r = new DatasheetReader().read(bad.get(i), TaskMonitor.NONE);
			assertFalse(r.ok(), bad.get(i) + " must fail");
			assertEquals(expected[i], r.failure().category(), bad.get(i) + ": " + r.failure());
			assertFalse(r.failure().message().isBlank());
		}
	}
}
