package org.espice.core.extract;

import static org.espice.core.extract.ExtractionAssertions.assertColumns;
import static org.espice.core.extract.ExtractionAssertions.assertValue;
import static org.espice.core.extract.ExtractionAssertions.at;
import static org.espice.core.extract.ExtractionAssertions.device;
import static org.espice.core.extract.ExtractionAssertions.onlyDevice;
import static org.espice.core.extract.ExtractionAssertions.parts;
import static org.espice.core.extract.ExtractionAssertions.read;
import static org.espice.samples.DatasheetPdf.wide;
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

/** Family datasheets with one column per part, and rating tables with a single value column. */
class FamilyAndRatingLayoutTest {

	@TempDir
	Path dir;

	static final String[] FAMILY = { "ESP4001", "ESP4002", "ESP4003", "ESP4004", "ESP4005", "ESP4006", "ESP4007" };

	/**
	 * Symbol | Parameter | ESP4001 ... ESP4007 | Unit. VRRM differs per part; the average current, surge current,
	 * forward voltage and leakage are printed once, centred across all seven part columns.
	 */
	@Test
	void familyColumnsGiveEveryPartItsOwnValues() {
		Column[] cols = new Column[FAMILY.length + 3];
		cols[0] = Column.left("Symbol", 40, 45);
		cols[1] = Column.left("Parameter", 85, 150);
		for (int i = 0; i < FAMILY.length; i++) {
			cols[2 + i] = Column.center(FAMILY[i], 235 + i * 40, 40);
		}
		cols[cols.length - 1] = Column.center("Unit", 515, 30);
		DatasheetPdf pdf = new DatasheetPdf().title("ESP4001 - ESP4007", "1.0 A general-purpose rectifiers")
				.bullets("Diffused junction", "Low forward voltage drop", "High surge current capability")
				.heading("Maximum ratings and electrical characteristics (T_{A} = 25 °C)");
		pdf.table(cols)
				.row("V_{RRM}", "Peak repetitive reverse voltage", "50", "100", "200", "400", "600", "800", "1000", "V")
				.row("V_{RMS}", "RMS reverse voltage", "35", "70", "140", "280", "420", "560", "700", "V")
				.row("I_{F(AV)}", "Average rectified forward current", wide("1.0", 7), null, null, null, null, null,
						null, "A")
				.row("I_{FSM}", "Non-repetitive peak surge current", wide("30", 7), null, null, null, null, null, null,
						"A")
				.row("V_{F}", "Forward voltage, I_{F} = 1.0 A", wide("1.1", 7), null, null, null, null, null, null, "V")
				.row("I_{R}", "Reverse current at rated V_{R}", wide("5.0", 7), null, null, null, null, null, null,
						"µA");

		ExtractionResult r = read(dir, "ESP4001.pdf", pdf);
		ExtractionAssertions.assertOk(r);
		assertEquals(java.util.List.of(FAMILY), parts(r).stream().map(ExtractionAssertions::normPart).toList(),
				"one device per part column, in column order");
		int[] vrrm = { 50, 100, 200, 400, 600, 800, 1000 };
		for (int i = 0; i < FAMILY.length; i++) {
			Device d = device(r, FAMILY[i]);
			assertEquals(DeviceKind.RECTIFIER, d.kind(), FAMILY[i]);
			assertEquals(1, d.all("VRRM").size(), () -> d.part() + " has only its own VRRM");
			assertValue(d, "VRRM", "max", vrrm[i]);
			assertValue(d, "IF_AV", "max", 1.0);
			assertValue(d, "IFSM", "max", 30);
			assertValue(d, "VF", "max", 1.1, at("IF", 1.0));
			assertValue(d, "IR", "max", 5e-6);
		}
	}

	/**
	 * Complementary pairs share their ratings: each part column is headed by an NPN part over its PNP complement
	 * ("ESP29" over "ESP30"). A value under the pair is each part's; the PNP part's voltages are negative.
	 */
	@Test
	void partsStackedOverOneColumnShareItsValues() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP29, ESP29A, ESP30, ESP30A", "Complementary power transistors")
				.heading("Maximum ratings");
		pdf.table(Column.left("Rating", 50, 130), Column.left("Symbol", 180, 50), Column.center("ESP29\nESP30", 230, 50),
				Column.center("ESP29A\nESP30A", 280, 50), Column.center("Unit", 330, 40))
				.row("Collector-Emitter Voltage", "V_{CEO}", "40", "60", "Vdc")
				.row("Collector-Base Voltage", "V_{CBO}", "40", "60", "Vdc");

		ExtractionResult r = read(dir, "ESP29.pdf", pdf);
		assertValue(device(r, "ESP29"), "VCEO", "max", 40);
		assertValue(device(r, "ESP30"), "VCEO", "max", -40);
		assertValue(device(r, "ESP29A"), "VCBO", "max", 60);
		assertValue(device(r, "ESP30A"), "VCBO", "max", -60);
	}

	/**
	 * Zener family with one row per part: Type | VZ Min | VZ Nom | VZ Max | IZT | ZZT Max | IR Max | VR, the units in
	 * a second header line; power and forward voltage printed once for the family above.
	 */
	@Test
	void familyRowsGiveEveryPartItsOwnValues() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESPZ4V7 - ESPZ6V8", "500 mW silicon Zener diodes")
				.heading("Absolute maximum ratings (T_{A} = 25 °C)");
		pdf.table(ColumnLayoutTest.RATINGS)
				.row("P_{tot}", "Power dissipation", "500", "mW")
				.row("V_{F}", "Forward voltage at I_{F} = 200 mA", "1.1", "V");
		pdf.heading("Electrical characteristics (T_{A} = 25 °C)");
		pdf.table(Column.left("Type", 50, 70), Column.center("V_{Z} Min\n(V)", 120, 45),
				Column.center("V_{Z} Nom\n(V)", 165, 45), Column.center("V_{Z} Max\n(V)", 210, 45),
				Column.center("I_{ZT}\n(mA)", 255, 40), Column.center("Z_{ZT} Max\n(Ω)", 295, 50),
				Column.center("I_{R} Max\n(µA)", 345, 50), Column.center("V_{R}\n(V)", 395, 40))
				.row("ESPZ4V7", "4.46", "4.7", "4.94", "5", "18", "3", "2")
				.row("ESPZ5V6", "5.32", "5.6", "5.88", "5", "9.7", "1", "2")
				.row("ESPZ6V8", "6.46", "6.8", "7.14", "5", "6.1", "2", "4");

		ExtractionResult r = read(dir, "ESPZ4V7.pdf", pdf);
		ExtractionAssertions.assertOk(r);
		assertEquals(java.util.Set.of("ESPZ4V7", "ESPZ5V6", "ESPZ6V8"),
				parts(r).stream().map(ExtractionAssertions::normPart).collect(java.util.stream.Collectors.toSet()),
				"one device per part row");
		assertEquals(3, r.devices().size(), () -> "parts: " + parts(r));
		Device d = device(r, "ESPZ5V6");
		assertEquals(DeviceKind.ZENER, d.kind());
		assertEquals(1, d.all("VZ").size(), () -> "only its own VZ: " + ExtractionAssertions.describe(d.all("VZ")));
		ExtractionAssertions.assertColumns(assertValue(d, "VZ", "typ", 5.6, at("IZ", 5e-3)), 5.32, 5.6, 5.88);
		assertValue(d, "ZZ", "max", 9.7, at("IZ", 5e-3));
		assertValue(d, "IR", "max", 1e-6, at("VR", 2));
		assertValue(d, "PD", "max", 0.5);
		assertValue(device(r, "ESPZ6V8"), "VZ", "typ", 6.8);
		assertValue(device(r, "ESPZ6V8"), "IR", "max", 2e-6, at("VR", 4));
		assertValue(device(r, "ESPZ4V7"), "VF", "max", 1.1, at("IF", 0.2));
	}

	/** Symbol | Parameter | Test conditions | part code | Min | Max | Units: a JFET family's table. */
	private static final Column[] JFET_FAMILY = { Column.left("Symbol", 40, 45), Column.left("Parameter", 85, 120),
			Column.left("Test conditions", 205, 165), Column.center("", 370, 30), Column.center("Min", 400, 35),
			Column.center("Max", 435, 35), Column.center("Units", 470, 35) };

	/**
	 * A JFET family whose parts have a row each under one symbol, their codes in a column of their own; the IDSS
	 * description wraps onto the second part's line ("Zero-Gate Voltage Drain / Current*"): that line is still the
	 * IDSS row of the second part, not a row of its own.
	 */
	@Test
	void aWrappedDescriptionBesideTheNextPartsValuesContinuesTheSymbolRow() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESPJ111 / ESPJ112 / ESPJ113", "N-channel JFET switches")
				.heading("Electrical characteristics (T_{A} = 25 °C unless otherwise noted)");
		pdf.table(JFET_FAMILY)
				.row("V_{GS(off)}", "Gate-Source Cutoff\nVoltage", "V_{DS} = 5.0 V, I_{D} = 1.0 µA", "111\n112\n113",
						"-3.0\n-1.0\n-0.5", "-10\n-5.0\n-3.0", "V\nV\nV")
				.row("I_{DSS}", "Zero-Gate Voltage Drain\nCurrent*", "V_{DS} = 15 V, I_{GS} = 0", "111\n112\n113",
						"20\n5.0\n2.0", null, "mA\nmA\nmA")
				.row("r_{DS(on)}", "Drain-Source On Resistance", "V_{DS} = 0.1 V, V_{GS} = 0", "111\n112\n113", null,
						"30\n50\n100", "Ω\nΩ\nΩ");

		ExtractionResult r = read(dir, "ESPJ111.pdf", pdf);
		assertValue(device(r, "ESPJ111"), "IDSS", "min", 20e-3, at("VDS", 15));
		assertValue(device(r, "ESPJ112"), "IDSS", "min", 5e-3, at("VDS", 15));
		assertValue(device(r, "ESPJ113"), "IDSS", "min", 2e-3, at("VDS", 15));
		assertValue(device(r, "ESPJ112"), "RDS_ON", "max", 50);
	}

	/**
	 * A leakage row's hot line ("VGS = -15 V, VDS = 0, TA = 150 °C ... -0.2 µA") right above the cut-off voltage's
	 * symbol row, whose parts' rows run on below it: the hot line prints a current, so it is no row of the voltage
	 * below. Taken as the first row of a symbol centred among its rows, it would end that group above the third part's
	 * row, and the third part would lose its cut-off voltage.
	 */
	@Test
	void aRowInAnotherUnitIsNoneOfTheRowsOfTheSymbolBelow() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP4391 / ESP4392 / ESP4393", "N-channel JFET switches")
				.heading("Electrical characteristics (T_{A} = 25 °C unless otherwise noted)");
		pdf.table(JFET_FAMILY)
				// one table row, so its lines lie evenly spaced as the source's do
				.row("I_{GSS}\n\nV_{GS(off)}", "Gate Reverse Current\n\nGate-Source Cutoff Voltage",
						"V_{GS} = -15 V, V_{DS} = 0\nV_{GS} = -15 V, V_{DS} = 0, T_{A} = 150 °C\n"
								+ "V_{DS} = 20 V, I_{D} = 1.0 nA",
						"\n\n4391\n4392\n4393", "\n\n-4.0\n-2.0\n-0.5", "-1.0\n-0.2\n-10\n-5.0\n-3.0",
						"nA\nµA\nV\nV\nV")
				.row("V_{GS(f)}", "Gate-Source Forward Voltage", "I_{G} = 1.0 mA, V_{DS} = 0", null, null, "1.0", "V")
				.row("I_{DSS}", "Zero-Gate Voltage Drain Current", "V_{DS} = 20 V, V_{GS} = 0", "4391\n4392\n4393",
						"50\n25\n5.0", "150\n75\n30", "mA\nmA\nmA");

		ExtractionResult r = read(dir, "ESP4391.pdf", pdf);
		assertColumns(assertValue(device(r, "ESP4391"), "VGS_OFF", "min", -4.0, at("VDS", 20)), -4.0, null, -10.0);
		assertColumns(assertValue(device(r, "ESP4392"), "VGS_OFF", "min", -2.0, at("VDS", 20)), -2.0, null, -5.0);
		assertColumns(assertValue(device(r, "ESP4393"), "VGS_OFF", "min", -0.5, at("VDS", 20)), -0.5, null, -3.0);
		assertValue(device(r, "ESP4393"), "IDSS", "min", 5e-3, at("VDS", 20));
	}

	/**
	 * Parameter | Symbol | Value | Unit rating table and a thermal table of the same shape, for a Schottky
	 * rectifier; the characteristics use Typ/Max only.
	 */
	@Test
	void singleValueRatingTables() {
		Column[] single = { Column.left("Parameter", 50, 200), Column.left("Symbol", 250, 50),
				Column.center("Value", 300, 60), Column.center("Unit", 360, 40) };
		DatasheetPdf pdf = new DatasheetPdf().title("ESPS340", "3 A, 40 V Schottky barrier rectifier")
				.bullets("Low forward voltage drop", "Guard ring for overvoltage protection")
				.heading("Absolute maximum ratings (T_{A} = 25 °C unless otherwise specified)");
		pdf.table(single)
				.row("Maximum repetitive peak reverse voltage", "V_{RRM}", "40", "V")
				.row("Maximum average forward rectified current", "I_{F(AV)}", "3.0", "A")
				.row("Peak forward surge current, 8.3 ms half sine-wave", "I_{FSM}", "80", "A")
				.row("Operating junction temperature range", "T_{J}", "-65 to +125", "°C");
		pdf.heading("Thermal characteristics");
		pdf.table(single)
				.row("Thermal resistance, junction to ambient", "R_{θJA}", "50", "°C/W")
				.row("Thermal resistance, junction to lead", "R_{θJL}", "15", "°C/W");
		pdf.heading("Electrical characteristics");
		pdf.table(Column.left("Parameter", 50, 150), Column.left("Symbol", 200, 40),
				Column.left("Conditions", 240, 130), Column.center("Typ", 370, 35), Column.center("Max", 405, 35),
				Column.center("Unit", 440, 35))
				.row("Forward voltage", "V_{F}", "I_{F} = 3.0 A", "0.45", "0.50", "V")
				.row("Reverse current", "I_{R}", "V_{R} = 40 V", "—", "0.5", "mA")
				.row("Junction capacitance", "C_{J}", "V_{R} = 4 V, f = 1 MHz", "250", "—", "pF");

		Device d = onlyDevice(read(dir, "ESPS340.pdf", pdf));
		assertEquals("ESPS340", d.part());
		assertEquals(DeviceKind.SCHOTTKY, d.kind());
		Parameter vrrm = assertValue(d, "VRRM", "max", 40);
		assertEquals(null, vrrm.min(), "a rating has no min");
		assertEquals(null, vrrm.typ(), "a rating has no typ");
		assertValue(d, "IF_AV", "max", 3.0);
		assertValue(d, "IFSM", "max", 80);
		Parameter rth = d.first("RTH_JA");
		assertTrue(rth != null && ExtractionAssertions.close(rth.nominal(), 50, 0.005),
				() -> "RTH_JA 50 K/W: " + ExtractionAssertions.describe(d.all("RTH_JA")));
		assertValue(d, "VF", "max", 0.50, at("IF", 3.0));
		assertValue(d, "IR", "max", 0.5e-3, at("VR", 40));
		assertValue(d, "CT", "typ", 250e-12, at("VR", 4, "f", 1e6));
	}

	/** Symbol | Description | Ratings | Unit for an IGBT, with the case temperature in the description. */
	@Test
	void ratingsColumnOfAnIgbt() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESPG40T65", "650 V, 40 A trench field-stop IGBT")
				.bullets("Co-packaged soft fast-recovery diode", "V_{CE(sat)} = 1.6 V (typ.) at I_{C} = 40 A")
				.heading("Absolute maximum ratings");
		pdf.table(Column.left("Symbol", 50, 55), Column.left("Description", 105, 200), Column.center("Ratings", 305, 60),
				Column.center("Unit", 365, 40))
				.row("V_{CES}", "Collector-emitter voltage", "650", "V")
				.row("V_{GES}", "Gate-emitter voltage", "±20", "V")
				.row("I_{C}", "Collector current, T_{C} = 100 °C", "40", "A")
				.row("P_{D}", "Maximum power dissipation, T_{C} = 25 °C", "260", "W");
		pdf.heading("Electrical characteristics of the IGBT (T_{J} = 25 °C)");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("V_{GE(th)}", "Gate-emitter threshold voltage", "V_{GE} = V_{CE}, I_{C} = 1 mA", "4.5", "5.5", "6.5",
						"V")
				.row("V_{CE(sat)}", "Collector-emitter saturation voltage", "V_{GE} = 15 V, I_{C} = 40 A", "—", "1.6",
						"2.0", "V")
				.row("C_{ies}", "Input capacitance", "V_{CE} = 25 V, V_{GE} = 0 V, f = 1 MHz", "—", "2300", "—", "pF")
				.row("V_{F}", "Diode forward voltage", "I_{F} = 20 A", "—", "1.7", "2.2", "V");

		Device d = onlyDevice(read(dir, "ESPG40T65.pdf", pdf));
		assertEquals(DeviceKind.IGBT, d.kind());
		assertValue(d, "VCES", "max", 650);
		assertValue(d, "IC", "max", 40, at("T", 100));
		assertValue(d, "PD", "max", 260);
		assertValue(d, "VGE_TH", "min", 4.5, at("IC", 1e-3));
		assertValue(d, "VCE_SAT", "typ", 1.6, at("IC", 40, "VGE", 15));
		assertValue(d, "CIES", "typ", 2300e-12, at("VCE", 25, "f", 1e6));
		assertValue(d, "VF", "typ", 1.7, at("IF", 20));
	}
}
