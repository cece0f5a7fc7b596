package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.tables.TableReader.Reading;
import org.junit.jupiter.api.Test;

class SymbolTableTest {

	private final KnownParts parts = new KnownParts(List.of("1N4728A"));
	private final List<Reading> readings = new ArrayList<>();
	private final SymbolTable table = new SymbolTable(new SymbolHeader(DeviceKind.ZENER), new ColumnHeader(parts), parts,
			readings);

	private final TextLine header = SymbolHeaderTest.zenerHeader(100);
	private final TextLine units = Lines.line(108, "(V)", 150, "(mA)", 176, "(Ω)", 230, "(mA)", 255, "(µA)", 310, "(V)",
			335);
	private final TextLine row = Lines.line(120, "1N4728A", 50, "3.3", 150, "76", 178, "10", 230, "76", 258, "100", 310,
			"1", 337);
	private final TextLine note = Lines.text(160, "These values are measured with pulses");
	private final PageLayout page = Lines.page(header, units, row, note);

	@Test
	void eachPartRowGivesItsParametersAtTheirTestPoints() {
		assertTrue(table.header(at(0), tokens(0)));
		assertTrue(table.row(at(1), tokens(1)), "the units line still belongs to the header");
		assertTrue(table.row(at(2), tokens(2)));
		assertEquals(3, readings.size());
		assertEquals("1N4728A", readings.get(0).part());
		Parameter vz = readings.get(0).parameter();
		assertEquals("VZ", vz.name());
		assertEquals(3.3, vz.typ());
		assertEquals(Map.of("IZ", 0.076), vz.conditions());
		Parameter zz = readings.get(1).parameter();
		assertEquals(10.0, zz.max(), "an impedance is a limit");
		Parameter ir = readings.get(2).parameter();
		assertEquals(1e-4, ir.max(), 1e-12);
		assertEquals(Map.of("VR", 1.0), ir.conditions());
	}

	/**
	 * Vishay's product summary: "5 @ VGS = 10 V" under rDS(on) is a limit at its test point, "0.8 to 3" under
	 * VGS(th) the least and the most.
	 */
	@Test
	void aCellsRangeAndTestPointAreRead() {
		KnownParts fets = new KnownParts(List.of("BS170"));
		List<Reading> read = new ArrayList<>();
		SymbolTable summary = new SymbolTable(new SymbolHeader(DeviceKind.MOSFET_N), new ColumnHeader(fets), fets,
				read);
		PageLayout sheet = Lines.page(
				Lines.line(100, "Part", 40, "V(BR)DSS", 110, "Min", 150, "rDS(on)", 188, "Max", 224, "VGS(th)", 290,
						"ID", 350),
				Lines.line(110, "(V)", 125, "(Ω)", 205, "(V)", 295, "(A)", 352),
				Lines.line(125, "BS170", 40, "60", 125, "5", 190, "@", 198, "VGS", 208, "=", 226, "10", 234, "V", 246,
						"0.8", 280, "to", 296, "3", 310, "0.5", 350));
		for (int i = 0; i < 3; i++) {
			PageLine at = new PageLine(sheet, i);
			LineTokens t = LineTokens.of(at.line());
			if (!summary.header(at, t)) {
				summary.row(at, t);
			}
		}
		Parameter ron = read.stream().map(Reading::parameter).filter(p -> p.name().equals("RDS_ON")).findFirst()
				.orElseThrow();
		assertEquals(5.0, ron.max());
		assertEquals(Map.of("VGS", 10.0), ron.conditions());
		Parameter vth = read.stream().map(Reading::parameter).filter(p -> p.name().equals("VGS_TH")).findFirst()
				.orElseThrow();
		assertEquals(0.8, vth.min());
		assertEquals(3.0, vth.max());
		assertNull(vth.typ());
	}

	@Test
	void proseFarBelowTheRowsEndsTheTable() {
		table.header(at(0), tokens(0));
		table.row(at(1), tokens(1));
		table.row(at(2), tokens(2));
		assertNotNull(table.columns());
		assertFalse(table.row(at(3), tokens(3)));
		assertNull(table.columns());
	}

	/**
	 * A feature bullet printed right under the last part row ("■ TYPICAL 3.1" a line below the 1N4728A row, its
	 * number under the VZ column) is no further row of that part.
	 */
	@Test
	void aBulletUnderThePartRowsIsNoRow() {
		TextLine bullet = Lines.line(130, "■", 50, "TYPICAL", 60, "3.1", 150);
		PageLayout withBullet = Lines.page(header, units, row, bullet);
		table.header(new PageLine(withBullet, 0), Lines.tokens(header));
		table.row(new PageLine(withBullet, 1), Lines.tokens(units));
		table.row(new PageLine(withBullet, 2), Lines.tokens(row));
		assertFalse(table.row(new PageLine(withBullet, 3), Lines.tokens(bullet)));
		assertEquals(3, readings.size());
	}

	@Test
	void outsideATableNoLineIsARow() {
		assertFalse(table.row(at(2), tokens(2)));
		assertTrue(readings.isEmpty());
	}

	private PageLine at(int i) {
		return new PageLine(page, i);
	}

	private LineTokens tokens(int i) {
		return LineTokens.of(page.lines().get(i));
	}
}
