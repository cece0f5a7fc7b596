package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;
import org.junit.jupiter.api.Test;

class ValueColumnsTest {

	private static final Quantities.Unit VOLT = new Quantities.Unit(1, "V");

	@Test
	void outsideATableTheCountOfValuesDecides() {
		assertEquals(new ValueColumns.Values(1.0, 2.0, 3.0, Map.of()), free(false, "1", "2", "3"));
		assertEquals(new ValueColumns.Values(1.0, null, 3.0, Map.of()), free(false, "1", "3"));
		assertEquals(new ValueColumns.Values(null, 2.0, null, Map.of()), free(false, "2"), "a characteristic");
		assertEquals(new ValueColumns.Values(null, null, 2.0, Map.of()), free(true, "2"), "a rating");
		assertNull(free(false, "1", "2", "3", "4"), "four values mean nothing");
	}

	@Test
	void plusMinusGivesTheMinimumToo() {
		assertEquals(new ValueColumns.Values(-20.0, null, 20.0, Map.of()), free(true, "±20"));
	}

	@Test
	void underMinTypMaxEachValueTakesItsColumn() {
		Columns cols = RowLabelTest.HEADER;
		List<Word> values = List.of(Lines.word("1.1", 330, 100), Lines.word("1.6", 360, 100));
		assertEquals(new ValueColumns.Values(null, 1.1, 1.6, Map.of()),
				ValueColumns.read(ValueColumns.place(values, cols), VOLT, cols, false));
	}

	@Test
	void aValueBetweenTheColumnsIsLeftOut() {
		ValueColumns.Placed placed = ValueColumns.place(List.of(Lines.word("7", 450, 100)), RowLabelTest.HEADER);
		assertEquals(0, placed.count());
	}

	@Test
	void partColumnsGiveOneValuePerPart() {
		Columns cols = new Columns(List.of(new Column(ColumnType.SYMBOL, 50, 80, null),
				new Column(ColumnType.PART, 200, 230, "1N4001"), new Column(ColumnType.PART, 260, 290, "1N4007")));
		List<Word> two = List.of(Lines.word("50", 205, 100), Lines.word("1000", 262, 100));
		assertEquals(Map.of("1N4001", 50.0, "1N4007", 1000.0),
				ValueColumns.read(ValueColumns.place(two, cols), VOLT, cols, true).perPart());
		List<Word> one = List.of(Lines.word("1.1", 240, 100));
		assertEquals(new ValueColumns.Values(null, null, 1.1, Map.of()),
				ValueColumns.read(ValueColumns.place(one, cols), VOLT, cols, true), "one value spans every part");
	}

	@Test
	void gluedUnitsAreSeen() {
		ValueColumns.Placed placed = ValueColumns.place(List.of(Lines.word("5mA", 100, 100)), null);
		assertEquals("A", placed.glued().dimension());
	}

	private static ValueColumns.Values free(boolean limit, String... numbers) {
		List<Word> words = new java.util.ArrayList<>();
		for (int i = 0; i < numbers.length; i++) {
			words.add(Lines.word(numbers[i], 200 + 40 * i, 100));
		}
		return ValueColumns.read(ValueColumns.place(words, null), VOLT, null, limit);
	}
}
