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
import org.espice.samples.DatasheetPdf;
import org.espice.samples.DatasheetPdf.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text-layer quirks domain.md lists: µ that reads "m", units fused into conditions, two temperatures a row. */
class VendorQuirksLayoutTest {

	@TempDir
	Path dir;

	/**
	 * µ drawn from a Symbol font with a broken encoding: the text layer says "m" (so "1 mA" where the page shows
	 * "1 µA"). The reader has to trust the font, not the letter; a real "mA" in Helvetica stays milliampere.
	 */
	@Test
	void microFromSymbolFontThatReadsAsM() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP2N70", "60 V N-channel small-signal MOSFET")
				.heading("Electrical characteristics (T_{A} = 25 °C)");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("V_{(BR)DSS}", "Drain-source breakdown voltage", "V_{GS} = 0 V, I_{D} = 10 !{µ}A", "60", "—", "—",
						"V")
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = 250 !{µ}A", "1.0", "2.1", "2.5",
						"V")
				.row("I_{DSS}", "Zero gate voltage drain current", "V_{DS} = 60 V, V_{GS} = 0 V", "—", "—", "1",
						"!{µ}A")
				.row("R_{DS(on)}", "Drain-source on-resistance", "V_{GS} = 10 V, I_{D} = 500 mA", "—", "1.2", "2.0", "Ω")
				.row("g_{fs}", "Forward transconductance", "V_{DS} = 10 V, I_{D} = 200 mA", "80", "—", "—", "mS");

		Device d = onlyDevice(read(dir, "ESP2N70.pdf", pdf));
		assertEquals(DeviceKind.MOSFET_N, d.kind());
		assertValue(d, "VDSS", "min", 60, at("ID", 10e-6));
		assertColumns(assertValue(d, "VGS_TH", "typ", 2.1, at("ID", 250e-6)), 1.0, 2.1, 2.5);
		assertValue(d, "IDSS", "max", 1e-6, at("VDS", 60));
		assertValue(d, "RDS_ON", "typ", 1.2, at("VGS", 10, "ID", 0.5));
		assertValue(d, "GFS", "min", 0.08, at("VDS", 10, "ID", 0.2));
	}

	/** Conditions printed without spaces, units stuck to numbers: "VGS=10V, ID=20A", "IF=10mA", "TJ=125°C". */
	@Test
	void unitsFusedIntoConditions() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP20N06", "60 V N-channel MOSFET")
				.heading("Electrical characteristics");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS}=V_{GS}, I_{D}=250µA", "2", "3", "4", "V")
				.row("R_{DS(on)}", "On-resistance", "V_{GS}=10V, I_{D}=20A", "—", "22", "28", "mΩ")
				.row("I_{DSS}", "Drain leakage", "V_{DS}=48V, T_{J}=125°C", "—", "—", "250", "µA")
				.row("C_{iss}", "Input capacitance", "V_{DS}=25V, V_{GS}=0V, f=1MHz", "—", "920", "—", "pF")
				.row("V_{SD}", "Body diode forward voltage", "I_{S}=20A, V_{GS}=0V", "—", "0.9", "1.3", "V");

		Device d = onlyDevice(read(dir, "ESP20N06.pdf", pdf));
		assertValue(d, "VGS_TH", "typ", 3, at("ID", 250e-6));
		assertColumns(assertValue(d, "RDS_ON", "typ", 0.022, at("VGS", 10, "ID", 20)), null, 0.022, 0.028);
		assertValue(d, "IDSS", "max", 250e-6, at("VDS", 48, "T", 125));
		assertValue(d, "CISS", "typ", 920e-12, at("VDS", 25, "f", 1e6));
		assertValue(d, "VSD", "max", 1.3, at("IS", 20));
	}

	/**
	 * A rectifier's characteristics printed one value a row, each row's description saying which it is:
	 * "Maximum Instantaneous Forward Voltage", "Typical Junction Capacitance"; rows below at other conditions keep it.
	 * MCC stacks the description over three lines, the symbol and value on the middle one: its first line, "Maximum",
	 * says the value is a maximum (its leakage rows, "Maximum DC" over them, are
	 * {@code DiodeTableLayoutTest.valueBesideAWrappedDescriptionContinuesTheRow}).
	 */
	@Test
	void aDescriptionThatOpensWithItsStatisticPlacesALoneValue() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP20H100", "20 A, 100 V Schottky rectifier")
				.heading("Electrical characteristics");
		pdf.table(Column.left("", 50, 250), Column.left("", 300, 60), Column.left("", 360, 60), Column.left("", 420,
				40)).header(false)
				.row("Maximum Instantaneous Forward Voltage (I_{F} = 10 A)", "V_{F}", "0.77", "V")
				.row("(I_{F} = 20 A)", "", "0.88", "V")
				.row("Typical Junction Capacitance (V_{R} = 4 V, f = 1 MHz)", "C_{J}", "110", "pF")
				.row("Reverse Current (V_{R} = 100 V)", "I_{R}", "5", "µA")
				.row("Maximum\nInstantaneous\nForward Voltage (I_{F} = 6 A)", "\nV_{F}", "\n0.95", "\nV");

		Device d = onlyDevice(read(dir, "ESP20H100.pdf", pdf));
		assertColumns(assertValue(d, "VF", "max", 0.77, at("IF", 10)), null, null, 0.77);
		assertColumns(assertValue(d, "VF", "max", 0.88, at("IF", 20)), null, null, 0.88);
		assertColumns(assertValue(d, "CT", "typ", 110e-12, at("VR", 4)), null, 110e-12, null);
		assertColumns(assertValue(d, "IR", "typ", 5e-6, at("VR", 100)), null, 5e-6, null);
		assertColumns(assertValue(d, "VF", "max", 0.95, at("IF", 6)), null, null, 0.95);
	}

	/** One row, two test temperatures: the condition and value cells hold one line per temperature. */
	@Test
	void twoTemperaturesInOneRow() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP1N60", "1 A, 600 V fast recovery rectifier")
				.heading("Electrical characteristics");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("V_{F}", "Forward voltage", "I_{F} = 1 A, T_{J} = 25 °C\nI_{F} = 1 A, T_{J} = 150 °C", "—",
						"1.05\n0.88", "1.3\n1.1", "V")
				.row("I_{R}", "Reverse current", "V_{R} = 600 V, T_{J} = 25 °C\nV_{R} = 600 V, T_{J} = 150 °C", "—",
						"—", "5\n100", "µA")
				.row("t_{rr}", "Reverse recovery time", "I_{F} = 0.5 A, I_{R} = 1 A, I_{rr} = 0.25 A", "—", "—", "200",
						"ns");

		Device d = onlyDevice(read(dir, "ESP1N60.pdf", pdf));
		assertEquals(DeviceKind.RECTIFIER, d.kind());
		assertColumns(assertValue(d, "VF", "max", 1.3, at("IF", 1, "T", 25)), null, 1.05, 1.3);
		assertColumns(assertValue(d, "VF", "max", 1.1, at("IF", 1, "T", 150)), null, 0.88, 1.1);
		assertValue(d, "IR", "max", 5e-6, at("VR", 600, "T", 25));
		assertValue(d, "IR", "max", 100e-6, at("VR", 600, "T", 150));
		assertValue(d, "TRR", "max", 200e-9);
	}

	/**
	 * A first-page summary box prints one value a row and says with the symbol which it is: "RDS(on)max",
	 * "VF(max)", "C (typ)". The value goes to that column.
	 */
	@Test
	void statisticPrintedWithTheSymbolPlacesALoneValue() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP6344", "30 V N-channel MOSFET").heading("Product summary");
		pdf.table(Column.left("", 50, 120), Column.left("", 170, 90), Column.left("", 260, 60)).header(false)
				.row("V_{DS}", "", "30 V")
				.row("R_{DS(on)}max", "V_{GS} = 4.5 V", "29 mΩ")
				.row("Q_{g} (typ)", "V_{GS} = 4.5 V", "6.8 nC")
				.row("g_{fs}", "V_{DS} = 10 V", "19 S");
		pdf.heading("Electrical characteristics");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("R_{DS(on)}", "Drain-source on-resistance", "V_{GS} = 4.5 V, I_{D} = 5 A", "—", "22", "29", "mΩ")
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = 10 µA", "0.5", "0.8", "1.1",
						"V");

		Device d = onlyDevice(read(dir, "ESP6344.pdf", pdf));
		assertColumns(assertValue(d, "RDS_ON", "max", 0.029, at("VGS", 4.5)), null, null, 0.029);
		assertColumns(assertValue(d, "QG", "typ", 6.8e-9), null, 6.8e-9, null);
		assertColumns(assertValue(d, "GFS", "typ", 19), null, 19.0, null);
		assertColumns(assertValue(d, "RDS_ON", "typ", 0.022, at("VGS", 4.5, "ID", 5)), null, 0.022, 0.029);
	}
}
