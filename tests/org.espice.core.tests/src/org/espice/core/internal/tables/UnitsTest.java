package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.parameters.Quantities;
import org.junit.jupiter.api.Test;

class UnitsTest {

	private final Units units = new Units(new LastRow());

	@Test
	void numbersAreScaledToSi() {
		assertEquals(0.005, Units.scale(Quantities.number("5"), Quantities.unit("mA")), 1e-15);
		assertEquals(2e-9, Units.scale(Quantities.number("2nA"), Quantities.unit("A")), 1e-21,
				"a unit glued to the number wins");
		assertEquals(62.5, Units.scale(Quantities.number("62.5"), Quantities.unit("°C/W")), 0, "K/W is not scaled");
	}

	@Test
	void aUnitWordRightOfTheValuesIsTheRowsUnit() {
		TextLine line = Lines.text(100, "VF IF = 1 A 1.1 V");
		assertEquals("V", units.printed(row(line), null, 110, "V").dimension());
	}

	@Test
	void aUnitCellSpanningRowsIsFoundInTheUnitColumn() {
		TextLine first = Lines.line(100, "VF", 170, "1.1", 360);
		TextLine cell = Lines.line(110, "V", 392);
		PageLine at = new PageLine(Lines.page(first, cell), 0);
		assertEquals("V", Units.spanningCell(at, RowLabelTest.HEADER, "V").dimension());
		assertNull(Units.spanningCell(at, RowLabelTest.HEADER, "A"), "a unit of another dimension is not it");
	}

	/**
	 * An airy table (rows 3.5 line heights apart) with one unit cell centred on the middle of three capacitance rows:
	 * the row above the cell reads its unit from the next row of values; a unit two rows away does not reach.
	 */
	@Test
	void aUnitCellCentredOnTheNextRowOfAnAiryTableReachesTheRowAbove() {
		TextLine ciss = Lines.line(100, "Ciss", 170, "16", 330);
		TextLine coss = Lines.line(135, "Coss", 170, "10", 330, "pF", 392);
		TextLine crss = Lines.line(170, "Crss", 170, "5.5", 330);
		PageLayout page = Lines.page(ciss, coss, crss);
		assertEquals(1e-12, Units.spanningCell(new PageLine(page, 0), RowLabelTest.HEADER, "F").factor(), 1e-24);
		assertEquals(1e-12, Units.spanningCell(new PageLine(page, 2), RowLabelTest.HEADER, "F").factor(), 1e-24);

		TextLine far = Lines.line(100, "Ciss", 170, "16", 330);
		TextLine between = Lines.line(135, "Coss", 170, "10", 330);
		TextLine unit = Lines.line(170, "Crss", 170, "5.5", 330, "pF", 392);
		assertNull(Units.spanningCell(new PageLine(Lines.page(far, between, unit), 0), RowLabelTest.HEADER, "F"),
				"the unit of a row beyond the next is another cell's");
	}

	@Test
	void aUnitOnTheSymbolLineNextToTheRowCounts() {
		TextLine row = Lines.line(100, "Peak", 50, "reverse", 75, "current", 115, "5.0", 300);
		TextLine symbol = Lines.line(110, "IRM", 250, "µA", 300);
		PageLine at = new PageLine(Lines.page(row, symbol), 0);
		assertEquals(1e-6, Units.adjacent(at, 300, "A").factor(), 1e-18);
	}

	@Test
	void anEmptyUnitCellInATableIsOhmOnlyUnderAUnitHeading() {
		assertEquals(new Quantities.Unit(1, "Ohm"), Units.settled(null, null, "Ohm", RowLabelTest.HEADER));
		assertNull(Units.settled(null, null, "Ohm", null), "outside a table a resistance needs its unit");
		assertEquals(new Quantities.Unit(1, "V"), Units.settled(null, null, "V", null));
	}

	@Test
	void aUnitOfTheWrongDimensionDropsTheRowUnlessTheNumbersCarryTheirs() {
		Quantities.Unit milliamp = Quantities.unit("mA");
		assertNull(Units.settled(milliamp, null, "V", null));
		Quantities.Unit glued = Quantities.unit("mV");
		assertEquals(glued, Units.settled(milliamp, glued, "V", null));
	}

	@Test
	void aWattOnAResistanceRowIsTheSymbolFontsOhm() {
		assertEquals(new Quantities.Unit(1, "Ohm"), Units.settled(Quantities.unit("W"), null, "Ohm", null),
				"\"0.030 W\" in IR's on-resistance rows");
		assertEquals(new Quantities.Unit(1e-3, "Ohm"), Units.settled(Quantities.unit("mW"), null, "Ohm", null));
		assertNull(Units.settled(Quantities.unit("W"), null, "V", null), "on any other row a watt stays a watt");
	}

	@Test
	void theUnitOfTheRowAboveSpansARowWithoutSymbol() {
		TextLine first = Lines.text(100, "VF 1.1 V");
		TextLine next = Lines.text(112, "1.3");
		PageLine at0 = new PageLine(Lines.page(first, next), 0);
		LastRow lastRow = new LastRow();
		Units spanning = new Units(lastRow);
		Row above = row(first);
		spanning.read(above, Quantities.unit("V"));
		lastRow.ends(1, at0);
		PageLine at1 = new PageLine(at0.page(), 1);
		LineTokens t = LineTokens.of(next);
		RowLabel label = new RowLabel(0, null, -1, false);
		Row continued = new Row(at1, t, label, new RowSubject("VF", Map.of(), List.of(), "VF 1.1 V | 1.3"), false);
		assertEquals("V", spanning.printed(continued, null, 50, "V").dimension());
	}

	/**
	 * "IDSS ... 0.1 µA", then "- - 5" (the same leakage at 150 degC, its unit cell merged with the row above), then the
	 * gate leakage row "IGSS ... 10 nA" closer below: the continued row is in µA, not in the next row's nA.
	 */
	@Test
	void aRowContinuingTheRowJustReadIsInItsUnit() {
		TextLine first = Lines.line(100, "IDSS", 170, "0.1", 360, "µA", 392);
		TextLine next = Lines.line(131, "-", 300, "5", 360);
		TextLine gate = Lines.line(150, "IGSS", 170, "10", 360, "nA", 392);
		PageLayout page = Lines.page(first, next, gate);
		LastRow lastRow = new LastRow();
		Units spanning = new Units(lastRow);
		spanning.read(new Row(new PageLine(page, 0), LineTokens.of(first), new RowLabel(1, "IDSS", 0, false),
				new RowSubject("IDSS", Map.of(), List.of(), first.text()), false), Quantities.unit("µA"));
		lastRow.ends(1, new PageLine(page, 0));
		Row continued = new Row(new PageLine(page, 1), LineTokens.of(next), new RowLabel(1, null, -1, false),
				new RowSubject("IDSS", Map.of(), List.of(), "IDSS 0.1 µA | - 5"), false);
		assertEquals(1e-6, spanning.printed(continued, RowLabelTest.HEADER, 300, "A").factor(), 1e-18);
	}

	private static Row row(TextLine line) {
		LineTokens t = LineTokens.of(line);
		RowLabel label = RowLabel.of(t, null, new RowLabel.RowContext(DeviceKind.DIODE, new KnownParts(List.of()), false));
		return new Row(Lines.last(line), t, label, new RowSubject(label.name(), Map.of(), List.of(), line.text()), false);
	}
}
