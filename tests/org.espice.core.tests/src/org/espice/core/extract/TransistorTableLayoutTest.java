package org.espice.core.extract;

import static org.espice.core.extract.ExtractionAssertions.assertColumns;
import static org.espice.core.extract.ExtractionAssertions.assertValue;
import static org.espice.core.extract.ExtractionAssertions.at;
import static org.espice.core.extract.ExtractionAssertions.device;
import static org.espice.core.extract.ExtractionAssertions.onlyDevice;
import static org.espice.core.extract.ExtractionAssertions.read;
import static org.espice.samples.DatasheetPdf.span;
import static org.espice.samples.DatasheetPdf.wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.samples.DatasheetPdf;
import org.espice.samples.DatasheetPdf.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table shapes of transistor datasheets (BJT, MOSFET) that the general column rules alone misread. */
class TransistorTableLayoutTest {

	@TempDir
	Path dir;

	/** Symbol | Parameter | Test conditions | Min | Typ | Max | Unit. */
	static final Column[] SYMBOL_FIRST = { Column.left("Symbol", 50, 50), Column.left("Parameter", 100, 100),
			Column.left("Test conditions", 200, 160), Column.center("Min.", 360, 35), Column.center("Typ.", 395, 35),
			Column.center("Max.", 430, 35), Column.center("Unit", 465, 35) };

	/**
	 * A description wrapped onto a second line that holds a second test point with its own values ("Collector
	 * cut-off / Current (IE = 0)" beside "VCB = 60 V" and "VCB = 60 V, Tcase = 150 °C"): the second line belongs to
	 * the symbol of the first. A row of an unknown symbol (ICEX) wrapped the same way gives nothing.
	 */
	@Test
	void aWrappedDescriptionBesideASecondTestPointContinuesTheSymbolRow() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP2222", "NPN silicon switching transistor")
				.heading("Electrical characteristics (T_{case} = 25 °C unless otherwise specified)");
		pdf.table(SYMBOL_FIRST)
				.row("I_{CBO}", "Collector cut-off\ncurrent (I_{E} = 0)",
						"V_{CB} = 60 V\nV_{CB} = 60 V, T_{case} = 150 °C", null, null, "10\n10", "nA\nµA")
				.row("I_{CEX}", "Collector cut-off\ncurrent (V_{BE} = -3 V)", "V_{CE} = 60 V\nV_{CE} = 30 V", null,
						null, "10\n5", "nA\nnA")
				.row("V_{CE(sat)}", "Collector-emitter\nsaturation voltage",
						"I_{C} = 150 mA, I_{B} = 15 mA\nI_{C} = 500 mA, I_{B} = 50 mA", null, null, "0.3\n1", "V\nV")
				.row("V_{BE(sat)}", "Base-emitter\nsaturation voltage",
						"I_{C} = 150 mA, I_{B} = 15 mA\nI_{C} = 500 mA, I_{B} = 50 mA", "0.6\n", null, "1.2\n2",
						"V\nV");

		Device d = onlyDevice(read(dir, "ESP2222.pdf", pdf));
		assertEquals(DeviceKind.BJT_NPN, d.kind());
		assertValue(d, "ICBO", "max", 10e-9, at("VCB", 60));
		assertValue(d, "ICBO", "max", 10e-6, at("VCB", 60, "T", 150));
		assertEquals(2, d.all("ICBO").size(), () -> ExtractionAssertions.describe(d.all("ICBO")));
		assertValue(d, "VCE_SAT", "max", 0.3, at("IC", 0.15, "IB", 0.015));
		assertValue(d, "VCE_SAT", "max", 1, at("IC", 0.5, "IB", 0.05));
		assertValue(d, "VBE_SAT", "max", 2, at("IC", 0.5, "IB", 0.05));
		assertTrue(d.all("ICBO").stream().noneMatch(p -> p.conditions().containsKey("VCE")),
				"the wrapped row of an unknown symbol continues nothing");
	}
	/**
	 * A thermal table whose case-to-sink row ("Thermal resistance case-to-sink", symbol RθCS) follows the
	 * junction-to-case row: only the junction's resistances are RTH_JC and RTH_JA.
	 */
	/**
	 * A condition cell that ends on a comma ("VDD = 640 V, ID = 17 A,") goes on over the table's next line, though
	 * the table spaces that line as a row of its own: the gate charge is read at "VGS = 0 to 10 V", its drive's end.
	 */
	@Test
	void aConditionCellEndingOnACommaGoesOnOverTheNextRowsLine() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP17N80", "800 V N-channel power MOSFET")
				.heading("Gate charge characteristics");
		pdf.table(SYMBOL_FIRST)
				.row("Q_{gs}", "Gate to source charge", "V_{DD} = 640 V, I_{D} = 17 A", null, "12", null, "nC")
				.row("Q_{gd}", "Gate to drain charge", null, null, "46", null, "nC")
				.row("Q_{g}", "Gate charge total", "V_{DD} = 640 V, I_{D} = 17 A,", null, "91", "177", "nC")
				.row(null, null, "V_{GS} = 0 to 10 V", null, null, null, null)
				.row("V_{(plateau)}", "Gate plateau voltage", "V_{DD} = 640 V, I_{D} = 17 A", null, "6", null, "V");

		Device d = onlyDevice(read(dir, "ESP17N80.pdf", pdf));
		assertValue(d, "QG", "typ", 91e-9, at("VDD", 640, "ID", 17, "VGS", 10));
		assertValue(d, "QG", "max", 177e-9, at("VDD", 640, "ID", 17, "VGS", 10));
	}

	@Test
	void aCaseToSinkResistanceIsNoJunctionToCaseOne() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP840", "500 V N-channel power MOSFET").heading("Thermal data");
		pdf.table(Column.left("Symbol", 50, 50), Column.left("Parameter", 100, 200), Column.center("Typ.", 300, 40),
				Column.center("Max.", 340, 40), Column.center("Unit", 380, 40))
				.row("R_{θJC}", "Thermal resistance, junction-to-case", null, "1.0", "°C/W")
				.row("R_{θCS}", "Thermal resistance, case-to-sink (flat, greased surface)", "0.5", null, "°C/W")
				.row("R_{θJA}", "Thermal resistance, junction-to-ambient", null, "62.5", "°C/W");

		Device d = onlyDevice(read(dir, "ESP840.pdf", pdf));
		assertValue(d, "RTH_JC", "max", 1.0);
		assertValue(d, "RTH_JA", "max", 62.5);
		assertEquals(1, d.all("RTH_JC").size(), () -> ExtractionAssertions.describe(d.all("RTH_JC")));
	}
	/**
	 * An old ratings table names the blocking voltages by their two terminals ("Collector-Base VCB"); a thermal row
	 * whose degree sign the text layer lost ("?C/W") is still in kelvin per watt.
	 */
	@Test
	void terminalPairSymbolsAndALostDegreeSign() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP29", "1 A, 40 V NPN power transistor").heading("Maximum ratings");
		pdf.table(Column.left("Rating", 50, 150), Column.left("Symbol", 200, 50), Column.center("Value", 250, 50),
				Column.center("Unit", 300, 40))
				.row("Collector-Emitter Voltage", "V_{CEO}", "40", "Vdc")
				.row("Collector-Base Voltage", "V_{CB}", "40", "Vdc")
				.row("Emitter-Base Voltage", "V_{EB}", "5.0", "Vdc");
		pdf.heading("Thermal characteristics");
		pdf.paragraph("Thermal Resistance, Junction-to-Case     R_{θJC}     4.167     ?C/W");

		Device d = onlyDevice(read(dir, "ESP29.pdf", pdf));
		assertValue(d, "VCBO", "max", 40);
		assertValue(d, "VEBO", "max", 5.0);
		assertColumns(assertValue(d, "RTH_JC", "max", 4.167), null, null, 4.167);
	}

	/**
	 * A family sheet whose characteristics give each part its own Min/Max pair: part names ("ESP7001",
	 * "ESP7002/3") centred over "Min Max" pairs, a Typ column beside the pairs shared by every part. Each part gets
	 * the limits of its own pair and the shared typical value; no part gets another's limits.
	 */
	@Test
	void eachPartReadsItsOwnMinMaxPair() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP7001, ESP7002, ESP7003", "N-channel 60 V small-signal MOSFETs")
				.heading("Absolute maximum ratings");
		pdf.table(Column.left("Symbol", 50, 50), Column.left("Parameter", 100, 150), Column.center("ESP7001", 250, 50),
				Column.center("ESP7002", 300, 50), Column.center("ESP7003", 350, 50), Column.center("Unit", 400, 40))
				.row("V_{DS}", "Drain-source voltage", "60", "60", "60", "V");
		pdf.heading("Specifications (T_{A} = 25 °C unless otherwise noted)");
		pdf.table(Column.left("Parameter", 40, 130), Column.left("Symbol", 170, 45),
				Column.left("Test conditions", 215, 130), Column.center("Typ", 345, 30), Column.center("Min", 380, 30),
				Column.center("Max", 410, 30), Column.center("Min", 445, 30), Column.center("Max", 475, 30),
				Column.center("Unit", 510, 30)).header(false)
				.row(null, null, null, null, wide("ESP7001", 2), null, wide("ESP7002/3", 2), null, null)
				.row("Parameter", "Symbol", "Test conditions", "Typ", "Min", "Max", "Min", "Max", "Unit")
				.row("Gate threshold voltage", "V_{GS(th)}", "V_{DS} = V_{GS}, I_{D} = 1 mA", "2.1", "0.8", "3", "1",
						"2.5", "V")
				.row("Zero gate voltage drain current", "I_{DSS}", "V_{DS} = 48 V, V_{GS} = 0 V", null, null, "1", null,
						"0.5", "µA")
				.row("Drain-source on-resistance", "R_{DS(on)}", "V_{GS} = 10 V, I_{D} = 0.5 A", "2.4", null, "5", null,
						"7.5", "Ω");

		ExtractionResult r = read(dir, "ESP7001.pdf", pdf);
		Device first = device(r, "ESP7001");
		assertColumns(assertValue(first, "VGS_TH", "max", 3, at("ID", 1e-3)), 0.8, 2.1, 3.0);
		assertValue(first, "IDSS", "max", 1e-6, at("VDS", 48));
		assertColumns(assertValue(first, "RDS_ON", "max", 5, at("VGS", 10)), null, 2.4, 5.0);
		for (String part : new String[] { "ESP7002", "ESP7003" }) {
			Device d = device(r, part);
			assertColumns(assertValue(d, "VGS_TH", "max", 2.5, at("ID", 1e-3)), 1.0, 2.1, 2.5);
			assertEquals(1, d.all("VGS_TH").size(), () -> part + ": " + ExtractionAssertions.describe(d.all("VGS_TH")));
			assertValue(d, "IDSS", "max", 0.5e-6, at("VDS", 48));
			assertColumns(assertValue(d, "RDS_ON", "max", 7.5, at("VGS", 10)), null, 2.4, 7.5);
		}
	}
	/**
	 * An effective output capacitance printed under the Coss symbol ("Coss eff.  Effective output capacitance",
	 * over a VDS sweep "0 V to 400 V") is not Coss at a test point: only the plain Coss row is read.
	 */
	@Test
	void anEffectiveCapacitanceIsNotCossAtATestPoint() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP32N50", "500 V N-channel power MOSFET")
				.heading("Dynamic characteristics");
		pdf.table(Column.left("Symbol", 50, 50), Column.left("Parameter", 100, 140), Column.center("Min.", 240, 30),
				Column.center("Typ.", 270, 30), Column.center("Max.", 300, 30), Column.center("Units", 330, 30),
				Column.left("Conditions", 360, 180))
				.row("C_{iss}", "Input capacitance", "—", "5280", "—", "pF", "V_{GS} = 0 V, V_{DS} = 25 V, f = 1 MHz")
				.row("C_{oss}", "Output capacitance", "—", "155", "—", "pF", "V_{GS} = 0 V, V_{DS} = 400 V, f = 1 MHz")
				.row("C_{oss} eff.", "Effective output capacitance", "—", "265", "—", "pF",
						"V_{GS} = 0 V, V_{DS} = 0 V to 400 V");

		Device d = onlyDevice(read(dir, "ESP32N50.pdf", pdf));
		assertValue(d, "COSS", "typ", 155e-12, at("VDS", 400));
		assertEquals(1, d.all("COSS").size(), () -> ExtractionAssertions.describe(d.all("COSS")));
	}
	/**
	 * A MOSFET thermal table that names the junction the channel ("Thermal resistance, channel to case",
	 * Rth(ch-c); "channel to ambient", Rth(ch-a)): the description's "to" reads as a range, so the symbol names it.
	 */
	@Test
	void channelThermalResistancesAreJunctionOnes() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP3569", "200 V N-channel power MOSFET")
				.heading("Thermal characteristics");
		pdf.table(Column.left("Characteristics", 50, 180), Column.left("Symbol", 230, 60), Column.center("Max", 290, 40),
				Column.center("Unit", 330, 40))
				.row("Thermal resistance, channel to case", "R_{th(ch-c)}", "2.78", "°C/W")
				.row("Thermal resistance, channel to ambient", "R_{th(ch-a)}", "62.5", "°C/W");

		Device d = onlyDevice(read(dir, "ESP3569.pdf", pdf));
		assertValue(d, "RTH_JC", "max", 2.78);
		assertValue(d, "RTH_JA", "max", 62.5);
	}
	/**
	 * Symbols whose subscript is printed as a word of its own ("V_BE (sat)", "V_BE (on)"): the qualifier decides
	 * the quantity, so a base-emitter saturation voltage is no on-voltage.
	 */
	@Test
	void aQualifierPrintedApartDecidesTheQuantity() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP557", "PNP general-purpose transistor")
				.heading("Electrical characteristics (T_{a} = 25 °C unless otherwise noted)");
		pdf.table(SYMBOL_FIRST)
				.row("V_{BE} (sat)", "Base-emitter voltage", "I_{C} = -10 mA, I_{B} = -0.5 mA", null, "-700", null,
						"mV")
				.row("V_{BE} (on)", "Base-emitter voltage", "V_{CE} = -5 V, I_{C} = -2 mA", "-600", "-660", "-750",
						"mV");

		Device d = onlyDevice(read(dir, "ESP557.pdf", pdf));
		assertValue(d, "VBE_SAT", "typ", -0.7, at("IC", -0.01, "IB", -0.0005));
		assertValue(d, "VBE_ON", "typ", -0.66, at("IC", -0.002));
		assertEquals(1, d.all("VBE_ON").size(), () -> ExtractionAssertions.describe(d.all("VBE_ON")));
	}

	/**
	 * An hFE classification row, one "min ~ max" range per gain grade ("110 ~ 220  200 ~ 450  420 ~ 800"), gives
	 * no min/typ/max of its own: only the DC current gain row of the characteristics is read.
	 */
	@Test
	void gainGradeRangesAreNoLimits() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP556", "PNP general-purpose transistor")
				.heading("Electrical characteristics (T_{a} = 25 °C unless otherwise noted)");
		pdf.table(SYMBOL_FIRST)
				.row("h_{FE}", "DC current gain", "V_{CE} = -5 V, I_{C} = -2 mA", "110", null, "800", null);
		pdf.heading("h_{FE} classification");
		pdf.table(Column.left("Classification", 50, 100), Column.center("A", 150, 80), Column.center("B", 230, 80),
				Column.center("C", 310, 80))
				.row("h_{FE}", "110 ~ 220", "200 ~ 450", "420 ~ 800");

		Device d = onlyDevice(read(dir, "ESP556.pdf", pdf));
		assertColumns(assertValue(d, "HFE", "min", 110, at("IC", -0.002)), 110.0, null, 800.0);
		assertEquals(1, d.all("HFE").size(), () -> ExtractionAssertions.describe(d.all("HFE")));
	}
	/**
	 * A symbol cell centred over the two rows it names ("RDS(on)" between "VGS = 10 V, ID = 300 mA" and "VGS =
	 * 4.5 V, ID = 200 mA"), right under a threshold-voltage row: the first row, whose test point names a quantity
	 * the threshold is not measured at (VGS), belongs to the cell below, not to the row above.
	 */
	@Test
	void theFirstRowOfACentredSymbolCellIsNotTheRowAbove() {
		Column[] cols = { Column.left("Parameter", 50, 130), Column.left("Symbol", 180, 50),
				Column.left("Test conditions", 230, 110), Column.center("Min", 340, 35), Column.center("Typ", 375, 35),
				Column.center("Max", 410, 35), Column.center("Unit", 445, 35) };
		DatasheetPdf pdf = new DatasheetPdf().title("ESP7002", "N-channel 60 V small-signal MOSFET")
				.heading("Electrical characteristics (T_{a} = 25 °C)");
		pdf.table(cols)
				.row("Gate threshold voltage", "V_{GS(th)}", "V_{DS} = V_{GS},\nI_{D} = 250 µA", "1", "1.5", "2.5", "V")
				.row(span("Static drain-source on-resistance", 2), span("R_{DS(on)}", 2), "V_{GS} = 10 V,\nI_{D} = 300 mA",
						null, "1.2", "2.5", span("Ω", 2))
				.row(null, null, "V_{GS} = 4.5 V,\nI_{D} = 200 mA", null, "1.3", "3.0", null);

		Device d = onlyDevice(read(dir, "ESP7002.pdf", pdf));
		assertColumns(assertValue(d, "RDS_ON", "typ", 1.2, at("VGS", 10, "ID", 0.3)), null, 1.2, 2.5);
		assertColumns(assertValue(d, "RDS_ON", "typ", 1.3, at("VGS", 4.5, "ID", 0.2)), null, 1.3, 3.0);
		assertEquals(1, d.all("VGS_TH").size(), () -> ExtractionAssertions.describe(d.all("VGS_TH")));
	}
	/**
	 * A table whose every symbol cell stands centred among its rows ("IDSS" among "VDS = 48 V, VGS = 0 V", its hot row,
	 * "VDS = 60 V, VGS = 0 V" and its hot row, then "ID(on)" between its own two): the first row of the on-state
	 * current, tested at the same quantities as the leakage above, is the on-state current's (a symbol we do not
	 * read), not a fifth leakage row.
	 */
	@Test
	void theFirstRowOfACentredCellTestedLikeTheRowsAboveIsNotTheirs() {
		Column[] cols = { Column.left("Parameter", 50, 130), Column.left("Symbol", 180, 50),
				Column.left("Test conditions", 230, 110), Column.center("Typ", 340, 35), Column.center("Min", 375, 35),
				Column.center("Max", 410, 35), Column.center("Unit", 445, 35) };
		DatasheetPdf pdf = new DatasheetPdf().title("ESP7000", "N-channel 60 V small-signal MOSFET")
				.heading("Specifications (T_{A} = 25 °C)");
		pdf.table(cols)
				.row(span("Zero gate voltage drain current", 4), span("I_{DSS}", 4), "V_{DS} = 48 V, V_{GS} = 0 V", null,
						null, "1", span("µA", 4))
				.row(null, null, "T_{C} = 125 °C", null, null, "1000", null)
				.row(null, null, "V_{DS} = 60 V, V_{GS} = 0 V", null, null, "1", null)
				.row(null, null, "T_{C} = 125 °C", null, null, "500", null)
				.row(span("On-state drain current", 2), span("I_{D(on)}", 2), "V_{DS} = 10 V, V_{GS} = 4.5 V", "0.35",
						"0.075", null, span("A", 2))
				.row(null, null, "V_{DS} = 7.5 V, V_{GS} = 10 V", "1", "0.5", null, null);

		Device d = onlyDevice(read(dir, "ESP7000.pdf", pdf));
		assertValue(d, "IDSS", "max", 1e-6, at("VDS", 48, "VGS", 0));
		assertValue(d, "IDSS", "max", 1e-6, at("VDS", 60, "VGS", 0));
		assertEquals(4, d.all("IDSS").size(), () -> ExtractionAssertions.describe(d.all("IDSS")));
	}

	/**
	 * Test points written as a ratio in the Conditions column ("IC/IB = 500mA/1mA"): each symbol takes its own
	 * value.
	 */
	@Test
	void aRatioOfTestPointsGivesEachItsValue() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP5060", "NPN medium-power darlington transistor")
				.heading("Electrical characteristics (T_{a} = 25 °C)");
		pdf.table(Column.left("Parameter", 50, 150), Column.left("Symbol", 200, 50), Column.center("Min.", 250, 30),
				Column.center("Typ.", 280, 30), Column.center("Max.", 310, 30), Column.center("Unit", 340, 30),
				Column.left("Conditions", 370, 150))
				.row("Collector-emitter saturation voltage", "V_{CE(sat)}", "−", "−", "1.5", "V", "I_{C}/I_{B}=500mA/1mA")
				.row("Base-emitter saturation voltage", "V_{BE(sat)}", "−", "−", "2", "V", "I_{C}/I_{B}=500mA/1mA");

		Device d = onlyDevice(read(dir, "ESP5060.pdf", pdf));
		assertValue(d, "VCE_SAT", "max", 1.5, at("IC", 0.5, "IB", 0.001));
		assertEquals(java.util.Map.of("IC", 0.5, "IB", 0.001), d.all("VBE_SAT").get(0).conditions());
	}

	/**
	 * A Type column whose cell stacks two part names ("ESP7002" over "ESP7002A") beside one row of values: the values,
	 * and the hot row that continues them, are both parts'. The first part of the table keeps its own rows.
	 */
	@Test
	void partNamesStackedInOneCellShareTheRow() {
		Column[] cols = { Column.left("Symbol", 40, 45), Column.left("Parameter", 85, 110),
				Column.left("Conditions", 195, 120), Column.left("Type", 315, 50), Column.center("Min", 365, 30),
				Column.center("Typ", 395, 30), Column.center("Max", 425, 30), Column.center("Units", 455, 30) };
		DatasheetPdf pdf = new DatasheetPdf().title("ESP7000 / ESP7002 / ESP7002A", "N-channel enhancement mode "
				+ "field effect transistors").heading("Electrical characteristics (T_{A} = 25 °C unless otherwise noted)");
		pdf.table(cols)
				.row("I_{DSS}", "Zero gate voltage\ndrain current", "V_{DS} = 48 V, V_{GS} = 0 V\nT_{J} = 125 °C\n"
						+ "V_{DS} = 60 V, V_{GS} = 0 V\n\nT_{J} = 125 °C", "ESP7000\n\nESP7002\nESP7002A", null, null,
						"1\n1\n1\n\n0.5", "µA\nmA\nµA\n\nmA")
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = 1 mA\n"
						+ "V_{DS} = V_{GS}, I_{D} = 250 µA", "ESP7000\nESP7002\nESP7002A", "0.8\n1", "2.1\n2.1",
						"3\n2.5", "V\nV");

		ExtractionResult r = read(dir, "ESP7000.pdf", pdf);
		assertColumns(assertValue(device(r, "ESP7000"), "VGS_TH", "typ", 2.1, at("ID", 1e-3)), 0.8, 2.1, 3.0);
		for (String part : new String[] { "ESP7002", "ESP7002A" }) {
			Device d = device(r, part);
			assertColumns(assertValue(d, "VGS_TH", "typ", 2.1, at("ID", 250e-6)), 1.0, 2.1, 2.5);
			assertValue(d, "IDSS", "max", 1e-6, at("VDS", 60, "VGS", 0));
			assertValue(d, "IDSS", "max", 0.5e-3, at("VDS", 60, "T", 125));
			assertEquals(1, d.all("VGS_TH").size(), () -> part + ": " + ExtractionAssertions.describe(d.all("VGS_TH")));
		}
	}

	/**
	 * A ratings table with one column per part, interrupted by a "Thermal characteristics" sub-heading: the
	 * thermal row under it still gives each part the value in its own column.
	 */
	@Test
	void partColumnsGoOnUnderASubHeading() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP7001, ESP7002, ESP7003", "N-channel 60 V small-signal MOSFETs")
				.heading("Absolute maximum ratings (T_{A} = 25 °C unless otherwise noted)");
		pdf.table(Column.left("Symbol", 50, 50), Column.left("Parameter", 100, 180), Column.center("ESP7001", 280, 60),
				Column.center("ESP7002", 340, 60), Column.center("ESP7003", 400, 60), Column.center("Units", 460, 40))
				.row("V_{DSS}", "Drain-source voltage", null, "60", null, "V")
				.row("I_{D}", "Maximum drain current - continuous", "200", "115", "280", "mA")
				.section("Thermal characteristics")
				.row("R_{θJA}", "Thermal resistance, junction-to-ambient", "312.5", "625", "417", "°C/W");

		ExtractionResult r = read(dir, "ESP7001.pdf", pdf);
		double[] rth = { 312.5, 625, 417 };
		String[] parts = { "ESP7001", "ESP7002", "ESP7003" };
		for (int i = 0; i < parts.length; i++) {
			Device d = device(r, parts[i]);
			assertValue(d, "RTH_JA", "max", rth[i]);
			assertEquals(1, d.all("RTH_JA").size(), () -> d.part() + ": " + ExtractionAssertions.describe(d.all("RTH_JA")));
		}
	}
	/**
	 * Ratings printed without a table header, each line led by dots to its value ("Continuous drain current . . .
	 * ID 20 A", then "TC = 100 °C . . . . 12 A"): the dots of the continued line hold no values.
	 */
	@Test
	void leaderDotsOfAContinuedRatingHoldNoValues() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP240", "200 V N-channel power MOSFET")
				.heading("Absolute maximum ratings T_{C} = 25 °C, unless otherwise specified");
		pdf.table(Column.left("Parameter", 50, 260), Column.left("Symbol", 310, 40), Column.center("Value", 350, 50),
				Column.center("Unit", 400, 30)).header(false)
				.row("Continuous drain current . . . . . . . . . . . . . . . . . . . .", "I_{D}", "20", "A")
				.row("  T_{C} = 100 °C . . . . . . . . . . . . . . . . . . . . . . . . . .", null, "12", "A")
				.row("Pulsed drain current . . . . . . . . . . . . . . . . . . . . . . .", "I_{DM}", "80", "A");

		Device d = onlyDevice(read(dir, "ESP240.pdf", pdf));
		assertValue(d, "ID", "max", 20);
		assertValue(d, "ID", "max", 12, at("T", 100));
		assertValue(d, "IDM", "max", 80);
	}
}
