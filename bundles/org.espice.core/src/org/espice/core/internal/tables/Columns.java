package org.espice.core.internal.tables;

import java.util.List;

import org.espice.core.internal.layout.Word;

/** The columns a column header gave, left to right, and where a row's words fall among them. */
record Columns(List<Column> all) {

	Columns {
		all = List.copyOf(all);
	}

	/** The first column of this type, or null. */
	Column first(ColumnType type) {
		return all.stream().filter(c -> c.type() == type).findFirst().orElse(null);
	}

	boolean has(ColumnType type) {
		return all.stream().anyMatch(c -> c.type() == type);
	}

	/** The columns that hold values (Min, Typ, Max, Value, part columns). */
	List<Column> values() {
		return all.stream().filter(Column::holdsValues).toList();
	}

	/** A table of ratings: one value per row (Value, Max or part columns) and no Min or Typ. */
	boolean ofRatings() {
		return all.stream().noneMatch(c -> c.type() == ColumnType.MIN || c.type() == ColumnType.TYP)
				&& all.stream().anyMatch(c -> c.type() == ColumnType.VALUE || c.type() == ColumnType.PART
						|| c.type() == ColumnType.MAX);
	}

	/** The value column a value word belongs to, or null when it lies between or beside them. */
	Column valueColumnOf(Word w) {
		List<Column> vc = values();
		if (vc.isEmpty()) {
			return null;
		}
		double spacing = Tolerances.COLUMN_SPACING;
		for (int i = 1; i < vc.size(); i++) {
			spacing = Math.min(spacing, vc.get(i).center() - vc.get(i - 1).center());
		}
		Column best = null;
		double bestD = Double.MAX_VALUE;
		for (Column c : vc) {
			double d = Math.abs(c.center() - w.center());
			if (w.x0() <= c.x1() + Tolerances.VALUE_COLUMN_SLACK && w.x1() >= c.x0() - Tolerances.VALUE_COLUMN_SLACK) {
				d = Math.min(d, Tolerances.OVERLAPPING_VALUE);
			}
			if (d < bestD) {
				bestD = d;
				best = c;
			}
		}
		return bestD <= Tolerances.columnReach(spacing) ? best : null;
	}

	/** The column of the units: the Unit heading, else a strip right of the last value column, or null. */
	Column unitColumn() {
		Column uc = first(ColumnType.UNIT);
		if (uc != null) {
			return uc;
		}
		Column last = null;
		for (Column c : all) {
			if (c.holdsValues() && (last == null || c.x1() > last.x1())) {
				last = c;
			}
		}
		return last == null ? null
				: new Column(ColumnType.UNIT, last.x1() + Tolerances.IMPLIED_UNIT_COLUMN_START,
						last.x1() + Tolerances.IMPLIED_UNIT_COLUMN_END, null);
	}

	/** Whether a word lies in the column, give or take {@code slack} points. */
	static boolean within(Word w, Column c, double slack) {
		return w.x0() < c.x1() + slack && w.x1() > c.x0() - slack;
	}
}
