package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * Where a tick number stands, and so where the axis is: on its own baseline when a line of text chains it to a curve
 * label a few points higher, or to text in another size further along.
 */
class TickPlacementTest {

	private static final float SIZE = 7;
	private static final float[] BLACK = { 0, 0, 0 };

	private static Plot readOne(PlotSketch sketch) throws IOException {
		try (PDDocument doc = sketch.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.BJT_NPN).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			return plots.get(0);
		}
	}

	/** Glyphs of {@code s} from x on baseline y, 4 pt apart, in one size. */
	private static void glyphs(List<DrawingCollector.Glyph> out, String s, double x, double y) {
		for (int i = 0; i < s.length(); i++) {
			out.add(new DrawingCollector.Glyph(s.substring(i, i + 1), x + 4 * i, y, 4, 0, SIZE, 0));
		}
	}

	/**
	 * A tick number "2" at baseline 100 and a curve label "IC = 10 mA" 20 pt to its right on baseline 104.5, its
	 * subscript C set 2 pt lower in the same size: the subscript chains the two into one line, whose middle baseline
	 * is the label's. The number keeps its own; the label's words keep the line's, as before.
	 */
	@Test
	void aNumberChainedToACurveLabelKeepsItsOwnBaseline() {
		List<DrawingCollector.Glyph> g = new ArrayList<>();
		glyphs(g, "2", 80, 100);
		glyphs(g, "I", 100, 104.5);
		glyphs(g, "C", 104, 102.5);
		glyphs(g, "=", 112, 104.5);
		glyphs(g, "10", 120, 104.5);
		glyphs(g, "mA", 132, 104.5);
		TextAssembly.Labels labels = TextAssembly.labels(g, new HashMap<>());
		Label two = labels.numbers().stream().filter(w -> w.text().equals("2")).findFirst().orElseThrow();
		assertEquals(100 - 0.05 * SIZE, two.y0(), 1e-9);
		Label ten = labels.numbers().stream().filter(w -> w.text().equals("10")).findFirst().orElseThrow();
		assertEquals(104.5 - 0.05 * SIZE, ten.y0(), 1e-9, "a number on the line's own baseline stays there");
	}

	/**
	 * A tick number "0.05" on baseline 100 in 7 pt, and far along its line a curve label of another plot in 8 pt, 3 pt
	 * higher: the page's line holds two sizes, and its middle baseline is the label's. The number's own stretch of the
	 * line is in one size, and it keeps its own baseline; it took the label's, 3 pt off its grid line, before.
	 */
	@Test
	void aNumberOnALineWithTextInAnotherSizeKeepsItsOwnBaseline() {
		List<DrawingCollector.Glyph> g = new ArrayList<>();
		glyphs(g, "0.05", 80, 100);
		for (int i = 0; i < "VGS = 10V".length(); i++) {
			g.add(new DrawingCollector.Glyph("VGS = 10V".substring(i, i + 1), 300 + 5 * i, 103, 5, 0, 8, 0));
		}
		TextAssembly.Labels labels = TextAssembly.labels(g, new HashMap<>());
		Label number = labels.numbers().stream().filter(w -> w.text().equals("0.05")).findFirst().orElseThrow();
		assertEquals(100 - 0.05 * SIZE, number.y0(), 1e-9, "on its own baseline, in its own size");
	}

	/**
	 * A ranked legend's last line, "Bottom - 4.5 V" in 6.5 pt on baseline 100, and far along its page line another
	 * plot's text in 8 pt, 2.5 pt higher, which sets the line's baseline. The legend's stretch stands on its own
	 * baseline: all its words are placed there, in its size, so the minus still goes with its number. Had the number
	 * alone moved, the legend line would have read "- V".
	 */
	@Test
	void aStretchOnABaselineOfItsOwnKeepsItsWordsTogether() {
		List<DrawingCollector.Glyph> g = new ArrayList<>();
		String legend = "Bottom - 4.5 V";
		for (int i = 0; i < legend.length(); i++) {
			g.add(new DrawingCollector.Glyph(legend.substring(i, i + 1), 100 + 3.6 * i, 100, 3.6, 0, 6.5f, 0));
		}
		for (int i = 0; i < "VDS = 20 V".length(); i++) {
			g.add(new DrawingCollector.Glyph("VDS = 20 V".substring(i, i + 1), 330 + 4.5 * i, 102.5, 4.5, 0, 8, 0));
		}
		TextAssembly.Labels labels = TextAssembly.labels(g, new HashMap<>());
		for (String w : new String[] { "Bottom", "-", "4.5", "V" }) {
			Label word = labels.words().stream().filter(l -> l.text().equals(w) && l.x0() < 200).findFirst()
					.orElseThrow();
			assertEquals(100 - 0.05 * 6.5, word.y0(), 1e-6, w);
			assertEquals(6.5, word.size(), 1e-6, w);
		}
	}

	/**
	 * A log axis's minor multipliers "6" and "8", 3.6 pt digits stacked 4.9 pt apart beside it, and on the page
	 * far to their right a 9 pt text standing between their heights: the page's line takes all three in. Read along
	 * the line, the 8 and the 6 stand at one place, and they made one word, "86". They stand over each other, not
	 * side by side: two numbers.
	 */
	@Test
	void smallNumbersStackedOverEachOtherAreNumbersEach() {
		List<DrawingCollector.Glyph> g = new ArrayList<>();
		g.add(new DrawingCollector.Glyph("6", 106.67, 181.7, 1.8, 0, 3.6f, 0));
		g.add(new DrawingCollector.Glyph("8", 106.52, 186.6, 1.9, 0, 3.6f, 0));
		for (int i = 0; i < "Zth".length(); i++) {
			g.add(new DrawingCollector.Glyph("Zth".substring(i, i + 1), 330 + 5 * i, 184, 5, 0, 9, 0));
		}
		TextAssembly.Labels labels = TextAssembly.labels(g, new HashMap<>());
		List<String> numbers = labels.numbers().stream().map(Label::text).sorted().toList();
		assertEquals(List.of("6", "8"), numbers);
	}

	/**
	 * A decade "10" whose exponent was lost, 7.3 pt on baseline 150.6, a 3.6 pt minor multiplier "8" 6 pt to its
	 * right and 2 pt lower, and far along the page's line an 8.4 pt axis title 3.4 pt higher, which sets the line's
	 * baseline. The "10"'s stretch holds two sizes; the "10" is in its larger and keeps its own baseline, in its own
	 * size. On the title's baseline it stood a third of a decade off its grid line.
	 */
	@Test
	void aNumberInItsStretchsLargerSizeKeepsItsOwnBaseline() {
		List<DrawingCollector.Glyph> g = new ArrayList<>();
		g.add(new DrawingCollector.Glyph("1", 92.7, 150.6, 4.1, 0, 7.3f, 0));
		g.add(new DrawingCollector.Glyph("0", 96.8, 150.6, 4.1, 0, 7.3f, 0));
		g.add(new DrawingCollector.Glyph("8", 106.9, 148.6, 1.9, 0, 3.6f, 0));
		for (int i = 0; i < "VDS".length(); i++) {
			g.add(new DrawingCollector.Glyph("VDS".substring(i, i + 1), 330 + 5 * i, 154, 5, 0, 8.4f, 0));
		}
		TextAssembly.Labels labels = TextAssembly.labels(g, new HashMap<>());
		Label ten = labels.numbers().stream().filter(w -> w.text().equals("10")).findFirst().orElseThrow();
		assertEquals(150.6 - 0.05 * 7.3, ten.y0(), 1e-5, "on its own baseline");
		assertEquals(7.3, ten.size(), 1e-5, "in its own size");
	}

	/**
	 * A log axis's decades "10⁻¹" and "10⁰" whose 4.5 pt exponents stand 3.6 pt over their 6.3 pt "10", a line of
	 * their own, and right after each exponent the next decade's first minor multiplier "2", 3.8 pt, 2.6 pt higher
	 * still; another plot's number far along the page stands between their heights, and the page's line takes them
	 * in. The "2" is no exponent of the exponent ("0^2"), nor its last digit ("-12"): each exponent joins its ten,
	 * and the multipliers are numbers of their own.
	 */
	@Test
	void aMultiplierRightAfterAnExponentIsANumberOfItsOwn() {
		List<DrawingCollector.Glyph> g = new ArrayList<>();
		for (double[] at : new double[][] { { 116.4, -1 }, { 149.7, 0 } }) {
			double x = at[0];
			g.add(new DrawingCollector.Glyph("1", x, 548.0, 3.4, 0, 6.3f, 0));
			g.add(new DrawingCollector.Glyph("0", x + 3.4, 548.0, 3.0, 0, 6.3f, 0));
			String e = at[1] < 0 ? "-1" : "0";
			double ex = x + 6.4;
			for (int i = 0; i < e.length(); i++) {
				g.add(new DrawingCollector.Glyph(e.substring(i, i + 1), ex, 551.6, 2.6, 0, 4.5f, 0));
				ex += 2.6;
			}
			g.add(new DrawingCollector.Glyph("2", ex - 0.1, 554.2, 2.0, 0, 3.8f, 0));
		}
		// another plot's tick number far along, between their heights: the page's line takes them all in
		g.add(new DrawingCollector.Glyph("5", 334.8, 552.9, 3.9, 0, 6.5f, 0));
		TextAssembly.Labels labels = TextAssembly.labels(g, new HashMap<>());
		List<String> ticks = labels.ticks().stream().sorted(java.util.Comparator.comparingDouble(Label::x0))
				.map(Label::text).toList();
		assertEquals(List.of("10^-1", "2", "10^0", "2", "5"), ticks);
	}

	/**
	 * A frame 100..300 × 400..550 pt without inner grid lines, y ticks 0, 2 and 4 A centred on their places, the 2
	 * chained to a curve label as above, and a straight curve from corner to corner: at 20 V it reads 2 A. Placed on
	 * the label's baseline, the 2 bent the fit, and the curve read 1.96 A there.
	 */
	@Test
	void aTickNumberBesideACurveLabelPlacesTheAxis() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 0);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.valueOf(10 * i), 100 + 50 * i, 390, SIZE);
		}
		for (int i = 0; i <= 2; i++) {
			s.right(String.valueOf(2 * i), 97, 400 + 75 * i - 2.5f, SIZE);
		}
		float base = 475 - 2.5f;
		s.text("I", 120, base + 4.5f, SIZE).text("C", 122, base + 2.3f, SIZE).text("= 10 mA", 127, base + 4.5f, SIZE);
		s.centred("VCE (V)", 200, 378, SIZE).rotated("IC (A)", 80, 420, SIZE)
				.curve(new float[] { 100, 160, 200, 240, 300 }, new float[] { 400, 445, 475, 505, 550 }, 1f, BLACK, false);
		Plot p = readOne(s);
		assertEquals(2.0, valueAt(p, 20), 0.005);
	}

	/** The curve's y where its x is {@code x}, between its points. */
	private static double valueAt(Plot p, double x) {
		List<Plot.Point> pts = p.series().get(0).points();
		for (int i = 1; i < pts.size(); i++) {
			Plot.Point a = pts.get(i - 1);
			Plot.Point b = pts.get(i);
			if ((a.x() - x) * (b.x() - x) <= 0 && a.x() != b.x()) {
				return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
			}
		}
		throw new AssertionError("no point at x = " + x + " in " + pts);
	}
}
