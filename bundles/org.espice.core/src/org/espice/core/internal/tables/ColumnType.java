package org.espice.core.internal.tables;

/** What a column of a column-header table holds, as its heading names it. */
enum ColumnType {
	MIN, TYP, MAX, VALUE, PART, UNIT, SYMBOL, COND;

	/** The column a heading word names, or null when it names none. */
	static ColumnType ofHeading(String word) {
		return switch (LineTokens.norm(word)) {
		case "min", "minimum", "mín" -> MIN;
		case "typ", "typical", "nom", "typ.", "type" -> TYP;
		case "max", "maximum" -> MAX;
		case "value", "values", "rating", "ratings", "limit", "limits", "max.value" -> VALUE;
		case "unit", "units", "unit)" -> UNIT;
		case "symbol", "symbols", "sym" -> SYMBOL;
		case "conditions", "condition", "test" -> COND;
		default -> null;
		};
	}

	/** Min, Typ or Max: one of the three limits of a value. */
	boolean limit() {
		return this == MIN || this == TYP || this == MAX;
	}

	/** The limit's slot in min/typ/max order. */
	int slot() {
		return ordinal();
	}
}
