package org.espice.core.internal.tables;

import java.util.List;

/**
 * A column of a column-header table: its type, its horizontal extent and, for a part column, the part.
 *
 * @param forParts the parts a Min/Typ/Max column holds the values of when each part of a family has its own
 *                 limit columns, or the parts of a part column headed by a range ("J111-113"); empty when the
 *                 column holds them for every part of the table, or for its one part
 */
record Column(ColumnType type, double x0, double x1, String part, List<String> forParts) {

	Column {
		forParts = List.copyOf(forParts);
	}

	Column(ColumnType type, double x0, double x1, String part) {
		this(type, x0, x1, part, List.of());
	}

	double center() {
		return (x0 + x1) / 2;
	}

	boolean holdsValues() {
		return type == ColumnType.MIN || type == ColumnType.TYP || type == ColumnType.MAX || type == ColumnType.VALUE
				|| type == ColumnType.PART;
	}
}
