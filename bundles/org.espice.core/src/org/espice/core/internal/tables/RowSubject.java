package org.espice.core.internal.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a table row measures: the parameter, its test conditions, the parts it is for (empty: every part), the
 * row text it was read from and the statistic printed with its symbol ("RDS(on)max": see {@link StatisticMark}),
 * or null. Rows without a symbol of their own carry over the subject of the row above.
 */
record RowSubject(String name, Map<String, Double> conditions, List<String> parts, String text, String statistic) {

	/** A subject whose symbol prints no statistic. */
	RowSubject(String name, Map<String, Double> conditions, List<String> parts, String text) {
		this(name, conditions, parts, text, null);
	}

	/** The same subject with further conditions, which win over those it had. */
	RowSubject withConditions(Map<String, Double> more) {
		Map<String, Double> merged = new LinkedHashMap<>(conditions);
		merged.putAll(more);
		return new RowSubject(name, merged, parts, text, statistic);
	}

	RowSubject withParts(List<String> other) {
		return new RowSubject(name, conditions, other, text, statistic);
	}
}
