package org.espice.core.extract;

import static org.espice.core.extract.ExtractionAssertions.assertValue;
import static org.espice.core.extract.ExtractionAssertions.at;
import static org.espice.core.extract.ExtractionAssertions.device;
import static org.espice.core.extract.ExtractionAssertions.read;
import static org.espice.samples.DatasheetPdf.wide;
import static org.espice.tests.common.PageText.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.core.TaskMonitor;
import org.espice.samples.DatasheetPdf;
import org.espice.samples.DatasheetPdf.Column;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Family tables whose header names symbols, often with their test point ("V_Z @ I_ZT"), and whose rows are parts
 * (Zener and small-signal diode families).
 * The header is drawn as table rows so that one heading can span several value columns, as vendors print it.
 */
class SymbolHeaderLayoutTest {

	@TempDir
	Path dir;

	/** Columns between the given edges: the part column left-aligned, the value columns centred. */
	static Column[] columns(float... edges) {
		Column[] cols = new Column[edges.length - 1];
		cols[0] = Column.left("", edges[0], edges[1] - edges[0]);
		for (int i = 1; i < cols.length; i++) {
			cols[i] = Column.center("", edges[i], edges[i + 1] - edges[i]);
		}
		return cols;
	}

	/**
	 * {@code Device | VZ (V) @ IZ | ZZ (Ω) @ IZ (mA) | ZZK (Ω) @ IZK (mA) | IR (µA) @ VR (V)}: each "X (unit) @ Y
	 * (unit)" heading spans two value columns, X's and Y's; VZ spans Min / Typ / Max and is tested at the IZ of the
	 * ZZ column next to it.
	 */
	@Test
	void headingWithTestPointSpansTheValueAndItsConditionColumn() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESPZ5221 - ESPZ5263", "500 mW Zener diodes")
				.heading("Electrical characteristics (T_{A} = 25 °C unless otherwise noted)");
		pdf.table(columns(50, 110, 150, 190, 230, 270, 310, 350, 390, 430, 470)).header(false)
				.row("Device", wide("V_{Z} (V) @ I_{Z}", 3), null, null, wide("Z_{Z} (Ω) @ I_{Z} (mA)", 2), null,
						wide("Z_{ZK} (Ω) @ I_{ZK} (mA)", 2), null, wide("I_{R} (µA) @ V_{R} (V)", 2), null)
				.row("", "Min.", "Typ.", "Max.", "", "", "", "", "", "")
				.row("ESPZ5225", "2.85", "3.0", "3.15", "29", "20", "1,600", "0.25", "50", "1.0")
				.row("ESPZ5226", "3.135", "3.3", "3.465", "28", "20", "1,600", "0.25", "25", "1.0")
				.row("ESPZ5227", "3.42", "3.6", "3.78", "24", "20", "1,700", "0.25", "15", "1.0");

		ExtractionResult r = read(dir, "ESPZ5221.pdf", pdf);
		Device d = device(r, "ESPZ5226");
		assertEquals(DeviceKind.ZENER, d.kind());
		ExtractionAssertions.assertColumns(assertValue(d, "VZ", "typ", 3.3, at("IZ", 0.02)), 3.135, 3.3, 3.465);
		assertValue(d, "ZZ", "max", 28, at("IZ", 0.02));
		assertValue(d, "ZZ", "max", 1600, at("IZ", 0.25e-3));
		assertValue(d, "IR", "max", 25e-6, at("VR", 1.0));
		assertValue(device(r, "ESPZ5227"), "ZZ", "max", 1700, at("IZ", 0.25e-3));
	}

	/**
	 * {@code Type | VZ @ IZT | IZT | ZZT @ IZT | ZZK @ IZK | IZK | IR | VR | IR @ Tamb = 25 °C}: the test currents
	 * have columns of their own, so each "X @ Y" heading is one column centred over its values. The last column is
	 * a surge current headed "Surge current" but printed with the symbol IR: it is not the leakage.
	 */
	@Test
	void headingWithTestPointOverOneColumnAndASurgeColumnNamedIr() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESPZ4728 - ESPZ4764", "1 W silicon power Zener diodes")
				.heading("Electrical characteristics (T_{amb} = 25 °C)");
		pdf.table(columns(50, 110, 160, 200, 250, 300, 340, 380, 420, 480)).header(false)
				.row("", "Nominal", "Test", "Dynamic", "impedance", "", "Leakage", "Test", "Surge")
				.row("Part", "V_{Z} @ I_{ZT}", "I_{ZT}", "Z_{ZT} @ I_{ZT}", "Z_{ZK} @ I_{ZK}", "I_{ZK}", "I_{R}",
						"V_{R}", "I_{R} @ T_{amb} = 25 °C")
				.row("", "V", "mA", "Ω", "Ω", "mA", "µA", "V", "mA")
				.row("ESPZ4728", "3.3", "76", "10", "400", "1", "100", "1", "1380")
				.row("ESPZ4729", "3.6", "69", "10", "400", "1", "100", "1", "1260")
				.row("ESPZ4734", "5.6", "45", "5", "600", "1", "10", "2", "810")
				.row("ESPZ4737", "7.5", "34", "0", "700", "0.5", "10", "5", "605");

		ExtractionResult r = read(dir, "ESPZ4728.pdf", pdf);
		// a zero impedance is a figure lost in print ("0" where the family prints 4): not read
		assertEquals(1, device(r, "ESPZ4737").all("ZZ").size(),
				() -> ExtractionAssertions.describe(device(r, "ESPZ4737").all("ZZ")));
		Device d = device(r, "ESPZ4734");
		assertValue(d, "VZ", "typ", 5.6, at("IZ", 0.045));
		assertValue(d, "ZZ", "max", 5, at("IZ", 0.045));
		assertValue(d, "ZZ", "max", 600, at("IZ", 1e-3));
		Parameter ir = assertValue(d, "IR", "max", 10e-6, at("VR", 2));
		assertEquals(null, ir.conditions().get("IZ"), "a leakage is tested at VR, not at a Zener current");
		assertEquals(1, d.all("IR").size(), () -> "the surge column is no leakage: "
				+ ExtractionAssertions.describe(d.all("IR")));
	}

	/**
	 * A test point printed in the heading ({@code ZZK @ IZK = 1 mA}), a leakage heading {@code IR @ VR} over two
	 * columns without units, and a regulation column {@code ∆VZ} that must not be read as the Zener voltage.
	 */
	@Test
	void testPointInTheHeadingAndADeltaColumn() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESPZ5333 - ESPZ5388", "5 W Zener diodes")
				.heading("Electrical characteristics (T_{A} = 25 °C unless otherwise noted)");
		pdf.table(columns(50, 110, 160, 210, 260, 345, 375, 405, 455)).header(false)
				.row("Type", "V_{Z} @ I_{ZT}", "I_{ZT}", "Z_{ZT} @ I_{ZT}", "Z_{ZK} @ I_{ZK} = 1 mA",
						wide("I_{R} @ V_{R}", 2), null, "∆V_{Z}")
				.row("", "Volts", "mA", "Ohms", "Ohms", "µA", "Volts", "Volts")
				.row("ESPZ5333", "3.3", "380", "3", "400", "300", "1", "0.85")
				.row("ESPZ5334", "3.6", "350", "2.5", "500", "150", "1", "0.8")
				.row("ESPZ5342", "6.8", "175", "1", "200", "10", "5.2", "0.15");

		ExtractionResult r = read(dir, "ESPZ5333.pdf", pdf);
		Device d = device(r, "ESPZ5342");
		assertEquals(1, d.all("VZ").size(), () -> "∆VZ is no Zener voltage: " + ExtractionAssertions.describe(d.all("VZ")));
		assertValue(d, "VZ", "typ", 6.8, at("IZ", 0.175));
		assertValue(d, "ZZ", "max", 1, at("IZ", 0.175));
		assertValue(d, "ZZ", "max", 200, at("IZ", 1e-3));
		assertValue(d, "IR", "max", 10e-6, at("VR", 5.2));
		assertTrue(d.all("ZZ").stream().allMatch(p -> p.conditions().containsKey("IZ")));
	}

	/**
	 * A small-signal diode family printed as two symbol-header tables. Ratings: {@code Type | VRM | VR | IO | IF |
	 * IFSM} (no VF column, so IF is the forward current rating, and VR after VRM is the DC rating, not VRRM). The
	 * characteristics print their test points under the symbol ({@code trr (ns)} over "VR=6V" and "IF=10mA"). A
	 * note that mentions symbols and a conventional table follow.
	 */
	@Test
	void diodeFamilyRatingsAndTestPointsUnderTheSymbol() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESPD4148 / ESPD4150", "Small-signal switching diodes")
				.heading("Absolute maximum ratings (T_{a} = 25 °C)");
		pdf.table(columns(50, 110, 160, 210, 260, 310, 360, 410)).header(false)
				.row("Type", "V_{RM}", "V_{R}", "I_{O}", "I_{F}", "I_{FSM}", "T_{j}")
				.row("", "(V)", "(V)", "(mA)", "(mA)", "(A)", "(°C)")
				.row("ESPD4148", "100", "75", "150", "200", "2", "200")
				.row("ESPD4150", "50", "50", "200", "250", "4", "200");
		pdf.heading("Electrical characteristics (T_{a} = 25 °C)");
		pdf.table(columns(50, 110, 170, 230, 290, 350)).header(false)
				.row("Type", "V_{F} (V)", "I_{R} (µA)", "V_{R} (V)", "t_{rr} (ns)")
				.row("", "IF=10mA", "", "", "VR=6V")
				.row("", "", "", "", "IF=10mA")
				.row("ESPD4148", "1.0", "5.0", "75", "4")
				.row("ESPD4150", "1.0", "0.1", "50", "6");
		pdf.paragraph("The forward voltage VF and the leakage IR are measured with short pulses; trr is measured in "
				+ "the test circuit of figure 3 with the values given above.");
		pdf.table(Column.left("Parameter", 50, 120), Column.left("Symbol", 170, 40), Column.left("Conditions", 210, 120),
				Column.center("Max", 330, 40), Column.center("Unit", 370, 40))
				.row("Junction capacitance", "C_{T}", "V_{R} = 0 V, f = 1 MHz", "4", "pF");

		ExtractionResult r = read(dir, "ESPD4148.pdf", pdf);
		Device d = device(r, "ESPD4148");
		assertEquals(1, d.all("VRRM").size(), () -> "only the peak rating: " + ExtractionAssertions.describe(d.all("VRRM")));
		assertValue(d, "VRRM", "max", 100);
		assertValue(d, "IF_AV", "max", 0.15);
		assertValue(d, "IFSM", "max", 2);
		assertTrue(d.all("IF_AV").stream().noneMatch(p -> p.conditions().containsKey("IF")),
				() -> "IF is a rating here, not a test current: " + ExtractionAssertions.describe(d.all("IF_AV")));
		assertValue(d, "VF", "typ", 1.0, at("IF", 0.01));
		assertValue(d, "IR", "max", 5e-6, at("VR", 75));
		Parameter trr = assertValue(d, "TRR", "typ", 4e-9, at("VR", 6, "IF", 0.01));
		assertEquals(6.0, trr.conditions().get("VR"), "the test point under trr, not the VR column");
		assertValue(d, "CT", "max", 4e-12, at("VR", 0, "f", 1e6));
		assertValue(device(r, "ESPD4150"), "TRR", "typ", 6e-9, at("VR", 6));
	}

	/**
	 * Subscripts set in the full font size: the header prints "I" and "V" with an "R" of the same size 3.7 pt lower
	 * ({@code I_R @ V_R}), so the subscripts form a line of their own. They belong to their symbols. Drawn directly
	 * with PDFBox, since the sample builder always prints subscripts smaller.
	 *
	 * <pre>
	 * Type      VZ @ IZT   IZT    ZZT @ IZT    I  @  V        (R lowered under I and V)
	 * ESPZ5333    3.3      380       3        300     1
	 * ESPZ5342    6.8      175       1         10   5.2
	 * </pre>
	 */
	@Test
	void subscriptsInTheFullFontSizeJoinTheirSymbol() throws IOException {
		Path file = dir.resolve("ESPZ5333.pdf");
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				text(cs, bold, 16, 50, 740, "ESPZ5333 - ESPZ5388");
				text(cs, regular, 10, 50, 722, "5 W silicon Zener diodes");
				text(cs, bold, 10, 50, 690, "Electrical characteristics");
				float head = 670;
				text(cs, regular, 8, 60, head, "Type");
				text(cs, regular, 8, 115, head, "VZ @ IZT");
				text(cs, regular, 8, 172, head, "IZT");
				text(cs, regular, 8, 210, head, "ZZT @ IZT");
				text(cs, regular, 8, 290, head, "I");
				text(cs, regular, 8, 293.1f, head - 3.7f, "R");
				text(cs, regular, 8, 309, head, "@");
				text(cs, regular, 8, 326, head, "V");
				text(cs, regular, 8, 331.3f, head - 3.7f, "R");
				float units = 655;
				text(cs, regular, 8, 122, units, "V");
				text(cs, regular, 8, 172, units, "mA");
				text(cs, regular, 8, 225, units, "Ohms");
				text(cs, regular, 8, 288, units, "µA");
				text(cs, regular, 8, 330, units, "V");
				String[][] rows = { { "ESPZ5333", "3.3", "380", "3", "300", "1" },
						{ "ESPZ5342", "6.8", "175", "1", "10", "5.2" } };
				float[] x = { 55, 122, 172, 228, 290, 329 };
				float y = 638;
				for (String[] row : rows) {
					for (int i = 0; i < row.length; i++) {
						text(cs, regular, 8, x[i], y, row[i]);
					}
					y -= 12;
				}
			}
			doc.save(file.toFile());
		}

		ExtractionResult r = new DatasheetReader().read(file, TaskMonitor.NONE);
		Device d = device(r, "ESPZ5342");
		assertValue(d, "VZ", "typ", 6.8, at("IZ", 0.175));
		assertValue(d, "ZZ", "max", 1, at("IZ", 0.175));
		assertValue(d, "IR", "max", 10e-6, at("VR", 5.2));
	}
}
