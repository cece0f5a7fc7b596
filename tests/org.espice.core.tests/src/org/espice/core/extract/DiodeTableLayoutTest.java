package org.espice.core.extract;

import static org.espice.core.extract.ExtractionAssertions.assertValue;
import static org.espice.core.extract.ExtractionAssertions.at;
import static org.espice.core.extract.ExtractionAssertions.describe;
import static org.espice.core.extract.ExtractionAssertions.device;
import static org.espice.core.extract.ExtractionAssertions.onlyDevice;
import static org.espice.core.extract.ExtractionAssertions.read;
import static org.espice.samples.DatasheetPdf.wide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.espice.core.Device;
import org.espice.core.ExtractionResult;
import org.espice.core.Parameter;
import org.espice.samples.DatasheetPdf;
import org.espice.samples.DatasheetPdf.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rectifier, Schottky and small-signal diode tables: the shapes that rating and leakage rows take. */
class DiodeTableLayoutTest {

	@TempDir
	Path dir;

	/** Symbol | Parameter | Tests conditions | Min | Typ | Max | Unit, as ST prints its static characteristics. */
	static final Column[] ST = { Column.left("Symbol", 50, 50), Column.left("Parameter", 100, 110),
			Column.left("Tests conditions", 210, 150), Column.center("Min.", 360, 35), Column.center("Typ.", 395, 35),
			Column.center("Max.", 430, 35), Column.center("Unit", 465, 35) };

	/**
	 * A rating table that also prints the non-repetitive reverse voltage (VRSM) and the RMS forward current: neither
	 * is the repetitive peak reverse voltage or the average forward current.
	 */
	@Test
	void surgeAndRmsRatingsAreNotTheRepetitiveOrAverageOnes() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP560", "5 A, 60 V power Schottky rectifier")
				.heading("Absolute maximum ratings");
		pdf.table(ColumnLayoutTest.RATINGS)
				.row("V_{RRM}", "Repetitive peak reverse voltage", "60", "V")
				.row("V_{RSM}", "Non-repetitive peak reverse voltage", "72", "V")
				.row("I_{F(RMS)}", "RMS forward current", "15", "A")
				.row("I_{F(AV)}", "Average forward current, T_{L} = 100 °C", "5", "A")
				.row("I_{FSM}", "Surge non repetitive forward current, t_{p} = 10 ms", "150", "A");

		Device d = onlyDevice(read(dir, "ESP560.pdf", pdf));
		assertEquals(1, d.all("VRRM").size(), () -> "VRRM: " + describe(d.all("VRRM")));
		assertValue(d, "VRRM", "max", 60);
		assertEquals(1, d.all("IF_AV").size(), () -> "IF_AV: " + describe(d.all("IF_AV")));
		assertValue(d, "IF_AV", "max", 5, at("T", 100));
		assertValue(d, "IFSM", "max", 150);
	}

	/**
	 * Forward voltage and leakage averaged over a full rectified cycle (VF(AV), IR(AV), "full load reverse
	 * current") printed beside the static values: only the static ones are VF and IR.
	 */
	@Test
	void fullCycleAveragesAreNotTheStaticValues() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP4004", "1 A, 400 V standard recovery rectifier")
				.heading("Electrical characteristics");
		pdf.table(Column.left("Rating", 50, 230), Column.left("Symbol", 280, 50), Column.center("Typ", 330, 35),
				Column.center("Max", 365, 35), Column.center("Unit", 400, 40))
				.row("Maximum instantaneous forward voltage drop (i_{F} = 1.0 A)", "v_{F}", "0.93", "1.1", "Volts")
				.row("Maximum full-cycle average forward voltage drop", "V_{F(AV)}", "–", "0.8", "Volts")
				.row("Maximum reverse current (rated dc voltage)", "I_{R}", "0.05", "10", "µA")
				.row("Maximum full-cycle average reverse current", "I_{R(AV)}", "–", "30", "µA")
				.row("Maximum full load reverse current, full cycle", "I_{rr}", "–", "40", "µA");

		Device d = onlyDevice(read(dir, "ESP4004.pdf", pdf));
		assertEquals(1, d.all("VF").size(), () -> "VF: " + describe(d.all("VF")));
		assertValue(d, "VF", "max", 1.1, at("IF", 1.0));
		assertEquals(1, d.all("IR").size(), () -> "IR: " + describe(d.all("IR")));
		assertValue(d, "IR", "max", 10e-6);
	}

	/**
	 * Rows printed without a table header, each value with its unit glued on and the test conditions after it:
	 * "400A 8.3ms, half sine". The pulse time is a condition, not a second value; "t = 10 ms" is no temperature.
	 */
	@Test
	void numberWithUnitOfAnotherQuantityIsACondition() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP6A10", "6 A, 1000 V rectifier")
				.heading("Electrical characteristics @ 25 °C unless otherwise specified");
		pdf.table(Column.left("Parameter", 50, 120), Column.left("Symbol", 170, 50), Column.left("Value", 220, 50),
				Column.left("Conditions", 270, 150)).header(false)
				.row("Average forward current", "I_{F(AV)}", "6.0A", "T_{A} = 60 °C")
				.row("Peak forward surge current", "I_{FSM}", "400A", "8.3ms, half sine")
				.row("Maximum instantaneous forward voltage", "V_{F}", "0.95V", "I_{FM} = 6.0A; T_{J} = 25 °C");
		pdf.heading("Limiting values");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("I_{FSM}", "Non-repetitive peak forward current", "t = 10 ms half sine wave", "–", "–", "420",
						"A");

		Device d = onlyDevice(read(dir, "ESP6A10.pdf", pdf));
		for (Parameter p : d.all("IFSM")) {
			assertFalse(p.max() != null && p.max() < 10, () -> "no pulse time as a value: " + describe(d.all("IFSM")));
			assertFalse(p.conditions().containsKey("T"), () -> "a pulse time is no temperature: " + p.conditions());
		}
		assertValue(d, "IFSM", "max", 400);
		assertValue(d, "IFSM", "max", 420);
		assertValue(d, "IF_AV", "max", 6.0, at("T", 60));
	}

	/**
	 * Fairchild's family ratings: "Value" heads a block of columns labelled by the distinguishing digits only
	 * ("4001 4002 ... 4007") on the line below it, right above the first row. That line labels the columns; it is
	 * no row of values of the symbol below it.
	 */
	@Test
	void partDigitsUnderTheValueHeadingLabelColumns() {
		String[] digits = { "4001", "4002", "4003", "4004", "4005", "4006", "4007" };
		Column[] cols = new Column[digits.length + 3];
		cols[0] = Column.left("Symbol", 40, 45);
		cols[1] = Column.left("Parameter", 85, 150);
		for (int i = 0; i < digits.length; i++) {
			cols[2 + i] = Column.center(i == 3 ? "Value" : "", 235 + i * 35, 35);
		}
		cols[cols.length - 1] = Column.center("Units", 480, 30);
		DatasheetPdf pdf = new DatasheetPdf().title("ESP4001 - ESP4007", "General purpose rectifiers")
				.paragraph("Types ESP4001, ESP4002, ESP4003, ESP4004, ESP4005, ESP4006 and ESP4007.")
				.heading("Absolute maximum ratings");
		pdf.table(cols)
				.row("\nV_{RRM}", "\nPeak repetitive reverse voltage", "4001\n50", "4002\n100", "4003\n200",
						"4004\n400", "4005\n600", "4006\n800", "4007\n1000", "\nV")
				.row("I_{F(AV)}", "Average rectified forward current", wide("1.0", 7), null, null, null, null, null,
						null, "A")
				.row("I_{FSM}", "Non-repetitive peak forward surge current", wide("30", 7), null, null, null, null,
						null, null, "A");

		ExtractionResult r = read(dir, "ESP4001.pdf", pdf);
		for (String part : new String[] { "ESP4001", "ESP4007" }) {
			Device d = device(r, part);
			assertEquals(1, d.all("IF_AV").size(), () -> part + " IF_AV: " + describe(d.all("IF_AV")));
			assertValue(d, "IF_AV", "max", 1.0);
			assertValue(d, "IFSM", "max", 30);
			for (Parameter p : d.parameters()) {
				assertFalse(p.max() != null && p.max() > 4000, () -> part + ": a column label read as a value: " + p);
			}
		}
		assertValue(device(r, "ESP4007"), "VRRM", "max", 1000);
	}

	/**
	 * ST's static characteristics: the symbol cell is centred on the middle of three rows, one per junction
	 * temperature, and the unit is printed on the symbol's row only. The leakage rows are followed at once by the
	 * forward-voltage rows, so the row after the last leakage row already belongs to VF.
	 */
	@Test
	void rowsAroundACentredSymbol() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP5L60", "Power Schottky rectifier")
				.heading("Static electrical characteristics");
		pdf.table(ST)
				.row(null, null, "T_{j} = 25 °C", null, null, "0.22", null)
				.row("I_{R}", "Reverse leakage current", "T_{j} = 100 °C   V_{R} = V_{RRM}", null, "10", "25", "mA")
				.row(null, null, "T_{j} = 125 °C", null, "40", "100", null)
				.row(null, null, "T_{j} = 25 °C", null, "0.47", "0.52", null)
				.row("V_{F}", "Forward voltage drop", "T_{j} = 100 °C   I_{F} = 5 A", null, "0.43", "0.49", "V")
				.row(null, null, "T_{j} = 125 °C", null, "0.42", "0.48", null);

		Device d = onlyDevice(read(dir, "ESP5L60.pdf", pdf));
		assertEquals(3, d.all("IR").size(), () -> "IR: " + describe(d.all("IR")));
		assertValue(d, "IR", "max", 0.22e-3, at("T", 25));
		assertValue(d, "IR", "max", 0.1, at("T", 125));
		assertEquals(3, d.all("VF").size(), () -> "VF: " + describe(d.all("VF")));
		assertValue(d, "VF", "max", 0.52, at("T", 25));
		assertValue(d, "VF", "max", 0.48, at("T", 125));
		for (Parameter vf : d.all("VF")) {
			assertEquals(5.0, vf.condition("IF"), () -> "the symbol row's test current is every row's: " + vf);
		}
	}

	/**
	 * The same centred cells with the test conditions printed after the values ("0.47 0.52 Tj = 25 °C, IF = 5 A"):
	 * the current that ends the row above the symbol is its test condition, not its unit, so the row still leads to
	 * the forward voltage below.
	 */
	@Test
	void rowsAroundACentredSymbolWithTheirConditionsLast() {
		Column[] conditionsLast = { Column.left("Symbol", 50, 40), Column.left("Parameter", 90, 110),
				Column.center("Typ.", 200, 35), Column.center("Max.", 235, 35), Column.center("Unit", 270, 30),
				Column.left("Test conditions", 300, 180) };
		DatasheetPdf pdf = new DatasheetPdf().title("ESP5L45", "Power Schottky rectifier")
				.heading("Static electrical characteristics");
		pdf.table(conditionsLast)
				.row(null, null, "0.47", "0.52", null, "T_{j} = 25 °C, I_{F} = 5 A")
				.row("V_{F}", "Forward voltage drop", "0.43", "0.49", "V", "T_{j} = 100 °C, I_{F} = 5 A")
				.row(null, null, "0.42", "0.48", null, "T_{j} = 125 °C, I_{F} = 5 A");

		Device d = onlyDevice(read(dir, "ESP5L45.pdf", pdf));
		assertEquals(3, d.all("VF").size(), () -> "VF: " + describe(d.all("VF")));
		assertValue(d, "VF", "max", 0.52, at("T", 25, "IF", 5));
		assertValue(d, "VF", "max", 0.48, at("T", 125, "IF", 5));
	}

	/**
	 * Five forward-voltage rows, one per test current, around the symbol printed on the middle one with the unit
	 * "mV": the two rows above it lead to it and take its unit.
	 */
	@Test
	void rowsAboveACentredSymbolTakeItsUnit() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP54", "Small signal Schottky diode")
				.heading("Static electrical characteristics");
		pdf.table(ST)
				.row(null, null, "I_{F} = 0.1 mA", null, null, "240", null)
				.row(null, null, "I_{F} = 1 mA", null, null, "320", null)
				.row("V_{F}", "Forward voltage drop", "I_{F} = 10 mA", null, null, "400", "mV")
				.row(null, null, "I_{F} = 30 mA", null, null, "500", null)
				.row(null, null, "I_{F} = 100 mA", null, null, "900", null);

		Device d = onlyDevice(read(dir, "ESP54.pdf", pdf));
		assertValue(d, "VF", "max", 0.24, at("IF", 1e-4));
		assertValue(d, "VF", "max", 0.32, at("IF", 1e-3));
		assertValue(d, "VF", "max", 0.9, at("IF", 0.1));
		assertEquals(5, d.all("VF").size(), () -> "VF: " + describe(d.all("VF")));
	}

	/**
	 * Philips limiting values: a rating of a symbol the reader does not know (IFRM) has a second row of its own
	 * below it; that row lies right above the surge current's row but is not a surge current, since no row of the
	 * surge current lies below its symbol to match it.
	 */
	@Test
	void rowBelowAnUnknownSymbolIsNotTheNextSymbols() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP95A", "Fast soft-recovery controlled avalanche rectifier")
				.heading("Limiting values");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("I_{FRM}", "repetitive peak forward current", "T_{tp} = 60 °C; see Fig.4", "–", "–", "30", "A")
				.row(null, null, "T_{amb} = 65 °C; see Fig.5", "–", "–", "13", "A")
				.row("I_{FSM}", "non-repetitive peak forward current", "t = 10 ms half sine wave;", "–", "–", "70",
						"A")
				.row(null, null, "T_{j} = T_{j max} prior to surge", null, null, null, null);

		Device d = onlyDevice(read(dir, "ESP95A.pdf", pdf));
		assertEquals(1, d.all("IFSM").size(), () -> "IFSM: " + describe(d.all("IFSM")));
		assertValue(d, "IFSM", "max", 70);
	}

	/**
	 * Philips limiting values where the same symbol heads two rows with other conditions, the second row's
	 * conditions wrapping over lines that start with the test point ("T_amb = 65 °C; PCB mounting") or with a
	 * figure reference: each row is read with its own conditions.
	 */
	@Test
	void sameSymbolTwiceWithItsOwnConditions() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP36A", "Fast soft-recovery controlled avalanche rectifier")
				.heading("Limiting values");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("I_{F(AV)}", "average forward current", "T_{tp} = 55 °C; lead length = 10 mm", "–", "–", "3.0",
						"A")
				.row(null, null, "averaged over any 20 ms period;", null, null, null, null)
				.row(null, null, "see also Figs 14; 15 and 16", null, null, null, null)
				.row(null, null, "T_{amb} = 65 °C; PCB mounting (see", "–", "–", "1.25", "A")
				.row(null, null, "Fig.25); see Figs 5; 6 and 7", null, null, null, null)
				.row("V_{F}", "forward voltage", "I_{F} = 3 A; T_{j} = 175 °C", null, null, null, null)
				.row(null, null, "Fig.19); see Fig.20", "–", "–", "1.22", "V")
				.row("V_{F}", "forward voltage", "I_{F} = 3 A;", null, null, null, null)
				.row(null, null, "Fig.19); see Fig.20", "–", "–", "1.60", "V");

		Device d = onlyDevice(read(dir, "ESP36A.pdf", pdf));
		assertValue(d, "IF_AV", "max", 3.0, at("T", 55));
		assertValue(d, "IF_AV", "max", 1.25, at("T", 65));
		assertValue(d, "VF", "max", 1.22, at("IF", 3, "T", 175));
		Parameter vf = assertValue(d, "VF", "max", 1.60, at("IF", 3));
		assertFalse(vf.conditions().containsKey("T"), () -> "the second VF row has no temperature: " + vf);
	}

	/**
	 * onsemi's characteristics: the symbol row prints the unit, the rows below give the values, each with its
	 * conditions in brackets ("(Rated DC Voltage, TC = 125 °C)"); and a rating with a bracketed remark that names a
	 * symbol ("(Rated VR) TC = 162 °C") under it.
	 */
	@Test
	void bracketedConditionRowsContinueTheSymbolAbove() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP20H100", "Switch-mode power rectifier")
				.heading("Maximum ratings");
		Column[] ratings = { Column.left("Rating", 50, 250), Column.left("Symbol", 300, 50),
				Column.center("Value", 350, 50), Column.center("Unit", 400, 40) };
		pdf.table(ratings)
				.row("Average rectified forward current\n(Rated V_{R}) T_{C} = 162 °C", "I_{F(AV)}", "10", "A")
				.row("Nonrepetitive peak surge current", "I_{FSM}", "250", "A");
		pdf.heading("Electrical characteristics");
		pdf.table(ratings).header(false)
				.row("Maximum instantaneous reverse current", "i_{R}", null, "mA")
				.row("(Rated DC Voltage, T_{C} = 125 °C)", null, "6.0", null)
				.row("(Rated DC Voltage, T_{C} = 25 °C)", null, "0.0045", null);

		Device d = onlyDevice(read(dir, "ESP20H100.pdf", pdf));
		assertValue(d, "IF_AV", "max", 10, at("T", 162));
		// "Maximum instantaneous reverse current": the values are maxima
		assertValue(d, "IR", "max", 6e-3, at("T", 125));
		assertValue(d, "IR", "max", 4.5e-6, at("T", 25));
	}

	/**
	 * Rows of three lines, the symbol and values on the middle one, test conditions above and below it: the first
	 * line of the capacitance row, "Junction capacitance @VR = 5 V", names another parameter, so its conditions do
	 * not wrap onto the leakage row above it.
	 */
	@Test
	void lineNamingTheNextParameterIsNoWrappedCondition() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP15100", "Schottky rectifier")
				.heading("Electrical characteristics");
		pdf.table(Column.left("Characteristics", 30, 180), Column.left("Symbol", 210, 50),
				Column.left("Condition", 260, 210), Column.center("Typ.", 470, 40), Column.center("Max.", 510, 40),
				Column.center("Units", 550, 40)).fontSize(16)
				.row("Reverse current", "\nI_{R2}", "@V_{R} = rated V_{R}\n\nT_{J} = 125 °C", "\n7.5", "\n50", "\nmA")
				.row("Junction capacitance", "\nC_{T}", "@V_{R} = 5 V, T_{C} = 25 °C\n\nf = 1 MHz", "\n650", "\n–",
						"\npF");

		Device d = onlyDevice(read(dir, "ESP15100.pdf", pdf));
		Parameter ir = assertValue(d, "IR", "max", 0.05, at("T", 125));
		assertFalse(ir.conditions().containsKey("VR"), () -> "the capacitance's VR is not the leakage's: " + ir);
	}
	/**
	 * A small-signal family in symbol-header tables: the ratings give the average rectified current (IO) and the
	 * DC forward current (IF) in columns of their own, and the characteristics head the capacitance "Cr (pF)" with
	 * its test point printed under it.
	 */
	@Test
	void symbolHeaderWithIoAndIfColumnsAndCapacitanceHeadedCr() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESPD4148 / ESPD4150", "Small-signal switching diodes")
				.heading("Absolute maximum ratings (T_{a} = 25 °C)");
		pdf.table(SymbolHeaderLayoutTest.columns(50, 110, 160, 210, 260, 310, 360)).header(false)
				.row("Type", "V_{RM}", "V_{R}", "I_{O}", "I_{F}", "I_{FSM}")
				.row("", "(V)", "(V)", "(mA)", "(mA)", "(A)")
				.row("ESPD4148", "100", "75", "150", "200", "2")
				.row("ESPD4150", "50", "50", "200", "250", "4");
		pdf.heading("Electrical characteristics (T_{a} = 25 °C)");
		pdf.table(SymbolHeaderLayoutTest.columns(50, 110, 170, 230, 290, 350)).header(false)
				.row("Type", "V_{F} (V)", "I_{R} (µA)", "V_{R} (V)", "C_{r} (pF)")
				.row("", "IF=10mA", "", "", "VR=0")
				.row("ESPD4148", "1.0", "5.0", "75", "4")
				.row("ESPD4150", "1.0", "0.1", "50", "2.5");

		Device d = device(read(dir, "ESPD4148.pdf", pdf), "ESPD4148");
		assertValue(d, "IF_AV", "max", 0.15);
		assertValue(d, "IF_AV", "max", 0.2);
		assertEquals(2, d.all("IF_AV").size(), () -> "IF_AV: " + describe(d.all("IF_AV")));
		Parameter ct = d.all("CT").stream().filter(p -> p.typ() != null || p.max() != null).findFirst()
				.orElseThrow(() -> new AssertionError("no CT: " + describe(d.all("CT"))));
		assertEquals(4e-12, ct.typ() != null ? ct.typ() : ct.max(), 1e-15);
		assertEquals(0.0, ct.conditions().get("VR"), "the test point under Cr");
	}

	/**
	 * ST's thermal table: one value per package, the package names printed where other tables print conditions
	 * and the symbol on the middle of the three lines; the unit cell sits between the first two lines.
	 */
	@Test
	void valuesPerPackageAroundTheSymbol() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP54", "Small signal Schottky diode")
				.heading("Thermal parameters");
		pdf.table(Column.left("Symbol", 50, 60), Column.left("Parameter", 110, 120), Column.left("", 230, 120),
				Column.center("Value", 350, 50), Column.center("Unit", 400, 40))
				.row("\nR_{th(j-a)}", "\nJunction to ambient", "SOT-23, SOD-123\nSOT-323, SOD-323\nSOD-523, SOT-666",
						"500\n550\n600", "°C/W");

		Device d = onlyDevice(read(dir, "ESP54.pdf", pdf));
		assertValue(d, "RTH_JA", "max", 500);
		assertValue(d, "RTH_JA", "max", 550);
		assertValue(d, "RTH_JA", "max", 600);
	}

	/** A rating centred across the part columns of a family with a remark beside it: "30 (for 1 cycle)". */
	@Test
	void numberInABracketedRemarkIsNoValue() {
		Column[] cols = new Column[FamilyAndRatingLayoutTest.FAMILY.length + 3];
		cols[0] = Column.left("Rating", 40, 150);
		cols[1] = Column.left("Symbol", 190, 45);
		for (int i = 0; i < FamilyAndRatingLayoutTest.FAMILY.length; i++) {
			cols[2 + i] = Column.center(FamilyAndRatingLayoutTest.FAMILY[i], 235 + i * 40, 40);
		}
		cols[cols.length - 1] = Column.center("Unit", 515, 30);
		DatasheetPdf pdf = new DatasheetPdf().title("ESP4001 - ESP4007", "Axial lead standard recovery rectifiers")
				.heading("Maximum ratings");
		pdf.table(cols)
				.row("Peak repetitive reverse voltage", "V_{RRM}", "50", "100", "200", "400", "600", "800", "1000",
						"Volts")
				.row("Non-repetitive peak surge current", "I_{FSM}", wide("30 (for 1 cycle)", 7), null, null, null,
						null, null, null, "Amp");

		ExtractionResult r = read(dir, "ESP4001.pdf", pdf);
		for (String part : new String[] { "ESP4001", "ESP4007" }) {
			Device d = device(r, part);
			assertEquals(1, d.all("IFSM").size(), () -> part + " IFSM: " + describe(d.all("IFSM")));
			assertValue(d, "IFSM", "max", 30);
		}
	}

	/**
	 * A row of a symbol the reader does not know (Qrr) continues on a second line that repeats its test point; the
	 * forward-voltage rows follow, their symbol on the first of two lines. The second Qrr line shares its test
	 * conditions with the row above and none with the VF row, so it is no forward voltage.
	 */
	@Test
	void rowTestedLikeTheRowAboveDoesNotLeadToTheNextSymbol() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP560", "5 A, 60 V power Schottky rectifier")
				.heading("Electrical characteristics");
		pdf.table(ColumnLayoutTest.SYMBOL_FIRST)
				.row("Q_{rr}", "Reverse recovery charge", "V_{R} = 30 V, dI/dt = 100 A/µs", "—", "15", "30", "nC")
				.row(null, null, "V_{R} = 30 V, T_{J} = 125 °C", "—", "45", "90", null)
				.row("V_{F}", "Forward voltage", "I_{F} = 5 A", "—", "0.85", "0.95", "V")
				.row(null, null, "I_{F} = 5 A, T_{J} = 125 °C", "—", "0.7", "0.8", null);

		Device d = onlyDevice(read(dir, "ESP560.pdf", pdf));
		assertEquals(2, d.all("VF").size(), () -> "VF: " + describe(d.all("VF")));
		assertValue(d, "VF", "max", 0.95, at("IF", 5));
		assertValue(d, "VF", "max", 0.8, at("IF", 5, "T", 125));
	}

	/**
	 * MCC's characteristics, printed without a table header: the description wraps over four lines beside the
	 * symbol, and the second value of the row, with its unit glued on, sits on the third line next to its own
	 * test point.
	 */
	@Test
	void valueBesideAWrappedDescriptionContinuesTheRow() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP6A10", "6 A, 1000 V rectifier")
				.heading("Electrical characteristics @ 25 °C unless otherwise specified");
		pdf.table(Column.left("Parameter", 50, 100), Column.left("Symbol", 150, 50), Column.left("Value", 200, 50),
				Column.left("Conditions", 250, 150)).header(false)
				.row("Maximum DC\nReverse Current At\nRated DC Blocking\nVoltage", "\nI_{R}", "\n10µA\n100µA",
						"\nT_{J} = 25 °C\nT_{J} = 100 °C");

		Device d = onlyDevice(read(dir, "ESP6A10.pdf", pdf));
		// its first line, "Maximum DC", makes the values maxima (StatisticMark.ofRow), the hot row's too
		assertValue(d, "IR", "max", 10e-6, at("T", 25));
		assertValue(d, "IR", "max", 100e-6, at("T", 100));
	}

	/**
	 * MCC's family ratings: one part per row, each value with its unit glued on, under column headings printed as
	 * words stacked over several lines ("Maximum / Recurrent / Peak / Reverse / Voltage"). The stacked words name
	 * the parameter; the RMS and DC blocking columns are not the repetitive peak rating.
	 */
	@Test
	void partRowsUnderStackedDescriptionHeadings() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP6A05 thru ESP6A10", "6 A rectifier, 50 - 1000 V")
				.heading("Maximum ratings");
		pdf.table(SymbolHeaderLayoutTest.columns(50, 120, 180, 240, 300, 360)).header(false)
				.row("MCC", "Device", "Maximum", "Maximum", "Maximum")
				.row("Catalog", "Marking", "Recurrent", "RMS", "DC")
				.row("Number", "", "Peak", "Voltage", "Blocking")
				.row("", "", "Reverse", "", "Voltage")
				.row("", "", "Voltage", "", "")
				.row("ESP6A05", "---", "50V", "35V", "50V")
				.row("ESP6A4", "---", "400V", "280V", "400V")
				.row("ESP6A10", "---", "1000V", "700V", "1000V");

		ExtractionResult r = read(dir, "ESP6A05.pdf", pdf);
		Device d = device(r, "ESP6A10");
		assertEquals(1, d.all("VRRM").size(), () -> "VRRM: " + describe(d.all("VRRM")));
		assertValue(d, "VRRM", "max", 1000);
		assertValue(device(r, "ESP6A05"), "VRRM", "max", 50);
	}

	/**
	 * Philips thermal characteristics: the condition cells are centred under a narrower "CONDITIONS" heading, so
	 * they start left of it; a second line of values whose text starts where the row's conditions start ("mounted
	 * on the board") is another condition of the same parameter.
	 */
	@Test
	void lineStartingInTheConditionCellsContinuesTheRow() {
		DatasheetPdf pdf = new DatasheetPdf().title("ESP448", "Damper diode").heading("Thermal characteristics");
		pdf.table(Column.left("SYMBOL", 50, 50), Column.left("PARAMETER", 100, 180), Column.center("CONDITIONS", 280, 150),
				Column.center("VALUE", 430, 40), Column.center("UNIT", 470, 40))
				.row("R_{th j-a}", "thermal resistance from junction to ambient", "T_{amb} = 25 °C; note 1", "100",
						"K/W")
				.row(null, null, "mounted on the board", "55", "K/W");

		Device d = onlyDevice(read(dir, "ESP448.pdf", pdf));
		assertValue(d, "RTH_JA", "max", 100);
		assertValue(d, "RTH_JA", "max", 55);
	}
}
