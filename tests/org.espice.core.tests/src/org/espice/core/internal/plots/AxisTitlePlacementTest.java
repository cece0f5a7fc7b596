package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** Axis titles where vendors set them other than beside the axis. */
class AxisTitlePlacementTest {

	/**
	 * The x title printed inside the frame, in the bottom right corner over the edge ("Tj(°C)"), and nothing under
	 * the tick numbers but the caption.
	 */
	@Test
	void xTitleInsideTheFrameOverItsBottomEdge() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 500, 280, 600, 3);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.valueOf(25 * i), 100 + 45 * i, 491, 7);
		}
		for (int i = 0; i <= 2; i++) {
			s.right(String.valueOf(i), 97, 500 + 50 * i - 2.5f, 7);
		}
		s.text("Tj(°C)", 230, 503, 7).rotated("PARM(tj)", 86, 520, 7);
		s.function(100, 280, 30, x -> 595 - 0.5 * (x - 100), false);
		s.text("Figure 4. Normalized avalanche power derating versus junction temperature", 80, 470, 8);

		try (PDDocument doc = s.document()) {
			Plot p = new PlotReader(DeviceKind.SCHOTTKY).read(doc).get(0);
			assertEquals("T", p.x().quantity());
			assertEquals(100.0, p.x().max(), 1e-9);
		}
	}

	/**
	 * A rotated y title that prints its unit but names no quantity of the codes ("hoe, OUTPUT ADMITTANCE (µmhos)")
	 * stays the title: the conditions set over the frame's corner ("(f = 1.0 kHz, TA = 25°C)") name no axis, though
	 * they hold a temperature symbol.
	 */
	@Test
	void conditionsOverTheFrameAreNoTitleOfARotatedTitleWithItsUnit() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 500, 280, 600, 3);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.valueOf(25 * i), 100 + 45 * i, 491, 7);
		}
		for (int i = 0; i <= 2; i++) {
			s.right(String.valueOf(2 * i), 97, 500 + 50 * i - 2.5f, 7);
		}
		s.text("VCE, COLLECTOR-EMITTER VOLTAGE (V)", 140, 480, 7).rotated("hoe, OUTPUT ADMITTANCE (\u00b5mhos)", 80, 510, 7);
		s.text("(f = 1.0 kHz, TA = 25\u00b0C)", 60, 604, 7);
		s.function(100, 280, 30, x -> 520 + 0.3 * (x - 100), false);
		s.text("Figure 12. Output Admittance", 140, 465, 8);

		try (PDDocument doc = s.document()) {
			Plot p = new PlotReader(DeviceKind.BJT_NPN).read(doc).get(0);
			assertEquals("other", p.y().quantity());
			assertEquals("S", p.y().unit());
			assertEquals(4e-6, p.y().max(), 1e-12);
		}
	}
}
