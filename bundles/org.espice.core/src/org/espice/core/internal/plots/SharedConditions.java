package org.espice.core.internal.plots;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conditions that hold for every curve of a plot, from the texts printed once for all of them. A condition
 * printed with two values ("TC = 25 °C" and "TC = 100 °C" in a legend whose second line names no curve read) is a
 * condition the curves step, not one they share: it holds for none of them until a curve is tied to its value.
 */
final class SharedConditions {

	/** Two printed values of one condition are the same within this share. */
	private static final double SAME = 0.02;

	private SharedConditions() {
	}

	/** The conditions the texts state alike, in the order first printed; a condition stated differently is left out. */
	static Map<String, Double> agreed(List<Map<String, Double>> texts) {
		Map<String, Double> out = new LinkedHashMap<>();
		Set<String> differ = new HashSet<>();
		for (Map<String, Double> t : texts) {
			for (Map.Entry<String, Double> e : t.entrySet()) {
				Double before = out.putIfAbsent(e.getKey(), e.getValue());
				if (before != null && !same(before, e.getValue())) {
					differ.add(e.getKey());
				}
			}
		}
		out.keySet().removeAll(differ);
		return out;
	}

	static boolean same(double a, double b) {
		return Math.abs(a - b) <= SAME * Math.max(Math.max(Math.abs(a), Math.abs(b)), 1e-30);
	}
}
