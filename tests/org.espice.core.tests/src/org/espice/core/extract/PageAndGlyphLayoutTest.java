package org.espice.core.extract;

import static org.espice.core.extract.ExtractionAssertions.assertColumns;
import static org.espice.core.extract.ExtractionAssertions.assertValue;
import static org.espice.core.extract.ExtractionAssertions.at;
import static org.espice.core.extract.ExtractionAssertions.onlyDevice;
import static org.espice.core.extract.ExtractionAssertions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.samples.DatasheetPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables that run over a page end, and symbols and units drawn the way vendors draw them. */
class PageAndGlyphLayoutTest {

	@TempDir
	Path dir;

	/**
	 * A P-channel MOSFET whose characteristics table breaks after the static rows; page 2 repeats the column
	 * header under an "(continued)" heading.
	 */
	@Test
	void tableContinuedWithRepeatedHeader() {
		DatasheetPdf pdf = new DatasheetPdf().runningHeader("ESP30P12 P-channel MOSFET")
				.footer("ESP30P12   page {page} of {pages}").title("ESP30P12", "-30 V P-channel enhancement MOSFET")
				.heading("Electrical characteristics (T_{J} = 25 °C unless otherwise noted)");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.continuedHeading("Electrical characteristics (continued)")
				.section("Static characteristics")
				.row("V_{(BR)DSS}", "Drain-source breakdown voltage", "V_{GS} = 0 V, I_{D} = -250 µA", "-30", "—", "—",
						"V")
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = -250 µA", "-1.0", "-1.6", "-2.5",
						"V")
				.row("R_{DS(on)}", "Static drain-source on-resistance", "V_{GS} = -10 V, I_{D} = -12 A", "—", "9.5",
						"12", "mΩ")
				.row("R_{DS(on)}", "Static drain-source on-resistance", "V_{GS} = -4.5 V, I_{D} = -10 A", "—", "14",
						"18", "mΩ")
				.continueOnNextPage()
				.section("Dynamic characteristics")
				.row("C_{iss}", "Input capacitance", "V_{DS} = -15 V, V_{GS} = 0 V, f = 1 MHz", "—", "1850", "—", "pF")
				.row("C_{oss}", "Output capacitance", "V_{DS} = -15 V, V_{GS} = 0 V, f = 1 MHz", "—", "330", "—", "pF")
				.row("C_{rss}", "Reverse transfer capacitance", "V_{DS} = -15 V, V_{GS} = 0 V, f = 1 MHz", "—", "240",
						"—", "pF")
				.section("Body diode")
				.row("V_{SD}", "Diode forward voltage", "V_{GS} = 0 V, I_{S} = -12 A", "—", "-0.82", "-1.2", "V");

		ExtractionResult r = read(dir, "ESP30P12.pdf", pdf);
		assertEquals(2, r.pageCount());
		Device d = onlyDevice(r);
		assertEquals(DeviceKind.MOSFET_P, d.kind());
		assertEquals(1, assertValue(d, "VGS_TH", "typ", 1.6, at("ID", 250e-6)).source().page());
		assertEquals(1, assertValue(d, "RDS_ON", "typ", 0.0095, at("VGS", 10, "ID", 12)).source().page());
		assertColumns(assertValue(d, "RDS_ON", "typ", 0.014, at("VGS", 4.5, "ID", 10)), null, 0.014, 0.018);
		assertEquals(2, assertValue(d, "CISS", "typ", 1850e-12, at("VDS", 15, "f", 1e6)).source().page());
		assertEquals(2, assertValue(d, "COSS", "typ", 330e-12, at("VDS", 15)).source().page());
		assertEquals(2, assertValue(d, "CRSS", "typ", 240e-12, at("VDS", 15)).source().page());
		assertEquals(2, assertValue(d, "VSD", "max", 1.2, at("IS", 12)).source().page());
	}

	/**
	 * An N-channel JFET whose table continues on page 2 without any header: the rows there must still be read
	 * with page 1's columns. The on-resistance unit is spelled "Ohm".
	 */
	@Test
	void tableContinuedWithoutHeader() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESPJ113", "N-channel JFET for low-noise switching")
				.bullets("Low on-resistance", "Fast switching").heading("Electrical characteristics (T_{A} = 25 °C)");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST).repeatHeaderOnContinuation(false)
				.row("V_{(BR)GSS}", "Gate-source breakdown voltage", "I_{G} = -1 µA, V_{DS} = 0 V", "-35", "—", "—", "V")
				.row("V_{GS(off)}", "Gate-source cut-off voltage", "V_{DS} = 5 V, I_{D} = 1 µA", "-0.5", "—", "-3.0", "V")
				.row("I_{DSS}", "Zero-gate-voltage drain current", "V_{DS} = 15 V, V_{GS} = 0 V", "2", "—", "—", "mA")
				.continueOnNextPage()
				.row("r_{DS(on)}", "Drain-source on-resistance", "V_{GS} = 0 V, I_{D} = 1 mA", "—", "—", "100", "Ohm")
				.row("g_{fs}", "Forward transconductance", "V_{DS} = 15 V, V_{GS} = 0 V, f = 1 kHz", "—", "6", "—", "mS")
				.row("C_{iss}", "Input capacitance", "V_{DS} = 0 V, V_{GS} = -10 V, f = 1 MHz", "—", "—", "28", "pF")
				.row("C_{rss}", "Reverse transfer capacitance", "V_{DS} = 0 V, V_{GS} = -10 V, f = 1 MHz", "—", "—", "5",
						"pF");

		ExtractionResult r = read(dir, "ESPJ113.pdf", pdf);
		assertEquals(2, r.pageCount());
		Device d = onlyDevice(r);
		assertEquals(DeviceKind.JFET_N, d.kind());
		assertValue(d, "V_BR_GSS", "min", 35);
		assertColumns(assertValue(d, "VGS_OFF", "min", 0.5, at("VDS", 5)), -0.5, null, -3.0);
		assertValue(d, "IDSS", "min", 2e-3, at("VDS", 15));
		assertEquals(2, assertValue(d, "RDS_ON", "max", 100).source().page());
		assertEquals(2, assertValue(d, "GFS", "typ", 6e-3).source().page());
		assertValue(d, "CISS", "max", 28e-12, at("f", 1e6));
		assertValue(d, "CRSS", "max", 5e-12, at("f", 1e6));
	}

	/**
	 * Every symbol and unit drawn as vendors draw them: subscripts in a smaller font on a lowered baseline,
	 * footnote markers as superscripts after symbols, the Greek Ω and μ taken from the Symbol font, and a GaN
	 * FET whose kind shows only in the title and features.
	 */
	@Test
	void subscriptedSymbolsAndSymbolFontUnits() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESPGN65R070", "650 V enhancement-mode GaN power transistor")
				.bullets("Gallium nitride (GaN) on silicon, normally off", "Zero reverse-recovery charge")
				.heading("Absolute maximum ratings");
		pdf.table(ColumnLayoutTest.RATINGS)
				.row("V_{DS}", "Drain-to-source voltage", "650", "V")
				.row("V_{GS}", "Gate-to-source voltage", "-10 to +7", "V")
				.row("I_{D}^{1)}", "Continuous drain current, T_{C} = 25 °C", "29", "A")
				.row("I_{DM}^{2)}", "Pulsed drain current", "60", "A");
		pdf.note("1) Limited by maximum junction temperature.  2) Pulse width 10 μs.");
		pdf.heading("Electrical characteristics (T_{J} = 25 °C)");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = 7 mA", "1.1", "1.7", "2.6", "V")
				.row("R_{DS(on)}^{3)}", "Drain-source on-resistance", "V_{GS} = 6 V, I_{D} = 9 A", "—", "70", "90",
						"m\u03A9")
				.row("I_{DSS}", "Drain-source leakage current", "V_{DS} = 650 V, V_{GS} = 0 V", "—", "2", "50",
						"\u03BCA")
				.row("C_{ISS}", "Input capacitance", "V_{DS} = 400 V, V_{GS} = 0 V, f = 1 MHz", "—", "260", "—", "pF")
				.row("Q_{G}", "Total gate charge", "V_{DS} = 400 V, V_{GS} = 0 to 6 V", "—", "6.1", "—", "nC");

		Device d = onlyDevice(read(dir, "ESPGN65R070.pdf", pdf));
		assertEquals(DeviceKind.GAN_FET, d.kind());
		assertValue(d, "VDSS", "max", 650);
		assertValue(d, "ID", "max", 29);
		assertValue(d, "IDM", "max", 60);
		assertColumns(assertValue(d, "VGS_TH", "typ", 1.7, at("ID", 7e-3)), 1.1, 1.7, 2.6);
		assertColumns(assertValue(d, "RDS_ON", "typ", 0.070, at("VGS", 6, "ID", 9)), null, 0.070, 0.090);
		assertColumns(assertValue(d, "IDSS", "max", 50e-6, at("VDS", 650)), null, 2e-6, 50e-6);
		assertValue(d, "CISS", "typ", 260e-12, at("VDS", 400, "f", 1e6));
		assertValue(d, "QG", "typ", 6.1e-9, at("VDS", 400));
	}
}
