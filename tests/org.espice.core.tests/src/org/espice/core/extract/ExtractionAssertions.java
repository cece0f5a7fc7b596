package org.espice.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.TaskMonitor;
import org.espice.samples.DatasheetPdf;

/**
 * Reads generated datasheets and checks what a user would see in the result: spec names, SI values in the
 * right min/typ/max column, conditions, pages and parts. Values compare like the corpus scorer (0.5 % here,
 * sign-insensitive because P-channel and PNP values are printed either way).
 */
final class ExtractionAssertions {

	private ExtractionAssertions() {
	}

	/** Saves {@code pdf} as {@code dir/name} and reads it back. */
	static ExtractionResult read(Path dir, String name, DatasheetPdf pdf) {
		Path file = dir.resolve(name);
		try {
			pdf.save(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new DatasheetReader().read(file, TaskMonitor.NONE);
	}

	static void assertOk(ExtractionResult r) {
		assertNotNull(r, "reader returned null");
		assertTrue(r.ok(), () -> r.file() + " failed: " + r.failure());
		assertTrue(!r.devices().isEmpty(), () -> r.file() + " has no device");
	}

	/** The only device of a single-part datasheet; asserts the result is fine and holds exactly one. */
	static Device onlyDevice(ExtractionResult r) {
		assertOk(r);
		assertEquals(1, r.devices().size(), () -> r.file() + ": expected one part, got " + parts(r));
		return r.devices().get(0);
	}

	/** The device of a part (compared ignoring case and punctuation). */
	static Device device(ExtractionResult r, String part) {
		assertOk(r);
		String want = normPart(part);
		return r.devices().stream().filter(d -> normPart(d.part()).equals(want)).findFirst()
				.orElseGet(() -> fail(r.file() + ": no device " + part + " among " + parts(r)));
	}

	static List<String> parts(ExtractionResult r) {
		return r.devices().stream().map(Device::part).toList();
	}

	static String normPart(String p) {
		return p == null ? "" : p.toUpperCase().replaceAll("[^A-Z0-9]", "");
	}

	/** Test conditions as key/value pairs: {@code at("VGS", 10, "ID", 40)}. */
	static Map<String, Double> at(Object... keyValues) {
		Map<String, Double> m = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			m.put((String) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
		}
		return m;
	}

	/**
	 * Asserts the device has an entry {@code name} whose {@code column} (min, typ or max) holds {@code value}
	 * and whose conditions include every given one; returns that entry.
	 */
	static Parameter assertValue(Device d, String name, String column, double value, Map<String, Double> conditions) {
		List<Parameter> all = d.all(name);
		for (Parameter p : all) {
			Double v = switch (column) {
				case "min" -> p.min();
				case "typ" -> p.typ();
				case "max" -> p.max();
				default -> throw new IllegalArgumentException(column);
			};
			if (v != null && close(v, value, 0.005) && conditionsHold(p.conditions(), conditions)) {
				return p;
			}
		}
		return fail(d.part() + ": no " + name + " with " + column + " = " + value + " at " + conditions
				+ "; its " + name + " entries: " + describe(all) + "; all names: " + names(d));
	}

	static Parameter assertValue(Device d, String name, String column, double value) {
		return assertValue(d, name, column, value, Map.of());
	}

	/** Asserts the entry has exactly these printed columns (null = empty cell). */
	static void assertColumns(Parameter p, Double min, Double typ, Double max) {
		String what = p.name() + " " + p.conditions();
		assertSame(min, p.min(), what + " min");
		assertSame(typ, p.typ(), what + " typ");
		assertSame(max, p.max(), what + " max");
	}

	private static void assertSame(Double expected, Double actual, String what) {
		if (expected == null) {
			assertEquals(null, actual, what + " should be empty");
		} else {
			assertNotNull(actual, what + " should be " + expected);
			assertTrue(close(actual, expected, 0.005), what + ": expected " + expected + " but was " + actual);
		}
	}

	static void assertNoValue(Device d, String name) {
		assertTrue(d.all(name).isEmpty(), () -> d.part() + " should have no " + name + " but has "
				+ describe(d.all(name)));
	}

	static String names(Device d) {
		return d.parameters().stream().map(Parameter::name).distinct().collect(Collectors.joining(","));
	}

	static String describe(List<Parameter> ps) {
		return ps.stream().map(p -> "[" + p.min() + "/" + p.typ() + "/" + p.max() + " " + p.unit() + " "
				+ p.conditions() + " p" + (p.source() == null ? "?" : p.source().page()) + "]")
				.collect(Collectors.joining(" "));
	}

	static boolean close(double a, double b, double rel) {
		a = Math.abs(a);
		b = Math.abs(b);
		return a == b || Math.abs(a - b) <= rel * Math.max(a, b);
	}

	private static boolean conditionsHold(Map<String, Double> actual, Map<String, Double> expected) {
		for (Map.Entry<String, Double> e : expected.entrySet()) {
			Double v = actual.get(e.getKey());
			if (v == null || !close(v, e.getValue(), 0.02)) {
				return false;
			}
		}
		return true;
	}
}
