package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * Tick labels whose parts the text layer sets apart: decades whose exponent sits wholly above the "10" or is set in
 * the "10"'s own size, unit prefixes printed as words of their own after the numbers, and minus signs set apart from
 * their numbers.
 */
class TickLabelsTest {

	private static final PDType1Font SYMBOL = new PDType1Font(Standard14Fonts.FontName.SYMBOL);

	private static Plot readOne(PlotSketch sketch) throws IOException {
		try (PDDocument doc = sketch.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			return plots.get(0);
		}
	}

	/** A log frame 100..310 × 400..550 with y ticks 0.01 .. 10 and a rising line. */
	private static PlotSketch frame(String xTitle) throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 310, 550, 2);
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(Math.pow(10, i - 2)).replaceAll("\\.0$", ""), 97, 400 + 50 * i - 2.5f, 7);
		}
		return s.centred(xTitle, 200, 370, 7).rotated("ID (A)", 70, 420, 7)
				.function(100, 310, 30, x -> 420 + (x - 100) * 0.5, false);
	}

	/**
	 * The frame with four x decades from 10^{@code first}, each a 7 pt "10" centred 70 pt apart on baseline
	 * {@code base}, its exponent {@code after} pt past the ten's end on baseline {@code raised} in {@code size} pt.
	 */
	private static PlotSketch decades(int first, float base, float after, float raised, float size) throws IOException {
		PlotSketch s = frame("VDS (V)");
		for (int i = 0; i <= 3; i++) {
			float x = 100 + 70 * i - s.width("10", 7) / 2;
			s.text("10", x, base, 7).text(String.valueOf(first + i), x + s.width("10", 7) + after, raised, size);
		}
		return s;
	}

	/**
	 * Decades printed as a 7 pt "10" and a 5.5 pt exponent whose baseline sits over the top of the "10" (10⁰ ..
	 * 10³): the exponents are joined back although they stand above the frame's bottom edge; log 1 .. 1000 V.
	 */
	@Test
	void exponentsWhollyAboveTheirTen() throws IOException {
		PlotSketch s = decades(0, 391, 0.5f, 396.8f, 5.5f);
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 1, 1000), readOne(s).x());
	}

	/**
	 * Decades whose 5.5 pt exponent stands 5.8 pt up and 2.8 pt (0.4 of the ten's size) after a 7 pt "10", as a ten
	 * read from outlines ends short of its ink: the text layer sets the exponents on a line of their own, and they
	 * are joined back all the same; log 1 .. 1000 V.
	 */
	@Test
	void exponentsSetALittleAfterTheirTen() throws IOException {
		PlotSketch s = decades(0, 391, 2.8f, 396.8f, 5.5f);
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 1, 1000), readOne(s).x());
	}

	/**
	 * Decades whose exponent is set in the size of the "10", raised by two thirds of it (10⁻¹ .. 10²): log 0.1 ..
	 * 100 V, not a row of tens.
	 */
	@Test
	void fullSizeExponentsRaisedHigh() throws IOException {
		PlotSketch s = decades(-1, 387, 0, 391.7f, 7);
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 0.1, 100), readOne(s).x());
	}

	/**
	 * Time ticks printed "10 μ", "100 μ", "1 m", "10 m", "100 m", "1", the prefix a word of its own (μ from the
	 * Symbol font) and each tick centred as printed: a log time axis from 10 µs to 1 s.
	 */
	@Test
	void unitPrefixesSetApart() throws IOException {
		PlotSketch s = frame("Pulse Width PW (s)");
		String[] numbers = { "10", "100", "1", "10", "100", "1" };
		String[] prefixes = { "m", "m", "m", "m", "m", null };
		for (int i = 0; i < numbers.length; i++) {
			float centre = 100 + 42 * i;
			float n = s.width(numbers[i], 7);
			if (prefixes[i] == null) {
				s.centred(numbers[i], centre, 390, 7);
				continue;
			}
			float gap = 2.5f;
			float p = s.width(prefixes[i], 7);
			float x = centre - (n + gap + p) / 2;
			s.text(numbers[i], x, 390, 7);
			if (i < 2) {
				s.text(SYMBOL, "\u00b5", x + n + gap, 390, 7);
			} else {
				s.text("m", x + n + gap, 390, 7);
			}
		}
		assertEquals(new Plot.Axis("t", "s", Plot.Scale.LOG, 1e-5, 1), readOne(s).x());
	}

	/**
	 * A temperature row "- 60- 40- 20 0 20 .. 180" set so tight that each minus ends the word before its number, the
	 * first minus a word alone: the axis runs from -60 °C, not from 0 (which the positive ticks alone would give).
	 */
	@Test
	void minusSignsRunIntoTheNumberBefore() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 250, 550, 3);
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(i), 97, 400 + 50 * i - 2.5f, 7);
		}
		float size = 7;
		float step = 12.5f;
		float minus = s.width("-", size);
		s.text("-", 100 - minus - s.width("60", size) / 2 - 2, 391, size);
		for (int i = 0; i <= 12; i++) {
			String n = String.valueOf(Math.abs(-60 + 20 * i));
			float x = 100 + step * i - s.width(n, size) / 2;
			s.text(i < 2 ? n + "-" : n, x, 391, size);
		}
		s.centred("TJ, Junction Temperature (\u00b0C)", 175, 370, 7).rotated("RDS(on), Drain-to-Source On Resistance "
				+ "(Normalized)", 80, 410, 7);
		s.function(100, 250, 30, x -> 420 + (x - 100) * 0.4, false);
		s.text("Fig. 4 - Normalized On-Resistance vs. Temperature", 110, 560, 8);
		Plot.Axis x = readOne(s).x();
		assertEquals("T", x.quantity());
		assertEquals(-60, x.min(), 1e-9);
		assertEquals(180, x.max(), 1e-9);
	}
}
