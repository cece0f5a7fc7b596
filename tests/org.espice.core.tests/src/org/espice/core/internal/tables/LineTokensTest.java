package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.junit.jupiter.api.Test;

class LineTokensTest {

	@Test
	void testConditionsAreNoValues() {
		LineTokens t = Lines.tokens(Lines.text(100, "RDS(on) VGS = 10 V ID = 2 A 0.8 1.2 Ω"));
		List<String> values = values(t);
		assertEquals(List.of("0.8", "1.2"), values, "10 and 2 are test points");
		assertEquals(2, t.valueCount());
		assertTrue(t.condition(3), "the 10 after '='");
		assertTrue(t.condition(4), "and its unit");
		assertTrue(t.beforeComparator(1), "VGS is the key of a condition");
	}

	@Test
	void referencesAndRangesAreNoValues() {
		assertEquals(List.of("5"), values(Lines.tokens(Lines.text(100, "IR see Figure 9 5"))));
		assertEquals(List.of("150"), values(Lines.tokens(Lines.text(100, "TJ -55 to 125 150"))),
				"both ends of a range are conditions");
	}

	@Test
	void aBracketedNoteEndsAtItsBracket() {
		LineTokens t = Lines.tokens(Lines.text(100, "Drain Current (Note) ID 0.5 Adc"));
		assertTrue(t.condition(2), "(Note) is a reference");
		assertFalse(t.condition(3), "the symbol after it is none");
		assertEquals(List.of("0.5"), values(t));
		assertTrue(Lines.tokens(Lines.text(100, "IR Note 2 5")).condition(2), "a note's number is");
	}

	@Test
	void anUnmappedMarkAfterANumberAndAUnitBrokenAtItsSlashAreRead() {
		LineTokens t = Lines.tokens(Lines.text(100, "ID @ TC = 25°C Continuous Drain Current 94? A"));
		assertEquals(List.of("94"), values(t), "a footnote mark the text layer could not map");
		LineTokens rth = Lines.tokens(Lines.line(100, "RθJA", 50, "357", 200, "℃/", 250, "W", 262));
		assertEquals("℃/W", rth.text(2), "one unit");
		assertEquals(3, rth.size());
		assertEquals(4, Lines.tokens(Lines.line(100, "VR", 50, "Rate/", 100, "W", 140, "5", 200)).size(),
				"words far apart stay apart");
	}

	/**
	 * A switching-time row whose condition's relation sign ("≅") the text layer could not map: "ID ? 0.2 A," is a
	 * test condition, so its symbol names no row and 11 and 20 stay the row's values. Without the current's unit
	 * after it, the number is a value ("VGS ?20 ?20": the ± of a rating lost).
	 */
	@Test
	void aConditionWhoseRelationSignIsLostIsStillACondition() {
		LineTokens t = Lines.tokens(Lines.text(100, "Turn-Off Time tOFF ID ? 0.2 A, VGEN = 10 V 11 20"));
		for (int i = 3; i <= 6; i++) {
			assertTrue(t.condition(i), t.text(i) + " belongs to the condition");
		}
		assertEquals(List.of("11", "20"), values(t));
		LineTokens glued = Lines.tokens(Lines.text(100, "Turn-Off Time tOFF ID ?0.5 A, VGEN = 10 V 7 10"));
		assertTrue(glued.condition(3) && glued.condition(4) && glued.condition(5), glued.toString());
		assertEquals(List.of("7", "10"), values(glued));
		LineTokens rating = Lines.tokens(Lines.text(100, "Gate-Source Voltage VGS ?20 ?20 V"));
		assertFalse(rating.condition(2), "VGS is the rating's symbol");
		LineTokens other = Lines.tokens(Lines.text(100, "Turn-Off Time tOFF ID ? 0.2 V 11 20"));
		assertFalse(other.condition(3), "a voltage is no drain current");
	}

	@Test
	void placeholdersAreValuesButNotCounted() {
		LineTokens t = Lines.tokens(Lines.text(100, "VF — 1.1"));
		assertTrue(t.value(1));
		assertEquals(1, t.valueCount());
	}

	@Test
	void signPrintedApartJoinsItsNumber() {
		LineTokens t = Lines.tokens(Lines.line(100, "VGS", 50, "±", 200, "20", 207));
		assertEquals(List.of("VGS", "±20"), t.words().stream().map(Word::text).toList());
		assertTrue(t.value(1));
		LineTokens apart = Lines.tokens(Lines.line(100, "VGS", 50, "±", 200, "20", 240));
		assertEquals(3, apart.size(), "a sign far from the number is a word of its own");
	}

	@Test
	void footnoteMarkersAreLeftOut() {
		Word marker = new Word("1", 80, 83, 92, 95, 6, true);
		TextLine line = new TextLine(1, List.of(Lines.word("IDM", 50, 100), marker, Lines.word("40", 200, 100)), 100,
				Lines.SIZE);
		LineTokens t = LineTokens.of(line);
		assertEquals(List.of("IDM", "40"), t.words().stream().map(Word::text).toList());
		assertEquals("IDM 1 40", t.text(), "the line text stays as printed");
		assertFalse(t.isEmpty());
	}

	private static List<String> values(LineTokens t) {
		return java.util.stream.IntStream.range(0, t.size()).filter(t::value).mapToObj(t::text).toList();
	}
}
