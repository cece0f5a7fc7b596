package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** Plots drawn on generated pages the way datasheets draw them, read back into calibrated curves. */
class PlotReaderTest {

	private static List<Plot> read(PlotSketch sketch, DeviceKind kind) throws IOException {
		try (PDDocument doc = sketch.document()) {
			return new PlotReader(kind).read(doc);
		}
	}

	/** The other coordinate of a series where x (or log x) equals {@code at}, by linear interpolation. */
	private static double yAt(Plot.Series s, double at, boolean logX) {
		List<Plot.Point> p = s.points();
		for (int i = 1; i < p.size(); i++) {
			double a = logX ? Math.log10(p.get(i - 1).x()) : p.get(i - 1).x();
			double b = logX ? Math.log10(p.get(i).x()) : p.get(i).x();
			double t = logX ? Math.log10(at) : at;
			if (a <= t && t <= b && b > a) {
				return p.get(i - 1).y() + (p.get(i).y() - p.get(i - 1).y()) * (t - a) / (b - a);
			}
		}
		throw new AssertionError("series does not reach " + at);
	}

	/**
	 * An output characteristic: a gridded frame (100..300 × 400..550 pt), ticks 0..10 V under the bottom edge
	 * every 40 pt, 0..300 mA left of the frame every 50 pt, the y title rotated, two curves with their gate
	 * voltage printed at their right ends ("VGS = 4 V" and a bare "3 V") and a caption under the plot.
	 */
	@Test
	void outputCharacteristicIsCalibratedInSiWithLabelsAtCurveEnds() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 5; i++) {
			s.centred(String.valueOf(2 * i), 100 + 40 * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(100 * i), 97, 400 + 50 * i - 2.5f, 7);
		}
		s.centred("VDS, DRAIN-TO-SOURCE VOLTAGE (V)", 200, 378, 7).rotated("ID, DRAIN CURRENT (mA)", 80, 420, 7)
				.text("Figure 1. Output Characteristics", 100, 360, 8)
				.function(100, 300, 60, x -> 400 + 120 * (1 - Math.exp(-(x - 100) / 30)), false)
				.function(100, 300, 60, x -> 400 + 60 * (1 - Math.exp(-(x - 100) / 25)), false)
				.text("VGS = 4 V", 250, 524, 6).text("3 V", 285, 465, 6);

		List<Plot> plots = read(s, DeviceKind.MOSFET_N);
		assertEquals(1, plots.size(), plots.toString());
		Plot p = plots.get(0);
		assertEquals(Plot.Kind.OUTPUT, p.kind());
		assertEquals("Figure 1. Output Characteristics", p.caption());
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 10), p.x());
		assertEquals(new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 0.3), p.y());
		assertNull(p.reason());
		assertEquals(2, p.series().size());
		Plot.Series high = p.series().stream().filter(x -> "VGS = 4 V".equals(x.label())).findFirst().orElseThrow();
		assertEquals(4.0, high.conditions().get("VGS"));
		// at 5 V the curve is at 400 + 120·(1 − e^(−100/30)) pt, i.e. 231.4 mA
		assertEquals(0.2314, yAt(high, 5, false), 0.002);
		Plot.Series low = p.series().stream().filter(x -> "3 V".equals(x.label())).findFirst().orElseThrow();
		assertEquals(3.0, low.conditions().get("VGS"));
		assertEquals(1.0, p.bbox().x0() / 100, 0.01);
	}

	/**
	 * The same output characteristic with every line drawn as a filled outline, as some producers export them: the
	 * frame a ring, the grid thin bars, each curve a thin polygon that runs on past the frame and is clipped there;
	 * and the whole plot drawn twice over. It reads as the stroked one: two curves, calibrated.
	 */
	@Test
	void linesDrawnAsFilledOutlinesAndDrawnTwiceAreReadOnce() throws IOException {
		PlotSketch s = new PlotSketch().filledFrame(100, 400, 300, 550, 4, 1.2f);
		for (int i = 0; i <= 5; i++) {
			s.centred(String.valueOf(2 * i), 100 + 40 * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(100 * i), 97, 400 + 50 * i - 2.5f, 7);
		}
		float[] clip = { 100, 400, 300, 550 };
		s.centred("VDS, DRAIN-TO-SOURCE VOLTAGE (V)", 200, 378, 7).rotated("ID, DRAIN CURRENT (mA)", 80, 420, 7)
				.text("Figure 1. Output Characteristics", 100, 360, 8)
				.filledFunction(100, 380, 80, x -> 400 + 120 * (1 - Math.exp(-(x - 100) / 30)), 1.8f, clip)
				.filledFunction(100, 380, 80, x -> 400 + 60 * (1 - Math.exp(-(x - 100) / 25)), 1.8f, clip)
				.text("VGS = 4 V", 250, 524, 6).text("3 V", 285, 465, 6).twice();

		List<Plot> plots = read(s, DeviceKind.MOSFET_N);
		assertEquals(1, plots.size(), plots.toString());
		Plot p = plots.get(0);
		assertNull(p.reason());
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 10), p.x());
		assertEquals(new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 0.3), p.y());
		assertEquals(2, p.series().size(), p.series().toString());
		Plot.Series high = p.series().stream().filter(x -> "VGS = 4 V".equals(x.label())).findFirst().orElseThrow();
		assertEquals(0.2314, yAt(high, 5, false), 0.002);
		assertTrue(high.points().stream().allMatch(q -> q.x() <= 10.1), "clipped at the frame: " + high.points());
	}

	/**
	 * A derating line drawn as one filled quadrilateral per segment (1.5 pt wide), each its own path: the segments
	 * are one curve, read through the frame (0..200 °C, 0..100 A).
	 */
	@Test
	void aCurveDrawnAsOneFilledQuadrilateralPerSegmentIsRead() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 3);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.valueOf(50 * i), 100 + 50 * i, 390, 7);
		}
		for (int i = 0; i <= 4; i++) {
			s.right(String.valueOf(25 * i), 97, 400 + 37.5f * i - 2.5f, 7);
		}
		s.centred("TC (°C)", 200, 378, 7).rotated("IC (A)", 80, 455, 7)
				.quadFunction(100, 250, 7, x -> x < 150 ? 540 - 0.08 * (x - 100) : 536 - 1.1 * (x - 150), 1.5f);

		Plot p = read(s, DeviceKind.IGBT).get(0);
		assertNull(p.reason(), p.reason());
		assertEquals(1, p.series().size(), p.series().toString());
		Plot.Series line = p.series().get(0);
		// at 50 °C (x = 150 pt) the line stands at 536 pt: 90.7 A; at 150 °C (250 pt) at 426 pt: 17.3 A
		assertEquals(90.7, yAt(line, 50, false), 1);
		assertEquals(17.3, yAt(line, 149.9, false), 1);
	}

	/**
	 * A forward characteristic (0..1 V across 100..300 pt, 0..30 A up 400..550 pt) with a solid curve and a hot curve
	 * drawn dash-dot as ST does ({@link PlotSketch#quadDashDot}), one filled quadrilateral per mark: 1.6 pt dots (some
	 * two square halves) and 5.5 pt dashes drawn as two touching halves, their widths 0.85 to 1.2 times the pen's.
	 * Before, the dots were dropped as too short to be segments, the halves of a dash stood end to end like a solid
	 * line's pieces, and marks fell into different pens by width: the hot curve was lost.
	 */
	@Test
	void aCurveDrawnDashDotAsOneFilledParallelogramPerMarkIsOneDashedCurve() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 5; i++) {
			s.centred(String.format(java.util.Locale.ROOT, "%.1f", 0.2 * i), 100 + 40 * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(10 * i), 97, 400 + 50 * i - 2.5f, 7);
		}
		java.util.function.DoubleUnaryOperator hot = x -> 400 + 140 * Math.pow((x - 100) / 150, 2);
		s.centred("VF (V)", 200, 378, 7).rotated("IF (A)", 80, 455, 7)
				.function(150, 290, 40, x -> 400 + 140 * Math.pow((x - 150) / 140, 2), false)
				.quadDashDot(102, 248, hot, 0.8f);

		Plot p = read(s, DeviceKind.SCHOTTKY).get(0);
		assertNull(p.reason(), p.reason());
		assertEquals(2, p.series().size(), p.series().toString());
		Plot.Series dashed = p.series().stream().filter(c -> c.points().get(0).x() < 0.1).findFirst().orElseThrow();
		assertTrue(dashed.points().get(dashed.points().size() - 1).x() > 0.7, dashed.toString());
		// 140 pt of rise is 28 A and 150 pt across is 0.75 V: the curve is 28 A (VF / 0.75 V)^2, 12.4 A at 0.5 V
		assertEquals(28 * Math.pow(0.5 / 0.75, 2), yAt(dashed, 0.5, false), 0.3);
		assertEquals(28 * Math.pow(0.7 / 0.75, 2), yAt(dashed, 0.7, false), 0.4);
	}

	/**
	 * An output characteristic whose numbers and titles are not text but filled glyph outlines of a face narrowed
	 * to 85 %: ticks 0..20 V every 40 pt under the frame (100..300 × 400..550 pt), 0..6 A every 50 pt left of it,
	 * "VDS (V)" under the ticks, "ID (A)" rotated beside them and one curve.
	 */
	@Test
	void ticksAndTitlesDrawnAsOutlinesAreRead() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 5; i++) {
			s.outlinedCentred(String.valueOf(4 * i), 100 + 40 * i, 390, 7, 0.85f);
		}
		for (int i = 0; i <= 3; i++) {
			s.outlinedRight(String.valueOf(2 * i), 96, 400 + 50 * i - 2.5f, 7, 0.85f);
		}
		s.outlinedCentred("VDS (V)", 200, 378, 7, 0.85f).outlined("ID (A)", 84, 455, 7, 0.85f, 90)
				.function(100, 300, 60, x -> 400 + 120 * (1 - Math.exp(-(x - 100) / 30)), false);

		List<Plot> plots = read(s, DeviceKind.MOSFET_N);
		assertEquals(1, plots.size(), plots.toString());
		Plot p = plots.get(0);
		assertNull(p.reason());
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 20), p.x());
		assertEquals(new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 6), p.y());
		assertEquals(Plot.Kind.OUTPUT, p.kind());
		// the glyph outlines are text now, not curves
		assertEquals(1, p.series().size());
	}

	/**
	 * Single-digit tick numbers stand apart from each other, each alone. One drawn slanted here (the last, 8) matches
	 * its digit less well than a lone digit needs; in a row of clear tick numbers of its size it is read all the
	 * same, and the axis ends at it: ticks 0..8 V every 50 pt under a 100..300 × 400..550 pt frame, 0..30 A every
	 * 50 pt left of it.
	 */
	@Test
	void loneTickDigitsInARowOfTickNumbersAreRead() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 4; i++) {
			if (i == 4) {
				s.outlinedSlanted(String.valueOf(2 * i), 100 + 50 * i, 390, 7, SLANT);
			} else {
				s.outlinedCentred(String.valueOf(2 * i), 100 + 50 * i, 390, 7, 1);
			}
		}
		for (int i = 0; i <= 3; i++) {
			s.outlinedRight(String.valueOf(10 * i), 96, 400 + 50 * i - 2.5f, 7, 1);
		}
		s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 84, 455, 7)
				.function(100, 300, 60, x -> 400 + 120 * (1 - Math.exp(-(x - 100) / 30)), false);

		Plot p = read(s, DeviceKind.MOSFET_N).get(0);
		assertNull(p.reason(), p.reason());
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 8), p.x());
		assertEquals(new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 30), p.y());
	}

	/**
	 * Tick numbers set in a font that names its glyphs by their characters' numbers ({@code C0048} for "0") and maps
	 * no character to them: read from the names, "0.4" stays 0.4 (recognised by shape, its "0." was lost).
	 */
	@Test
	void tickNumbersInAFontNamingItsGlyphsByNumberAreRead() throws IOException {
		PDType1Font numbered = PlotSketch.numberNamedFont();
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 4; i++) {
			String t = String.format(java.util.Locale.ROOT, "%.1f", -0.4 + 0.2 * i);
			s.codes(numbered, t, 100 + 50 * i - 7, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			String t = String.format(java.util.Locale.ROOT, "%.1f", 0.4 * i);
			s.codes(numbered, t, 86, 400 + 50 * i - 2.5f, 7);
		}
		s.centred("VBE (V)", 200, 378, 7).rotated("IC (A)", 76, 455, 7)
				.function(100, 300, 60, x -> 400 + 120 * (1 - Math.exp(-(x - 100) / 30)), false);

		Plot p = read(s, DeviceKind.BJT_NPN).get(0);
		assertNull(p.reason(), p.reason());
		assertEquals(new Plot.Axis("VBE", "V", Plot.Scale.LINEAR, -0.4, 0.4), p.x());
		assertEquals(new Plot.Axis("IC", "A", Plot.Scale.LINEAR, 0, 1.2), p.y());
	}

	/**
	 * Tick numbers drawn as outlines whose decimal points are round dots and whose 1s lean and stand off from the next
	 * glyph (1.0 .. 1.6 every 50 pt left of the frame, 0 .. 8 under it): "1.2" is read, not "2".
	 */
	@Test
	void outlinedTickNumbersWithSquarePointsAndSetOffOnesAreRead() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 4; i++) {
			s.outlinedCentred(String.valueOf(2 * i), 100 + 50 * i, 390, 7, 1);
		}
		for (int i = 0; i <= 3; i++) {
			s.outlinedOddFace(String.format(java.util.Locale.ROOT, "%.1f", 1 + 0.2 * i), 96, 400 + 50 * i - 2.5f, 7,
					ONE_WIDTH, 0.12f);
		}
		s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 76, 440, 7)
				.function(100, 300, 60, x -> 430 + 0.4 * (x - 100), false);

		Plot p = read(s, DeviceKind.MOSFET_N).get(0);
		assertNull(p.reason(), p.reason());
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 8), p.x());
		assertEquals(new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 1.0, 1.6), p.y());
	}

	/** Narrowed so that a 1 matches as a 1, but not so clearly that its shape alone sizes it. */
	private static final float ONE_WIDTH = 0.55f;

	/** Slanted so that the 8 matches at 0.75: read as a digit, but less well than a lone digit needs (0.8). */
	private static final float SLANT = 0.2f;

	/**
	 * Tick numbers whose glyph outlines are traced with a hairline pen rather than filled (0..10 every 40 pt under
	 * a 100..300 × 400..550 pt frame, 0..30 every 50 pt left of it), titles as text: the axes calibrate.
	 */
	@Test
	void tickNumbersTracedAsOutlinesAreRead() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 5; i++) {
			String t = String.valueOf(2 * i);
			s.outlined(t, 100 + 40 * i - PlotSketch.FONT.getStringWidth(t) / 1000 * 7 / 2, 390, 7, 1, 0, true);
		}
		for (int i = 0; i <= 3; i++) {
			String t = String.valueOf(10 * i);
			s.outlined(t, 96 - PlotSketch.FONT.getStringWidth(t) / 1000 * 7, 400 + 50 * i - 2.5f, 7, 1, 0, true);
		}
		s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 84, 455, 7)
				.function(100, 300, 60, x -> 400 + 120 * (1 - Math.exp(-(x - 100) / 30)), false);

		Plot p = read(s, DeviceKind.MOSFET_N).get(0);
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 10), p.x());
		assertEquals(new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 30), p.y());
		assertEquals(1, p.series().size());
	}

	/**
	 * Marks that are no glyphs where tick numbers would stand (a triangle, a five-pointed star, a sliver) stay
	 * unread: the gridded frame is listed without axes, not calibrated from guessed numbers.
	 */
	@Test
	void shapesThatAreNoGlyphsStayUnread() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 5; i++) {
			float x = 100 + 40 * i;
			s.blob(new float[] { x - 2.5f, x + 2.5f, x }, new float[] { 385, 385, 390 });
		}
		for (int i = 0; i <= 3; i++) {
			float y = 400 + 50 * i;
			float[] xs = new float[10];
			float[] ys = new float[10];
			for (int k = 0; k < 10; k++) {
				double r = k % 2 == 0 ? 3 : 1.2;
				xs[k] = (float) (90 + r * Math.sin(k * Math.PI / 5));
				ys[k] = (float) (y + r * Math.cos(k * Math.PI / 5));
			}
			s.blob(xs, ys).blob(new float[] { 80, 86, 86.4f, 80.3f }, new float[] { y, y + 4, y + 4.2f, y + 0.5f });
		}
		List<Plot> plots = read(s, DeviceKind.MOSFET_N);
		assertEquals(1, plots.size(), plots.toString());
		assertNull(plots.get(0).x());
		assertNotNull(plots.get(0).reason());
	}

	/**
	 * A DC current gain plot on log-log axes: collector current decades printed as 10 with a raised exponent
	 * (10⁻⁴ .. 10⁰ every 50 pt), gain 10, 100, 1000 every 75 pt; the curve is drawn in the grid's ink as 300
	 * separate two-point paths.
	 */
	@Test
	void logAxesWithSuperscriptDecadesAndACurveInManyPieces() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 150, 300, 300, 3);
		for (int i = 0; i <= 4; i++) {
			s.decade(i - 4, 100 + 50 * i, 140, 7);
		}
		s.right("10", 97, 147.5f, 7).right("100", 97, 222.5f, 7).right("1000", 97, 297.5f, 7);
		s.centred("IC, COLLECTOR CURRENT (A)", 200, 126, 7).rotated("hFE, DC CURRENT GAIN", 80, 170, 7);
		// log10(hFE) = 2.3 − 0.1·(log10(IC) + 2)²
		s.function(100, 300, 301, x -> {
			double lic = -4 + (x - 100) / 50;
			double lh = 2.3 - 0.1 * (lic + 2) * (lic + 2);
			return 150 + (lh - 1) * 75;
		}, true);

		Plot p = read(s, DeviceKind.BJT_NPN).get(0);
		assertEquals(Plot.Kind.HFE_IC, p.kind());
		assertEquals(Plot.Scale.LOG, p.x().scale());
		assertEquals(1e-4, p.x().min(), 1e-10);
		assertEquals(1.0, p.x().max(), 1e-9);
		assertEquals(new Plot.Axis("HFE", "", Plot.Scale.LOG, 10, 1000), p.y());
		assertEquals(1, p.series().size(), "300 pieces join into one curve; the grid is no curve");
		Plot.Series gain = p.series().get(0);
		assertTrue(gain.points().size() <= PlotReader.MAX_POINTS);
		assertEquals(199.5, yAt(gain, 1e-2, true), 4);
	}

	/**
	 * A PNP output plot printed in negative numbers growing to the right and up (0, –2 ... –10 V; 0, –1, –2, –3 A,
	 * with en dashes): calibrated on magnitudes, values keep their printed sign.
	 */
	@Test
	void negativeAxesOfAPnpPlotKeepTheirSign() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 5; i++) {
			s.centred(i == 0 ? "0" : "\u2013" + 2 * i, 100 + 40 * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(i == 0 ? "0" : "\u2013" + i, 97, 400 + 50 * i - 2.5f, 7);
		}
		s.centred("VCE, COLLECTOR-EMITTER VOLTAGE (V)", 200, 378, 7).rotated("IC, COLLECTOR CURRENT (A)", 80, 420, 7)
				.function(100, 300, 40, x -> 400 + 100 * (1 - Math.exp(-(x - 100) / 20)), false);
		Plot p = read(s, DeviceKind.BJT_PNP).get(0);
		assertEquals(new Plot.Axis("VCE", "V", Plot.Scale.LINEAR, 0, -10), p.x());
		assertEquals(new Plot.Axis("IC", "A", Plot.Scale.LINEAR, 0, -3), p.y());
		Plot.Point last = p.series().get(0).points().get(p.series().get(0).points().size() - 1);
		assertTrue(last.x() < -9.9 && last.y() < -1.9, last.toString());
	}

	/** A gridded frame with tick numbers whose area is a pasted picture: listed as a raster plot, never read. */
	@Test
	void rasterPlotIsListedWithAReasonAndNoPoints() throws IOException {
		PlotSketch s = new PlotSketch().picture(100, 400, 300, 550).frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 5; i++) {
			s.centred(String.valueOf(2 * i), 100 + 40 * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(i), 97, 400 + 50 * i - 2.5f, 7);
		}
		Plot p = read(s, DeviceKind.MOSFET_N).get(0);
		assertEquals(Plot.DrawnAs.RASTER, p.drawnAs());
		assertTrue(p.series().isEmpty());
		assertTrue(p.reason().contains("raster image"), p.reason());
	}

	/** Tick numbers out of order (0, 5, 3, 10) do not define a scale: the plot is listed with why, no points. */
	@Test
	void ticksOutOfOrderAreReportedNotGuessed() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		String[] xs = { "0", "5", "3", "10" };
		for (int i = 0; i < xs.length; i++) {
			s.centred(xs[i], 100 + 200f / 3 * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(i), 97, 400 + 50 * i - 2.5f, 7);
		}
		s.function(100, 300, 40, x -> 400 + (x - 100) * (x - 100) / 300, false);
		Plot p = read(s, DeviceKind.MOSFET_N).get(0);
		assertTrue(p.series().isEmpty());
		assertNull(p.x());
		assertTrue(p.reason().contains("not in increasing order"), p.reason());
	}

	/**
	 * A frame without grid whose y axis reads and whose x axis prints only "100" and "1000" (a log decade or a linear
	 * span: nothing on the page tells): listed with that reason, its curve not guessed.
	 */
	@Test
	void aPlotWithOneAxisUnsettledIsListedWithTheReason() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 0);
		s.centred("100", 100, 390, 7).centred("1000", 300, 390, 7);
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(20 * i), 97, 400 + 50 * i - 2.5f, 7);
		}
		s.function(100, 300, 40, x -> 420 + (x - 100) / 2, false);
		List<Plot> plots = read(s, DeviceKind.IGBT);
		assertEquals(1, plots.size());
		Plot p = plots.get(0);
		assertTrue(p.series().isEmpty());
		assertTrue(p.reason().contains("only two tick labels"), p.reason());
	}

	/**
	 * A gridded frame crowded with its legend's words, its y axis read and its x tick numbers printed off their ticks
	 * (onsemi's "On" Voltages, whose 5 .. 500 mA set 100, 200 and 300 crowded together, at these places): not taken
	 * for a table, but listed under its caption with the reason its x axis cannot be read.
	 */
	@Test
	void aCrowdedGriddedPlotWithOneAxisUnreadIsListedWithTheReason() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		String[] xs = { "5.0", "7.0", "10", "20", "30", "50", "70", "100", "200", "300", "500" };
		float[] at = { 101.7f, 118f, 141.3f, 170.4f, 187.2f, 212.4f, 226.5f, 241.5f, 255.2f, 269.2f, 299.6f };
		for (int i = 0; i < xs.length; i++) {
			s.centred(xs[i], at[i], 390, 7);
		}
		for (int i = 0; i <= 5; i++) {
			s.right(String.format(java.util.Locale.ROOT, "%.1f", 0.6 + 0.2 * i), 97, 400 + 30 * i - 2.5f, 7);
		}
		s.text("TJ = 25 C", 110, 535, 7).text("VBE(sat) @ IC/IB = 1000", 110, 505, 7)
				.text("VBE(on) @ VCE = 5.0 V", 150, 470, 7).text("VCE(sat) @ IC/IB = 1000", 150, 420, 7);
		s.function(100, 300, 40, x -> 440 + (x - 100) * (x - 100) / 600, false);
		s.text("Figure 10. \"On\" Voltages", 150, 370, 9);
		List<Plot> plots = read(s, DeviceKind.BJT_NPN);
		assertEquals(1, plots.size());
		Plot p = plots.get(0);
		assertTrue(p.series().isEmpty());
		assertEquals("Figure 10. \"On\" Voltages", p.caption());
		assertTrue(p.reason().contains("fall on neither a linear nor a log scale"), p.reason());
	}

	/** A frame without grid and without tick numbers (a package outline, a table border) is no plot. */
	@Test
	void boxWithoutTicksIsNoPlot() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 0).text("Pin 1", 150, 450, 8);
		assertTrue(read(s, DeviceKind.MOSFET_N).isEmpty());
	}

	/** Axis titles name the quantity and the unit, whose prefix scales printed values to SI. */
	@Test
	void axisTitlesGiveQuantityAndSiFactor() {
		assertEquals(new AxisTitle("VDS", "V", 1, true), AxisTitle.parse("VDS, DRAIN-TO-SOURCE VOLTAGE (V)"));
		AxisTitle ic = AxisTitle.parse("IC, COLLECTOR CURRENT (mA)");
		assertEquals("IC", ic.quantity());
		assertEquals(1e-3, ic.factor(), 1e-15);
		AxisTitle c = AxisTitle.parse("Capacitance (pF)");
		assertEquals("C", c.quantity());
		assertEquals(1e-12, c.factor(), 1e-24);
		assertEquals("ID", AxisTitle.parse("ID (A)").quantity());
		assertEquals("RDS_ON_NORM", AxisTitle.parse("Normalized On-Resistance").quantity());
		assertEquals("T", AxisTitle.parse("TJ, Junction Temperature (°C)").quantity());
		assertEquals("t", AxisTitle.parse("t, Time (s)").quantity());
		assertEquals("RDS_ON", AxisTitle.parse("RDS(on) [Ω]").quantity(), "a bracketed subscript is no unit");
		assertEquals("ID", AxisTitle.parse("Drain Current ID (A)").quantity());
		assertEquals("ZTH", AxisTitle.parse("Zth(j-a) (K/W)").quantity());
		assertEquals("PD", AxisTitle.parse("P (W)").quantity());
		assertEquals("PD_NORM", AxisTitle.parse("Pder (%)").quantity(), "a derating symbol is already a ratio");
		assertEquals(0.01, AxisTitle.parse("Pder (%)").factor(), 1e-12);
		assertEquals("VGS", AxisTitle.parse("V G S , GATE TO SOURCE VOLTAGE (V)").quantity());
		assertEquals("other", AxisTitle.parse("Number of cycles").quantity());
	}

	/** Tick numbers: plain, signed, decimal comma, exponent, and 10 with a raised exponent (not 102). */
	@Test
	void tickNumbers() {
		assertEquals(0.5, AxisReader.number("0.5"));
		assertEquals(-25.0, AxisReader.number("-25"));
		assertEquals(1.5, AxisReader.number("1,5"));
		assertEquals(1e-3, AxisReader.number("1E-3"), 1e-15);
		assertEquals(1e-2, AxisReader.number("10^-2"), 1e-15);
		assertEquals(102.0, AxisReader.number("102"));
		assertNull(AxisReader.number("VGS"));
		assertNotNull(AxisReader.number("100m"));
		assertFalse(AxisReader.number("100m") > 1);
	}

	/**
	 * A body diode's current drawn from 0 V along the x axis of a plot that starts at 0.2 V, past the frame's left
	 * edge (clipped on the page, there in the drawing): the curve lengthens the bottom edge beyond the corner, and the
	 * frame is still found and read.
	 */
	@Test
	void aCurveRunOnAlongTheAxisPastTheCornerLeavesTheFrame() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 500, 280, 600, 3);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.format(java.util.Locale.ROOT, "%.1f", 0.2 + 0.2 * i), 100 + 45 * i, 491, 7);
		}
		for (int i = 0; i <= 4; i++) {
			s.right(String.format(java.util.Locale.ROOT, "%.1f", 0.25 * i), 97, 500 + 25 * i - 2.5f, 7);
		}
		s.centred("VSD (V)", 190, 478, 7).rotated("IS (A)", 80, 530, 7);
		s.function(85, 280, 60, x -> x < 190 ? 500 : 500 + (x - 190), false);
		s.text("Fig 11. Source current as a function of source-drain voltage; typical values", 80, 465, 8);

		List<Plot> plots = read(s, DeviceKind.MOSFET_N);
		assertEquals(1, plots.size(), plots.toString());
		assertEquals(Plot.Kind.BODY_DIODE, plots.get(0).kind());
		assertEquals(0.2, plots.get(0).x().min(), 1e-9);
		assertEquals(1.0, plots.get(0).y().max(), 1e-9);
	}
}
