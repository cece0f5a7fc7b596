package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;

/**
 * Places a row's values in the value columns of its table and reads them as min/typ/max or as one value per part.
 * Outside a table (or in one without value columns) the count of values decides: one is a limit or a typical
 * value, two are min and max, three are min, typ and max.
 */
final class ValueColumns {

	/**
	 * A row's numbers and the column of each ({@code null} numbers: placeholders such as "—"; {@code null} columns:
	 * outside a table).
	 */
	record Placed(List<Quantities.Number> numbers, List<Column> columns) {

		/** How many of the numbers are real values. */
		long count() {
			return numbers.stream().filter(Objects::nonNull).count();
		}

		/** The first unit glued to a number ("5mA"), or null. */
		Quantities.Unit glued() {
			return numbers.stream().filter(q -> q != null && q.unit() != null).map(Quantities.Number::unit).findFirst()
					.orElse(null);
		}
	}

	/**
	 * The values a row gave, in SI: min/typ/max, or one per part.
	 *
	 * @param symmetric the part values were printed with ± (a gate voltage rating "±20" per package): each is a
	 *                  maximum whose minimum is its negative
	 */
	record Values(Double min, Double typ, Double max, Map<String, Double> perPart, boolean symmetric) {

		Values(Double min, Double typ, Double max, Map<String, Double> perPart) {
			this(min, typ, max, perPart, false);
		}

		boolean none() {
			return min == null && typ == null && max == null && perPart.isEmpty();
		}

		List<Double> limits() {
			List<Double> all = new ArrayList<>(3);
			all.add(min);
			all.add(typ);
			all.add(max);
			return all;
		}
	}

	private ValueColumns() {
	}

	/** Numbers under a value column, each with its column; in a table, values outside the columns are left out. */
	static Placed place(List<Word> values, Columns columns) {
		List<Column> vc = columns == null ? List.of() : columns.values();
		List<Quantities.Number> nums = new ArrayList<>();
		List<Column> cols = new ArrayList<>();
		for (Word w : values) {
			Quantities.Number q = Quantities.number(w.text());
			Column c = columns == null ? null : columns.valueColumnOf(w);
			if (c == null && !vc.isEmpty()) {
				continue;
			}
			nums.add(q);
			cols.add(c);
		}
		return new Placed(nums, cols);
	}

	/**
	 * Reads the placed values in {@code unit}; {@code limit} says a single value is a maximum rather than a typical
	 * one. Null when the row holds more values than it can mean.
	 */
	static Values read(Placed placed, Quantities.Unit unit, Columns columns, boolean limit) {
		List<Column> vc = columns == null ? List.of() : columns.values();
		Double[] mtm = new Double[3];
		Map<String, Double> perPart = new LinkedHashMap<>();
		boolean plusMinus = false;
		if (columns == null || vc.isEmpty()) {
			List<Double> v = new ArrayList<>();
			for (Quantities.Number q : placed.numbers()) {
				v.add(q == null ? null : Units.scale(q, unit));
				plusMinus |= q != null && q.plusMinus();
			}
			if (!byCount(v, mtm, limit)) {
				return null;
			}
		} else {
			long partCols = vc.stream().filter(c -> c.type() == ColumnType.PART).count();
			boolean spanning = partCols >= 2 && placed.count() == 1;
			for (int k = 0; k < placed.numbers().size(); k++) {
				Quantities.Number q = placed.numbers().get(k);
				if (q == null) {
					continue;
				}
				plusMinus |= q.plusMinus();
				byColumn(placed.columns().get(k), Units.scale(q, unit), mtm, perPart, limit, spanning);
			}
		}
		if (plusMinus && mtm[2] != null && mtm[0] == null) {
			mtm[0] = -mtm[2];
		}
		return new Values(mtm[0], mtm[1], mtm[2], perPart, plusMinus && !perPart.isEmpty());
	}

	/** Values outside value columns, by their count; false for more than three. */
	private static boolean byCount(List<Double> v, Double[] mtm, boolean limit) {
		if (v.size() == 1) {
			mtm[2] = v.get(0);
		} else if (v.size() == 2) {
			mtm[0] = v.get(0);
			mtm[2] = v.get(1);
		} else if (v.size() == 3) {
			mtm[0] = v.get(0);
			mtm[1] = v.get(1);
			mtm[2] = v.get(2);
		} else {
			return false;
		}
		if (v.size() == 1 && !limit) {
			mtm[1] = mtm[2];
			mtm[2] = null;
		}
		return true;
	}

	/** A value under column c; the first value of each slot stands. */
	private static void byColumn(Column c, double v, Double[] mtm, Map<String, Double> perPart, boolean limit,
			boolean spanning) {
		switch (c.type()) {
		case MIN -> mtm[0] = mtm[0] == null ? v : mtm[0];
		case TYP -> mtm[1] = mtm[1] == null ? v : mtm[1];
		case MAX -> mtm[2] = mtm[2] == null ? v : mtm[2];
		case VALUE -> {
			if (limit) {
				mtm[2] = mtm[2] == null ? v : mtm[2];
			} else {
				mtm[1] = mtm[1] == null ? v : mtm[1];
			}
		}
		case PART -> {
			if (spanning) {
				mtm[2] = v;
			} else {
				for (String p : c.forParts().isEmpty() ? List.of(c.part()) : c.forParts()) {
					perPart.putIfAbsent(p, v);
				}
			}
		}
		default -> {
		}
		}
	}
}
