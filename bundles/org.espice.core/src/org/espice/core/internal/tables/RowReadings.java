package org.espice.core.internal.tables;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.espice.core.Parameter;
import org.espice.core.Provenance;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;
import org.espice.core.internal.tables.TableReader.Reading;

/**
 * Turns a row of values into readings: finds their unit, places them in the value columns, drops what cannot be
 * a device value, and records where the row was for the rows that refer back to it.
 */
final class RowReadings {

	private static final Logger LOG = System.getLogger(RowReadings.class.getName());
	private static final Pattern LEADER = Pattern.compile("[.…]+");
	/**
	 * A row of a ratio of two parts' gains ("DC current gain ratio of the complementary pairs", hFE1/hFE2 of matched
	 * pairs): its numbers are no gain of the part. "DC current transfer ratio" is the gain itself.
	 */
	private static final Pattern GAIN_RATIO = Pattern
			.compile("(?i)\\bgain\\s+ratio\\b|\\b(?:matched|complementary)\\s+pairs?\\b");

	private final List<Reading> readings;
	private final LastRow lastRow;
	private final Units units;

	RowReadings(List<Reading> readings, LastRow lastRow, Units units) {
		this.readings = readings;
		this.lastRow = lastRow;
		this.units = units;
	}

	/** Reads the row's values under {@code columns} (null outside a table). */
	void read(Row row, Columns columns) {
		lastRow.starts(readings.size());
		String name = row.name();
		Map<String, Double> implied = Conditions.implied(name == null ? null : name.replace("?", ""),
				row.at().line().text());
		if (!implied.isEmpty()) {
			// stated on this very line, so it replaces what the row above carried over
			row = row.about(row.subject().withConditions(implied));
		}
		values(row, columns);
		lastRow.ends(readings.size(), row.at());
	}

	private void values(Row row, Columns columns) {
		LineTokens t = row.tokens();
		List<Word> values = new ArrayList<>();
		for (int i = row.nameAt() + 1; i < t.size(); i++) {
			// "30 (for 1 cycle)": a number in a bracketed remark is none of the row's values; leader dots before the
			// first value ("TC = 100 °C . . . . 12 A") hold none either
			if (t.value(i) && !Qualifier.remark(t, i) && !(values.isEmpty() && LEADER.matcher(t.text(i)).matches())) {
				values.add(t.word(i));
			}
		}
		if (values.isEmpty()) {
			return;
		}
		String name = row.name();
		String dim = Vocabulary.dimension(name);
		if (dim.isEmpty() && (columns == null || row.subject().conditions().containsKey("f"))) {
			return; // a bare ratio outside a table is a chart label; hFE is measured at DC
		}
		if ("HFE".equals(name) && GAIN_RATIO.matcher(row.at().line().text()).find()) {
			return;
		}
		values.removeIf(w -> otherQuantity(w, dim)); // "400A 8.3ms": the pulse time is a condition, not a value
		if (values.isEmpty()) {
			return;
		}
		Quantities.Unit unit = units.printed(row, columns, values.get(0).x0(), dim);
		if (unit == null && columns == null && !dim.isEmpty() && values.stream().allMatch(
				w -> Quantities.number(w.text()) == null || Quantities.number(w.text()).unit() == null)) {
			LOG.log(Level.DEBUG, () -> "drop (no unit outside a table) " + name + " gap " + units.gapToLastUnit(row.at())
					+ " " + units.lastRowUnit() + " | " + row.subject().text());
			return; // outside a table only a printed unit makes a number a value
		}
		ValueColumns.Placed placed = ValueColumns.place(values, columns);
		if (placed.count() == 0) {
			return;
		}
		unit = Units.settled(unit, placed.glued(), dim, columns);
		if (unit == null) {
			return;
		}
		units.read(row, unit);
		double x0 = values.get(0).x0();
		double x1 = values.get(values.size() - 1).x1();
		double left = row.nameAt() >= 0 ? Math.min(t.word(row.nameAt()).x0(), x0) : row.at().line().x0();
		Provenance prov = row.at().box(left, x1, readable(row.subject().text()));
		if (PartLimitPairs.paired(columns)) {
			for (Map.Entry<String, ValueColumns.Values> e : PartLimitPairs.read(placed, unit, columns).entrySet()) {
				if (plausible(row, e.getValue())) {
					add(row.about(row.subject().withParts(List.of(e.getKey()))), e.getValue(), unit, prov);
				}
			}
			return;
		}
		boolean limit = Vocabulary.isLimit(name) || row.rating();
		ValueColumns.Values v = ValueColumns.read(placed, unit, columns, limit);
		if (v == null || !plausible(row, v)) {
			return;
		}
		if (columns == null || columns.values().stream().noneMatch(c -> c.type().limit())) {
			// no min/typ/max column: the symbol says which, or the description (StatisticMark.ofRow)
			v = StatisticMark.applied(v, row.subject().statistic());
		}
		add(row, v, unit, prov);
	}

	/** Whether a number carries a unit of its own that measures another quantity than the row's. */
	private static boolean otherQuantity(Word w, String dim) {
		Quantities.Number q = Quantities.number(w.text());
		return q != null && q.unit() != null && !dim.isEmpty() && !q.unit().dimension().equals(dim);
	}

	/** Whether every value is one a device can have (not a document number or a misread cell). */
	private static boolean plausible(Row row, ValueColumns.Values v) {
		for (Double x : v.limits()) {
			if (x != null && !Vocabulary.plausible(row.name(), x)) {
				LOG.log(Level.DEBUG, () -> "drop (implausible) " + row.name() + " " + x + " | " + row.subject().text());
				return false;
			}
		}
		for (Double x : v.perPart().values()) {
			if (!Vocabulary.plausible(row.name(), x)) {
				return false;
			}
		}
		return true;
	}

	private void add(Row row, ValueColumns.Values v, Quantities.Unit unit, Provenance prov) {
		String name = row.name();
		Map<String, Double> conds = row.subject().conditions();
		if (!v.perPart().isEmpty()) {
			for (Map.Entry<String, Double> e : v.perPart().entrySet()) {
				Double x = e.getValue();
				Parameter p = new Parameter(name, v.symmetric() && x > 0 ? -x : null, null, x, unit.dimension(), conds,
						prov);
				if (!Vocabulary.isLimit(name) && !row.rating()) {
					p = p.withValues(null, x, null);
				}
				readings.add(new Reading(e.getKey(), p));
			}
			return;
		}
		if (v.none()) {
			return;
		}
		Parameter p = new Parameter(name, v.min(), v.typ(), v.max(), unit.dimension(), conds, prov);
		if (row.subject().parts().isEmpty()) {
			readings.add(new Reading(null, p));
		} else {
			for (String part : row.subject().parts()) {
				readings.add(new Reading(part, p));
			}
		}
	}

	/** Row text for people: leader dots collapsed. */
	static String readable(String row) {
		return row.replaceAll("(\\s*\\.){4,}\\s*", " … ").strip();
	}
}
