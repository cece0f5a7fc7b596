package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * Tick numbers read wrong (a glyph taken for another, an exponent lost): the axis is calibrated on the ticks that
 * keep their steps, and never on a guess when too few do.
 */
class PlotCalibrationTest {

	private static Plot readOne(PlotSketch sketch) throws IOException {
		try (PDDocument doc = sketch.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			return plots.get(0);
		}
	}

	/**
	 * A frame 100..300 × 400..550 pt with 3 grid lines each way, the given x tick numbers equally spaced under it,
	 * y ticks 0..3 A every 50 pt and a rising line.
	 */
	private static PlotSketch frame(String... xTicks) throws IOException {
		return frame(3, xTicks);
	}

	private static PlotSketch frame(int grid, String... xTicks) throws IOException {
		double[] at = new double[xTicks.length];
		for (int i = 0; i < at.length; i++) {
			at[i] = 100 + 200.0 / (xTicks.length - 1) * i;
		}
		return frame(grid, xTicks, at);
	}

	/** The frame with the x tick numbers {@code xTicks} centred at {@code at} (pt) under it. */
	private static PlotSketch frame(int grid, String[] xTicks, double[] at) throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, grid);
		for (int i = 0; i < xTicks.length; i++) {
			s.centred(xTicks[i], (float) at[i], 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(i), 97, 400 + 50 * i - 2.5f, 7);
		}
		return s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 80, 420, 7)
				.function(100, 300, 30, x -> 420 + (x - 100) * 0.5, false);
	}

	/** "10 20 0 40 50" with the 30 misread as 0: the other four keep a 10 V step, the axis goes 10..50 V. */
	@Test
	void misreadMiddleTickIsLeftOut() throws IOException {
		Plot p = readOne(frame("10", "20", "0", "40", "50"));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 10, 50), p.x());
	}

	/**
	 * Decades "10 1 10 100" whose first lost its exponent (10⁻¹ read as 10): the three others make a log scale and
	 * the first printed tick is the decade the scale gives where it stands, 0.1.
	 */
	@Test
	void misreadFirstDecadeIsTheDecadeTheScaleGives() throws IOException {
		Plot p = readOne(frame("10", "1", "10", "100"));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 0.1, 100), p.x());
	}

	/** "0 10 20 30 7" with the last (40) misread: the axis still ends at 40 V, where the last tick stands. */
	@Test
	void misreadLastTickOnALinearAxisTakesItsPlace() throws IOException {
		Plot p = readOne(frame("0", "10", "20", "30", "7"));
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 40), p.x());
	}

	/** The frame with ticks {@code labels} at {@code decades} of a 100 pt decade from 100 pt. */
	private static PlotSketch logFrame(String[] labels, double[] decades) throws IOException {
		return frame(3, labels, java.util.Arrays.stream(decades).map(d -> 100 + 100 * d).toArray());
	}

	/**
	 * The old log style: decades printed in full, the ticks between by their mantissa alone: "0.01 2 4 6 8 10 2 4 6 8
	 * 1", the middle decade's exponent lost (10⁻¹ read as 10). The mantissas set the decade, the decades 0.01 and 1
	 * outvote the lost one: log from 0.01 to 1 A.
	 */
	@Test
	void mantissaLabelsBetweenDecadesMakeALogAxis() throws IOException {
		double[] m = { 0, Math.log10(2), Math.log10(4), Math.log10(6), Math.log10(8) };
		Plot p = readOne(logFrame(new String[] { "0.01", "2", "4", "6", "8", "10", "2", "4", "6", "8", "1" },
				new double[] { m[0], m[1], m[2], m[3], m[4], 1, 1 + m[1], 1 + m[2], 1 + m[3], 1 + m[4], 2 }));
		assertEquals(Plot.Scale.LOG, p.x().scale());
		assertEquals(0.01, p.x().min(), 1e-9);
		assertEquals(1, p.x().max(), 1e-9);
	}

	/** Mantissas equally spaced ("2 4 6 8" on a linear axis, then "1 1.2") are no log pattern: no scale is made up. */
	@Test
	void evenlySpacedDigitsAreNoMantissas() throws IOException {
		Plot p = readOne(logFrame(new String[] { "2", "4", "6", "8", "1", "1.2" },
				new double[] { 0, 0.4, 0.8, 1.2, 1.6, 2 }));
		assertTrue(p.x() == null || p.x().scale() == Plot.Scale.LINEAR, String.valueOf(p.x()));
	}

	/**
	 * A log y axis printing one decade label, "10" at 450 pt, on a log grid of 100 pt decades (lines at the 2 .. 9 of
	 * the decades around it): the grid gives the decade's length, the label its value.
	 */
	@Test
	void oneDecadeLabelOnALogGridIsALogAxis() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 0);
		for (int d = -1; d <= 0; d++) {
			for (int k = 2; k <= 9; k++) {
				float y = (float) (450 + 100 * (d + Math.log10(k)));
				if (y > 400 && y < 550) {
					s.line(100, y, 300, y, 0.5f, new float[] { 0, 0, 0 });
				}
			}
		}
		for (int i = 0; i <= 2; i++) {
			s.centred(String.valueOf(10 * i), 100 + 100 * i, 390, 7);
		}
		s.right("10", 97, 450 - 2.5f, 7).centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 80, 420, 7)
				.function(100, 300, 30, x -> 420 + (x - 100) * 0.5, false);
		Plot p = readOne(s);
		assertEquals(new Plot.Axis("ID", "A", Plot.Scale.LOG, 10, 10), p.y());
		// the line drawn at page y = 420 + (x - 100) / 2 reads, at x = 10 V (page 200), 10^(1 + 20/100) A
		for (Plot.Point q : p.series().get(0).points()) {
			double pageY = 420 + 10 * q.x() * 0.5;
			assertEquals(Math.pow(10, 1 + (pageY - 450) / 100), q.y(), 0.02 * q.y(), q.toString());
		}
	}

	/** "8 12 6": two ticks that agree are too few to tell which one is wrong; the plot keeps its reason. */
	@Test
	void tooFewConsistentTicksKeepTheReason() throws IOException {
		Plot p = readOne(frame("8", "12", "6"));
		assertNull(p.x());
		assertTrue(p.reason().contains("not in increasing order"), p.reason());
	}

	/** "0 5 20 7 9 50": 0, 20 and 50 keep a step but they are only half the ticks; the axis is not calibrated. */
	@Test
	void halfTheTicksOffIsNoScale() throws IOException {
		Plot p = readOne(frame("0", "5", "20", "7", "9", "50"));
		assertNull(p.x());
	}

	/**
	 * Only "1" and "100" printed under the frame, with vertical grid lines at 2, 3, ... 9 and 20, 30, ... 90 on a
	 * 100 pt decade: the grid shows the log pattern, the axis is log from 1 to 100 V.
	 */
	@Test
	void twoTicksWithADecadeGridAreLog() throws IOException {
		PlotSketch s = frame(0, "1", "100");
		for (int d = 0; d < 2; d++) {
			for (int k = 2; k <= 9; k++) {
				float x = (float) (100 + 100 * d + 100 * Math.log10(k));
				s.line(x, 400, x, 550, 0.5f, new float[] { 0, 0, 0 });
			}
		}
		s.line(200, 400, 200, 550, 0.5f, new float[] { 0, 0, 0 });
		Plot p = readOne(s);
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 1, 100), p.x());
	}

	/**
	 * Only "1" and "100" printed, the grid lines at 2 .. 9 of each decade dotted, every dot a stroke of its own (0.4 pt
	 * long, 1.9 pt apart): the dots make grid lines, and their log pattern makes the axis log from 1 to 100 V.
	 */
	@Test
	void twoTicksWithADottedDecadeGridAreLog() throws IOException {
		PlotSketch s = frame(0, "1", "100");
		for (int d = 0; d < 2; d++) {
			for (int k = 2; k <= 10 - d; k++) {
				dotted(s, (float) (100 + 100 * d + 100 * Math.log10(k)));
			}
		}
		Plot p = readOne(s);
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 1, 100), p.x());
	}

	/**
	 * "0 50 100 150 200" each set 2 pt right of the solid grid line it labels, dotted minor lines every 5 pt between
	 * them: the numbers label the solid lines, so the axis settles on them (100 V where the middle line stands); among
	 * all lines a number's place would have two near it.
	 */
	@Test
	void tickNumbersSettleOnTheSolidLinesNotTheDottedOnesBetween() throws IOException {
		String[] ticks = { "0", "50", "100", "150", "200" };
		double[] at = new double[ticks.length];
		for (int i = 0; i < at.length; i++) {
			at[i] = 100 + 50 * i + 2;
		}
		PlotSketch s = frame(3, ticks, at);
		for (int i = 1; i < 40; i++) {
			if (i % 10 != 0) {
				dotted(s, 100 + 5 * i);
			}
		}
		Plot p = readOne(s);
		// the line y = 420 + (x - 100) / 2 pt: at x = 200 pt (100 V) it stands at 470 pt, 1.4 A
		for (Plot.Point q : p.series().get(0).points()) {
			double pageX = 100 + q.x();
			assertEquals((420 + (pageX - 100) / 2 - 400) / 50, q.y(), 0.002, q.toString());
		}
	}

	/** A vertical grid line at {@code x} drawn dot by dot over the frame's height. */
	private static void dotted(PlotSketch s, float x) {
		for (float y = 400.5f; y < 550; y += 1.9f) {
			s.line(x, y, x, y + 0.4f, 0.36f, new float[] { 0, 0, 1 });
		}
	}

	/** Only "10" and "100" printed, with eight grid lines evenly between them: steps of 10 V, a linear axis. */
	@Test
	void twoTicksWithAnEvenGridOfRoundStepsAreLinear() throws IOException {
		PlotSketch s = frame(0, "10", "100");
		for (int i = 1; i <= 8; i++) {
			float x = 100 + 200f / 9 * i;
			s.line(x, 400, x, 550, 0.5f, new float[] { 0, 0, 0 });
		}
		Plot p = readOne(s);
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 10, 100), p.x());
	}

	/**
	 * Only "1" and "100" printed and no grid between them: linear or log cannot be told and is not guessed, so the
	 * frame is no plot read.
	 */
	@Test
	void twoTicksWithoutAGridAreNotGuessed() throws IOException {
		try (PDDocument doc = frame(0, "1", "100").document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertTrue(plots.stream().allMatch(p -> p.x() == null), plots.toString());
		}
	}

	/**
	 * Only "1" under the left edge and "10" set 2 pt right of the decade line it labels, with the 2 .. 9 lines of
	 * two decades: the tick is taken where its line stands, the axis is log from 1 to 10 V and 100 V falls on the
	 * right edge.
	 */
	@Test
	void twoTicksAreTakenAtTheGridLinesTheyLabel() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 0).centred("1", 100, 390, 7).centred("10", 202, 390, 7);
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(i), 97, 400 + 50 * i - 2.5f, 7);
		}
		for (int d = 0; d < 2; d++) {
			for (int k = 2; k <= 10; k++) {
				float x = (float) (100 + 100 * d + 100 * Math.log10(k));
				s.line(x, 400, x, 550, 0.5f, new float[] { 0, 0, 0 });
			}
		}
		s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 80, 420, 7).function(100, 300, 30, x -> 420 + (x - 100) * 0.5,
				false);
		Plot p = readOne(s);
		assertEquals(new Plot.Axis("VDS", "V", Plot.Scale.LOG, 1, 10), p.x());
		double at100 = p.series().get(0).points().get(p.series().get(0).points().size() - 1).x();
		assertEquals(100, at100, 2, "the curve's right end is on the right edge, at 100 V");
	}

	/**
	 * Tick numbers 0.5 .. 2.0 drawn as glyph outlines whose decimal point is a tiny ring (an octagon 0.6 pt across
	 * traced with a 0.2 pt pen, as a stroke font draws it) on the baseline between the digits: it is read as a
	 * point, not as a degree sign, and the axis goes from 0.5 to 2.
	 */
	@Test
	void roundDecimalPointBetweenOutlinedDigitsIsAPoint() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 3);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.valueOf(5 * i), 100 + 50 * i, 390, 7);
		}
		float digit = PlotSketch.FONT.getWidth('0') / 1000f * 7 * 0.85f;
		for (int i = 0; i <= 3; i++) {
			String t = String.valueOf(0.5 * (i + 1));
			float y = 400 + 50 * i - 2.5f;
			float x = 96 - 2 * digit - 1.6f;
			s.outlined(t.substring(0, 1), x, y, 7, 0.85f, 0);
			float cx = x + digit + 0.8f;
			float[] xs = new float[9];
			float[] ys = new float[9];
			for (int k = 0; k <= 8; k++) {
				xs[k] = (float) (cx + 0.3 * Math.cos(k * Math.PI / 4));
				ys[k] = (float) (y + 0.4 + 0.3 * Math.sin(k * Math.PI / 4));
			}
			s.curve(xs, ys, 0.2f, new float[] { 0, 0, 0 }, false).outlined(t.substring(2, 3), x + digit + 1.6f, y, 7, 0.85f, 0);
		}
		s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 70, 420, 7)
				.function(100, 300, 30, x -> 420 + (x - 100) * 0.5, false);
		Plot p = readOne(s);
		assertEquals(new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0.5, 2), p.y());
	}

	/**
	 * Log decades 0.1, 1 and 10 drawn as outlines every 60 pt under a frame without grid, in a stroke font whose 1
	 * is too narrow for its shape alone to size it, whose decimal point is a tiny ring that matches a degree sign as
	 * well as a point, and whose 1 after the point stands off to the right: both the 1 of "0.1" and the 1 alone in the
	 * row are read, as they stand among the clear digits of the axis's numbers. Without them, two ticks are left and
	 * the scale cannot be told.
	 */
	@Test
	void outlinedOnesSetApartAmongTheTickNumbersAreRead() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 220, 550, 0);
		float digit = PlotSketch.FONT.getWidth('0') / 1000f * 7;
		float one = PlotSketch.FONT.getWidth('1') / 1000f * 7 * ONE_WIDTH;
		float x = 100 - digit;
		s.outlined("0", x, 390, 7, 1, 0);
		float[] xs = new float[9];
		float[] ys = new float[9];
		for (int k = 0; k <= 8; k++) {
			xs[k] = (float) (x + digit + 1.3f + 0.3 * Math.cos(k * Math.PI / 4));
			ys[k] = (float) (390 + 0.4 + 0.3 * Math.sin(k * Math.PI / 4));
		}
		s.curve(xs, ys, 0.2f, new float[] { 0, 0, 0 }, false).outlined("1", x + digit + 3.0f, 390, 7, ONE_WIDTH, 0)
				.outlined("1", 160 - one / 2, 390, 7, ONE_WIDTH, 0).outlined("1", 220 - one - 0.5f, 390, 7, ONE_WIDTH, 0)
				.outlined("0", 220 + 0.5f, 390, 7, 1, 0);
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(i), 97, 400 + 50 * i - 2.5f, 7);
		}
		s.centred("IC (A)", 160, 378, 7).rotated("ID (A)", 80, 420, 7)
				.function(100, 220, 30, v -> 420 + (v - 100) * 0.5, false);
		Plot p = readOne(s);
		assertEquals(new Plot.Axis("IC", "A", Plot.Scale.LOG, 0.1, 10), p.x(), p.reason());
	}

	/** Narrowed so that a 1 matches as a 1, but not so clearly that its shape alone sizes it. */
	private static final float ONE_WIDTH = 0.55f;
}
