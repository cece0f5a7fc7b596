package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.espice.core.internal.layout.TextLine;
import org.junit.jupiter.api.Test;

class ColumnHeaderTest {

	private final ColumnHeader finder = new ColumnHeader(new KnownParts(List.of("1N4001", "1N4007")));

	@Test
	void headingsInAnyOrderGiveTheColumns() {
		List<Column> cols = finder.columns(Lines.line(100, "Parameter", 50, "Symbol", 170, "Conditions", 220, "Min", 300,
				"Typ", 330, "Max", 360, "Unit", 390));
		assertEquals(List.of(ColumnType.SYMBOL, ColumnType.COND, ColumnType.MIN, ColumnType.TYP, ColumnType.MAX,
				ColumnType.UNIT), types(cols));
		assertEquals(300, cols.get(2).x0());
	}

	@Test
	void proseIsNoHeader() {
		assertNull(finder.columns(Lines.text(100, "Pulse width limited by maximum junction temperature")));
	}

	@Test
	void ratingHeadsTheDescriptionWhenAValueColumnFollows() {
		List<Column> cols = finder.columns(Lines.line(100, "Rating", 50, "Symbol", 170, "Value", 300, "Unit", 390));
		assertEquals(List.of(ColumnType.SYMBOL, ColumnType.VALUE, ColumnType.UNIT), types(cols));
	}

	@Test
	void familyMembersHeadPartColumns() {
		List<Column> cols = finder.columns(Lines.line(100, "Symbol", 50, "1N4001", 200, "1N4002", 250, "1N4003", 300,
				"Unit", 390));
		assertNotNull(cols);
		assertEquals(List.of("1N4001", "1N4002", "1N4003"),
				cols.stream().filter(c -> c.type() == ColumnType.PART).map(Column::part).toList());
	}

	@Test
	void minTypMaxUnderValueSplitIt() {
		TextLine header = Lines.line(100, "Parameter", 50, "Symbol", 150, "Value", 230, "Unit", 330);
		TextLine limits = Lines.line(110, "Min", 200, "Typ", 230, "Max", 260);
		PageLine at = new PageLine(Lines.page(header, limits), 0);
		List<Column> merged = finder.merged(finder.columns(header), at);
		assertEquals(List.of(ColumnType.SYMBOL, ColumnType.MIN, ColumnType.TYP, ColumnType.MAX, ColumnType.UNIT),
				types(merged));
	}

	@Test
	void headingsFarBelowStayOut() {
		TextLine header = Lines.line(100, "Parameter", 50, "Symbol", 150, "Value", 230, "Unit", 330);
		TextLine limits = Lines.line(130, "Min", 200, "Typ", 230, "Max", 260);
		List<Column> merged = finder.merged(finder.columns(header), new PageLine(Lines.page(header, limits), 0));
		assertEquals(List.of(ColumnType.SYMBOL, ColumnType.VALUE, ColumnType.UNIT), types(merged),
				"3 line heights below is beyond " + Tolerances.HEADER_SPLIT_LINE);
	}

	private static List<ColumnType> types(List<Column> cols) {
		return cols.stream().map(Column::type).toList();
	}
}
