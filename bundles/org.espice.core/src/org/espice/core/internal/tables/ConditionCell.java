package org.espice.core.internal.tables;

/**
 * Where the condition cells of a table's rows start. Their text often begins left of the "CONDITIONS" heading, so
 * the column is found from the rows that name a parameter: a line whose text starts there ("mounted as shown in
 * Fig.5  55 K/W" under "Rth j-a ... note 1  100 K/W") is a further condition of the row above, not a new row.
 */
final class ConditionCell {

	/** Left edge of the first condition word of the table's named rows; NaN before one was seen. */
	private double start = Double.NaN;

	void end() {
		start = Double.NaN;
	}

	/** The label of a row, no longer describing a new row when its text starts in the condition cells. */
	RowLabel label(LineTokens t, RowLabel label, Columns columns) {
		if (columns == null || !columns.has(ColumnType.COND)) {
			return label;
		}
		if (label.nameAt() >= 0) {
			for (int i = label.nameAt() + 1; i < label.limit(t); i++) {
				if (t.condition(i)) {
					start = Double.isNaN(start) ? t.word(i).x0() : Math.min(start, t.word(i).x0());
					break;
				}
			}
			return label;
		}
		if (label.describes() && label.name() == null && !Double.isNaN(start)
				&& t.word(0).x0() >= start - Tolerances.CONDITION_COLUMN_SLACK) {
			return new RowLabel(label.firstValue(), null, -1, false);
		}
		return label;
	}
}
