package org.espice.core.internal.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.espice.core.Parameter;
import org.espice.core.Provenance;
import org.espice.core.internal.tables.TableReader.Reading;

/**
 * Lines that carry on the row of values above them rather than start a row of their own: its conditions wrapped onto
 * the next line, and part names stacked in its part cell. Each joins the readings that row gave.
 */
final class WrappedRows {

	/** A condition cell ending on a comma, then only the row's values (numbers or dashes) and its unit. */
	private static final Pattern OPEN_CONDITIONS = Pattern.compile("\\d\\s*[A-Za-z°µ]*\\s*,(?:\\s*(?:[-\u2013\u2014]|\\d+(?:[.,]\\d+)?))*(?:\\s+[A-Za-zµΩ°]{1,4})?\\s*$");

	private final List<Reading> readings;
	private final LastRow lastRow;

	WrappedRows(List<Reading> readings, LastRow lastRow) {
		this.readings = readings;
		this.lastRow = lastRow;
	}

	/**
	 * Whether the last row's conditions end on a comma before its values ("Qg  VDD=640V, ID=17A,  -  91  177"): its
	 * condition cell goes on over the next line ("VGS=0 to 10V"), however far the table spaces its lines.
	 */
	boolean openConditions() {
		Provenance source = readings.get(lastRow.start()).parameter().source();
		return source != null && source.rowText() != null && OPEN_CONDITIONS.matcher(source.rowText()).find();
	}

	/**
	 * Conditions wrapped onto the next line belong to the row above. Where that row continues another ("VDS = 60 V /
	 * - - 5 / VGS = 0 V, Tj = 150 °C" under the 25 degC row), their temperature replaces the one it took over.
	 */
	void conditions(Map<String, Double> conds) {
		for (int r = lastRow.start(); r < lastRow.end(); r++) {
			Reading old = readings.get(r);
			Map<String, Double> c = new LinkedHashMap<>(old.parameter().conditions());
			Provenance source = old.parameter().source();
			conds.forEach(c::putIfAbsent);
			if (conds.containsKey("T") && source != null && source.rowText() != null
					&& source.rowText().contains(" | ")) {
				c.put("T", conds.get("T"));
			}
			Parameter op = old.parameter();
			readings.set(r, new Reading(old.part(), new Parameter(op.name(), op.min(), op.typ(), op.max(), op.unit(), c,
					op.source())));
		}
	}

	/**
	 * A line that names parts only, right under a row of values for other parts of the parameter the rows continue
	 * ({@code parts}): "2N7002 1 2.1 2.5" over "NDS7002A", the part cell holding both names stacked. The row's
	 * readings are the new parts' too; returns those parts, or null, changing nothing, for any other line.
	 */
	List<String> stackedParts(Row row, List<String> parts) {
		RowSubject subject = row.subject();
		if (subject.name() != null || !subject.conditions().isEmpty() || subject.parts().isEmpty() || parts.isEmpty()
				|| !lastRow.lastGave(readings.size()) || !lastRow.within(row.at(), Tolerances.WRAPPED_CONDITIONS)
				|| row.tokens().words().size() != subject.parts().size()) {
			return null;
		}
		List<String> added = subject.parts().stream().filter(p -> !parts.contains(p)).toList();
		for (int r = lastRow.start(); r < lastRow.end(); r++) {
			if (readings.get(r).part() == null) {
				return null;
			}
		}
		int end = lastRow.end();
		for (int r = lastRow.start(); r < end; r++) {
			for (String part : added) {
				readings.add(new Reading(part, readings.get(r).parameter()));
			}
		}
		lastRow.ends(readings.size(), row.at());
		return added;
	}
}
