package org.espice.samples;

import static org.espice.samples.DatasheetPdf.span;
import static org.espice.samples.DatasheetPdf.wide;
import static org.espice.samples.DevicePhysics.fixed;
import static org.espice.samples.DevicePhysics.maxOf;
import static org.espice.samples.DevicePhysics.minOf;
import static org.espice.samples.DevicePhysics.sig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.espice.core.DeviceKind;
import org.espice.samples.DatasheetPdf.Column;
import org.espice.samples.DatasheetPdf.Table;
import org.espice.samples.DevicePhysics.BjtModel;

/**
 * The embedded sample set: datasheets of fictional ESpice parts ("ESP..."), one per device kind, in the table
 * layouts vendors use. Every printed characteristic is computed from a stated SPICE model with the standard
 * equations of {@link DevicePhysics} and rounded to datasheet precision, so fitting the printed values finds the
 * model again.
 */
public final class SampleDatasheets {

	/** One sample file: its name, the device kind it describes and the parts it covers. */
	public record Sample(String file, DeviceKind kind, List<String> parts) {
		public Sample {
			parts = List.copyOf(parts);
		}
	}

	private record Entry(Sample sample, Supplier<DatasheetPdf> layout) {
	}

	private static final String FOOTER = "ESpice sample datasheet - fictional part for demonstrations, not a real "
			+ "product.   Page {page} of {pages}";

	/** Symbol | Parameter | Test conditions | Min | Typ | Max | Unit. */
	private static final Column[] SYMBOL_FIRST = { Column.left("Symbol", 50, 55), Column.left("Parameter", 105, 125),
			Column.left("Test conditions", 230, 140), Column.center("Min", 370, 35), Column.center("Typ", 405, 35),
			Column.center("Max", 440, 35), Column.center("Unit", 475, 35) };

	/** Parameter | Symbol | Conditions | Min | Typ | Max | Unit. */
	private static final Column[] PARAMETER_FIRST = { Column.left("Parameter", 50, 130),
			Column.left("Symbol", 180, 40), Column.left("Conditions", 220, 150), Column.center("Min", 370, 35),
			Column.center("Typ", 405, 35), Column.center("Max", 440, 35), Column.center("Unit", 475, 35) };

	/** Symbol | Parameter | Value | Unit. */
	private static final Column[] RATINGS = { Column.left("Symbol", 50, 55), Column.left("Parameter", 105, 220),
			Column.center("Value", 325, 60), Column.center("Unit", 385, 40) };

	/** Parameter | Symbol | Value | Unit. */
	private static final Column[] RATINGS_PARAMETER_FIRST = { Column.left("Parameter", 50, 200),
			Column.left("Symbol", 250, 50), Column.center("Value", 300, 60), Column.center("Unit", 360, 40) };

	private static final List<Entry> ENTRIES = List.of(
			new Entry(new Sample("ESP4148.pdf", DeviceKind.DIODE, List.of("ESP4148")), SampleDatasheets::switchingDiode),
			new Entry(new Sample("ESP4001-ESP4007.pdf", DeviceKind.RECTIFIER,
					List.of("ESP4001", "ESP4002", "ESP4003", "ESP4004", "ESP4005", "ESP4006", "ESP4007")),
					SampleDatasheets::rectifierFamily),
			new Entry(new Sample("ESPS340.pdf", DeviceKind.SCHOTTKY, List.of("ESPS340")), SampleDatasheets::schottky),
			new Entry(new Sample("ESPZ4V7-ESPZ6V8.pdf", DeviceKind.ZENER, List.of("ESPZ4V7", "ESPZ5V6", "ESPZ6V8")),
					SampleDatasheets::zenerFamily),
			new Entry(new Sample("ESP60N30.pdf", DeviceKind.MOSFET_N, List.of("ESP60N30")), SampleDatasheets::mosfetN),
			new Entry(new Sample("ESP30P12.pdf", DeviceKind.MOSFET_P, List.of("ESP30P12")), SampleDatasheets::mosfetP),
			new Entry(new Sample("ESP3904.pdf", DeviceKind.BJT_NPN, List.of("ESP3904")), SampleDatasheets::npn),
			new Entry(new Sample("ESP3906.pdf", DeviceKind.BJT_PNP, List.of("ESP3906")), SampleDatasheets::pnp),
			new Entry(new Sample("ESPJ113.pdf", DeviceKind.JFET_N, List.of("ESPJ113")), SampleDatasheets::jfet),
			new Entry(new Sample("ESPG40T65.pdf", DeviceKind.IGBT, List.of("ESPG40T65")), SampleDatasheets::igbt),
			new Entry(new Sample("ESPGN65R070.pdf", DeviceKind.GAN_FET, List.of("ESPGN65R070")),
					SampleDatasheets::ganFet));

	private SampleDatasheets() {
	}

	/** The samples {@link #write(Path)} writes, in order. */
	public static List<Sample> catalog() {
		return ENTRIES.stream().map(Entry::sample).toList();
	}

	/** The layout of one sample, by file name. */
	public static DatasheetPdf layout(String file) {
		return ENTRIES.stream().filter(e -> e.sample().file().equals(file)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No sample named " + file)).layout().get();
	}

	/** Writes every sample datasheet into {@code dir} (created if needed); returns the files in order. */
	public static List<Path> write(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Path> files = new ArrayList<>();
		for (Entry e : ENTRIES) {
			Path file = dir.resolve(e.sample().file());
			e.layout().get().save(file);
			files.add(file);
		}
		return files;
	}

	/**
	 * Writes inputs that must fail, each for a clear reason: a text file named .pdf, a truncated PDF, a scanned
	 * page without a text layer and a PDF that needs a user password. Returns the files in that order.
	 */
	public static List<Path> writeBadInputs(Path dir) throws IOException {
		Files.createDirectories(dir);
		Path text = dir.resolve("bad-not-a-pdf.pdf");
		Files.writeString(text, "This is a plain text file with a .pdf name.\nVDS = 60 V, RDS(on) = 4.2 mOhm\n",
				StandardCharsets.UTF_8);

		Path truncated = dir.resolve("bad-truncated.pdf");
		byte[] full = mosfetN().toBytes(null);
		Files.write(truncated, Arrays.copyOf(full, full.length / 3));

		Path scanned = dir.resolve("bad-scanned.pdf");
		new DatasheetPdf().scannedPage("ESP2907 PNP switching transistor", "", "Absolute maximum ratings",
				"VCEO  Collector-emitter voltage   -60 V", "IC  Collector current   -600 mA", "",
				"Electrical characteristics", "hFE  DC current gain  IC = -150 mA  100  300").save(scanned);

		Path encrypted = dir.resolve("bad-encrypted.pdf");
		switchingDiode().saveEncrypted(encrypted, "espice-demo");
		return List.of(text, truncated, scanned, encrypted);
	}

	private static DatasheetPdf sheet(String part, String subtitle) {
		return new DatasheetPdf().runningHeader(part + "   " + subtitle).footer(FOOTER).title(part, subtitle);
	}

	// --- Diodes -------------------------------------------------------------------------------------------

	/** Model: IS 2.52 nA, N 1.75, RS 0.6 Ohm, CJO 2.0 pF, VJ 0.6 V, M 0.35, TT 5.8 ns. Parameter-first tables. */
	static DatasheetPdf switchingDiode() {
		double is = 2.52e-9, n = 1.75, rs = 0.6, cjo = 2.0e-12, vj = 0.6, m = 0.35, tt = 5.8e-9;
		DatasheetPdf pdf = sheet("ESP4148", "Small-signal fast switching diode")
				.bullets("Fast switching: t_{rr} " + sig(tt * Math.log(2) * 1e9, 2) + " ns typical",
						"Repetitive peak reverse voltage 100 V", "Hermetically sealed glass package")
				.heading("Absolute maximum ratings (T_{amb} = 25 °C)");
		pdf.table(RATINGS_PARAMETER_FIRST)
				.row("Repetitive peak reverse voltage", "V_{RRM}", "100", "V")
				.row("Continuous reverse voltage", "V_{R}", "75", "V")
				.row("Forward continuous current", "I_{F}", "300", "mA")
				.row("Non-repetitive peak forward surge current, t_{p} = 1 µs", "I_{FSM}", "2", "A")
				.row("Total power dissipation", "P_{tot}", "500", "mW")
				.row("Storage temperature range", "T_{stg}", "-65 to +175", "°C");
		pdf.heading("Thermal characteristics");
		pdf.table(RATINGS_PARAMETER_FIRST).row("Thermal resistance, junction to ambient", "R_{thJA}", "350", "K/W");
		pdf.heading("Electrical characteristics (T_{amb} = 25 °C unless otherwise specified)");
		Table t = pdf.table(PARAMETER_FIRST);
		for (double i : new double[] { 1e-3, 10e-3, 50e-3, 150e-3 }) {
			double v = DevicePhysics.diodeVoltage(i, is, n, rs);
			t.row("Forward voltage", "V_{F}", "I_{F} = " + sig(i * 1e3, 3) + " mA", "—", fixed(v, 3),
					maxOf(v, 1.1, 2), "V");
		}
		t.row("Reverse current", "I_{R}", "V_{R} = 20 V", "—", "—", "25", "nA")
				.row("Reverse current", "I_{R}", "V_{R} = 75 V", "—", "—", "5", "µA")
				.row("Diode capacitance", "C_{D}", "V_{R} = 0 V, f = 1 MHz", "—", sig(cjo * 1e12, 2), "4", "pF")
				.row("Diode capacitance", "C_{D}", "V_{R} = 6 V, f = 1 MHz", "—",
						sig(DevicePhysics.junctionCapacitance(cjo, vj, m, 6) * 1e12, 2), "—", "pF")
				.row("Reverse recovery time", "t_{rr}", "I_{F} = I_{R} = 10 mA, I_{rr} = 1 mA, R_{L} = 100 Ω", "—",
						sig(tt * Math.log(2) * 1e9, 2), "6", "ns");
		return pdf;
	}

	/** Model: IS 5 nA, N 1.9, RS 40 mOhm, CJO 30 pF, VJ 0.7 V, M 0.45, TT 2.9 µs. One column per part. */
	static DatasheetPdf rectifierFamily() {
		double is = 5e-9, n = 1.9, rs = 0.04, cjo = 30e-12, vj = 0.7, m = 0.45, tt = 2.9e-6;
		String[] parts = { "ESP4001", "ESP4002", "ESP4003", "ESP4004", "ESP4005", "ESP4006", "ESP4007" };
		String[] vrrm = { "50", "100", "200", "400", "600", "800", "1000" };
		String[] vrms = { "35", "70", "140", "280", "420", "560", "700" };
		Column[] cols = new Column[parts.length + 3];
		cols[0] = Column.left("Symbol", 40, 45);
		cols[1] = Column.left("Parameter", 85, 150);
		for (int i = 0; i < parts.length; i++) {
			cols[2 + i] = Column.center(parts[i], 235 + i * 40, 40);
		}
		cols[cols.length - 1] = Column.center("Unit", 515, 30);
		DatasheetPdf pdf = sheet("ESP4001 - ESP4007", "1.0 A general-purpose silicon rectifiers")
				.bullets("Diffused junction", "Low forward voltage drop", "High surge current capability")
				.heading("Maximum ratings (T_{A} = 25 °C unless otherwise noted)");
		pdf.table(cols)
				.row("V_{RRM}", "Peak repetitive reverse voltage", vrrm[0], vrrm[1], vrrm[2], vrrm[3], vrrm[4], vrrm[5],
						vrrm[6], "V")
				.row("V_{RMS}", "RMS reverse voltage", vrms[0], vrms[1], vrms[2], vrms[3], vrms[4], vrms[5], vrms[6], "V")
				.row("I_{F(AV)}", "Average rectified forward current", wide("1.0", 7), null, null, null, null, null,
						null, "A")
				.row("I_{FSM}", "Non-repetitive peak surge current, 8.3 ms", wide("30", 7), null, null, null, null, null,
						null, "A")
				.row("P_{D}", "Power dissipation", wide("3.0", 7), null, null, null, null, null, null, "W");
		double vf1 = DevicePhysics.diodeVoltage(1.0, is, n, rs);
		pdf.heading("Electrical characteristics (all types, T_{A} = 25 °C)");
		pdf.table(SYMBOL_FIRST)
				.row("V_{F}", "Forward voltage", "I_{F} = 0.1 A", "—",
						fixed(DevicePhysics.diodeVoltage(0.1, is, n, rs), 3), "—", "V")
				.row("V_{F}", "Forward voltage", "I_{F} = 1.0 A", "—", fixed(vf1, 3), "1.1", "V")
				.row("I_{R}", "Reverse current at rated V_{R}", "T_{A} = 25 °C", "—", "—", "5.0", "µA")
				.row("I_{R}", "Reverse current at rated V_{R}", "T_{A} = 100 °C", "—", "—", "50", "µA")
				.row("C_{J}", "Junction capacitance", "V_{R} = 4 V, f = 1 MHz", "—",
						sig(DevicePhysics.junctionCapacitance(cjo, vj, m, 4) * 1e12, 2), "—", "pF")
				.row("t_{rr}", "Reverse recovery time", "I_{F} = I_{R} = 0.5 A", "—", sig(tt * Math.log(2) * 1e6, 2),
						"—", "µs");
		pdf.heading("Thermal characteristics");
		pdf.table(RATINGS).row("R_{θJA}", "Thermal resistance, junction to ambient", "50", "°C/W");
		return pdf;
	}

	/** Model: IS 20 µA, N 1.05, RS 25 mOhm, CJO 400 pF, VJ 0.45 V, M 0.5. Single-value rating tables. */
	static DatasheetPdf schottky() {
		double is = 2e-5, n = 1.05, rs = 0.025, cjo = 400e-12, vj = 0.45, m = 0.5;
		DatasheetPdf pdf = sheet("ESPS340", "3 A, 40 V Schottky barrier rectifier")
				.bullets("Schottky barrier chip with guard ring", "Very low forward voltage drop",
						"For free-wheeling and polarity protection")
				.heading("Absolute maximum ratings (T_{A} = 25 °C unless otherwise specified)");
		pdf.table(RATINGS_PARAMETER_FIRST)
				.row("Maximum repetitive peak reverse voltage", "V_{RRM}", "40", "V")
				.row("Maximum average forward rectified current", "I_{F(AV)}", "3.0", "A")
				.row("Peak forward surge current, 8.3 ms half sine-wave", "I_{FSM}", "80", "A")
				.row("Operating junction temperature range", "T_{J}", "-65 to +125", "°C");
		pdf.heading("Thermal characteristics");
		pdf.table(RATINGS_PARAMETER_FIRST)
				.row("Thermal resistance, junction to ambient", "R_{θJA}", "50", "°C/W")
				.row("Thermal resistance, junction to lead", "R_{θJL}", "15", "°C/W");
		pdf.heading("Electrical characteristics (T_{A} = 25 °C)");
		Table t = pdf.table(Column.left("Parameter", 50, 150), Column.left("Symbol", 200, 40),
				Column.left("Conditions", 240, 130), Column.center("Typ", 370, 35), Column.center("Max", 405, 35),
				Column.center("Unit", 440, 35));
		for (double i : new double[] { 0.5, 1.0, 3.0 }) {
			double v = DevicePhysics.diodeVoltage(i, is, n, rs);
			t.row("Forward voltage", "V_{F}", "I_{F} = " + fixed(i, 1) + " A", fixed(v, 3), maxOf(v, 1.12, 2), "V");
		}
		t.row("Reverse current", "I_{R}", "V_{R} = 40 V", "—", "0.5", "mA")
				.row("Reverse current", "I_{R}", "V_{R} = 40 V, T_{J} = 100 °C", "—", "20", "mA")
				.row("Junction capacitance", "C_{J}", "V_{R} = 4 V, f = 1 MHz",
						sig(DevicePhysics.junctionCapacitance(cjo, vj, m, 4) * 1e12, 3), "—", "pF");
		return pdf;
	}

	/**
	 * Three Zener voltages, one row per part. Model per part: breakdown BV = VZ − IZT·RS, RS and NBV chosen so
	 * that ZZT = RS + NBV·Vt/IZT.
	 */
	static DatasheetPdf zenerFamily() {
		String[] parts = { "ESPZ4V7", "ESPZ5V6", "ESPZ6V8" };
		double[] vz = { 4.7, 5.6, 6.8 };
		double[] rs = { 3.0, 2.0, 1.5 };
		double[] nbv = { 3.0, 1.5, 0.9 };
		String[] irMax = { "3", "1", "2" };
		String[] vr = { "2", "2", "4" };
		double izt = 5e-3;
		DatasheetPdf pdf = sheet("ESPZ4V7 - ESPZ6V8", "500 mW silicon Zener diodes")
				.bullets("Zener voltages 4.7 V to 6.8 V, tolerance ±5 %", "Glass package")
				.heading("Absolute maximum ratings (T_{A} = 25 °C)");
		pdf.table(RATINGS)
				.row("P_{tot}", "Power dissipation", "500", "mW")
				.row("V_{F}", "Forward voltage at I_{F} = 200 mA", "1.1", "V")
				.row("R_{thJA}", "Thermal resistance, junction to ambient", "300", "K/W");
		pdf.heading("Electrical characteristics (T_{A} = 25 °C)");
		Table t = pdf.table(Column.left("Type", 50, 70), Column.center("V_{Z} Min\n(V)", 120, 45),
				Column.center("V_{Z} Nom\n(V)", 165, 45), Column.center("V_{Z} Max\n(V)", 210, 45),
				Column.center("I_{ZT}\n(mA)", 255, 40), Column.center("Z_{ZT} Max\n(Ω)", 295, 50),
				Column.center("I_{R} Max\n(µA)", 345, 50), Column.center("V_{R}\n(V)", 395, 40));
		for (int i = 0; i < parts.length; i++) {
			double zz = DevicePhysics.zenerImpedance(rs[i], nbv[i], izt);
			t.row(parts[i], fixed(vz[i] * 0.95, 2), fixed(vz[i], 1), fixed(vz[i] * 1.05, 2), sig(izt * 1e3, 1),
					sig(zz, 2), irMax[i], vr[i]);
		}
		pdf.note("Zener voltage measured with a 20 ms pulse at I_{ZT}. The dynamic impedance Z_{ZT} is measured at "
				+ "I_{ZT} with an AC current of 10 % of I_{ZT}.");
		return pdf;
	}

	// --- Field-effect transistors ---------------------------------------------------------------------------

	/**
	 * Model: VTO 3.0 V, KP 84 A/V², RD + RS 2.5 mOhm (RS 1 mOhm), CGS 2.1 nF, CGD 800 pF·(1 + VDS/0.8 V)^-0.5,
	 * CJO(body) 2 nF with the same shape; body diode IS 10 pA, N 1.05, RS 2 mOhm, TT 65 ns.
	 */
	static DatasheetPdf mosfetN() {
		double vto = 3.0, kp = 84, rSeries = 2.5e-3, rSource = 1e-3, cgs = 2.1e-9, cgd0 = 800e-12,
				cds0 = 2.0e-9, tt = 65e-9;
		double vds = 25;
		double crss = DevicePhysics.junctionCapacitance(cgd0, 0.8, 0.5, vds);
		double cds = DevicePhysics.junctionCapacitance(cds0, 0.8, 0.5, vds);
		double r10 = DevicePhysics.mosfetOnResistance(vto, kp, rSeries, 10);
		double r6 = DevicePhysics.mosfetOnResistance(vto, kp, rSeries, 6);
		double gfs = DevicePhysics.mosfetTransconductance(kp, rSource, 40);
		double vth = DevicePhysics.mosfetGateVoltage(vto, kp, 250e-6);
		double vsd = DevicePhysics.diodeVoltage(40, 1e-11, 1.05, 2e-3);
		DatasheetPdf pdf = sheet("ESP60N30", "60 V, " + sig(r10 * 1e3, 2) + " mΩ N-channel power MOSFET")
				.bullets("Low R_{DS(on)} for synchronous rectification", "100 % avalanche tested",
						"Logic compatible gate drive from 6 V")
				.heading("Absolute maximum ratings (T_{C} = 25 °C unless otherwise noted)");
		pdf.table(Column.left("Symbol", 50, 55), Column.left("Parameter", 105, 140), Column.left("Conditions", 245, 80),
				Column.center("Value", 325, 60), Column.center("Unit", 385, 40))
				.row("V_{DS}", "Drain-source voltage", "", "60", "V")
				.row("V_{GS}", "Gate-source voltage", "", "±20", "V")
				.row(span("I_{D}", 2), span("Continuous drain current", 2), "T_{C} = 25 °C", "80", span("A", 2))
				.row(null, null, "T_{C} = 100 °C", "57", null)
				.row("I_{DM}", "Pulsed drain current", "t_{p} = 10 µs", "320", "A")
				.row("P_{D}", "Power dissipation", "T_{C} = 25 °C", "150", "W");
		pdf.heading("Thermal characteristics");
		pdf.table(RATINGS)
				.row("R_{thJC}", "Thermal resistance, junction to case", "1.0", "K/W")
				.row("R_{thJA}", "Thermal resistance, junction to ambient", "62", "K/W");
		pdf.pageBreak().heading("Electrical characteristics (T_{J} = 25 °C unless otherwise noted)");
		pdf.table(SYMBOL_FIRST)
				.section("Static characteristics")
				.row("V_{(BR)DSS}", "Drain-source breakdown voltage", "V_{GS} = 0 V, I_{D} = 250 µA", "60", "—", "—",
						"V")
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = 250 µA", "2.0", fixed(vth, 1),
						"4.0", "V")
				.row("I_{DSS}", "Zero gate voltage drain current", "V_{DS} = 60 V, V_{GS} = 0 V", "—", "—", "1", "µA")
				.row("I_{GSS}", "Gate-source leakage current", "V_{GS} = ±20 V", "—", "—", "100", "nA")
				.row(span("R_{DS(on)}", 2), span("Drain-source on-resistance", 2), "V_{GS} = 10 V, I_{D} = 40 A", "—",
						sig(r10 * 1e3, 2), maxOf(r10 * 1e3, 1.25, 2), span("mΩ", 2))
				.row(null, null, "V_{GS} = 6 V, I_{D} = 20 A", "—", sig(r6 * 1e3, 2), maxOf(r6 * 1e3, 1.25, 2), null)
				.row("g_{fs}", "Forward transconductance", "V_{DS} = 5 V, I_{D} = 40 A", "—", sig(gfs, 2), "—", "S")
				.section("Dynamic characteristics")
				.row("C_{iss}", "Input capacitance", span("V_{DS} = 25 V, V_{GS} = 0 V,\nf = 1 MHz", 3), "—",
						sig((cgs + crss) * 1e12, 3), "—", span("pF", 3))
				.row("C_{oss}", "Output capacitance", null, "—", sig((cds + crss) * 1e12, 3), "—", null)
				.row("C_{rss}", "Reverse transfer capacitance", null, "—", sig(crss * 1e12, 3), "—", null)
				.row("Q_{g}", "Total gate charge", span("V_{DS} = 30 V, I_{D} = 40 A,\nV_{GS} = 10 V", 3), "—", "48",
						"62", span("nC", 3))
				.row("Q_{gs}", "Gate-source charge", null, "—", "14", "—", null)
				.row("Q_{gd}", "Gate-drain charge", null, "—", "12", "—", null)
				.section("Body diode")
				.row("V_{SD}", "Diode forward voltage", "V_{GS} = 0 V, I_{S} = 40 A", "—", fixed(vsd, 2), "1.2", "V")
				.row("t_{rr}", "Reverse recovery time", "I_{F} = 40 A, di/dt = 100 A/µs", "—",
						sig(tt * Math.log(2) * 1e9, 2), "—", "ns");
		return pdf;
	}

	/**
	 * Model (magnitudes): VTO 1.8 V, KP 50 A/V², RD + RS 5 mOhm (RS 2 mOhm), CGS 1.6 nF, CGD 1.1 nF·(1 +
	 * VDS/0.8 V)^-0.5, CJO(body) 0.9 nF; body diode IS 50 pA, N 1.1, RS 4 mOhm. A table that runs over the page end.
	 */
	static DatasheetPdf mosfetP() {
		double vto = 1.8, kp = 50, rSeries = 5e-3, rSource = 2e-3, cgs = 1.6e-9, cgd0 = 1.1e-9, cds0 = 0.9e-9;
		double vds = 15;
		double crss = DevicePhysics.junctionCapacitance(cgd0, 0.8, 0.5, vds);
		double cds = DevicePhysics.junctionCapacitance(cds0, 0.8, 0.5, vds);
		double r10 = DevicePhysics.mosfetOnResistance(vto, kp, rSeries, 10);
		double r45 = DevicePhysics.mosfetOnResistance(vto, kp, rSeries, 4.5);
		double gfs = DevicePhysics.mosfetTransconductance(kp, rSource, 12);
		double vth = DevicePhysics.mosfetGateVoltage(vto, kp, 250e-6);
		double vsd = DevicePhysics.diodeVoltage(12, 5e-11, 1.1, 4e-3);
		DatasheetPdf pdf = sheet("ESP30P12", "-30 V P-channel enhancement-mode MOSFET")
				.bullets("Low on-resistance at 4.5 V gate drive", "Load switch and battery protection")
				.heading("Absolute maximum ratings (T_{A} = 25 °C unless otherwise noted)");
		pdf.table(RATINGS)
				.row("V_{DS}", "Drain-source voltage", "-30", "V")
				.row("V_{GS}", "Gate-source voltage", "±20", "V")
				.row("I_{D}", "Continuous drain current, T_{C} = 25 °C", "-12", "A")
				.row("I_{DM}", "Pulsed drain current", "-48", "A")
				.row("P_{D}", "Power dissipation, T_{C} = 25 °C", "2.5", "W")
				.row("R_{θJA}", "Thermal resistance, junction to ambient", "50", "°C/W");
		pdf.paragraph("This device is sensitive to electrostatic discharge; follow ESD handling precautions. "
				+ "Stresses above the absolute maximum ratings may damage the device. The ratings are stress ratings "
				+ "only; functional operation at or above them is not implied.");
		pdf.space(260).heading("Electrical characteristics (T_{J} = 25 °C unless otherwise noted)");
		pdf.table(SYMBOL_FIRST).continuedHeading("Electrical characteristics (continued)")
				.section("Static characteristics")
				.row("V_{(BR)DSS}", "Drain-source breakdown voltage", "V_{GS} = 0 V, I_{D} = -250 µA", "-30", "—", "—",
						"V")
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = -250 µA", "-1.0",
						fixed(-vth, 1), "-2.5", "V")
				.row("I_{DSS}", "Zero gate voltage drain current", "V_{DS} = -24 V, V_{GS} = 0 V", "—", "—", "-1", "µA")
				.row("R_{DS(on)}", "Static drain-source on-resistance", "V_{GS} = -10 V, I_{D} = -12 A", "—",
						sig(r10 * 1e3, 2), maxOf(r10 * 1e3, 1.3, 2), "mΩ")
				.row("R_{DS(on)}", "Static drain-source on-resistance", "V_{GS} = -4.5 V, I_{D} = -10 A", "—",
						sig(r45 * 1e3, 3), maxOf(r45 * 1e3, 1.3, 2), "mΩ")
				.row("g_{fs}", "Forward transconductance", "V_{DS} = -5 V, I_{D} = -12 A", "—", sig(gfs, 2), "—", "S")
				.continueOnNextPage()
				.section("Dynamic characteristics")
				.row("C_{iss}", "Input capacitance", "V_{DS} = -15 V, V_{GS} = 0 V, f = 1 MHz", "—",
						sig((cgs + crss) * 1e12, 3), "—", "pF")
				.row("C_{oss}", "Output capacitance", "V_{DS} = -15 V, V_{GS} = 0 V, f = 1 MHz", "—",
						sig((cds + crss) * 1e12, 3), "—", "pF")
				.row("C_{rss}", "Reverse transfer capacitance", "V_{DS} = -15 V, V_{GS} = 0 V, f = 1 MHz", "—",
						sig(crss * 1e12, 3), "—", "pF")
				.row("Q_{g}", "Total gate charge", "V_{DS} = -15 V, I_{D} = -12 A, V_{GS} = -10 V", "—", "38", "50",
						"nC")
				.section("Body diode")
				.row("V_{SD}", "Diode forward voltage", "V_{GS} = 0 V, I_{S} = -12 A", "—", fixed(-vsd, 2), "-1.2",
						"V");
		return pdf;
	}

	/** Model: VTO -2.0 V, BETA 1.5 mA/V², RD + RS 10 Ohm, CGS 20 pF, CGD 8 pF, PB 1 V, M 0.5. */
	static DatasheetPdf jfet() {
		double vto = -2.0, beta = 1.5e-3, rSeries = 10, cgs0 = 20e-12, cgd0 = 8e-12;
		double idss = beta * vto * vto;
		double gfs = 2 * beta * Math.abs(vto);
		double ron = rSeries + 1 / (2 * beta * Math.abs(vto));
		double cgd = DevicePhysics.junctionCapacitance(cgd0, 1.0, 0.5, 10);
		double cgs = DevicePhysics.junctionCapacitance(cgs0, 1.0, 0.5, 10);
		DatasheetPdf pdf = sheet("ESPJ113", "N-channel JFET for analog switching")
				.bullets("Low on-resistance", "Low insertion loss", "Fast switching")
				.heading("Absolute maximum ratings (T_{A} = 25 °C)");
		pdf.table(RATINGS)
				.row("V_{DG}", "Drain-gate voltage", "35", "V")
				.row("V_{GS}", "Gate-source voltage", "-35", "V")
				.row("I_{G}", "Forward gate current", "50", "mA")
				.row("P_{D}", "Power dissipation", "350", "mW");
		pdf.heading("Electrical characteristics (T_{A} = 25 °C)");
		pdf.table(SYMBOL_FIRST)
				.row("V_{(BR)GSS}", "Gate-source breakdown voltage", "I_{G} = -1 µA, V_{DS} = 0 V", "-35", "—", "—", "V")
				.row("V_{GS(off)}", "Gate-source cut-off voltage", "V_{DS} = 5 V, I_{D} = 1 µA", "-1.0", fixed(vto, 1),
						"-3.0", "V")
				.row("I_{DSS}", "Zero-gate-voltage drain current", "V_{DS} = 15 V, V_{GS} = 0 V", "2", sig(idss * 1e3, 2),
						"—", "mA")
				.row("I_{GSS}", "Gate reverse current", "V_{GS} = -15 V, V_{DS} = 0 V", "—", "—", "-1", "nA")
				.row("r_{DS(on)}", "Drain-source on-resistance", "V_{GS} = 0 V, V_{DS} = 0.1 V", "—", sig(ron, 3), "—",
						"Ω")
				.row("g_{fs}", "Forward transconductance", "V_{DS} = 15 V, V_{GS} = 0 V, f = 1 kHz", "—",
						sig(gfs * 1e3, 2), "—", "mS")
				.row("C_{iss}", "Input capacitance", "V_{DS} = 0 V, V_{GS} = -10 V, f = 1 MHz", "—",
						sig((cgs + cgd) * 1e12, 3), "—", "pF")
				.row("C_{rss}", "Reverse transfer capacitance", "V_{DS} = 0 V, V_{GS} = -10 V, f = 1 MHz", "—",
						sig(cgd * 1e12, 3), "—", "pF");
		return pdf;
	}

	/**
	 * An IGBT modelled as a MOSFET (VTO 5.5 V, KP 20 A/V²) driving a PNP junction (IS 1 nA, N 1.3) with 14.5 mOhm
	 * series resistance: VCE(sat) = VD(IC) + IC/(KP·(VGE − VTO)) + IC·R. Diode IS 20 nA, N 1.5, RS 20 mOhm.
	 */
	static DatasheetPdf igbt() {
		double vto = 5.5, kp = 20, r = 0.0145;
		double vce40 = DevicePhysics.diodeVoltage(40, 1e-9, 1.3, 0) + 40 / (kp * (15 - vto)) + 40 * r;
		double vce20 = DevicePhysics.diodeVoltage(20, 1e-9, 1.3, 0) + 20 / (kp * (15 - vto)) + 20 * r;
		double vf = DevicePhysics.diodeVoltage(20, 2e-8, 1.5, 0.02);
		double vth = DevicePhysics.mosfetGateVoltage(vto, kp, 1e-3);
		DatasheetPdf pdf = sheet("ESPG40T65", "650 V, 40 A trench field-stop IGBT with co-packaged diode")
				.bullets("V_{CE(sat)} = " + fixed(vce40, 2) + " V (typ.) at I_{C} = 40 A",
						"Co-packaged soft fast-recovery diode", "Short-circuit rated 5 µs")
				.heading("Absolute maximum ratings");
		pdf.table(Column.left("Symbol", 50, 55), Column.left("Description", 105, 200),
				Column.center("Ratings", 305, 60), Column.center("Unit", 365, 40))
				.row("V_{CES}", "Collector-emitter voltage", "650", "V")
				.row("V_{GES}", "Gate-emitter voltage", "±20", "V")
				.row("I_{C}", "Collector current, T_{C} = 25 °C", "80", "A")
				.row("I_{C}", "Collector current, T_{C} = 100 °C", "40", "A")
				.row("I_{F}", "Diode forward current, T_{C} = 100 °C", "20", "A")
				.row("P_{D}", "Maximum power dissipation, T_{C} = 25 °C", "260", "W")
				.row("R_{θJC}", "Thermal resistance, junction to case (IGBT)", "0.48", "°C/W");
		pdf.heading("Electrical characteristics of the IGBT (T_{J} = 25 °C unless otherwise noted)");
		pdf.table(SYMBOL_FIRST)
				.row("V_{GE(th)}", "Gate-emitter threshold voltage", "V_{GE} = V_{CE}, I_{C} = 1 mA", "4.5",
						fixed(vth, 1), "6.5", "V")
				.row(span("V_{CE(sat)}", 2), span("Collector-emitter\nsaturation voltage", 2),
						"V_{GE} = 15 V, I_{C} = 20 A", "—", fixed(vce20, 2), "—", span("V", 2))
				.row(null, null, "V_{GE} = 15 V, I_{C} = 40 A", "—", fixed(vce40, 2), maxOf(vce40, 1.25, 2), null)
				.row("I_{CES}", "Zero gate voltage collector current", "V_{CE} = 650 V, V_{GE} = 0 V", "—", "—", "40",
						"µA")
				.row("C_{ies}", "Input capacitance", span("V_{CE} = 25 V, V_{GE} = 0 V,\nf = 1 MHz", 3), "—", "2300",
						"—", span("pF", 3))
				.row("C_{oes}", "Output capacitance", null, "—", "95", "—", null)
				.row("C_{res}", "Reverse transfer capacitance", null, "—", "18", "—", null)
				.row("Q_{g}", "Total gate charge", "V_{CE} = 520 V, I_{C} = 40 A, V_{GE} = 15 V", "—", "120", "—", "nC");
		pdf.heading("Electrical characteristics of the diode");
		pdf.table(SYMBOL_FIRST).row("V_{F}", "Diode forward voltage", "I_{F} = 20 A", "—", fixed(vf, 2),
				maxOf(vf, 1.3, 2), "V");
		return pdf;
	}

	/**
	 * Enhancement-mode GaN modelled like a MOSFET: VTO 1.7 V, KP 11.6 A/V², series resistance 50 mOhm; reverse
	 * conduction VSD ≈ VTO + sqrt(2·IS/KP) + IS·R. Subscripted symbols and Symbol-font Ω and μ throughout.
	 */
	static DatasheetPdf ganFet() {
		double vto = 1.7, kp = 11.6, r = 0.05;
		double ron = DevicePhysics.mosfetOnResistance(vto, kp, r, 6);
		double gfs = DevicePhysics.mosfetTransconductance(kp, r / 2, 9);
		double vth = DevicePhysics.mosfetGateVoltage(vto, kp, 7e-3);
		double vsd = vto + Math.sqrt(2 * 9 / kp) + 9 * r;
		DatasheetPdf pdf = sheet("ESPGN65R070", "650 V, 70 m\u03A9 enhancement-mode GaN power transistor")
				.bullets("Gallium nitride (GaN) on silicon, normally off", "Zero reverse-recovery charge",
						"Kelvin source connection")
				.heading("Absolute maximum ratings");
		pdf.table(RATINGS)
				.row("V_{DS}", "Drain-to-source voltage", "650", "V")
				.row("V_{GS}", "Gate-to-source voltage", "-10 to +7", "V")
				.row("I_{D}^{1)}", "Continuous drain current, T_{C} = 25 °C", "29", "A")
				.row("I_{DM}^{2)}", "Pulsed drain current", "60", "A")
				.row("P_{D}", "Power dissipation, T_{C} = 25 °C", "125", "W");
		pdf.note("1) Limited by maximum junction temperature.   2) Pulse width 10 \u03BCs.");
		pdf.heading("Electrical characteristics (T_{J} = 25 °C)");
		pdf.table(SYMBOL_FIRST)
				.row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = 7 mA", "1.1", fixed(vth, 1), "2.6",
						"V")
				.row("R_{DS(on)}^{3)}", "Drain-source on-resistance", "V_{GS} = 6 V, I_{D} = 9 A", "—",
						sig(ron * 1e3, 2), maxOf(ron * 1e3, 1.3, 2), "m\u03A9")
				.row("I_{DSS}", "Drain-source leakage current", "V_{DS} = 650 V, V_{GS} = 0 V", "—", "2", "50",
						"\u03BCA")
				.row("g_{fs}", "Transconductance", "V_{DS} = 10 V, I_{D} = 9 A", "—", sig(gfs, 2), "—", "S")
				.row("C_{ISS}", "Input capacitance", span("V_{DS} = 400 V, V_{GS} = 0 V,\nf = 1 MHz", 3), "—", "260",
						"—", span("pF", 3))
				.row("C_{OSS}", "Output capacitance", null, "—", "65", "—", null)
				.row("C_{RSS}", "Reverse transfer capacitance", null, "—", "1.5", "—", null)
				.row("Q_{G}", "Total gate charge", "V_{DS} = 400 V, V_{GS} = 0 to 6 V, I_{D} = 9 A", "—", "6.1", "—",
						"nC")
				.row("V_{SD}", "Reverse conduction voltage", "V_{GS} = 0 V, I_{S} = 9 A", "—", fixed(vsd, 1), "—", "V");
		pdf.note("3) Pulse test: pulse width 300 \u03BCs, duty cycle 2 %.");
		return pdf;
	}

	// --- Bipolar transistors ----------------------------------------------------------------------------------

	/** Gummel–Poon model of the ESP3904 (magnitudes). */
	static final BjtModel NPN_MODEL = new BjtModel(1e-14, 250, 4, 2e-14, 1.5, 0.08, 10, 0.8, 0.4, 4.5e-12,
			3.6e-12, 0.75, 0.33, 300e-12);

	/** Gummel–Poon model of the ESP3906 (magnitudes). */
	static final BjtModel PNP_MODEL = new BjtModel(1.4e-14, 180, 5, 3e-14, 1.6, 0.1, 12, 1.2, 0.5, 5e-12, 4.4e-12,
			0.75, 0.33, 400e-12);

	/** hFE points, merged symbol/parameter/unit cells over them, saturation and small-signal values. */
	static DatasheetPdf npn() {
		BjtModel m = NPN_MODEL;
		DatasheetPdf pdf = sheet("ESP3904", "NPN general-purpose switching transistor")
				.bullets("Collector current up to 200 mA", "Collector-emitter voltage 40 V",
						"Complementary PNP type: ESP3906")
				.heading("Absolute maximum ratings (T_{A} = 25 °C)");
		pdf.table(RATINGS)
				.row("V_{CBO}", "Collector-base voltage", "60", "V")
				.row("V_{CEO}", "Collector-emitter voltage", "40", "V")
				.row("V_{EBO}", "Emitter-base voltage", "6.0", "V")
				.row("I_{C}", "Collector current, continuous", "200", "mA")
				.row("P_{D}", "Total device dissipation, T_{A} = 25 °C", "625", "mW")
				.row("R_{θJA}", "Thermal resistance, junction to ambient", "200", "°C/W");
		pdf.heading("Electrical characteristics (T_{A} = 25 °C unless otherwise noted)");
		Table t = pdf.table(SYMBOL_FIRST).section("Off characteristics")
				.row("V_{(BR)CEO}", "Collector-emitter breakdown voltage", "I_{C} = 1 mA, I_{B} = 0", "40", "—", "—", "V")
				.row("V_{(BR)CBO}", "Collector-base breakdown voltage", "I_{C} = 10 µA, I_{E} = 0", "60", "—", "—", "V")
				.row("I_{CBO}", "Collector cut-off current", "V_{CB} = 30 V, I_{E} = 0", "—", "—", "50", "nA")
				.section("On characteristics");
		double[] ics = { 0.1e-3, 1e-3, 10e-3, 50e-3, 100e-3 };
		for (int i = 0; i < ics.length; i++) {
			double h = DevicePhysics.bjtForward(m, ics[i]).hfe();
			String cond = "I_{C} = " + sig(ics[i] * 1e3, 2) + " mA, V_{CE} = 1 V";
			Object sym = i == 0 ? span("h_{FE}", ics.length) : null;
			Object name = i == 0 ? span("DC current gain", ics.length) : null;
			Object unit = i == 0 ? span("—", ics.length) : null;
			t.row(sym, name, cond, minOf(h, 1.6, 2), sig(h, 3), i == 2 ? maxOf(h, 1.4, 2) : "—", unit);
		}
		double[] s10 = DevicePhysics.bjtSaturation(m, 10e-3, 1e-3);
		double[] s50 = DevicePhysics.bjtSaturation(m, 50e-3, 5e-3);
		t.row(span("V_{CE(sat)}", 2), span("Collector-emitter\nsaturation voltage", 2), "I_{C} = 10 mA, I_{B} = 1 mA",
				"—", fixed(s10[0], 3), maxOf(s10[0], 1.5, 2), span("V", 2))
				.row(null, null, "I_{C} = 50 mA, I_{B} = 5 mA", "—", fixed(s50[0], 3), maxOf(s50[0], 1.5, 2), null)
				.row(span("V_{BE(sat)}", 2), span("Base-emitter\nsaturation voltage", 2), "I_{C} = 10 mA, I_{B} = 1 mA",
						minOf(s10[1], 1.15, 2), fixed(s10[1], 3), maxOf(s10[1], 1.1, 2), span("V", 2))
				.row(null, null, "I_{C} = 50 mA, I_{B} = 5 mA", "—", fixed(s50[1], 3), maxOf(s50[1], 1.1, 2), null)
				.row("V_{BE(on)}", "Base-emitter on voltage", "I_{C} = 10 mA, V_{CE} = 5 V", "—",
						fixed(DevicePhysics.bjtVbeOn(m, 10e-3), 3), "0.85", "V")
				.section("Small-signal characteristics")
				.row("f_{T}", "Current-gain bandwidth product", "I_{C} = 10 mA, V_{CE} = 20 V, f = 100 MHz",
						minOf(DevicePhysics.bjtTransitionFrequency(m, 10e-3) / 1e6, 1.2, 2),
						sig(DevicePhysics.bjtTransitionFrequency(m, 10e-3) / 1e6, 3), "—", "MHz")
				.row("C_{obo}", "Output capacitance", "V_{CB} = 5 V, I_{E} = 0, f = 1 MHz", "—",
						sig(DevicePhysics.junctionCapacitance(m.cjc(), m.vj(), m.mj(), 5) * 1e12, 2), "4.0", "pF")
				.row("C_{ibo}", "Input capacitance", "V_{EB} = 0.5 V, I_{C} = 0, f = 1 MHz", "—",
						sig(DevicePhysics.junctionCapacitance(m.cje(), m.vj(), m.mj(), 0.5) * 1e12, 2), "8.0", "pF");
		return pdf;
	}

	/** Philips-style upper-case tables with MIN. TYP. MAX., minus signs U+2212 and "−" placeholders. */
	static DatasheetPdf pnp() {
		BjtModel m = PNP_MODEL;
		String minus = "\u2212";
		Column[] limiting = { Column.left("SYMBOL", 50, 50), Column.left("PARAMETER", 100, 140),
				Column.left("CONDITIONS", 240, 130), Column.center("MIN.", 370, 35), Column.center("MAX.", 405, 35),
				Column.center("UNIT", 440, 35) };
		Column[] chars = { Column.left("SYMBOL", 50, 50), Column.left("PARAMETER", 100, 120),
				Column.left("CONDITIONS", 220, 150), Column.center("MIN.", 370, 35), Column.center("TYP.", 405, 35),
				Column.center("MAX.", 440, 35), Column.center("UNIT", 475, 35) };
		DatasheetPdf pdf = sheet("ESP3906", "PNP switching transistor")
				.heading("FEATURES").bullets("Low current (max. 200 mA)", "Low voltage (max. 40 V)")
				.heading("APPLICATIONS").bullets("General switching and amplification")
				.heading("LIMITING VALUES")
				.paragraph("In accordance with the Absolute Maximum Rating System (IEC 60134).");
		pdf.table(limiting)
				.row("V_{CBO}", "collector-base voltage", "open emitter", minus, minus + "40", "V")
				.row("V_{CEO}", "collector-emitter voltage", "open base", minus, minus + "40", "V")
				.row("V_{EBO}", "emitter-base voltage", "open collector", minus, minus + "5", "V")
				.row("I_{C}", "collector current (DC)", "", minus, minus + "200", "mA")
				.row("P_{tot}", "total power dissipation", "T_{amb} ≤ 25 °C", minus, "500", "mW");
		pdf.heading("THERMAL CHARACTERISTICS");
		pdf.table(Column.left("SYMBOL", 50, 50), Column.left("PARAMETER", 100, 190),
				Column.left("CONDITIONS", 290, 80), Column.center("VALUE", 370, 40), Column.center("UNIT", 410, 35))
				.row("R_{th j-a}", "thermal resistance from junction to ambient", "in free air", "250", "K/W");
		pdf.pageBreak().heading("CHARACTERISTICS").paragraph("T_{amb} = 25 °C unless otherwise specified.");
		Table t = pdf.table(chars)
				.row("I_{CBO}", "collector cut-off current", "I_{E} = 0; V_{CB} = " + minus + "30 V", minus, minus,
						minus + "50", "nA");
		double[] ics = { 0.1e-3, 1e-3, 10e-3, 50e-3, 100e-3 };
		for (int i = 0; i < ics.length; i++) {
			double h = DevicePhysics.bjtForward(m, ics[i]).hfe();
			t.row(i == 0 ? "h_{FE}" : "", i == 0 ? "DC current gain" : "",
					"I_{C} = " + minus + sig(ics[i] * 1e3, 2) + " mA; V_{CE} = " + minus + "1 V", minOf(h, 1.6, 2),
					sig(h, 3), i == 2 ? maxOf(h, 1.5, 2) : minus, "");
		}
		double[] s10 = DevicePhysics.bjtSaturation(m, 10e-3, 1e-3);
		double[] s50 = DevicePhysics.bjtSaturation(m, 50e-3, 5e-3);
		double ft = DevicePhysics.bjtTransitionFrequency(m, 10e-3);
		t.row("V_{CEsat}", "collector-emitter saturation voltage", "I_{C} = " + minus + "10 mA; I_{B} = " + minus
				+ "1 mA", minus, minus + sig(s10[0] * 1e3, 3), minus + maxOf(s10[0] * 1e3, 1.5, 2), "mV")
				.row("", "", "I_{C} = " + minus + "50 mA; I_{B} = " + minus + "5 mA", minus,
						minus + sig(s50[0] * 1e3, 3), minus + maxOf(s50[0] * 1e3, 1.5, 2), "mV")
				.row("V_{BEsat}", "base-emitter saturation voltage", "I_{C} = " + minus + "10 mA; I_{B} = " + minus
						+ "1 mA", minus + minOf(s10[1] * 1e3, 1.15, 2), minus + sig(s10[1] * 1e3, 3),
						minus + maxOf(s10[1] * 1e3, 1.1, 2), "mV")
				.row("C_{c}", "collector capacitance", "I_{E} = i_{e} = 0; V_{CB} = " + minus + "5 V; f = 1 MHz", minus,
						sig(DevicePhysics.junctionCapacitance(m.cjc(), m.vj(), m.mj(), 5) * 1e12, 2), "4.5", "pF")
				.row("C_{e}", "emitter capacitance", "I_{C} = i_{c} = 0; V_{EB} = " + minus + "500 mV; f = 1 MHz",
						minus, sig(DevicePhysics.junctionCapacitance(m.cje(), m.vj(), m.mj(), 0.5) * 1e12, 2), "10",
						"pF")
				.row("f_{T}", "transition frequency", "I_{C} = " + minus + "10 mA; V_{CE} = " + minus
						+ "20 V; f = 100 MHz", minOf(ft / 1e6, 1.2, 2), sig(ft / 1e6, 3), minus, "MHz");
		return pdf;
	}
}
