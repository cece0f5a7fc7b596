package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.espice.core.DeviceKind;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.tables.TableReader.Reading;
import org.junit.jupiter.api.Test;

/**
 * A ratings table that prints one row per part and centres each symbol on its middle part's row (TIP120 above
 * "VCBO ... TIP121 80 V", TIP122 below): a part printed again starts the next symbol's rows.
 */
class CentredPartRowsTest {

	@Test
	void aPartPrintedAgainBelongsToTheNextSymbol() {
		// rows 1.8 line heights apart, as Fairchild spaces them
		PageLayout page = new PageLayout(1, 600, Lines.PAGE_HEIGHT, List.of(
				Lines.line(90, "Symbol", 84, "Parameter", 239, "Value", 433, "Unit", 504),
				Lines.line(108, "TIP120", 339, "60", 441),
				Lines.line(126, "VCBO", 92, "Collector-Base", 132, "Voltage", 210, "TIP121", 339, "80", 441, "V", 511),
				Lines.line(144, "TIP122", 339, "100", 439),
				Lines.line(162, "TIP120", 339, "60", 441),
				Lines.line(180, "VCEO", 92, "Collector-Emitter", 132, "Voltage", 222, "TIP121", 339, "80", 441, "V",
						511),
				Lines.line(198, "TIP122", 339, "100", 439),
				Lines.line(216, "VEBO", 92, "Emitter-Base", 132, "Voltage", 200, "5", 441, "V", 511)), 1000);
		List<Reading> readings = new TableReader(DeviceKind.BJT_NPN, List.of("TIP120", "TIP121", "TIP122"))
				.read(List.of(page), p -> {
				});
		Map<String, Double> got = new TreeMap<>();
		for (Reading r : readings) {
			got.merge(r.parameter().name() + " " + r.part(), r.parameter().max(), (a, b) -> Double.NaN);
		}
		assertEquals(Map.of("VCBO TIP120", 60.0, "VCBO TIP121", 80.0, "VCBO TIP122", 100.0, "VCEO TIP120", 60.0,
				"VCEO TIP121", 80.0, "VCEO TIP122", 100.0, "VEBO null", 5.0), got);
	}

	/**
	 * The part rows under a symbol we do not know (a BJT's VCES, no name of the vocabulary) stay unread: the last of
	 * them is no row of the symbol cell below it.
	 */
	@Test
	void thePartRowsOfASymbolWeDoNotKnowStayUnread() {
		PageLayout page = new PageLayout(1, 600, Lines.PAGE_HEIGHT, List.of(
				Lines.line(90, "Symbol", 109, "Parameter", 254, "Value", 418, "Units", 485),
				Lines.line(106, "VCES", 95, "Collector-Emitter", 162, "Voltage", 250),
				Lines.line(120, ":", 234, "BC337", 238, "50", 424, "V", 492),
				Lines.line(134, ":", 234, "BC338", 238, "30", 424, "V", 492),
				Lines.line(151, "VCEO", 95, "Collector-Emitter", 162, "Voltage", 250),
				Lines.line(165, ":", 234, "BC337", 238, "45", 424, "V", 492),
				Lines.line(179, ":", 234, "BC338", 238, "25", 424, "V", 492)), 1000);
		List<Reading> readings = new TableReader(DeviceKind.BJT_NPN, List.of("BC337", "BC338"))
				.read(List.of(page), p -> {
				});
		Map<String, Double> got = new TreeMap<>();
		for (Reading r : readings) {
			got.merge(r.parameter().name() + " " + r.part(), r.parameter().max(), (a, b) -> Double.NaN);
		}
		assertEquals(Map.of("VCEO BC337", 45.0, "VCEO BC338", 25.0), got);
	}

	/**
	 * A row that prints a unit the parameter above cannot have, above a row that names a parameter of that unit, is
	 * that parameter's first row: one dissipation per package, the symbol centred on the middle package's row.
	 */
	@Test
	void aRowInAnotherUnitAboveASymbolRowOfThatUnitIsItsFirstRow() {
		PageLayout page = new PageLayout(1, 600, Lines.PAGE_HEIGHT, List.of(
				Lines.line(90, "Parameter", 50, "Symbol", 290, "Ratings", 390, "Unit", 505),
				Lines.line(108, "Collector", 50, "Current", 100, "IC", 290, "1", 400, "A", 505),
				Lines.line(126, "SOT-89", 200, "0.5", 400, "W", 505),
				Lines.line(144, "Total", 50, "Power", 80, "Dissipation", 115, "TO-126C", 200, "PD", 290, "1.6", 400,
						"W", 505),
				Lines.line(162, "TO-92", 200, "850", 400, "mW", 505)), 1000);
		List<Reading> readings = new TableReader(DeviceKind.BJT_NPN, List.of("2N6718")).read(List.of(page), p -> {
		});
		List<String> got = readings.stream().map(r -> r.parameter().name() + " " + r.parameter().max()).toList();
		assertEquals(List.of("IC 1.0", "PD 0.5", "PD 1.6", "PD 0.85"), got);
	}

	/** A symbol on its first part's row: the second part's row ends that group, whatever symbol row follows. */
	@Test
	void aLaterPartsRowAboveASymbolRowEndsTheGroupAbove() {
		PageLayout page = new PageLayout(1, 600, Lines.PAGE_HEIGHT, List.of(
				Lines.line(90, "Rating", 50, "Symbol", 250, "Value", 330, "Unit", 400),
				Lines.line(108, "Collector-Emitter", 50, "Voltage", 140, "MPSW45", 190, "VCEO", 250, "40", 330, "Vdc",
						400),
				Lines.line(126, "MPSW45A", 190, "50", 330),
				Lines.line(144, "Collector-Base", 50, "Voltage", 125, "MPSW45", 190, "VCBO", 250, "50", 330, "Vdc",
						400),
				Lines.line(162, "MPSW45A", 190, "60", 330)), 1000);
		List<Reading> readings = new TableReader(DeviceKind.BJT_NPN, List.of("MPSW45", "MPSW45A"))
				.read(List.of(page), p -> {
				});
		Map<String, Double> got = new TreeMap<>();
		for (Reading r : readings) {
			got.merge(r.parameter().name() + " " + r.part(), r.parameter().max(), (a, b) -> Double.NaN);
		}
		assertEquals(Map.of("VCEO MPSW45", 40.0, "VCEO MPSW45A", 50.0, "VCBO MPSW45", 50.0, "VCBO MPSW45A", 60.0),
				got);
	}
}
