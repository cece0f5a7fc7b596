package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ColumnsTest {

	private final Columns minTypMax = new Columns(List.of(new Column(ColumnType.SYMBOL, 150, 180, null),
			new Column(ColumnType.MIN, 200, 215, null), new Column(ColumnType.TYP, 230, 245, null),
			new Column(ColumnType.MAX, 260, 275, null)));

	@Test
	void aValueBelongsToTheColumnItOverlaps() {
		assertEquals(ColumnType.TYP, minTypMax.valueColumnOf(Lines.word("1.2", 232, 100)).type());
		assertEquals(ColumnType.MAX, minTypMax.valueColumnOf(Lines.word("10", 262, 100)).type());
	}

	@Test
	void aValueBeyondReachBelongsToNone() {
		// columns 30 pt apart reach 0.6 x 30 = 18 pt from their centres
		assertEquals(18, Tolerances.columnReach(30), 1e-9);
		assertEquals(Tolerances.COLUMN_REACH, Tolerances.columnReach(10), 1e-9);
		assertNull(minTypMax.valueColumnOf(Lines.word("5", 300, 100)));
	}

	@Test
	void withoutUnitHeadingUnitsStandRightOfTheValues() {
		Column unit = minTypMax.unitColumn();
		assertEquals(275 + Tolerances.IMPLIED_UNIT_COLUMN_START, unit.x0());
		assertEquals(275 + Tolerances.IMPLIED_UNIT_COLUMN_END, unit.x1());
	}

	@Test
	void ratingTablesHaveNoMinOrTyp() {
		assertFalse(minTypMax.ofRatings());
		assertTrue(new Columns(List.of(new Column(ColumnType.SYMBOL, 150, 180, null),
				new Column(ColumnType.VALUE, 200, 225, null))).ofRatings());
	}
}
