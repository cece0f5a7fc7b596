package org.espice.core.internal.tables;

/** A column of a column-header table: its type, its horizontal extent and, for a part column, the part. */
record Column(ColumnType type, double x0, double x1, String part) {

	double center() {
		return (x0 + x1) / 2;
	}

	boolean holdsValues() {
		return type == ColumnType.MIN || type == ColumnType.TYP || type == ColumnType.MAX || type == ColumnType.VALUE
				|| type == ColumnType.PART;
	}
}
