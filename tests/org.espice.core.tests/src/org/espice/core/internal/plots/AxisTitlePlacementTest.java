package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** Axis titles where vendors set them other than beside the axis. */
class AxisTitlePlacementTest {

	/** The first plot read off the sketch's page. */
	private static Plot readOne(PlotSketch s, DeviceKind kind) throws IOException {
		try (PDDocument doc = s.document()) {
			return new PlotReader(kind).read(doc).get(0);
		}
	}

	/** The 100..280 × 500..600 frame with three grid lines each way, its tick numbers spread evenly on both axes. */
	private static PlotSketch frame(String[] xs, String[] ys) throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 500, 280, 600, 3);
		for (int i = 0; i < xs.length; i++) {
			s.centred(xs[i], 100 + 180f * i / (xs.length - 1), 491, 7);
		}
		for (int i = 0; i < ys.length; i++) {
			s.right(ys[i], 97, 500 + 100f * i / (ys.length - 1) - 2.5f, 7);
		}
		return s;
	}

	/**
	 * The x title printed inside the frame, in the bottom right corner over the edge ("Tj(°C)"), and nothing under
	 * the tick numbers but the caption.
	 */
	@Test
	void xTitleInsideTheFrameOverItsBottomEdge() throws IOException {
		PlotSketch s = frame(new String[] { "0", "25", "50", "75", "100" }, new String[] { "0", "1", "2" });
		s.text("Tj(°C)", 230, 503, 7).rotated("PARM(tj)", 86, 520, 7);
		s.function(100, 280, 30, x -> 595 - 0.5 * (x - 100), false);
		s.text("Figure 4. Normalized avalanche power derating versus junction temperature", 80, 470, 8);

		Plot p = readOne(s, DeviceKind.SCHOTTKY);
		assertEquals("T", p.x().quantity());
		assertEquals(100.0, p.x().max(), 1e-9);
	}

	/**
	 * A rotated y title that prints its unit but names no quantity of the codes ("hoe, OUTPUT ADMITTANCE (µmhos)")
	 * stays the title: the conditions set over the frame's corner ("(f = 1.0 kHz, TA = 25°C)") name no axis, though
	 * they hold a temperature symbol.
	 */
	@Test
	void conditionsOverTheFrameAreNoTitleOfARotatedTitleWithItsUnit() throws IOException {
		PlotSketch s = frame(new String[] { "0", "25", "50", "75", "100" }, new String[] { "0", "2", "4" });
		s.text("VCE, COLLECTOR-EMITTER VOLTAGE (V)", 140, 480, 7).rotated("hoe, OUTPUT ADMITTANCE (\u00b5mhos)", 80, 510, 7);
		s.text("(f = 1.0 kHz, TA = 25\u00b0C)", 60, 604, 7);
		s.function(100, 280, 30, x -> 520 + 0.3 * (x - 100), false);
		s.text("Figure 12. Output Admittance", 140, 465, 8);

		Plot p = readOne(s, DeviceKind.BJT_NPN);
		assertEquals("other", p.y().quantity());
		assertEquals("S", p.y().unit());
		assertEquals(4e-6, p.y().max(), 1e-12);
	}

	/**
	 * A y title set on the row of a tick number, close enough to be read with it as one phrase ("µAmps 1"): the
	 * words before the tick are the title, and its prefix scales the axis.
	 */
	@Test
	void yTitleOnATickRowIsReadWithoutTheTick() throws IOException {
		PlotSketch s = frame(new String[] { "20", "50", "80", "110", "140" },
				new String[] { "0.01", "0.1", "1", "10", "100" });
		float tick = s.width("1", 7);
		s.text("\u00b5Amps", 97 - tick - 4 - s.width("\u00b5Amps", 7), 547.5f, 7);
		s.centred("Volts", 190, 478, 7);
		s.function(100, 280, 30, x -> 505 + 0.4 * (x - 100), false);
		s.text("Figure 4 Typical Reverse Characteristics", 110, 610, 8);

		Plot p = readOne(s, DeviceKind.RECTIFIER);
		assertEquals("IR", p.y().quantity());
		assertEquals(Plot.Scale.LOG, p.y().scale());
		assertEquals(100e-6, p.y().max(), 1e-12);
	}

	/**
	 * A copper area's title inside the frame over its bottom edge ("SCU(cm²)", a symbol and its unit that no quantity
	 * code names) gives the x axis its unit; the y title set over the frame's corner with its unit
	 * ("Rth(j-a)(°C/W)") wins over a rotated scrap of letters beside the tick numbers that prints none.
	 */
	@Test
	void symbolAndUnitTitlesOfAnAxisNoCodeNames() throws IOException {
		PlotSketch s = frame(new String[] { "0", "1", "2", "3", "4", "5" },
				new String[] { "0", "20", "40", "60", "80" });
		s.text("SCU(cm\u00b2)", 200, 504, 7).text("Rth(j-a)(\u00b0C/W)", 101, 604, 7).rotated("(j )", 84, 540, 4);
		s.function(100, 280, 30, x -> 590 - 0.3 * (x - 100), false);
		s.text("Figure 13. Thermal resistance junction to ambient versus copper surface under each lead", 80, 470, 8);

		Plot p = readOne(s, DeviceKind.SCHOTTKY);
		assertEquals("m\u00b2", p.x().unit());
		assertEquals(5e-4, p.x().max(), 1e-12);
		assertEquals("K/W", p.y().unit());
		assertEquals(80.0, p.y().max(), 1e-9);
	}

	/**
	 * A curve label of the plot on the left ("Cobo") standing beyond this plot's rotated y title is not its title,
	 * though it names a capacitance and the rotated title names no quantity of the codes: the small-signal gain axis
	 * stays unitless, not picofarads.
	 */
	@Test
	void aLabelBeyondTheRotatedTitleBelongsToThePlotOnTheLeft() throws IOException {
		PlotSketch s = new PlotSketch().frame(150, 500, 330, 600, 3);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.valueOf(25 * i), 150 + 45 * i, 491, 7);
		}
		double[] gains = { 0.2, 0.4, 1.0, 2.0, 4.0 };
		for (double g : gains) {
			float y = (float) (500 + (Math.log10(g) - Math.log10(0.2)) / Math.log10(20) * 100);
			s.right(String.valueOf(g), 147, y - 2.5f, 7);
		}
		s.text("Cobo", 103, 570, 7).rotated("|hfe|, SMALL-SIGNAL CURRENT GAIN", 128, 505, 7);
		s.centred("IC, COLLECTOR CURRENT (mA)", 240, 478, 7);
		s.function(150, 330, 30, x -> 510 + 0.4 * (x - 150), false);
		s.text("Figure 7. High Frequency Current Gain", 160, 465, 8);

		Plot p = readOne(s, DeviceKind.BJT_NPN);
		assertEquals("", p.y().unit());
		assertEquals(4.0, p.y().max(), 1e-9);
	}

	/**
	 * No title beside the y axis but a unit word set at its middle, below where titles stand, and under the plot a
	 * caption "Peak Forward Surge Current - Amperes versus" over "Number Of Cycles At 60Hz - Cycles": its first half
	 * names the y axis, a surge current in amperes.
	 */
	@Test
	void theFirstHalfOfAYVersusXCaptionUnderThePlotNamesTheYAxis() throws IOException {
		PlotSketch s = frame(new String[] { "1", "10", "100" }, new String[] { "0", "150", "300", "450", "600" });
		s.text("Amps", 62, 536, 7).centred("Cycles", 190, 478, 7);
		s.text("Peak Forward Surge Current - Amperes versus", 110, 462, 7);
		s.text("Number Of Cycles At 60Hz - Cycles", 110, 453, 7);
		s.function(100, 280, 30, x -> 590 - 0.4 * (x - 100), false);
		s.text("Figure 5 Maximum Non-Repetitive Forward Surge Current", 100, 612, 8);

		Plot p = readOne(s, DeviceKind.RECTIFIER);
		assertEquals("IF", p.y().quantity());
		assertEquals("A", p.y().unit());
		assertEquals(600.0, p.y().max(), 1e-9);
	}

	/**
	 * Under the x axis only its unit ("Volts"), and under the plot "Instantaneous Reverse Leakage Current -
	 * MicroAmperes versus" over "Percent Of Rated Peak Reverse Voltage - Volts": the second half names the x axis, a
	 * share of the rated voltage whatever unit it ends in.
	 */
	@Test
	void theSecondHalfOfAYVersusXCaptionUnderThePlotNamesTheXAxis() throws IOException {
		PlotSketch s = frame(new String[] { "20", "40", "60", "80", "100", "120", "140" },
				new String[] { "0.01", "0.1", "1", "10", "100" });
		s.centred("Volts", 190, 478, 7);
		s.text("Instantaneous Reverse Leakage Current - MicroAmperes versus", 100, 462, 7);
		s.text("Percent Of Rated Peak Reverse Voltage - Volts", 100, 453, 7);
		s.function(100, 280, 30, x -> 520 + 0.3 * (x - 100), false);
		s.text("Figure 4 Typical Reverse Characteristics", 100, 612, 8);

		Plot p = readOne(s, DeviceKind.RECTIFIER);
		assertEquals("VR_NORM", p.x().quantity());
		assertEquals(0.2, p.x().min(), 1e-9);
		assertEquals(1.4, p.x().max(), 1e-9);
	}
}
