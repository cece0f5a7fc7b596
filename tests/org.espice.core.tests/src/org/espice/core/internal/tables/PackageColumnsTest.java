package org.espice.core.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.tables.TableReader.Reading;
import org.junit.jupiter.api.Test;

/** Ratings printed in one column per package go to the parts ordered in that package. */
class PackageColumnsTest {

	private static final List<String> FAMILY = List.of("STB75NF75", "STP75NF75", "STP75NF75FP");

	/** The order table: an order code or a part, its marking, its package and its packing. */
	private static final List<TextLine> ORDER_TABLE = List.of(
			Lines.line(60, "Part", 50, "number", 75, "Marking", 170, "Package", 250, "Packaging", 330),
			Lines.line(72, "STB75NF75T4", 50, "B75NF75", 170, "D²PAK", 250, "Tape", 330, "&", 355, "reel", 365),
			Lines.line(84, "STP75NF75", 50, "P75NF75", 170, "TO-220", 250, "Tube", 330),
			Lines.line(96, "STP75NF75FP", 50, "P75NF75", 170, "TO-220FP", 250, "Tube", 330));

	/**
	 * Symbol | Parameter | Value | Unit, the value split into "D²PAK / TO-220" (the raised 2 a word of its own, as
	 * the PDF draws it) and "TO-220FP"; a rating the same in every package is printed once across both.
	 */
	private static List<TextLine> ratings(String dissipationFirst, String gateVoltage) {
		return List.of(
				Lines.line(200, "Symbol", 50, "Parameter", 100, "Value", 270, "Unit", 380),
				new TextLine(1, List.of(Lines.word("D", 240, 212), raised("2", 245, 212), Lines.word("PAK", 249, 212),
						Lines.word("/TO-220", 264, 212), Lines.word("TO-220FP", 320, 212)), 212, Lines.SIZE),
				Lines.line(226, "VDS", 50, "Drain-source", 100, "voltage", 165, "75", 300, "V", 380),
				Lines.line(238, "VGS", 50, "Gate-source", 100, "voltage", 160, gateVoltage, 255, gateVoltage, 330, "V",
						380),
				Lines.line(250, "PTOT", 50, "Total", 100, "dissipation", 130, dissipationFirst, 260, "45", 335, "W",
						380));
	}

	private static Word raised(String text, double x0, double y) {
		Word w = Lines.word(text, x0, y);
		return new Word(text, x0, x0 + 3, w.top() - 2, y - 3, 6, true);
	}

	private static Map<String, Parameter> read(List<String> parts, List<TextLine> lines, String name) {
		PageLayout page = new PageLayout(1, 600, Lines.PAGE_HEIGHT, lines, 1000);
		List<Reading> readings = new TableReader(DeviceKind.MOSFET_N, parts).read(List.of(page), p -> {
		});
		return readings.stream().filter(r -> r.parameter().name().equals(name))
				.collect(Collectors.toMap(r -> String.valueOf(r.part()), Reading::parameter, (a, b) -> a));
	}

	private static List<TextLine> sheet(List<TextLine> ratings) {
		List<TextLine> all = new java.util.ArrayList<>(ORDER_TABLE);
		all.addAll(ratings);
		return all;
	}

	@Test
	void eachPackagesColumnGoesToThePartsOrderedInIt() {
		Map<String, Parameter> pd = read(FAMILY, sheet(ratings("300", "±20")), "PD");
		assertEquals(300.0, pd.get("STB75NF75").max(), "D²PAK, through its order code STB75NF75T4");
		assertEquals(300.0, pd.get("STP75NF75").max(), "TO-220");
		assertEquals(45.0, pd.get("STP75NF75FP").max(), "TO-220FP");
		assertNull(pd.get("STP75NF75").min(), "two packages are no minimum and maximum");
		assertEquals(3, pd.size(), "no order code becomes a part of its own: " + pd.keySet());
	}

	@Test
	void aRatingPrintedOnceAcrossThePackagesIsEveryPartsAndPlusMinusKeepsItsSign() {
		List<TextLine> lines = sheet(ratings("300", "±20"));
		Map<String, Parameter> vds = read(FAMILY, lines, "VDSS");
		assertEquals(75.0, vds.get("null").max(), "one value across both columns is the family's");
		Parameter vgs = read(FAMILY, lines, "VGSS").get("STP75NF75FP");
		assertEquals(-20.0, vgs.min());
		assertEquals(20.0, vgs.max());
	}

	@Test
	void withoutAnOrderTableThePackageColumnsStayUnknown() {
		Map<String, Parameter> pd = read(FAMILY, ratings("300", "±20"), "PD");
		assertEquals(List.of("null"), List.copyOf(pd.keySet()), "no package's value is given to a part it may not be");
	}

	@Test
	void twoHeadingsForOnePartAreNoPackageColumns() {
		List<TextLine> lines = new java.util.ArrayList<>(List.of(
				Lines.line(72, "STP75NF75", 50, "TO-220", 250, "Tube", 330),
				Lines.line(84, "STP75NF75FP", 50, "TO-220", 250, "FullPAK", 290, "Tube", 330),
				Lines.line(200, "Symbol", 50, "Parameter", 100, "Value", 270, "Unit", 380),
				Lines.line(212, "TO-220", 250, "TO-220", 320, "FullPAK", 352),
				Lines.line(250, "PTOT", 50, "Total", 100, "dissipation", 130, "300", 260, "45", 335, "W", 380)));
		Map<String, Parameter> pd = read(List.of("STP75NF75", "STP75NF75FP"), lines, "PD");
		assertEquals(List.of("null"), List.copyOf(pd.keySet()), "both packages name TO-220: " + pd.keySet());
	}

	@Test
	void aHeadingOfPartNumberLettersHeadsThePartsOfThatSeries() {
		List<TextLine> lines = List.of(
				Lines.line(200, "Parameter", 50, "Symbol", 170, "Value", 270, "Unit", 380),
				Lines.line(212, "SPP", 250, "SPA", 320),
				Lines.line(226, "Power", 50, "dissipation", 80, "Ptot", 170, "208", 250, "42", 325, "W", 380));
		Map<String, Parameter> pd = read(List.of("SPP17N80C3", "SPA17N80C3"), lines, "PD");
		assertEquals(208.0, pd.get("SPP17N80C3").max());
		assertEquals(42.0, pd.get("SPA17N80C3").max());
	}

	/**
	 * ST's 2N2219A/2N2222A: the description names each part's case in brackets across a line break ("in Jedec TO-39
	 * (for" / "2N2219A) and in Jedec TO-18 (for 2N2222A)"), and the thermal table is headed by the two cases alone,
	 * each row with "Max" before its two values.
	 */
	@Test
	void aPartNamedInBracketsAfterItsCaseAndAHeaderOfCasesAloneGiveEachPartItsValue() {
		List<TextLine> lines = List.of(
				Lines.line(60, "The", 50, "2N2219A", 70, "and", 110, "2N2222A", 130, "are", 170, "silicon", 190),
				Lines.line(72, "transistors", 50, "in", 100, "Jedec", 112, "TO-39", 140, "(for", 170),
				Lines.line(84, "2N2219A)", 50, "and", 90, "in", 110, "Jedec", 122, "TO-18", 150, "(for", 180,
						"2N2222A)", 200),
				Lines.line(200, "THERMAL", 50, "DATA", 100),
				Lines.line(212, "TO-39", 300, "TO-18", 370),
				Lines.line(224, "Rthj-case", 50, "Thermal", 100, "Resistance", 140, "Junction-Case", 190, "Max", 260,
						"50", 305, "83.3", 372, "C/W", 430));
		Map<String, Parameter> rth = read(List.of("2N2219A", "2N2222A"), lines, "RTH_JC");
		assertEquals(50.0, rth.get("2N2219A").max(), "TO-39");
		assertEquals(83.3, rth.get("2N2222A").max(), "TO-18");
		assertNull(rth.get("2N2222A").min(), "two cases are no minimum and maximum");
	}

	@Test
	void aRowNamingPackagesBesideItsValueIsNoHeading() {
		// BAT54's thermal resistance: one row per group of packages under a single Value column
		List<TextLine> lines = List.of(
				Lines.line(60, "BAT54FILM", 50, "SOT-23", 170),
				Lines.line(72, "BAT54JFILM", 50, "SOD-323", 170),
				Lines.line(200, "Symbol", 50, "Parameter", 100, "Value", 270, "Unit", 380),
				Lines.line(212, "SOT-23,", 170, "SOD-323", 210, "500", 275, "°C/W", 380),
				Lines.line(224, "Rth(j-a)", 50, "Junction", 100, "to", 145, "ambient", 160, "SOT-323,", 200, "550",
						275));
		Map<String, Parameter> rth = read(List.of("BAT54FILM", "BAT54JFILM"), lines, "RTH_JA");
		assertTrue(rth.containsKey("null"), "read for the family, as a plain value column: " + rth.keySet());
	}
}
