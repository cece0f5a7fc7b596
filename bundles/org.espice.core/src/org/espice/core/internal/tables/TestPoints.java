package org.espice.core.internal.tables;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The test points of table rows: what a row sets itself, and what it takes from the row it goes with. */
final class TestPoints {

	private TestPoints() {
	}

	/** The quantities a test point sets, temperatures aside. */
	static Set<String> testedQuantities(Map<String, Double> conditions) {
		Set<String> keys = new TreeSet<>(conditions.keySet());
		keys.remove("T");
		return keys;
	}

	/**
	 * A row's test point {@code own} over the test point {@code base} of the row it goes with: its own quantities win,
	 * and a row that sets quantities of its own but no temperature takes none from {@code base}, whose temperature
	 * qualified only the line it was printed on.
	 */
	static Map<String, Double> under(Map<String, Double> base, Map<String, Double> own) {
		Map<String, Double> out = new LinkedHashMap<>(base);
		if (!own.isEmpty() && !own.containsKey("T")) {
			out.remove("T");
		}
		out.putAll(own);
		return out;
	}
}
