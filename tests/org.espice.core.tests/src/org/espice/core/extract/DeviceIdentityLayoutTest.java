package org.espice.core.extract;

import static org.espice.core.extract.ExtractionAssertions.assertValue;
import static org.espice.core.extract.ExtractionAssertions.device;
import static org.espice.core.extract.ExtractionAssertions.parts;
import static org.espice.core.extract.ExtractionAssertions.read;
import static org.espice.samples.DatasheetPdf.wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.fit.ModelBuilder;
import org.espice.core.spice.Dialect;
import org.espice.samples.DatasheetPdf;
import org.espice.samples.DatasheetPdf.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which devices a datasheet specifies, each with its own kind and its order codes: one test per identity rule,
 * each on a generated datasheet whose layout the test's comment describes.
 */
class DeviceIdentityLayoutTest {

	@TempDir
	Path dir;

	private static DatasheetPdf bjtRatings(DatasheetPdf pdf, String... parts) {
		Column[] cols = new Column[parts.length + 3];
		cols[0] = Column.left("Rating", 50, 150);
		cols[1] = Column.left("Symbol", 210, 50);
		for (int i = 0; i < parts.length; i++) {
			cols[2 + i] = Column.center(parts[i], 270 + i * 55, 50);
		}
		cols[cols.length - 1] = Column.center("Unit", 280 + parts.length * 55, 40);
		pdf.heading("Maximum ratings");
		DatasheetPdf.Table t = pdf.table(cols);
		Object[] vceo = new Object[parts.length + 3];
		Object[] ic = new Object[parts.length + 3];
		vceo[0] = "Collector-emitter voltage";
		vceo[1] = "V_{CEO}";
		ic[0] = "Collector current";
		ic[1] = "I_{C}";
		for (int i = 0; i < parts.length; i++) {
			vceo[2 + i] = String.valueOf(40 + 20 * i);
			ic[2 + i] = "1.0";
		}
		vceo[vceo.length - 1] = "V";
		ic[ic.length - 1] = "A";
		t.row(vceo).row(ic);
		return t.end();
	}

	/** A Symbol | Parameter | Value | Unit table under a heading, as rating tables print one value per row. */
	private static DatasheetPdf valueTable(DatasheetPdf pdf, String heading, String[]... rows) {
		pdf.heading(heading);
		DatasheetPdf.Table t = pdf.table(Column.left("Symbol", 50, 50), Column.left("Parameter", 105, 200),
				Column.center("Value", 320, 60), Column.center("Unit", 390, 40));
		for (String[] row : rows) {
			t.row((Object[]) row);
		}
		return t.end();
	}

	private static String[] row(String... cells) {
		return cells;
	}

	private static DatasheetPdf bjtCharacteristics(DatasheetPdf pdf) {
		pdf.heading("Electrical characteristics (T_{A} = 25 °C)");
		return pdf.table(Column.left("Characteristic", 50, 170), Column.left("Symbol", 225, 55),
				Column.center("Min", 300, 40), Column.center("Max", 350, 40), Column.center("Unit", 400, 40))
				.row("DC current gain (I_{C} = 1.0 A, V_{CE} = 4.0 V)", "h_{FE}", "15", "75", "-")
				.row("Collector-emitter saturation voltage (I_{C} = 1.0 A, I_{B} = 125 mA)", "V_{CE(sat)}", "-", "0.7",
						"V")
				.end();
	}

	/**
	 * A complementary pair with its own columns: the title names each part's polarity after it ("ESP29, A (NPN),
	 * ESP30, A (PNP)"), the ratings table has one column per part, the characteristics are printed once. Each part
	 * is a device with its own kind, and the PNP parts carry negative voltages and currents.
	 */
	@Test
	void complementaryPairWithOwnColumnsGetsEachItsPolarity() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP29, A (NPN), ESP30, A (PNP)", "Silicon power transistors")
				.bullets("Collector current 1 A", "TO-220 package");
		bjtCharacteristics(bjtRatings(pdf, "ESP29", "ESP29A", "ESP30", "ESP30A"));
		ExtractionResult r = read(dir, "ESP29.pdf", pdf);
		assertEquals(List.of("ESP29", "ESP30", "ESP29A", "ESP30A"), parts(r), "in the order the sheet first names them");
		assertEquals(DeviceKind.BJT_NPN, device(r, "ESP29").kind());
		assertEquals(DeviceKind.BJT_NPN, device(r, "ESP29A").kind());
		assertEquals(DeviceKind.BJT_PNP, device(r, "ESP30").kind());
		assertEquals(DeviceKind.BJT_PNP, device(r, "ESP30A").kind(), "a grade listed after its type takes its polarity");
		Device pnp = device(r, "ESP30A");
		assertEquals(-100.0, pnp.first("VCEO").max(), "its own column, with the PNP sign");
		assertEquals(-1.0, pnp.first("VCE_SAT").conditions().get("IC"), "the shared test current, with the PNP sign");
		assertEquals(15.0, pnp.first("HFE").min(), "gain has no sign");
		assertEquals(40.0, device(r, "ESP29").first("VCEO").max());
	}

	/**
	 * A complement, a predecessor and a sister part named only in running text ("The complementary PNP type is
	 * ESP32C.", "See ESP200 for characteristics.", "Replaces ESP111.") have no data here: no devices.
	 */
	@Test
	void partsNamedInPassingAreNoDevices() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP31C", "NPN power transistor")
				.paragraph("The ESP31C is a base island technology NPN power transistor in a plastic package.")
				.paragraph("The complementary PNP type is ESP32C.").paragraph("Replaces ESP111.")
				.paragraph("Sourced from process 68. See ESP200 for characteristics.");
		bjtCharacteristics(bjtRatings(pdf, "ESP31C"));
		ExtractionResult r = read(dir, "ESP31C.pdf", pdf);
		assertEquals(List.of("ESP31C"), parts(r));
		assertEquals(DeviceKind.BJT_NPN, r.devices().get(0).kind());
	}

	/**
	 * A range in the title ("ESP5400 - ESP5408") with the values printed once for the family, and an ordering
	 * table that lists the parts made (5400, 5401, 5402, 5404, 5406, 5408) with their packing codes: the devices
	 * are the listed parts, never the numbers between them that the sheet does not list; the packing codes are
	 * aliases.
	 */
	@Test
	void rangeNamesOnlyThePartsTheOrderingTableLists() {
		String[] made = { "ESP5400", "ESP5401", "ESP5402", "ESP5404", "ESP5406", "ESP5408" };
		DatasheetPdf pdf = new DatasheetPdf().title("ESP5400 - ESP5408", "3.0 A rectifiers");
		valueTable(pdf, "Maximum ratings and electrical characteristics",
				row("I_{F(AV)}", "Average rectified forward current", "3.0", "A"),
				row("I_{FSM}", "Non-repetitive peak surge current", "200", "A"),
				row("V_{F}", "Forward voltage, I_{F} = 3.0 A", "1.0", "V"));
		pdf.pageBreak().heading("Ordering information");
		DatasheetPdf.Table order = pdf.table(Column.left("Device", 50, 120), Column.left("Package", 180, 90),
				Column.left("Shipping", 280, 150));
		for (String p : made) {
			order.row(p + "-T3", "DO-201AD", "1200 / Tape & Reel").row(p, "DO-201AD", "500 Units / Box");
		}
		ExtractionResult r = read(dir, "ESP5400.pdf", pdf);
		assertEquals(List.of(made), parts(r));
		assertEquals(List.of("ESP5404-T3"), device(r, "ESP5404").aliases());
		assertValue(device(r, "ESP5406"), "IFSM", "max", 200);
	}

	/**
	 * Page furniture that looks like type numbers: a UL flammability rating, a case name, a board material, a
	 * document number, a marking-code legend and tick labels written with exponents. One device, the part.
	 */
	@Test
	void ratingsPackagesDocumentsAndMarkingsAreNoDevices() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP2905", "N-channel power MOSFET")
				.bullets("Case: TO-220AB, molded plastic", "Epoxy meets UL 94V-0 flammability rating",
						"Mounted on 1 inch square G-10 board")
				.paragraph("B29H = Device Code").paragraph("B29HG").paragraph("1E-006 1E-005 1E-004")
				.footer("Data Sheet N4711, Rev. 2 - page {page}");
		valueTable(pdf, "Absolute maximum ratings", row("V_{DSS}", "Drain-source voltage", "55", "V"),
				row("I_{D}", "Continuous drain current", "42", "A"),
				row("R_{DS(on)}", "Static drain-source on-resistance, V_{GS} = 10 V, I_{D} = 25 A", "0.027", "Ω"));
		ExtractionResult r = read(dir, "ESP2905_vendor.pdf", pdf);
		assertEquals(List.of("ESP2905"), parts(r));
	}

	/**
	 * An ordering table with lead-free, reel and automotive order codes of two parts (ESP3904L, SESP3904L): the
	 * codes are aliases of their part, listed in the JSON and in the model file's header, not devices of their own;
	 * a gain group with a hyphen (ESP3904L-25, own row) stays a device. The ordering table right under the
	 * characteristics is no continuation of their last row.
	 */
	@Test
	void orderCodesBecomeAliasesOfTheirPart() throws ProcessingException {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP3904L, SESP3904L", "General purpose NPN transistors");
		bjtCharacteristics(bjtRatings(pdf, "ESP3904L", "SESP3904L", "ESP3904L-25"));
		pdf.heading("Ordering information");
		pdf.table(Column.left("Device", 50, 120), Column.left("Package", 180, 90), Column.left("Shipping", 280, 150))
				.row("ESP3904LT1G", "SOT-23 (Pb-Free)", "3000 / Tape & Reel")
				.row("SESP3904LT1G", "SOT-23 (Pb-Free)", "3000 / Tape & Reel")
				.row("ESP3904LT3G", "SOT-23 (Pb-Free)", "10000 / Tape & Reel");
		ExtractionResult r = read(dir, "ESP3904L.pdf", pdf);
		assertEquals(List.of("ESP3904L", "SESP3904L", "ESP3904L-25"), parts(r));
		assertEquals(List.of("ESP3904LT1G", "ESP3904LT3G"), device(r, "ESP3904L").aliases());
		assertEquals(List.of("SESP3904LT1G"), device(r, "SESP3904L").aliases());
		String json = ExtractionJson.write(r);
		assertTrue(json.contains("\"aliases\" : [ \"ESP3904LT1G\", \"ESP3904LT3G\" ]"), json);
		String card = new ModelBuilder().fit(device(r, "ESP3904L"), r, TaskMonitor.NONE).render(Dialect.NGSPICE);
		assertTrue(card.contains("* Order codes: ESP3904LT1G, ESP3904LT3G"), card);
	}

	/** A family name that only heads its grades (ESP36 over the ESP36A, B and C columns) is not a device. */
	@Test
	void familyNameOverItsGradesIsNoDevice() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP36 series", "Controlled avalanche rectifiers");
		pdf.heading("Limiting values");
		pdf.table(Column.left("Symbol", 50, 50), Column.left("Parameter", 105, 150), Column.center("ESP36A", 270, 50),
				Column.center("ESP36B", 325, 50), Column.center("ESP36C", 380, 50), Column.center("Unit", 440, 40))
				.row("V_{RRM}", "Repetitive peak reverse voltage", "200", "400", "600", "V")
				.row("I_{F(AV)}", "Average forward current", wide("2.9", 3), null, null, "A")
				.row("V_{F}", "Forward voltage, I_{F} = 3 A", wide("1.3", 3), null, null, "V");
		ExtractionResult r = read(dir, "ESP36A.pdf", pdf);
		assertEquals(List.of("ESP36A", "ESP36B", "ESP36C"), parts(r));
		assertEquals(DeviceKind.RECTIFIER, device(r, "ESP36B").kind());
	}

	/**
	 * A diode the title calls only a "damper diode", rated for power (several amperes, surge 30 A): a rectifier,
	 * like any diode rated so.
	 */
	@Test
	void diodeRatedForPowerIsARectifier() {
		DatasheetPdf pdf = valueTable(new DatasheetPdf().title("ESP448", "Damper diode"), "Limiting values",
				row("V_{RRM}", "Repetitive peak reverse voltage", "1650", "V"),
				row("I_{FSM}", "Non-repetitive peak forward current", "30", "A"),
				row("V_{F}", "Forward voltage, I_{F} = 5 A", "1.5", "V"));
		assertEquals(DeviceKind.RECTIFIER, device(read(dir, "ESP448.pdf", pdf), "ESP448").kind());
	}

	/**
	 * A sheet whose title block is an image and whose text names no part: it fails with a reason, and the file's
	 * name never becomes a part number.
	 */
	@Test
	void noPartNumberIsAClearFailureNotTheFileName() {
		DatasheetPdf pdf = new DatasheetPdf().heading("Silicon epitaxial planar transistor")
				.paragraph("Silicon NPN high frequency power transistors in a plastic envelope.");
		bjtCharacteristics(pdf);
		ExtractionResult r = read(dir, "ESP1050_vendor.pdf", pdf);
		assertFalse(r.ok(), () -> "devices " + r.devices());
		assertEquals(FailureCategory.EXTRACTION_INCOMPLETE, r.failure().category());
		assertTrue(r.failure().message().contains("no part number"), r.failure().message());
	}

	/**
	 * Polarity words that lead their parts on one title line ("NPN: ESP135  PNP: ESP136"): each part takes the
	 * word before it.
	 */
	@Test
	void polarityWordsBeforeTheirParts() {
		DatasheetPdf pdf = new DatasheetPdf().title("NPN: ESP135   PNP: ESP136", "Medium power transistors");
		bjtCharacteristics(bjtRatings(pdf, "ESP135", "ESP136"));
		ExtractionResult r = read(dir, "ESP135.pdf", pdf);
		assertEquals(DeviceKind.BJT_NPN, device(r, "ESP135").kind());
		assertEquals(DeviceKind.BJT_PNP, device(r, "ESP136").kind());
	}

	/**
	 * A MOSFET pair whose title names no channel per part: the part whose own column prints negative ratings
	 * (VDSS -100 V, ID -19 A) is the P-channel one.
	 */
	@Test
	void negativeOwnRatingsMakeAPChannelPart() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP9540N, ESP9540P", "N-channel power MOSFET and its pair");
		pdf.heading("Absolute maximum ratings");
		pdf.table(Column.left("Parameter", 50, 150), Column.left("Symbol", 205, 50), Column.center("ESP9540N", 265, 60),
				Column.center("ESP9540P", 330, 60), Column.center("Unit", 400, 40))
				.row("Drain-source voltage", "V_{DSS}", "100", "-100", "V")
				.row("Continuous drain current", "I_{D}", "19", "-19", "A")
				.row("Static drain-source on-resistance", "R_{DS(on)}", "0.077", "0.20", "Ω");
		ExtractionResult r = read(dir, "ESP9540.pdf", pdf);
		assertEquals(DeviceKind.MOSFET_N, device(r, "ESP9540N").kind());
		assertEquals(DeviceKind.MOSFET_P, device(r, "ESP9540P").kind());
	}

	/**
	 * A title placed on the page as a free-text annotation (an edited sheet): viewers show it as page text, and
	 * its part number is found there.
	 */
	@Test
	void titleInAFreeTextAnnotationNamesThePart() throws IOException {
		DatasheetPdf pdf = new DatasheetPdf().heading("Silicon epitaxial planar transistor")
				.paragraph("Silicon NPN high frequency power transistors in a plastic envelope.");
		bjtCharacteristics(pdf);
		Path file = dir.resolve("scan_0042.pdf");
		pdf.save(file);
		try (PDDocument doc = Loader.loadPDF(file.toFile())) {
			PDAnnotationFreeText title = new PDAnnotationFreeText();
			title.setRectangle(new PDRectangle(50, 790, 150, 24));
			title.setContents("ESP1050");
			title.setDefaultAppearance("/Helv 18 Tf 0 g");
			title.constructAppearances(doc);
			doc.getPage(0).getAnnotations().add(title);
			doc.save(file.toFile());
		}
		ExtractionResult r = new DatasheetReader().read(file, TaskMonitor.NONE);
		assertEquals(List.of("ESP1050"), parts(r));
	}

	/**
	 * A short type number with one digit ("ES1J", as small rectifiers are named) that only the title block prints
	 * large: it is the part, though a code of that shape in body text would not be.
	 */
	@Test
	void shortTypeNumberInTheTitleBlock() {
		DatasheetPdf pdf = valueTable(new DatasheetPdf().title("ES1J", "1.0 A surface mount fast rectifier"),
				"Maximum ratings", row("V_{RRM}", "Peak repetitive reverse voltage", "600", "V"),
				row("I_{F(AV)}", "Average forward current", "1.0", "A"));
		assertEquals(List.of("ES1J"), parts(read(dir, "fast_rectifier.pdf", pdf)));
	}

	/**
	 * A complementary pair table whose part columns are headed by their polarity ("NPN" over ESP135, "PNP" over
	 * ESP136), the title naming neither: each part takes the polarity over its column.
	 */
	@Test
	void polarityHeadingOverEachPartColumn() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP135, ESP136", "Complementary medium power transistors");
		pdf.heading("Maximum ratings");
		pdf.table(Column.left("", 50, 150), Column.left("", 210, 50), Column.center("NPN", 270, 50),
				Column.center("PNP", 325, 50), Column.center("", 380, 40))
				.row("Rating", "Symbol", "ESP135", "ESP136", "Unit")
				.row("Collector-emitter voltage", "V_{CEO}", "45", "45", "V")
				.row("Collector current", "I_{C}", "1.5", "1.5", "A");
		bjtCharacteristics(pdf);
		ExtractionResult r = read(dir, "ESP135.pdf", pdf);
		assertEquals(DeviceKind.BJT_NPN, device(r, "ESP135").kind());
		assertEquals(DeviceKind.BJT_PNP, device(r, "ESP136").kind());
		assertEquals(-45.0, device(r, "ESP136").first("VCEO").max(), "the PNP part's rating takes its sign");
	}

	/** A marking legend that marks the part with its own type number ("ESP7002 = Device Code") keeps the part. */
	@Test
	void markingLegendOfTheTypeNumberItself() {
		DatasheetPdf pdf = valueTable(new DatasheetPdf().title("ESP7002", "N-channel small signal MOSFET")
				.paragraph("ESP7002 = Device Code").paragraph("M = Date Code"), "Maximum ratings",
				row("V_{DSS}", "Drain-source voltage", "60", "V"), row("I_{D}", "Drain current", "0.115", "A"));
		assertEquals(List.of("ESP7002"), parts(read(dir, "ESP7002.pdf", pdf)));
	}

	/**
	 * A range in the title ("7A05 thru 7A10") and one row per part under stacked headings, the rows labelled with
	 * the series' short names (7A1, 7A4): the rows are the parts, with their own ratings; the numbers the range
	 * spans without a row (7A06 ... 7A09) are none.
	 */
	@Test
	void shortRowLabelsOfARangeAreItsParts() {
		DatasheetPdf pdf = new DatasheetPdf().title("7A05 thru 7A10", "7 A rectifier, 50 - 1000 V")
				.heading("Maximum ratings");
		pdf.table(Column.left("", 50, 70), Column.center("", 120, 60), Column.center("", 180, 60),
				Column.center("", 240, 60)).header(false)
				.row("Catalog", "Maximum", "Maximum", "Maximum").row("Number", "Recurrent", "RMS", "DC")
				.row("", "Peak", "Voltage", "Blocking").row("", "Reverse", "", "Voltage").row("", "Voltage", "", "")
				.row("7A05", "50V", "35V", "50V").row("7A1", "100V", "70V", "100V").row("7A4", "400V", "280V", "400V")
				.row("7A10", "1000V", "700V", "1000V");
		ExtractionResult r = read(dir, "7A05.pdf", pdf);
		assertEquals(List.of("7A05", "7A10", "7A1", "7A4"), parts(r));
		assertValue(device(r, "7A4"), "VRRM", "max", 400);
	}
}
