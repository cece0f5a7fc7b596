package org.espice.core.internal.tables;

/**
 * A line read as a row of a column-header table (or of no table).
 *
 * @param at      the line
 * @param tokens  its words, classified
 * @param label   what its words before the values say
 * @param subject what the row measures: its own, or the one it continues
 * @param rating  whether the row is a rating (a single value is a maximum), not a characteristic
 */
record Row(PageLine at, LineTokens tokens, RowLabel label, RowSubject subject, boolean rating) {

	String name() {
		return subject.name();
	}

	/** Index of the symbol naming the row on this line, -1 when the name comes from elsewhere. */
	int nameAt() {
		return label.nameAt();
	}

	Row about(RowSubject other) {
		return new Row(at, tokens, label, other, rating);
	}
}
