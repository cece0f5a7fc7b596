package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class KnownPartsTest {

	@Test
	void digitsLabelAFamilyMember() {
		KnownParts parts = new KnownParts(List.of("1N4001", "1N4004", "1N4007"));
		assertEquals("1N4004", parts.label("4004"));
		assertEquals("1N4001", parts.label("1N4001"));
		assertNull(parts.label("VRRM"));
	}

	@Test
	void gradeRangeNamesEveryGrade() {
		KnownParts parts = new KnownParts(List.of("BYM36A"));
		assertEquals(List.of("BYM36A", "BYM36B", "BYM36C"), parts.in("BYM36AtoC"));
		assertTrue(parts.all().contains("BYM36C"), "the grades become known parts");
		// two grades named by "and", word by word as a table prints them: those two, not the ones between
		assertEquals(List.of("BYM36D", "BYM36F"), parts.grades("BYM36D" + "and" + "F"));
		assertEquals(List.of("BYM36D", "BYM36E"), parts.grades("BYM36D&E"));
		assertEquals(List.of(), parts.grades("BAT54AandC"), "no run of a known type's grades");
		assertEquals(List.of(), parts.grades("forwardvoltage"));
	}

	@Test
	void slashListsShareTheirPrefix() {
		KnownParts parts = new KnownParts(List.of("BD135"));
		assertEquals(List.of("BD135", "BD137"), parts.in("BD135/137"));
	}

	/** Typesetting prints the hyphen of a grade as a dash: "BC337–25/BC338–25" names BC337-25 and BC338-25. */
	@Test
	void aDashInAPartNumberIsItsHyphen() {
		KnownParts parts = new KnownParts(List.of("BC337", "BC337-16", "BC337-25", "BC338-25"));
		assertEquals(List.of("BC337-16"), parts.in("BC337\u201316"));
		assertEquals(List.of("BC337-25", "BC338-25"), parts.in("BC337\u201325/BC338\u201325"));
		assertEquals("BC337-16", parts.member("BC337\u201316"));
	}

	/** A column heading "J111-113" or "*MMBF4391-4393" (a footnote mark) stands for the known parts of its range. */
	@Test
	void aRangeHeadingNamesTheKnownPartsOfItsRange() {
		KnownParts parts = new KnownParts(List.of("J111", "J112", "J113", "MMBFJ111", "MMBFJ112", "MMBFJ113"));
		assertEquals(List.of("J111", "J112", "J113"), parts.range("J111-113"));
		assertEquals(List.of("MMBFJ111", "MMBFJ112", "MMBFJ113"), parts.range("*MMBFJ111-113"));
		assertEquals(List.of(), parts.range("J111-J113x"));
		assertEquals(List.of(), new KnownParts(List.of("PN4391")).range("PN4391-4393"), "one known part is no range");
	}

	@Test
	void distinguishingDigitsNameTheRow() {
		KnownParts parts = new KnownParts(List.of("PN4391", "PN4392"));
		assertEquals(List.of("PN4392"), parts.in("4392"));
		assertEquals(List.of(), parts.in("Gate"));
	}
}
