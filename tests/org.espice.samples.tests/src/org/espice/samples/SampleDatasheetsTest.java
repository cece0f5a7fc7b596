package org.espice.samples;

import static org.espice.samples.DevicePhysics.VT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.espice.core.DeviceKind;
import org.espice.samples.SampleDatasheets.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample set is complete, readable, and its printed values are consistent with the stated models. */
class SampleDatasheetsTest {

	@TempDir
	Path dir;

	@Test
	void everyKindTheSpecNamesHasASample() {
		List<DeviceKind> kinds = SampleDatasheets.catalog().stream().map(Sample::kind).toList();
		for (DeviceKind k : DeviceKind.values()) {
			if (k != DeviceKind.OTHER && k != DeviceKind.JFET_P) {
				assertTrue(kinds.contains(k), "no sample for " + k);
			}
		}
		assertTrue(SampleDatasheets.catalog().stream().flatMap(s -> s.parts().stream())
				.allMatch(p -> p.startsWith("ESP")), "sample parts are ours");
	}

	@Test
	void writesEveryFileWithATextLayerNamingItsParts() throws IOException {
		List<Path> files = SampleDatasheets.write(dir);
		List<Sample> catalog = SampleDatasheets.catalog();
		assertEquals(catalog.size(), files.size());
		for (int i = 0; i < files.size(); i++) {
			try (PDDocument doc = Loader.loadPDF(files.get(i).toFile())) {
				String text = new PDFTextStripper().getText(doc);
				for (String part : catalog.get(i).parts()) {
					assertTrue(text.contains(part), files.get(i) + " names " + part);
				}
				assertTrue(text.contains("fictional"), "says it is not a real product");
			}
		}
	}

	@Test
	void badInputsAreWritten() throws IOException {
		List<Path> bad = SampleDatasheets.writeBadInputs(dir);
		assertEquals(4, bad.size());
		assertTrue(Files.readString(bad.get(0)).startsWith("This is a plain text file"));
		byte[] truncated = Files.readAllBytes(bad.get(1));
		assertTrue(new String(truncated, 0, 5).equals("%PDF-") && !new String(truncated).contains("%%EOF"));
	}

	/** Diode: N and IS found from two printed VF points (domain.md) are the model's within rounding. */
	@Test
	void printedDiodeCurveGivesTheModelBack() {
		double v1 = Double.parseDouble(DevicePhysics.fixed(DevicePhysics.diodeVoltage(1e-3, 2.52e-9, 1.75, 0.6), 3));
		double v2 = Double.parseDouble(DevicePhysics.fixed(DevicePhysics.diodeVoltage(10e-3, 2.52e-9, 1.75, 0.6), 3));
		// the 0.6 Ohm drop at these currents is small; subtract it as a fitter would after the first pass
		double n = ((v2 - 0.006) - (v1 - 0.0006)) / (VT * Math.log(10));
		assertEquals(1.75, n, 0.03);
		double is = 1e-3 / Math.expm1((v1 - 0.0006) / (n * VT));
		assertEquals(2.52e-9, is, 2.52e-9 * 0.5);
	}

	/** MOSFET: KP = gfs²/(2·ID) and RDS(on) = R + 1/(KP·(VGS − VTO)) hold for the printed numbers. */
	@Test
	void printedMosfetValuesAgree() {
		double gm = DevicePhysics.mosfetTransconductance(84, 0, 40);
		assertEquals(84, gm * gm / (2 * 40), 1e-9);
		assertEquals(0.0025 + 1 / (84 * 7.0), DevicePhysics.mosfetOnResistance(3.0, 84, 0.0025, 10), 1e-12);
		assertEquals("4.2", DevicePhysics.sig(DevicePhysics.mosfetOnResistance(3.0, 84, 0.0025, 10) * 1e3, 2));
	}

	/** BJT: hFE falls at high current (IKF) and low current (ISE); VCE(sat) rises with IC. */
	@Test
	void printedBjtValuesBehaveLikeAGummelPoonModel() {
		DevicePhysics.BjtModel m = SampleDatasheets.NPN_MODEL;
		double h01 = DevicePhysics.bjtForward(m, 0.1e-3).hfe();
		double h10 = DevicePhysics.bjtForward(m, 10e-3).hfe();
		double h100 = DevicePhysics.bjtForward(m, 100e-3).hfe();
		assertTrue(h10 < m.bf() && h100 < h10 && h01 < m.bf(), h01 + " " + h10 + " " + h100);
		double[] s10 = DevicePhysics.bjtSaturation(m, 10e-3, 1e-3);
		double[] s50 = DevicePhysics.bjtSaturation(m, 50e-3, 5e-3);
		assertTrue(s10[0] > 0.02 && s10[0] < s50[0] && s50[0] < 0.4, s10[0] + " " + s50[0]);
		assertTrue(s10[1] > 0.6 && s10[1] < 0.9);
		double ft = DevicePhysics.bjtTransitionFrequency(m, 10e-3);
		double tf = 1 / (2 * Math.PI * ft) - (m.cje() + m.cjc()) / (10e-3 / VT) - m.cjc() * (m.rc() + m.re());
		assertEquals(m.tf(), tf, 1e-15, "domain.md's TF formula inverts the printed fT");
	}

	@Test
	void roundingToDatasheetPrecision() {
		assertEquals("0.0042", DevicePhysics.sig(0.0042001, 2));
		assertEquals("5.3", DevicePhysics.maxOf(4.2, 1.25, 2));
		assertEquals("-2.5", DevicePhysics.maxOf(-2.0, 1.25, 2));
		assertEquals("120", DevicePhysics.minOf(203, 1.6, 2));
		assertEquals("0.580", DevicePhysics.fixed(0.57996, 3));
	}
}
