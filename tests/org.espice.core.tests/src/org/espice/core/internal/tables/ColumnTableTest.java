package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.tables.TableReader.Reading;
import org.junit.jupiter.api.Test;

class ColumnTableTest {

	private static final DeviceKind KIND = DeviceKind.MOSFET_N;

	private final List<Reading> readings = new ArrayList<>();
	private final KnownParts parts = new KnownParts(List.of());
	private final SectionTracker sections = new SectionTracker();
	private final ColumnTable table;

	ColumnTableTest() {
		ColumnHeader header = new ColumnHeader(parts);
		LastRow lastRow = new LastRow();
		Units units = new Units(lastRow);
		RowContinuation continuation = new RowContinuation(readings, lastRow, units, new SymbolCells(KIND, header));
		table = new ColumnTable(new ColumnTable.TableContext(KIND, parts, sections), header, continuation,
				new RowReadings(readings, lastRow, units));
	}

	/**
	 * Parameter | Symbol | Conditions | Min | Typ | Max | Unit, a threshold row, an on-resistance row and a row
	 * continuing it at another gate voltage, its unit cell spanning both.
	 */
	private final PageLayout page = Lines.page(
			Lines.line(100, "Parameter", 50, "Symbol", 170, "Conditions", 220, "Min", 300, "Typ", 330, "Max", 360, "Unit",
					390),
			Lines.line(112, "Gate", 50, "threshold", 75, "voltage", 125, "VGS(th)", 170, "VDS", 220, "=", 240, "VGS", 250,
					"2.0", 300, "4.0", 360, "V", 390),
			Lines.line(124, "RDS(on)", 170, "VGS", 220, "=", 240, "10", 250, "V", 262, "0.8", 330, "1.2", 360, "Ω", 390),
			Lines.line(136, "VGS", 220, "=", 240, "4.5", 250, "V", 270, "1.1", 330, "1.6", 360));

	@Test
	void eachRowGivesItsParameterInItsColumns() {
		readAll();
		assertEquals(3, readings.size());
		Parameter vth = readings.get(0).parameter();
		assertEquals("VGS_TH", vth.name());
		assertEquals(2.0, vth.min());
		assertEquals(4.0, vth.max());
		assertEquals("V", vth.unit());
		Parameter ron = readings.get(1).parameter();
		assertEquals("RDS_ON", ron.name());
		assertEquals(0.8, ron.typ());
		assertEquals(1.2, ron.max());
		assertEquals("Ohm", ron.unit());
		assertEquals(Map.of("VGS", 10.0), ron.conditions());
	}

	@Test
	void aRowWithoutSymbolContinuesTheOneAboveInItsUnit() {
		readAll();
		Parameter continued = readings.get(2).parameter();
		assertEquals("RDS_ON", continued.name());
		assertEquals(1.1, continued.typ());
		assertEquals("Ohm", continued.unit(), "the unit cell of the row above");
		assertEquals(Map.of("VGS", 4.5), continued.conditions());
	}

	@Test
	void theHeaderIsNoRowAndEndingTheTableForgetsItsColumns() {
		assertTrue(table.header(new PageLine(page, 0), LineTokens.of(page.lines().get(0))));
		assertFalse(table.header(new PageLine(page, 1), LineTokens.of(page.lines().get(1))));
		table.end();
		table.row(new PageLine(page, 1), LineTokens.of(page.lines().get(1)));
		assertEquals(1, readings.size(), "outside the table the row is read by the count of its values");
		assertEquals(2.0, readings.get(0).parameter().min());
	}

	@Test
	void aDeratingRowEndsTheParameterAbove() {
		PageLayout derating = Lines.page(Lines.text(100, "PD 100 W"), Lines.text(110, "0.8 W/°C"), Lines.text(120, "1.5"));
		for (int i = 0; i < 3; i++) {
			table.row(new PageLine(derating, i), LineTokens.of(derating.lines().get(i)));
		}
		assertEquals(1, readings.size(), "neither the factor nor the number after it is a power");
	}

	/**
	 * Infineon's one header per page, "Values" over a second line "min. typ. max.", then sub-headings inside the
	 * table: the columns go on under "Electrical characteristics", and a row continuing the on-resistance 3.6 line
	 * heights lower (too far for a row outside any table) is read in them.
	 */
	@Test
	void theColumnsGoOnUnderASubHeadingInsideTheTable() {
		PageLayout infineon = Lines.page(
				Lines.line(100, "Parameter", 50, "Symbol", 170, "Conditions", 220, "Values", 325, "Unit", 390),
				Lines.line(120, "min.", 300, "typ.", 330, "max.", 360),
				Lines.line(140, "Electrical", 50, "characteristics,", 100),
				Lines.line(160, "Drain-source", 50, "RDS(on)", 170, "VGS", 220, "=", 240, "4.5", 250, "V", 270, "-", 300,
						"2.0", 330, "4", 360, "Ω", 390),
				Lines.line(196, "VGS", 220, "=", 240, "10", 250, "V", 262, "-", 300, "1.6", 330, "3", 360));
		for (int i = 0; i < infineon.lines().size(); i++) {
			PageLine at = new PageLine(infineon, i);
			LineTokens t = LineTokens.of(at.line());
			if (table.header(at, t)) {
				continue;
			}
			if (sections.title(t)) {
				table.end();
			} else {
				table.row(at, t);
			}
		}
		assertEquals(2, readings.size());
		Parameter second = readings.get(1).parameter();
		assertEquals("RDS_ON", second.name());
		assertEquals(1.6, second.typ());
		assertEquals(3.0, second.max());
		assertEquals("Ohm", second.unit());
		assertEquals(Map.of("VGS", 10.0), second.conditions());
	}

	/**
	 * "Max." over two part columns headed by ranges, "J111-113" and "*MMBFJ111-113": each value is a rating of every
	 * part of its range (before, 625 and 350 read as one part's minimum and maximum).
	 */
	@Test
	void aPartColumnHeadedByARangeRatesEachPartOfIt() {
		KnownParts family = new KnownParts(List.of("J111", "J112", "J113", "MMBFJ111", "MMBFJ112", "MMBFJ113"));
		List<Reading> read = new ArrayList<>();
		ColumnHeader header = new ColumnHeader(family);
		LastRow lastRow = new LastRow();
		Units units = new Units(lastRow);
		ColumnTable ratings = new ColumnTable(new ColumnTable.TableContext(DeviceKind.JFET_N, family, sections), header,
				new RowContinuation(read, lastRow, units, new SymbolCells(DeviceKind.JFET_N, header)),
				new RowReadings(read, lastRow, units));
		PageLayout sheet = Lines.page(Lines.line(90, "Max.", 330, "", 331),
				Lines.line(100, "Symbol", 50, "Parameter", 100, "Units", 400),
				Lines.line(110, "J111-113", 290, "*MMBFJ111-113", 350),
				Lines.line(124, "PD", 50, "Total", 100, "Device", 125, "Dissipation", 155, "625", 300, "350", 360, "mW",
						400));
		for (int i = 0; i < sheet.lines().size(); i++) {
			PageLine at = new PageLine(sheet, i);
			LineTokens t = LineTokens.of(at.line());
			if (!ratings.header(at, t)) {
				ratings.row(at, t);
			}
		}
		Map<String, Double> pd = new java.util.TreeMap<>();
		read.stream().filter(r -> r.parameter().name().equals("PD")).forEach(r -> pd.put(r.part(), r.parameter().max()));
		assertEquals(Map.of("J111", 0.625, "J112", 0.625, "J113", 0.625, "MMBFJ111", 0.35, "MMBFJ112", 0.35, "MMBFJ113",
				0.35), pd);
	}

	private void readAll() {
		for (int i = 0; i < page.lines().size(); i++) {
			PageLine at = new PageLine(page, i);
			LineTokens t = LineTokens.of(at.line());
			if (!table.header(at, t)) {
				table.row(at, t);
			}
		}
	}
}
