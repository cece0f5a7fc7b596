package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Provenance;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.tables.TableReader.Reading;
import org.junit.jupiter.api.Test;

class RowContinuationTest {

	private static final DeviceKind KIND = DeviceKind.MOSFET_N;

	private final List<Reading> readings = new ArrayList<>();
	private final LastRow lastRow = new LastRow();
	private final KnownParts parts = new KnownParts(List.of());
	private final RowContinuation continuation = new RowContinuation(readings, lastRow, new Units(lastRow),
			new SymbolCells(KIND, new ColumnHeader(parts)));

	@Test
	void aRowWithoutSymbolContinuesTheParameterAbove() {
		PageLayout page = Lines.page(Lines.text(100, "RDS(on) VGS = 10 V 0.8"), Lines.text(112, "VGS = 4.5 V 1.1"));
		assertEquals("RDS_ON", continuation.withValues(row(page, 0), null).name());
		Row next = continuation.withValues(row(page, 1), null);
		assertEquals("RDS_ON", next.name());
		assertEquals(Map.of("VGS", 4.5), next.subject().conditions(), "its own test point replaces the one above");
		assertEquals("RDS(on) VGS = 10 V 0.8 | VGS = 4.5 V 1.1", next.subject().text());
	}

	/**
	 * "TJ = 125 °C" alone under a test point is that test point measured hot; the next row's own test point takes
	 * no temperature from it.
	 */
	@Test
	void aTemperatureAloneQualifiesTheRowAboveOnly() {
		PageLayout page = Lines.page(Lines.text(100, "RDS(on) VGS = 10 V, ID = 0.5 A 1.2"),
				Lines.text(110, "TJ = 125 °C 1.9"), Lines.text(120, "VGS = 5 V, ID = 0.05 A 1.7"),
				Lines.text(130, "TJ = 125 °C 2.8"));
		continuation.withValues(row(page, 0), null);
		assertEquals(Map.of("VGS", 10.0, "ID", 0.5, "T", 125.0),
				continuation.withValues(row(page, 1), null).subject().conditions());
		assertEquals(Map.of("VGS", 5.0, "ID", 0.05), continuation.withValues(row(page, 2), null).subject().conditions(),
				"its own test point, at no temperature carried over");
		assertEquals(Map.of("VGS", 5.0, "ID", 0.05, "T", 125.0),
				continuation.withValues(row(page, 3), null).subject().conditions(), "the row above, hot");
	}

	@Test
	void aRowTooFarBelowContinuesNothing() {
		double gap = Tolerances.CONTINUED_ROW_OUTSIDE_TABLE * Lines.SIZE + 1;
		PageLayout page = Lines.page(Lines.text(100, "RDS(on) VGS = 10 V 0.8"),
				Lines.text(100 + gap, "VGS = 4.5 V 1.1"));
		continuation.withValues(row(page, 0), null);
		assertNull(continuation.withValues(row(page, 1), null));
		assertNull(continuation.current());
	}

	@Test
	void aSymbolCellBetweenTwoRowsNamesBoth() {
		PageLayout page = Lines.page(Lines.line(100, "VGS", 120, "=", 140, "10", 150, "V", 162, "0.8", 300),
				Lines.line(106, "RDS(on)", 50), Lines.line(112, "VGS", 120, "=", 140, "4.5", 150, "V", 170, "1.1", 300));
		Row first = continuation.withValues(row(page, 0), null);
		assertEquals("RDS_ON", first.name(), "the cell half a line below");
		assertEquals("RDS(on) | VGS = 10 V 0.8", first.subject().text());
		Row second = continuation.withValues(row(page, 2), null);
		assertEquals("RDS_ON", second.name());
		assertEquals("RDS(on) | VGS = 4.5 V 1.1", second.subject().text(), "named by the cell, not continued");
	}

	@Test
	void conditionsWrappedOntoTheNextLineJoinTheRowAbove() {
		PageLayout page = Lines.page(Lines.text(100, "VF IF = 1 A 1.1"), Lines.text(110, "TJ = 125 °C"));
		Row vf = continuation.withValues(row(page, 0), null);
		PageLine at = vf.at();
		lastRow.starts(0);
		readings.add(new Reading(null, new Parameter("VSD", null, null, 1.1, "V", vf.subject().conditions(), null)));
		lastRow.ends(1, at);
		continuation.withoutValues(row(page, 1), null);
		Map<String, Double> conds = readings.get(0).parameter().conditions();
		assertEquals(1.0, conds.get("IF"));
		assertTrue(conds.containsKey("T"), "the junction temperature of the line below");
	}

	/**
	 * "Continuous" alone under a rating's name is the rating itself; a pulsed row under a drain current is the pulsed
	 * rating, IDM, and a row of another kind another rating.
	 */
	@Test
	void aContinuousRowGoesOnWithTheRatingAbove() {
		PageLayout page = Lines.page(Lines.text(100, "Drain Current ID A"), Lines.text(110, "– Continuous 1.0"),
				Lines.text(120, "– Pulsed 3.0"), Lines.text(130, "– Avalanche 2.0"));
		continuation.withoutValues(row(page, 0), null);
		Row continuous = continuation.withValues(row(page, 1), null);
		assertEquals("ID", continuous == null ? null : continuous.name());
		Row pulsed = continuation.withValues(row(page, 2), null);
		assertEquals("IDM", pulsed == null ? null : pulsed.name(), "a pulsed drain current");
		assertNull(continuation.withValues(row(page, 3), null), "an avalanche current is no pulsed rating");
	}

	/**
	 * A gate voltage's non-repetitive rating printed under its continuous one, without a symbol of its own, is a gate
	 * voltage rating too; with its own symbol ("VGSM") it is another rating.
	 */
	@Test
	void aNonRepetitiveGateVoltageGoesOnWithTheRatingAboveUnlessItHasItsOwnSymbol() {
		Columns columns = new Columns(new ColumnHeader(parts).columns(
				Lines.line(90, "Symbol", 50, "Parameter", 100, "Value", 300, "Unit", 350)));
		PageLayout page = Lines.page(Lines.line(90, "Symbol", 50, "Parameter", 100, "Value", 300, "Unit", 350),
				Lines.line(100, "VGSS", 50, "Gate-Source", 100, "Voltage", 160, "±20", 300, "V", 350),
				Lines.line(110, "-", 100, "Non", 106, "Repetitive", 126, "±40", 300),
				Lines.line(120, "VGSM", 50, "-", 100, "Non-repetitive", 106, "±40", 300));
		assertEquals("VGSS", continuation.withValues(row(page, 1, columns), columns).name());
		Row transient_ = continuation.withValues(row(page, 2, columns), columns);
		assertEquals("VGSS", transient_ == null ? null : transient_.name());
		assertNull(continuation.withValues(row(page, 3, columns), columns), "VGSM names a rating of its own");
	}

	/**
	 * A symbol row whose values a cell of several lines sets a little lower, beside the next line of its description
	 * ("IDSS  VGS = 0 V, VDS = 600 V,  µA" over "current  100"): the values are that row's; a line of description a
	 * whole line lower is not.
	 */
	@Test
	void valuesSetALittleLowerThanTheirSymbolRowAreItsOwn() {
		PageLayout page = Lines.page(Lines.text(100, "IDSS VGS = 0 V, VDS = 600 V, µA"),
				Lines.text(103.5, "current 100"), Lines.text(200, "IDSS VGS = 0 V, VDS = 600 V, µA"),
				Lines.text(212, "current 100"));
		continuation.withoutValues(row(page, 0), null);
		Row lowered = continuation.withValues(row(page, 1), null);
		assertEquals("IDSS", lowered == null ? null : lowered.name());
		assertEquals(Map.of("VGS", 0.0, "VDS", 600.0), lowered.subject().conditions());
		continuation.withoutValues(row(page, 2), null);
		assertNull(continuation.withValues(row(page, 3), null), "a line lower: a description, not the row's values");
	}

	/** A numbered note right under a row ("1. This rating based on testing with LC = 20 mH ...") is no wrapped test. */
	@Test
	void aNoteUnderARowAddsNoConditions() {
		PageLayout page = Lines.page(Lines.text(100, "RθJC 4.167 °C/W"),
				Lines.text(110, "1. This rating based on testing with LC = 20 mH, VCC = 10 V,"),
				Lines.text(120, "IC = 1.8 A, P.R.F = 10 Hz."));
		Row r = continuation.withValues(row(page, 0), null);
		lastRow.starts(0);
		readings.add(new Reading(null, new Parameter("RTH_JC", null, null, 4.167, "K/W", r.subject().conditions(),
				null)));
		lastRow.ends(1, r.at());
		continuation.withoutValues(row(page, 1), null);
		continuation.withoutValues(row(page, 2), null);
		assertEquals(Map.of(), readings.get(0).parameter().conditions());
	}

	/**
	 * A row continuing the 25 degC leakage took its temperature over; the line wrapped under it ("VGS = 0 V, Tj =
	 * 150 °C") gives its own.
	 */
	@Test
	void aWrappedTemperatureReplacesTheOneAContinuedRowTookOver() {
		PageLayout page = Lines.page(Lines.text(100, "VDS = 60 V 5"), Lines.text(110, "VGS = 0 V, Tj = 150 °C"));
		PageLine at = new PageLine(page, 0);
		lastRow.starts(0);
		readings.add(new Reading(null, new Parameter("IDSS", null, null, 5e-6, "A", Map.of("VDS", 60.0, "VGS", 0.0,
				"T", 25.0), new Provenance(1, 50, 95, 400, 100, "IDSS VDS = 60 V 0.1 µA | VDS = 60 V 5"))));
		lastRow.ends(1, at);
		continuation.withValues(row(Lines.page(Lines.text(90, "IDSS VDS = 60 V 0.1 µA")), 0), null);
		continuation.withoutValues(row(page, 1), null);
		assertEquals(Map.of("VDS", 60.0, "VGS", 0.0, "T", 150.0), readings.get(0).parameter().conditions());
	}

	@Test
	void aSymbolRowWithoutValuesStartsAParameter() {
		PageLayout page = Lines.page(Lines.text(100, "Drain-source on-resistance RDS(on)"));
		continuation.withoutValues(row(page, 0), null);
		assertEquals("RDS_ON", continuation.current());
		continuation.end();
		assertNull(continuation.current());
	}

	/**
	 * "VGS = 0 V, VDS = 600 V 1" under the breakdown voltage, above "IDSS VGS = 0 V, VDS = 480 V 10 µA": the first row
	 * of the symbol below (it varies the same quantities), not a breakdown voltage of 1 V.
	 */
	@Test
	void aRowAboveASymbolRowOfItsOwnTestBelongsToThatSymbol() {
		PageLayout page = Lines.page(breakdown(), Lines.line(112, "VGS", 220, "=", 232, "0", 240, "V,", 248, "VDS", 258,
				"=", 272, "600", 280, "V", 292, "1", 360), cutOff("IDSS"));
		assertEquals("VDSS", continuation.withValues(row(page, 0, RowLabelTest.HEADER), RowLabelTest.HEADER).name());
		Row first = continuation.withValues(row(page, 1, RowLabelTest.HEADER), RowLabelTest.HEADER);
		assertEquals("IDSS", first.name());
	}

	@Test
	void aRowAboveARowOfAnUnknownSymbolIsNoneOfOurs() {
		PageLayout page = Lines.page(breakdown(), Lines.line(112, "VGS", 220, "=", 232, "0", 240, "V,", 248, "VDS", 258,
				"=", 272, "600", 280, "V", 292, "1", 360), cutOff("IXQZ"));
		continuation.withValues(row(page, 0, RowLabelTest.HEADER), RowLabelTest.HEADER);
		assertNull(continuation.withValues(row(page, 1, RowLabelTest.HEADER), RowLabelTest.HEADER));
		assertNull(continuation.current());
	}

	/**
	 * "TC = 25 °C  -19" above "Continuous Drain Current  VGS at -10 V  ID", under the gate voltage's rating: the row is
	 * the drain current's, its symbol cell centred below; "VGS at -10 V" is that cell's condition, not its symbol or
	 * a value.
	 */
	@Test
	void aCentredSymbolCellWithAnAtConditionNamesTheRowAbove() {
		PageLayout page = Lines.page(Lines.line(100, "VGS", 170, "±", 296, "20", 300, "V", 390),
				Lines.line(111, "TC", 220, "=", 232, "25", 240, "°C", 252, "-", 296, "19", 300),
				Lines.line(117, "Continuous", 50, "VGS", 120, "at", 140, "-", 150, "10", 154, "V", 166, "ID", 170),
				Lines.line(123, "TC", 220, "=", 232, "100", 240, "°C", 258, "-", 296, "13", 300, "A", 390));
		assertEquals("VGSS", continuation.withValues(rowRated(page, 0), RowLabelTest.HEADER).name());
		Row first = continuation.withValues(rowRated(page, 1), RowLabelTest.HEADER);
		assertEquals("ID", first.name());
		assertEquals(Map.of("VGS", -10.0, "T", 25.0), Conditions.parse(first.subject().text()));
	}

	/**
	 * Gain groups, each on a row of its own part under the row that gives the test point ("(IC = 100 mA, VCE = 1.0 V)
	 * BC337 100 630" over "BC337-16 100 250"), are measured at that test point; the next test point without a part
	 * ("(IC = 300 mA, VCE = 1.0 V) 60") is one of every part the group rows named, not of the last group's.
	 */
	@Test
	void gainGroupRowsShareTheirTestPointAndTheNextTestPointIsEveryGroups() {
		RowContinuation gains = bjtFamily("BC337", "BC337-16", "BC337-25");
		PageLayout page = Lines.page(Lines.text(100, "DC Current Gain hFE"),
				Lines.text(110, "(IC = 100 mA, VCE = 1.0 V) BC337 100 630"), Lines.text(120, "BC337–16 100 250"),
				Lines.text(130, "BC337–25 160 400"), Lines.text(140, "(IC = 300 mA, VCE = 1.0 V) 60"));
		gains.withoutValues(partRow(page, 0, List.of()), null);
		assertEquals("HFE", gains.current());
		assertEquals(List.of("BC337"), gains.withValues(partRow(page, 1, List.of("BC337")), null).subject().parts());
		Row group = gains.withValues(partRow(page, 2, List.of("BC337-16")), null);
		assertEquals(Map.of("IC", 0.1, "VCE", 1.0), group.subject().conditions(), "the test point of the row above");
		assertEquals(List.of("BC337-16"), group.subject().parts());
		gains.withValues(partRow(page, 3, List.of("BC337-25")), null);
		Row hot = gains.withValues(partRow(page, 4, List.of()), null);
		assertEquals(Map.of("IC", 0.3, "VCE", 1.0), hot.subject().conditions());
		assertEquals(List.of("BC337", "BC337-16", "BC337-25"), hot.subject().parts());
	}

	/** The same with the first group on the symbol's own row: its part is one of the groups too. */
	@Test
	void theSymbolRowsPartHeadsTheGainGroupsUnderIt() {
		RowContinuation gains = bjtFamily("BC337", "BC337-16");
		PageLayout page = Lines.page(Lines.text(110, "DC Current Gain hFE (IC = 100 mA, VCE = 1.0 V) BC337 100 630"),
				Lines.text(120, "BC337–16 100 250"), Lines.text(130, "(IC = 300 mA, VCE = 1.0 V) 60"));
		assertEquals("HFE", gains.withValues(partRow(page, 0, List.of("BC337")), null).name());
		assertEquals(Map.of("IC", 0.1, "VCE", 1.0),
				gains.withValues(partRow(page, 1, List.of("BC337-16")), null).subject().conditions());
		assertEquals(List.of("BC337", "BC337-16"), gains.withValues(partRow(page, 2, List.of()), null).subject().parts());
	}

	/**
	 * Rows that each name a part at a test point of their own are no gain groups: the rows under one of them (measured
	 * hot, at another test point) stay that part's.
	 */
	@Test
	void thePartsOwnRowsStayThatPartsRows() {
		RowContinuation cutOff = bjtFamily("BC337", "BC338");
		PageLayout page = Lines.page(Lines.text(100, "Collector Cutoff Current ICBO"),
				Lines.text(110, "(VCB = 30 V, IE = 0) BC337 100"), Lines.text(120, "(VCB = 20 V, IE = 0) BC338 100"),
				Lines.text(130, "(VCB = 20 V, IE = 0, TA = 150 °C) 5"), Lines.text(140, "(VCB = 10 V, IE = 0) 50"));
		cutOff.withoutValues(partRow(page, 0, List.of()), null);
		cutOff.withValues(partRow(page, 1, List.of("BC337")), null);
		cutOff.withValues(partRow(page, 2, List.of("BC338")), null);
		assertEquals(List.of("BC338"), cutOff.withValues(partRow(page, 3, List.of()), null).subject().parts());
		assertEquals(List.of("BC338"), cutOff.withValues(partRow(page, 4, List.of()), null).subject().parts());
	}

	/** Rows continued in a BJT family's table, its parts known. */
	private RowContinuation bjtFamily(String... family) {
		return new RowContinuation(readings, lastRow, new Units(lastRow),
				new SymbolCells(DeviceKind.BJT_NPN, new ColumnHeader(new KnownParts(List.of(family)))));
	}

	private Row partRow(PageLayout page, int i, List<String> partsNamed) {
		TextLine line = page.lines().get(i);
		LineTokens t = LineTokens.of(line);
		RowLabel label = RowLabel.of(t, null, new RowLabel.RowContext(DeviceKind.BJT_NPN, parts, false));
		return new Row(new PageLine(page, i), t, label,
				new RowSubject(label.name(), Conditions.parse(line.text()), partsNamed, line.text()), false);
	}

	private Row rowRated(PageLayout page, int i) {
		TextLine line = page.lines().get(i);
		LineTokens t = LineTokens.of(line);
		RowLabel label = RowLabel.of(t, RowLabelTest.HEADER, new RowLabel.RowContext(KIND, parts, true));
		return new Row(new PageLine(page, i), t, label,
				new RowSubject(label.name(), Conditions.parse(line.text()), List.of(), line.text()), true);
	}

	private static TextLine breakdown() {
		return Lines.line(100, "V(BR)DSS", 170, "VGS", 220, "=", 232, "0", 240, "V,", 248, "ID", 258, "=", 268, "1",
				276, "mA", 282, "600", 300, "V", 390);
	}

	private static TextLine cutOff(String symbol) {
		return Lines.line(124, symbol, 170, "VGS", 220, "=", 232, "0", 240, "V,", 248, "VDS", 258, "=", 272, "480",
				280, "V", 292, "10", 360, "µA", 390);
	}

	private Row row(PageLayout page, int i) {
		return row(page, i, null);
	}

	private Row row(PageLayout page, int i, Columns columns) {
		TextLine line = page.lines().get(i);
		LineTokens t = LineTokens.of(line);
		RowLabel label = RowLabel.of(t, columns, new RowLabel.RowContext(KIND, parts, false));
		return new Row(new PageLine(page, i), t, label,
				new RowSubject(label.name(), Conditions.parse(line.text()), List.of(), line.text()), false);
	}
}
