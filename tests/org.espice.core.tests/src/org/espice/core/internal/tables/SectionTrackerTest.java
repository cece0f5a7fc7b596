package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.tables.SectionTracker.Section;
import org.junit.jupiter.api.Test;

class SectionTrackerTest {

	private final SectionTracker sections = new SectionTracker();
	private final KnownParts parts = new KnownParts(List.of("1N4001", "1N4007"));

	@Test
	void titlesOpenSections() {
		assertTrue(sections.title(Lines.tokens(Lines.text(100, "Absolute Maximum Ratings"))));
		assertEquals(Section.RATING, sections.section());
		assertTrue(sections.title(Lines.tokens(Lines.text(200, "Electrical Characteristics (TA = 25 °C)"))));
		assertEquals(Section.CHARACTERISTIC, sections.section());
		assertTrue(sections.title(Lines.tokens(Lines.text(300, "Typical Characteristics"))));
		assertTrue(sections.inGraph());
	}

	@Test
	void aRowWithValuesIsNoTitle() {
		assertFalse(sections.title(Lines.tokens(Lines.text(100, "Maximum ratings VRRM 1000 V"))));
		assertEquals(Section.NONE, sections.section());
	}

	@Test
	void aTableHeaderEndsAGraphSection() {
		sections.graphStarts();
		sections.tableStarts();
		assertEquals(Section.CHARACTERISTIC, sections.section());
		sections.title(Lines.tokens(Lines.text(100, "Maximum Ratings")));
		sections.tableStarts();
		assertTrue(sections.inRatings(), "a header keeps the ratings section it is in");
	}

	@Test
	void captionsChartTitlesAndTicksAreGraphLines() {
		assertTrue(graph(Lines.text(100, "Figure 3. Forward current versus forward voltage")));
		assertTrue(graph(Lines.text(100, "Fig. 5 - Typical Capacitance vs. Drain-to-Source Voltage")),
				"a caption whose number a dash sets off");
		assertTrue(graph(Lines.text(100, "Fig. 7 \u2013 Typical Source-Drain Diode Forward Voltage")));
		assertTrue(graph(Lines.text(100, "ID = f(VDS)")));
		assertTrue(graph(Lines.text(100, "0 10 20 30 40")));
		assertTrue(graph(Lines.text(100, "1 10 100 1000 MGA200")), "ticks with the drawing number");
		assertTrue(graph(Lines.text(100, "Collector current IC (A)")), "an axis title");
	}

	/**
	 * onsemi prints an axis title symbol first, its description in capitals and the unit as a word below the tick
	 * row: "VF, INSTANTANEOUS FORWARD VOLTAGE (VOLTS)". It starts a graph, and it is no symbol cell naming the
	 * row of ticks above it.
	 */
	@Test
	void symbolFirstAxisTitleIsAGraphLineAndNoSymbolCell() {
		assertTrue(graph(Lines.text(100, "VF, INSTANTANEOUS FORWARD VOLTAGE (VOLTS)")));
		assertTrue(graph(Lines.text(100, "C, CAPACITANCE (pF)")));
		assertFalse(graph(Lines.text(100, "VF, forward voltage 1.1 V")), "a row with a value");
		TextLine ticks = Lines.line(100, "0.1", 70, "0.1", 230);
		TextLine title = Lines.text(108, "VF, INSTANTANEOUS FORWARD VOLTAGE (VOLTS)");
		SymbolCells cells = new SymbolCells(org.espice.core.DeviceKind.SCHOTTKY, new ColumnHeader(parts));
		assertEquals(-1, cells.line(new PageLine(Lines.page(ticks, title), 0), null, Tolerances.SPANNING_SYMBOL_CELL,
				false), "the axis title names no row");
	}

	/** Axis ticks under a graph where one tick carries the axis unit: "0 100 200 300 400V 500 600 700 800". */
	@Test
	void ticksWithTheAxisUnitOnOneAreAGraphLine() {
		assertTrue(graph(Lines.text(100, "0 100 200 300 400V 500 600 700 800")));
		assertFalse(graph(Lines.text(100, "0.65 0.7 0.9 1.2V")), "a few values, one with its unit, are a row");
	}

	@Test
	void tableRowsAndPartNumbersAreNoGraphLines() {
		assertFalse(graph(Lines.text(100, "VF IF = 1 A 1.1 V")));
		assertFalse(graph(Lines.text(100, "4001 4002 4003 4004 4007")), "part columns named by their digits");
		assertFalse(graph(Lines.text(100, "50 100 200")), "three numbers are too few for an axis");
	}

	private boolean graph(TextLine line) {
		LineTokens t = Lines.tokens(line);
		return SectionTracker.graphLine(t.lower(), t.words(), parts);
	}
}
