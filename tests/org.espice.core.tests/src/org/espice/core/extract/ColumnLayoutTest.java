package org.espice.core.extract;

import static org.espice.core.extract.ExtractionAssertions.assertColumns;
import static org.espice.core.extract.ExtractionAssertions.assertValue;
import static org.espice.core.extract.ExtractionAssertions.at;
import static org.espice.core.extract.ExtractionAssertions.onlyDevice;
import static org.espice.core.extract.ExtractionAssertions.read;
import static org.espice.samples.DatasheetPdf.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.samples.DatasheetPdf;
import org.espice.samples.DatasheetPdf.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characteristics tables whose columns come in the common vendor orders: symbol first, parameter first, and the
 * Philips upper-case {@code SYMBOL PARAMETER CONDITIONS MIN. TYP. MAX. UNIT}; plus cells merged over rows.
 */
class ColumnLayoutTest {

	@TempDir
	Path dir;

	/** Symbol | Parameter | Test conditions | Min | Typ | Max | Unit, subscripted symbols, ratings on page 1. */
	static final Column[] SYMBOL_FIRST = { Column.left("Symbol", 50, 55), Column.left("Parameter", 105, 125),
			Column.left("Test conditions", 230, 140), Column.center("Min", 370, 35), Column.center("Typ", 405, 35),
			Column.center("Max", 440, 35), Column.center("Unit", 475, 35) };

	/** Symbol | Parameter | Value | Unit. */
	static final Column[] RATINGS = { Column.left("Symbol", 50, 55), Column.left("Parameter", 105, 220),
			Column.center("Value", 325, 60), Column.center("Unit", 385, 40) };

	@Test
	void symbolFirstMosfetTable() {
		DatasheetPdf pdf = new DatasheetPdf().runningHeader("ESP60N30").footer("ESP60N30  Rev. 1.0  {page}/{pages}")
				.title("ESP60N30", "60 V, 4.2 mΩ N-channel power MOSFET")
				.bullets("Low R_{DS(on)} for synchronous rectification", "100 % avalanche tested")
				.heading("Absolute maximum ratings (T_{C} = 25 °C unless otherwise noted)");
		pdf.table(RATINGS)
				.row("V_{DS}", "Drain-source voltage", "60", "V")
				.row("V_{GS}", "Gate-source voltage", "±20", "V")
				.row("I_{D}", "Continuous drain current", "80", "A")
				.row("I_{DM}", "Pulsed drain current", "320", "A")
				.row("P_{D}", "Power dissipation", "150", "W");
		pdf.pageBreak().heading("Electrical characteristics (T_{J} = 25 °C unless otherwise noted)");
		pdf.table(SYMBOL_FIRST)
				.row("V_{(BR)DSS}", "Drain-source breakdown voltage", "V_{GS} = 0 V, I_{D} = 250 µA", "60", "—", "—", "V")
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = 250 µA", "2.0", "3.0", "4.0", "V")
				.row("I_{DSS}", "Zero gate voltage drain current", "V_{DS} = 60 V, V_{GS} = 0 V", "—", "—", "1", "µA")
				.row("R_{DS(on)}", "Drain-source on-resistance", "V_{GS} = 10 V, I_{D} = 40 A", "—", "4.2", "5.5", "mΩ")
				.row("g_{fs}", "Forward transconductance", "V_{DS} = 5 V, I_{D} = 40 A", "—", "95", "—", "S");

		ExtractionResult r = read(dir, "ESP60N30.pdf", pdf);
		assertEquals(2, r.pageCount());
		Device d = onlyDevice(r);
		assertEquals("ESP60N30", d.part());
		assertEquals(DeviceKind.MOSFET_N, d.kind());

		assertEquals(1, assertValue(d, "VDSS", "max", 60).source().page(), "VDS rating is on page 1");
		assertValue(d, "ID", "max", 80);
		assertValue(d, "IDM", "max", 320);
		assertValue(d, "PD", "max", 150);
		assertValue(d, "VDSS", "min", 60, at("ID", 250e-6));
		Parameter vth = assertValue(d, "VGS_TH", "typ", 3.0, at("ID", 250e-6));
		assertColumns(vth, 2.0, 3.0, 4.0);
		assertValue(d, "IDSS", "max", 1e-6, at("VDS", 60));
		Parameter rds = assertValue(d, "RDS_ON", "typ", 0.0042, at("VGS", 10, "ID", 40));
		assertColumns(rds, null, 0.0042, 0.0055);
		assertEquals("Ohm", rds.unit());
		assertEquals(2, rds.source().page(), "characteristics are on page 2");
		assertTrue(rds.source().rowText().contains("4.2"), () -> "row text: " + rds.source().rowText());
		assertValue(d, "GFS", "typ", 95, at("VDS", 5, "ID", 40));
	}

	/**
	 * Rows wrapping over several lines: a parameter name over two lines, conditions over two and three lines, and a
	 * value row whose numbers sit on the first line only.
	 */
	@Test
	void rowsWrappingOverSeveralLines() {
		Column[] narrow = { Column.left("Symbol", 50, 50), Column.left("Parameter", 100, 90),
				Column.left("Test conditions", 190, 90), Column.center("Min", 280, 35), Column.center("Typ", 315, 35),
				Column.center("Max", 350, 35), Column.center("Unit", 385, 35) };
		DatasheetPdf pdf = new DatasheetPdf().title("ESP40N10", "40 V N-channel MOSFET")
				.heading("Electrical characteristics");
		pdf.table(narrow).ruled(true)
				.row("R_{DS(on)}", "Static drain-source\non-state resistance", "V_{GS} = 10 V,\nI_{D} = 20 A", "—",
						"7.5", "9.0", "mΩ")
				.row("R_{DS(on)}", "Static drain-source\non-state resistance", "V_{GS} = 4.5 V,\nI_{D} = 15 A", "—",
						"11", "14", "mΩ")
				.row("g_{fs}", "Forward\ntransconductance", "V_{DS} = 5 V,\nI_{D} = 20 A,\npulsed", "28", "—", "—",
						"S")
				.row("C_{oss}", "Output capacitance", "V_{DS} = 20 V, V_{GS} = 0 V, f = 1 MHz", "—", "310", "—", "pF");

		Device d = onlyDevice(read(dir, "ESP40N10.pdf", pdf));
		assertEquals(2, d.all("RDS_ON").size(), () -> ExtractionAssertions.describe(d.all("RDS_ON")));
		assertColumns(assertValue(d, "RDS_ON", "typ", 0.0075, at("VGS", 10, "ID", 20)), null, 0.0075, 0.009);
		assertColumns(assertValue(d, "RDS_ON", "typ", 0.011, at("VGS", 4.5, "ID", 15)), null, 0.011, 0.014);
		assertValue(d, "GFS", "min", 28, at("VDS", 5, "ID", 20));
		assertValue(d, "COSS", "typ", 310e-12, at("VDS", 20, "f", 1e6));
	}

	/** Parameter | Symbol | Conditions | Min | Typ | Max | Unit, a small-signal diode, each VF point its own row. */
	@Test
	void parameterFirstDiodeTable() {
		Column[] cols = { Column.left("Parameter", 50, 130), Column.left("Symbol", 180, 40),
				Column.left("Conditions", 220, 150), Column.center("Min", 370, 35), Column.center("Typ", 405, 35),
				Column.center("Max", 440, 35), Column.center("Unit", 475, 35) };
		DatasheetPdf pdf = new DatasheetPdf().title("ESP4148", "Small-signal fast switching diode")
				.paragraph("Silicon epitaxial planar diode for high-speed switching.")
				.heading("Absolute maximum ratings");
		pdf.table(Column.left("Parameter", 50, 200), Column.left("Symbol", 250, 50), Column.center("Value", 300, 60),
				Column.center("Unit", 360, 40))
				.row("Repetitive peak reverse voltage", "V_{RRM}", "100", "V")
				.row("Forward continuous current", "I_{F}", "300", "mA")
				.row("Non-repetitive peak forward surge current, t_{p} = 1 µs", "I_{FSM}", "2", "A");
		pdf.heading("Electrical characteristics (T_{amb} = 25 °C)");
		pdf.table(cols)
				.row("Forward voltage", "V_{F}", "I_{F} = 1 mA", "—", "0.62", "0.72", "V")
				.row("Forward voltage", "V_{F}", "I_{F} = 10 mA", "—", "0.74", "0.855", "V")
				.row("Forward voltage", "V_{F}", "I_{F} = 100 mA", "—", "0.92", "1.0", "V")
				.row("Reverse current", "I_{R}", "V_{R} = 75 V", "—", "—", "5", "µA")
				.row("Diode capacitance", "C_{D}", "V_{R} = 0 V, f = 1 MHz", "—", "2.1", "4", "pF")
				.row("Reverse recovery time", "t_{rr}", "I_{F} = I_{R} = 10 mA, I_{rr} = 1 mA", "—", "—", "4", "ns");

		Device d = onlyDevice(read(dir, "ESP4148.pdf", pdf));
		assertEquals("ESP4148", d.part());
		assertEquals(DeviceKind.DIODE, d.kind());
		assertValue(d, "VRRM", "max", 100);
		assertValue(d, "IF_AV", "max", 0.3);
		assertValue(d, "IFSM", "max", 2);
		assertColumns(assertValue(d, "VF", "max", 0.72, at("IF", 1e-3)), null, 0.62, 0.72);
		assertColumns(assertValue(d, "VF", "max", 0.855, at("IF", 10e-3)), null, 0.74, 0.855);
		assertColumns(assertValue(d, "VF", "max", 1.0, at("IF", 0.1)), null, 0.92, 1.0);
		assertEquals(3, d.all("VF").size(), "three VF points");
		assertValue(d, "IR", "max", 5e-6, at("VR", 75));
		assertColumns(assertValue(d, "CT", "typ", 2.1e-12, at("VR", 0, "f", 1e6)), null, 2.1e-12, 4e-12);
		assertValue(d, "TRR", "max", 4e-9);
	}

	/**
	 * Philips style: upper-case headers with full stops, limits printed with the minus sign U+2212 for a PNP,
	 * "−" placeholders, conditions separated by semicolons.
	 */
	@Test
	void philipsMinTypMaxPnpTable() {
		Column[] limiting = { Column.left("SYMBOL", 50, 50), Column.left("PARAMETER", 100, 140),
				Column.left("CONDITIONS", 240, 130), Column.center("MIN.", 370, 35), Column.center("MAX.", 405, 35),
				Column.center("UNIT", 440, 35) };
		Column[] chars = { Column.left("SYMBOL", 50, 50), Column.left("PARAMETER", 100, 120),
				Column.left("CONDITIONS", 220, 150), Column.center("MIN.", 370, 35), Column.center("TYP.", 405, 35),
				Column.center("MAX.", 440, 35), Column.center("UNIT", 475, 35) };
		DatasheetPdf pdf = new DatasheetPdf().title("ESP3906", "PNP switching transistor")
				.heading("LIMITING VALUES")
				.paragraph("In accordance with the Absolute Maximum Rating System (IEC 60134).");
		pdf.table(limiting)
				.row("V_{CBO}", "collector-base voltage", "open emitter", "−", "−40", "V")
				.row("V_{CEO}", "collector-emitter voltage", "open base", "−", "−40", "V")
				.row("V_{EBO}", "emitter-base voltage", "open collector", "−", "−5", "V")
				.row("I_{C}", "collector current (DC)", "", "−", "−200", "mA")
				.row("P_{tot}", "total power dissipation", "T_{amb} ≤ 25 °C", "−", "500", "mW");
		pdf.heading("CHARACTERISTICS").paragraph("T_{amb} = 25 °C unless otherwise specified.");
		pdf.table(chars)
				.row("I_{CBO}", "collector cut-off current", "I_{E} = 0; V_{CB} = −30 V", "−", "−", "−50", "nA")
				.row("h_{FE}", "DC current gain", "I_{C} = −0.1 mA; V_{CE} = −1 V", "60", "−", "−", "")
				.row("", "", "I_{C} = −10 mA; V_{CE} = −1 V", "100", "−", "300", "")
				.row("V_{CEsat}", "collector-emitter saturation voltage", "I_{C} = −10 mA; I_{B} = −1 mA", "−", "−",
						"−250", "mV")
				.row("V_{BEsat}", "base-emitter saturation voltage", "I_{C} = −10 mA; I_{B} = −1 mA", "−650", "−",
						"−850", "mV")
				.row("C_{c}", "collector capacitance", "I_{E} = i_{e} = 0; V_{CB} = −5 V; f = 1 MHz", "−", "−", "4.5",
						"pF")
				.row("f_{T}", "transition frequency", "I_{C} = −10 mA; V_{CE} = −20 V; f = 100 MHz", "250", "−", "−",
						"MHz");

		Device d = onlyDevice(read(dir, "ESP3906.pdf", pdf));
		assertEquals("ESP3906", d.part());
		assertEquals(DeviceKind.BJT_PNP, d.kind());
		assertValue(d, "VCBO", "max", 40);
		assertValue(d, "VCEO", "max", 40);
		assertValue(d, "VEBO", "max", 5);
		assertValue(d, "IC", "max", 0.2);
		assertValue(d, "PD", "max", 0.5);
		assertValue(d, "ICBO", "max", 50e-9, at("VCB", 30));
		assertColumns(assertValue(d, "HFE", "min", 60, at("IC", 1e-4, "VCE", 1)), 60.0, null, null);
		assertColumns(assertValue(d, "HFE", "min", 100, at("IC", 10e-3, "VCE", 1)), 100.0, null, 300.0);
		assertValue(d, "VCE_SAT", "max", 0.25, at("IC", 10e-3, "IB", 1e-3));
		assertColumns(assertValue(d, "VBE_SAT", "max", 0.85, at("IC", 10e-3, "IB", 1e-3)), -0.65, null, -0.85);
		assertValue(d, "COBO", "max", 4.5e-12, at("VCB", 5, "f", 1e6));
		assertValue(d, "FT", "min", 250e6, at("IC", 10e-3, "VCE", 20));
	}

	/**
	 * Merged cells: one condition cell and one unit cell printed once for the three capacitances and the three
	 * gate charges; symbol, parameter and unit merged over the hFE rows of a BJT.
	 */
	@Test
	void conditionAndUnitCellsSpanningRows() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP100N12", "100 V N-channel MOSFET")
				.heading("Dynamic characteristics");
		pdf.table(SYMBOL_FIRST)
				.row("C_{iss}", "Input capacitance", span("V_{DS} = 50 V, V_{GS} = 0 V,\nf = 1 MHz", 3), "—", "3200",
						"—", span("pF", 3))
				.row("C_{oss}", "Output capacitance", null, "—", "410", "—", null)
				.row("C_{rss}", "Reverse transfer capacitance", null, "—", "18", "—", null)
				.row("Q_{g}", "Total gate charge", span("V_{DS} = 50 V, I_{D} = 50 A,\nV_{GS} = 10 V", 3), "—", "52",
						"68", span("nC", 3))
				.row("Q_{gs}", "Gate-source charge", null, "—", "16", "—", null)
				.row("Q_{gd}", "Gate-drain charge", null, "—", "11", "—", null);
		Device fet = onlyDevice(read(dir, "ESP100N12.pdf", pdf));
		assertEquals(DeviceKind.MOSFET_N, fet.kind());
		assertValue(fet, "CISS", "typ", 3200e-12, at("VDS", 50, "f", 1e6));
		assertValue(fet, "COSS", "typ", 410e-12, at("VDS", 50, "f", 1e6));
		assertValue(fet, "CRSS", "typ", 18e-12, at("VDS", 50, "f", 1e6));
		assertColumns(assertValue(fet, "QG", "typ", 52e-9, at("VDS", 50, "ID", 50, "VGS", 10)), null, 52e-9, 68e-9);
		assertValue(fet, "QGS", "typ", 16e-9, at("VDS", 50, "ID", 50));
		assertValue(fet, "QGD", "typ", 11e-9, at("VDS", 50, "ID", 50));

		DatasheetPdf bjt = new DatasheetPdf().title("ESP3904", "NPN general-purpose transistor")
				.heading("Electrical characteristics (T_{A} = 25 °C)");
		bjt.table(SYMBOL_FIRST)
				.row(span("h_{FE}", 4), span("DC current gain", 4), "I_{C} = 0.1 mA, V_{CE} = 1 V", "40", "—", "—",
						span("—", 4))
				.row(null, null, "I_{C} = 1 mA, V_{CE} = 1 V", "70", "—", "—", null)
				.row(null, null, "I_{C} = 10 mA, V_{CE} = 1 V", "100", "—", "300", null)
				.row(null, null, "I_{C} = 100 mA, V_{CE} = 1 V", "30", "—", "—", null)
				.row(span("V_{CE(sat)}", 2), span("Collector-emitter\nsaturation voltage", 2),
						"I_{C} = 10 mA, I_{B} = 1 mA", "—", "—", "0.2", span("V", 2))
				.row(null, null, "I_{C} = 50 mA, I_{B} = 5 mA", "—", "—", "0.3", null);
		Device npn = onlyDevice(read(dir, "ESP3904.pdf", bjt));
		assertEquals(DeviceKind.BJT_NPN, npn.kind());
		assertEquals(4, npn.all("HFE").size(), () -> "four hFE points: " + ExtractionAssertions.describe(npn.all("HFE")));
		assertValue(npn, "HFE", "min", 40, at("IC", 1e-4, "VCE", 1));
		assertValue(npn, "HFE", "min", 70, at("IC", 1e-3, "VCE", 1));
		assertColumns(assertValue(npn, "HFE", "min", 100, at("IC", 10e-3, "VCE", 1)), 100.0, null, 300.0);
		assertValue(npn, "HFE", "min", 30, at("IC", 0.1, "VCE", 1));
		assertValue(npn, "VCE_SAT", "max", 0.2, at("IC", 10e-3, "IB", 1e-3));
		assertValue(npn, "VCE_SAT", "max", 0.3, at("IC", 50e-3, "IB", 5e-3));
	}
}
