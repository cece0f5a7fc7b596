package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * The text printed in a plot attached to its curves, on generated pages: labels at curve ends, bare numbers after
 * a keyed label, a list for curves side by side, leader lines, a legend matched by pen, conditions for all.
 */
class CurveLabelsTest {

	private static final float[] BLACK = { 0, 0, 0 };

	private static Plot readOne(PlotSketch sketch, DeviceKind kind) throws IOException {
		try (PDDocument doc = sketch.document()) {
			List<Plot> plots = new PlotReader(kind).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			return plots.get(0);
		}
	}

	/** A frame 100..300 × 400..550 pt with x ticks every 40 pt and y ticks every 50 pt, and both axis titles. */
	private static PlotSketch axes(String[] xTicks, String[] yTicks, String xTitle, String yTitle) throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i < xTicks.length; i++) {
			s.centred(xTicks[i], 100 + 40 * i, 390, 7);
		}
		for (int i = 0; i < yTicks.length; i++) {
			s.right(yTicks[i], 97, 400 + 50 * i - 2.5f, 7);
		}
		return s.centred(xTitle, 200, 378, 7).rotated(yTitle, 80, 420, 7);
	}

	/** A forward plot's curves in page coordinates: at 25 °C, and hot, 20 pt to the left. */
	private static final DoubleUnaryOperator COLD = x -> 400 + 0.004 * (x - 100) * (x - 100);
	private static final DoubleUnaryOperator HOT = x -> 400 + 0.004 * (x - 80) * (x - 80);

	/** The axes of a forward plot: 0 .. 2 V across, 0 .. 30 A up. */
	private static PlotSketch forward() throws IOException {
		return axes(new String[] { "0", "0.4", "0.8", "1.2", "1.6", "2.0" }, new String[] { "0", "10", "20", "30" },
				"VF, FORWARD VOLTAGE (V)", "IF, FORWARD CURRENT (A)");
	}

	private static PlotSketch output() throws IOException {
		return axes(new String[] { "0", "2", "4", "6", "8", "10" }, new String[] { "0", "100", "200", "300" },
				"VDS, DRAIN-TO-SOURCE VOLTAGE (V)", "ID, DRAIN CURRENT (mA)");
	}

	/** A saturating output curve reaching {@code amplitude} points over the bottom edge. */
	private static DoubleUnaryOperator saturating(double amplitude) {
		return x -> 400 + amplitude * (1 - Math.exp(-(x - 100) / 30));
	}

	private static Plot.Series labelled(Plot p, String label) {
		return p.series().stream().filter(s -> label.equals(s.label())).findFirst()
				.orElseThrow(() -> new AssertionError("no series labelled " + label + " in " + p.series()));
	}

	/**
	 * International Rectifier's way: "VGS" over a list from "TOP 15V" down to "BOTTOM 4.0V" in the frame's corner,
	 * each value a curve from the highest down; the two highest curves lie on each other (the channel no longer
	 * limits) and take the two top values. The list's numbers sit nearer other curves than their own: their order,
	 * not their place, names the curves.
	 */
	@Test
	void aTopToBottomListNamesTheCurvesByTheirOrder() throws IOException {
		PlotSketch s = output().function(100, 300, 60, saturating(30), false)
				.function(100, 300, 60, saturating(60), false).function(100, 300, 60, saturating(90), false)
				.function(100, 300, 60, saturating(130), false).function(100, 300, 60, x -> saturating(130).applyAsDouble(x) + 0.5, false)
				.text("VGS", 140, 541, 6);
		String[] lines = { "15V", "10V", "8.0V", "6.0V", "4.0V" };
		for (int i = 0; i < lines.length; i++) {
			s.text(lines[i], 140, 533 - 7 * i, 6);
		}
		s.text("TOP", 104, 533, 6).text("BOTTOM", 104, 533 - 7 * 4, 6);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(5, p.series().size(), p.series().toString());
		for (String line : lines) {
			labelled(p, line);
		}
		// ranked by height at the right: 4 V lowest, then 6, 8, and the two highest 10 and 15 V
		List<Plot.Series> byHeight = p.series().stream()
				.sorted(java.util.Comparator.comparingDouble((Plot.Series q) -> q.points().get(q.points().size() - 1).y()))
				.toList();
		assertEquals(List.of(4.0, 6.0, 8.0), byHeight.subList(0, 3).stream().map(q -> q.conditions().get("VGS")).toList());
		assertEquals(java.util.Set.of(10.0, 15.0),
				java.util.Set.of(byHeight.get(3).conditions().get("VGS"), byHeight.get(4).conditions().get("VGS")));
	}

	/**
	 * Rohm's way: each forward curve's temperature set up along it, turned, standing on the curve as on a line, so
	 * that its box reaches over to the curve on its left, nearer than its own. Where the text stands on its baseline
	 * names the curve.
	 */
	@Test
	void aTurnedLabelStandsOnItsCurve() throws IOException {
		PlotSketch s = forward();
		String[] labels = { "Tj=125\u00b0C", "Tj=25\u00b0C", "Tj=-40\u00b0C" };
		for (int i = 0; i < labels.length; i++) {
			float x = 160 + 11 * i;
			s.line(x, 400, x + 10, 550, 1, BLACK);
			// the curve runs at x + 2 where the label stands; its baseline 4 pt to the left
			s.rotated(labels[i], x - 2, 430, 6);
		}

		Plot p = readOne(s, DeviceKind.DIODE);
		assertEquals(3, p.series().size(), p.series().toString());
		List<Plot.Series> leftToRight = p.series().stream()
				.sorted(java.util.Comparator.comparingDouble((Plot.Series q) -> q.points().get(0).x())).toList();
		assertEquals(List.of(125.0, 25.0, -40.0), leftToRight.stream().map(q -> q.conditions().get("T")).toList());
	}

	/**
	 * A threshold voltage falling with temperature at two test currents, one labelled by its value alone, the other
	 * by an I without its subscript: on a MOSFET's plot the current is the drain's, on an IGBT's the collector's.
	 */
	@Test
	void aBareTestCurrentIsTheDevicesOwn() throws IOException {
		for (DeviceKind device : new DeviceKind[] { DeviceKind.MOSFET_N, DeviceKind.IGBT }) {
			String v = device == DeviceKind.IGBT ? "VGE" : "VGS";
			PlotSketch s = axes(new String[] { "-50", "0", "50", "100", "150", "200" }, new String[] { "0", "2", "4", "6" },
					"TJ, JUNCTION TEMPERATURE (\u00b0C)", v + "(th), GATE THRESHOLD VOLTAGE (V)");
			s.function(100, 300, 30, x -> 520 - 0.3 * (x - 100), false)
					.function(100, 300, 30, x -> 480 - 0.3 * (x - 100), false);
			s.text("1 mA", 200, 495, 6);
			String current = device == DeviceKind.IGBT ? "IC" : "ID";
			Plot p = readOne(s, device);
			assertEquals(Plot.Kind.VTH_T, p.kind(), p.toString());
			assertEquals(Map.of(current, 0.001), labelled(p, "1 mA").conditions(), device.toString());
			// one curve at a current whose subscript was set apart and lost: the device's current all the same
			PlotSketch one = axes(new String[] { "-50", "0", "50", "100", "150", "200" },
					new String[] { "0", "2", "4", "6" }, "TJ, JUNCTION TEMPERATURE (\u00b0C)",
					v + "(th), GATE THRESHOLD VOLTAGE (V)");
			one.function(100, 300, 30, x -> 520 - 0.3 * (x - 100), false).text("I = 2 mA", 220, 530, 6);
			assertEquals(Map.of(current, 0.002), readOne(one, device).series().get(0).conditions(), device.toString());
		}
	}

	/**
	 * Infineon labels the threshold curves of one test current by what they draw: "98 %" over "typ" over "2 %", the
	 * spread of the parts. Each label goes to its curve, and the outer two say they are limits.
	 */
	@Test
	void curvesLabelledTypicalAndByAShareOfTheSpreadSayWhatTheyDraw() throws IOException {
		PlotSketch s = axes(new String[] { "-50", "0", "50", "100", "150", "200" }, new String[] { "0", "2", "4", "6" },
				"TJ, JUNCTION TEMPERATURE (\u00b0C)", "VGS(th), GATE THRESHOLD VOLTAGE (V)")
				.function(100, 300, 30, x -> 520 - 0.3 * (x - 100), false)
				.function(100, 300, 30, x -> 490 - 0.3 * (x - 100), false)
				.function(100, 300, 30, x -> 460 - 0.3 * (x - 100), false)
				.text("98 %", 150, 510, 6).text("typ", 150, 480, 6).text("2 %", 150, 450, 6).text("ID = 1 mA", 230, 535, 6);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(3, p.series().size(), p.series().toString());
		List<Plot.Series> top = p.series().stream()
				.sorted(java.util.Comparator.comparingDouble((Plot.Series q) -> -q.points().get(0).y())).toList();
		assertEquals(java.util.Arrays.asList("98 %", "typ", "2 %"), top.stream().map(Plot.Series::label).toList());
		assertEquals(List.of(true, false, true), top.stream().map(Plot.Series::limits).toList());
		top.forEach(q -> assertEquals(0.001, q.conditions().get("ID"), q.toString()));
	}

	/**
	 * Fairchild draws the forward curves of the three parts of one datasheet in one plot, each labelled by its part
	 * ("1N5817", "1N5818", "1N5819"): each label goes to its curve, and a fit of one part takes its own curve alone.
	 */
	@Test
	void curvesLabelledByThePartsOfTheDatasheetAreThoseParts() throws IOException {
		PlotSketch s = forward().function(100, 300, 60, x -> 400 + 0.004 * (x - 60) * (x - 60), false)
				.function(100, 300, 60, COLD, false).function(100, 300, 60, x -> 400 + 0.004 * (x - 140) * (x - 140), false)
				.text("T = 25 \u00b0C", 110, 535, 6).text("1N5817", 196, 512, 6).text("1N5818", 236, 497, 6)
				.text("1N5819", 276, 482, 6);
		List<org.espice.core.Device> parts = java.util.stream.Stream.of("1N5817", "1N5818", "1N5819")
				.map(n -> new org.espice.core.Device(n, DeviceKind.SCHOTTKY, List.of())).toList();
		try (PDDocument doc = s.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.SCHOTTKY, parts).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			Plot p = plots.get(0);
			List<Plot.Series> leftToRight = p.series().stream()
					.sorted(java.util.Comparator.comparingDouble((Plot.Series q) -> q.points().get(q.points().size() - 1).x()))
					.toList();
			assertEquals(List.of("1N5817", "1N5818", "1N5819"), leftToRight.stream().map(Plot.Series::label).toList());
			leftToRight.forEach(q -> assertEquals(Map.of("T", 25.0), q.conditions(), q.toString()));
			List<Plot> own = org.espice.core.fit.DeviceCurves.usable(parts.get(1), plots);
			assertEquals(List.of(leftToRight.get(1)), own.get(0).series());
		}
	}

	/**
	 * A path that draws the frame and then a curve in one, going round the frame's four sides first: the curve
	 * traced is the curve alone, starting where it leaves the left edge.
	 */
	@Test
	void aCurveDrawnInOnePathWithTheFrameIsTheCurveAlone() throws IOException {
		float[] xs = new float[64];
		float[] ys = new float[64];
		float[][] round = { { 100, 430 }, { 100, 400 }, { 300, 400 }, { 300, 550 }, { 100, 550 }, { 100, 430 } };
		for (int i = 0; i < round.length; i++) {
			xs[i] = round[i][0];
			ys[i] = round[i][1];
		}
		for (int i = round.length; i < xs.length; i++) {
			xs[i] = 100 + 200f * (i - round.length + 1) / (xs.length - round.length);
			ys[i] = (float) (430 + 80 * (1 - Math.exp(-(xs[i] - 100) / 30)));
		}
		Plot p = readOne(output().curve(xs, ys, 0.5f, BLACK, false), DeviceKind.MOSFET_N);
		assertEquals(1, p.series().size(), p.series().toString());
		for (Plot.Point q : p.series().get(0).points()) {
			assertTrue(q.y() >= 0.059 && q.y() <= 0.225, q.toString()); // 430 .. 510 pt, never the frame's 0 or 0.3 A
		}
	}

	/**
	 * Every curve stroked a second time over itself, cut into other pieces with a heavier pen and a hundredth of a
	 * point off (as Alpha and Omega's and Fairchild's output plots are drawn): each curve is one series with its
	 * label, while two curves a few tenths of a point apart (one curve drawn for two gate voltages) stay two.
	 */
	@Test
	void aCurveDrawnTwiceOverItselfIsOneSeries() throws IOException {
		PlotSketch s = output();
		for (double amplitude : new double[] { 50, 120 }) {
			float[] xs = new float[60];
			float[] ys = new float[60];
			float[] again = new float[60];
			for (int i = 0; i < xs.length; i++) {
				xs[i] = 100 + i * 200f / (xs.length - 1);
				ys[i] = (float) saturating(amplitude).applyAsDouble(xs[i]);
				again[i] = ys[i] + 0.01f;
			}
			s.curve(xs, ys, 0.5f, BLACK, false).curve(xs, again, 0.8f, BLACK, true);
		}
		s.function(100, 300, 60, x -> saturating(120).applyAsDouble(x) + 0.3, false);
		s.text("VGS = 10 V", 250, 523, 6).text("4 V", 285, 453, 6);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(3, p.series().size(), p.series().toString());
		assertEquals(4.0, labelled(p, "4 V").conditions().get("VGS"));
	}

	/**
	 * NXP's way: one curve labelled "VGS (V) = 3.5" (symbol and unit once, the unit in brackets), the others by a
	 * bare number at their ends ("4.5", "10"); "Tj = 25 °C" printed in the plot's corner holds for every curve.
	 */
	@Test
	void bareNumbersTakeTheSymbolAndUnitOfTheKeyedLabel() throws IOException {
		PlotSketch s = output().function(100, 300, 60, saturating(40), false)
				.function(100, 300, 60, saturating(80), false).function(100, 300, 60, saturating(120), false)
				.text("VGS (V) = 3.5", 250, 443, 6).text("4.5", 285, 483, 6).text("10", 285, 523, 6)
				.text("Tj = 25 °C", 105, 540, 6);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(3, p.series().size());
		assertEquals(Map.of("VGS", 3.5, "T", 25.0), labelled(p, "VGS (V) = 3.5").conditions());
		assertEquals(Map.of("VGS", 4.5, "T", 25.0), labelled(p, "4.5").conditions());
		assertEquals(Map.of("VGS", 10.0, "T", 25.0), labelled(p, "10").conditions());
	}

	/**
	 * ST sets a note under each label of a forward plot: "Tj = 25 °C" over "(Maximum values)" at one curve, "Tj =
	 * 125 °C" over "(Typical values)" at the other. The note is part of the label, and says which curve draws limits.
	 */
	@Test
	void aNoteUnderALabelSaysWhetherItsCurveDrawsLimits() throws IOException {
		PlotSketch s = forward().function(100, 300, 60, COLD, false).function(80, 280, 60, HOT, false)
				.text("Tj = 25 \u00b0C", 255, 470, 6).text("(Maximum values)", 252, 462, 6)
				.text("Tj = 125 \u00b0C", 185, 500, 6).text("(Typical values)", 183, 492, 6);

		Plot p = readOne(s, DeviceKind.SCHOTTKY);
		assertEquals(2, p.series().size(), p.series().toString());
		Plot.Series cold = labelled(p, "Tj = 25 \u00b0C (Maximum values)");
		assertEquals(Map.of("T", 25.0), cold.conditions());
		assertTrue(cold.limits());
		Plot.Series hot = labelled(p, "Tj = 125 \u00b0C (Typical values)");
		assertEquals(Map.of("T", 125.0), hot.conditions());
		assertFalse(hot.limits());
		// the cold curve is the one on the right: it reaches the top of the plot at the higher voltage
		assertTrue(cold.points().get(cold.points().size() - 1).x() > hot.points().get(hot.points().size() - 1).x() + 0.1,
				p.series().toString());
	}

	/**
	 * Curve labels drawn as glyph outlines: an equals sign is two bars, one over the other, neither of them a minus.
	 * "TJ=25°C" names a curve at 25 °C (not -25 °C), "TJ=-40°C" one at -40 °C: its minus follows the equals sign.
	 */
	@Test
	void anOutlinedEqualsSignIsNoMinus() throws IOException {
		PlotSketch s = forward().function(100, 300, 60, COLD, false).function(80, 280, 60, HOT, false)
				.outlined("TJ=-40\u00b0C", 248, 470, 7, 1, 0).outlined("TJ=25\u00b0C", 200, 505, 7, 1, 0);

		Plot p = readOne(s, DeviceKind.DIODE);
		assertEquals(2, p.series().size(), p.series().toString());
		List<Double> temperatures = p.series().stream().map(x -> x.conditions().get("T")).sorted().toList();
		assertEquals(List.of(-40.0, 25.0), temperatures, p.series().toString());
	}

	/**
	 * Three curves close together named by one list "VGS = 10, 8, 6 V" printed above them, a fourth far below by
	 * "4 V": the list goes top down to the three, as an output family rises with its gate voltage.
	 */
	@Test
	void aListOfValuesGoesToTheCurvesSideBySideInTheFamilysOrder() throws IOException {
		PlotSketch s = output().function(100, 300, 60, saturating(140), false)
				.function(100, 300, 60, saturating(130), false).function(100, 300, 60, saturating(120), false)
				.function(100, 300, 60, saturating(50), false).text("VGS = 10, 8, 6 V", 215, 543, 6)
				.text("4 V", 285, 453, 6);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(4, p.series().size());
		// the series come in drawing order: top curve first
		assertEquals(10.0, p.series().get(0).conditions().get("VGS"));
		assertEquals(8.0, p.series().get(1).conditions().get("VGS"));
		assertEquals(6.0, p.series().get(2).conditions().get("VGS"));
		assertEquals(4.0, p.series().get(3).conditions().get("VGS"));
	}

	/**
	 * A forward plot whose two curves run too close for labels at their ends: "TJ = 150 °C" and "TJ = 25 °C"
	 * stacked in the upper left, each with a thin straight line to its curve. The lines are no curves.
	 */
	@Test
	void leaderLinesTieLabelsSetApartToTheirCurves() throws IOException {
		PlotSketch s = forwardWithHotLeader();
		float coldEnd = 110 + width("TJ = 25 °C", 6) + 1;
		s.text("TJ = 25 °C", 110, 515, 6).line(coldEnd, 517, 230, (float) COLD.applyAsDouble(230), 0.5f, BLACK);

		Plot p = readOne(s, DeviceKind.DIODE);
		assertEquals(Plot.Kind.IF_VF, p.kind());
		assertForwardPairNamed(p);
	}

	/**
	 * ST's way: "TJ = 25 °C" underlined by its leader, which turns at the underline's end and runs straight to its
	 * curve, stopping short where a filled arrow head would be. The leader is no curve, and names the cold curve.
	 */
	@Test
	void anUnderliningLeaderNamesItsCurve() throws IOException {
		PlotSketch s = forwardWithHotLeader();
		// the underline under the label, from its right end back to the elbow, then the shaft to 4 pt short of the
		// cold curve at x 190
		s.text("TJ = 25 °C", 240, 425, 6).curve(new float[] { 285, 238, 193.9f }, new float[] { 423, 423, 431.6f },
				0.5f, BLACK, false);

		assertForwardPairNamed(readOne(s, DeviceKind.DIODE));
	}

	/**
	 * A forward plot whose two curves run too close for labels at their ends: "TJ = 150 °C" in the upper left,
	 * with a thin straight line to the hot curve.
	 */
	private static PlotSketch forwardWithHotLeader() throws IOException {
		float[] thick = { 0, 0, 0 };
		PlotSketch s = forward().curve(samples(100, 290, COLD), values(100, 290, COLD), 1.5f, thick, false)
				.curve(samples(80, 275, HOT), values(80, 275, HOT), 1.5f, thick, false);
		float hotEnd = 110 + width("TJ = 150 °C", 6) + 1;
		return s.text("TJ = 150 °C", 110, 530, 6).line(hotEnd, 532, 200, (float) HOT.applyAsDouble(200), 0.5f,
				BLACK);
	}

	/** The leaders are no curves; each label names its own: at 10 A (y 450) the hot curve is left of the cold one. */
	private static void assertForwardPairNamed(Plot p) {
		assertEquals(2, p.series().size(), "the leaders are no curves: " + p.series());
		assertEquals(150.0, labelled(p, "TJ = 150 °C").conditions().get("T"));
		assertEquals(25.0, labelled(p, "TJ = 25 °C").conditions().get("T"));
		assertEquals(-0.2, xAt(labelled(p, "TJ = 150 °C"), 10) - xAt(labelled(p, "TJ = 25 °C"), 10), 0.02);
	}

	/**
	 * A thermal impedance family labelled "D = 0.5" and "0.2" at two curves: a stray "-6" at the third (a tick's
	 * exponent, set inside the frame) is no duty cycle, which is a fraction, and names no curve.
	 */
	@Test
	void aNumberOutsideADutyCyclesRangeIsNoDutyCycle() throws IOException {
		PlotSketch s = axes(new String[] { "0", "2", "4", "6", "8", "10" }, new String[] { "0", "0.5", "1.0", "1.5" },
				"tp, PULSE DURATION (ms)", "ZthJC, THERMAL IMPEDANCE (K/W)");
		for (double top : new double[] { 140, 100, 60 }) {
			s.function(100, 280, 60, x -> 400 + top * (1 - Math.exp(-(x - 100) / 50)), false);
		}
		s.text("D = 0.5", 282, 535, 6).text("0.2", 282, 496, 6).text("-6", 282, 456, 6);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(Plot.Kind.ZTH, p.kind());
		assertEquals(3, p.series().size(), p.series().toString());
		assertEquals(0.5, labelled(p, "D = 0.5").conditions().get("D"));
		assertEquals(0.2, labelled(p, "0.2").conditions().get("D"));
		assertTrue(p.series().stream().noneMatch(x -> x.conditions().getOrDefault("D", 0.0) < 0), p.series().toString());
	}

	/**
	 * Derating curves, level to 25 °C and then falling to the axis, each named by the package printed over its
	 * level part: they are curves, not underlining leaders, as they start and end on the frame.
	 */
	@Test
	void deratingCurvesUnderTheirNamesAreNoLeaders() throws IOException {
		PlotSketch s = axes(new String[] { "0", "25", "50", "75", "100", "125" }, new String[] { "0", "0.5", "1.0",
				"1.5" }, "TA, AMBIENT TEMPERATURE (°C)", "PD, POWER DISSIPATION (W)");
		float[] thick = { 0, 0, 0 };
		s.curve(new float[] { 100, 140, 300 }, new float[] { 500, 500, 400 }, 1.5f, thick, false)
				.curve(new float[] { 100, 140, 300 }, new float[] { 450, 450, 400 }, 1.5f, thick, false);
		s.text("TO-220", 105, 503, 6).text("TO-92", 105, 453, 6);

		Plot p = readOne(s, DeviceKind.BJT_NPN);
		assertEquals(2, p.series().size(), p.series().toString());
	}

	/**
	 * Panasonic's way: "25 °C" above three gain curves, its leader down to the middle one, which runs 2.3 points
	 * under the top one: the shaft crosses the top curve and ends a little past it, nearer it than the middle one.
	 * The label names the curve the shaft goes on to, not the one it crossed.
	 */
	@Test
	void aLeaderNamesTheCurveItGoesOnToNotTheOneItCrossed() throws IOException {
		PlotSketch s = axes(new String[] { "0", "0.2", "0.4", "0.6", "0.8", "1.0" },
				new String[] { "0", "100", "200", "300" }, "IC, COLLECTOR CURRENT (A)", "hFE, DC CURRENT GAIN");
		DoubleUnaryOperator top = x -> 500 - 0.002 * (x - 100) * (x - 100);
		DoubleUnaryOperator middle = x -> top.applyAsDouble(x) - 2.3;
		DoubleUnaryOperator bottom = x -> top.applyAsDouble(x) - 40;
		float[] thick = { 0, 0, 0 };
		s.curve(samples(100, 290, top), values(100, 290, top), 0.8f, thick, false)
				.curve(samples(100, 290, middle), values(100, 290, middle), 0.8f, thick, false)
				.curve(samples(100, 290, bottom), values(100, 290, bottom), 0.8f, thick, false);
		s.text("TC = 100 °C", 105, 506, 6).text("-25 °C", 110, 448, 6).text("25 °C", 200, 520, 6)
				.line(204, 518, 190, (float) top.applyAsDouble(190) - 0.6f, 0.5f, BLACK);

		Plot p = readOne(s, DeviceKind.BJT_NPN);
		assertEquals(3, p.series().size(), "the leader is no curve: " + p.series());
		assertEquals(100.0, labelled(p, "TC = 100 °C").conditions().get("T"));
		assertEquals(25.0, labelled(p, "25 °C").conditions().get("T"));
		assertTrue(yAt(labelled(p, "TC = 100 °C"), 0.5) > yAt(labelled(p, "25 °C"), 0.5),
				"the crossed curve is the top one: " + p.series());
	}

	/**
	 * Renesas' way: "IC = 20 A", "50 A" and "90 A" at the ends of arrows (a shaft with a barb drawn on, the other
	 * barb apart) pointing at curves too close for labels; "50 A" takes its symbol from "IC = 20 A".
	 */
	@Test
	void arrowsPointLabelsAtTheirCurves() throws IOException {
		PlotSketch s = axes(new String[] { "6", "8", "10", "12", "14", "16" }, new String[] { "0", "2", "4", "6" },
				"VGE, GATE TO EMITTER VOLTAGE (V)", "VCE(sat), SATURATION VOLTAGE (V)");
		for (double level : new double[] { 420, 435, 450 }) {
			s.function(100, 300, 60, x -> level + 6000 / (x - 60), false);
		}
		String[] texts = { "IC = 20 A", "50 A", "90 A" };
		double[] levels = { 420, 435, 450 };
		for (int i = 0; i < 3; i++) {
			double tip = levels[i] + 6000 / (220 - 60.0);
			float y = (float) tip + 25 + 12 * i;
			// shaft from the text's left end down to the curve at x 220, a barb drawn on at the tip
			s.text(texts[i], 262, y - 2, 6).curve(new float[] { 260, 220, 223 },
					new float[] { y, (float) tip, (float) tip + 3 }, 0.5f, BLACK, false);
		}
		Plot p = readOne(s, DeviceKind.IGBT);
		assertEquals(3, p.series().size(), "the arrows are no curves: " + p.series());
		// at 14 V (x 260) the curves lie 30 pt over their levels: 2.0, 2.6 and 3.2 V
		assertEquals(2.0, yAt(labelled(p, "IC = 20 A"), 14), 0.05);
		assertEquals(Map.of("IC", 20.0), labelled(p, "IC = 20 A").conditions());
		assertEquals(2.6, yAt(labelled(p, "50 A"), 14), 0.05);
		assertEquals(Map.of("IC", 50.0), labelled(p, "50 A").conditions());
		assertEquals(3.2, yAt(labelled(p, "90 A"), 14), 0.05);
	}

	/**
	 * A capacitance plot with its curves in red, green and blue and a legend box in the upper right: a swatch of
	 * each pen with the curve's name beside it. "VGS = 0 V, f = 1 MHz" holds for all three.
	 */
	@Test
	void aLegendNamesTheCurveDrawnWithItsSwatchsPen() throws IOException {
		PlotSketch s = axes(new String[] { "0", "10", "20", "30", "40", "50" },
				new String[] { "0", "100", "200", "300" }, "VDS, DRAIN-TO-SOURCE VOLTAGE (V)",
				"C, CAPACITANCE (pF)");
		float[] red = { 1, 0, 0 };
		float[] green = { 0, 0.6f, 0 };
		float[] blue = { 0, 0, 1 };
		DoubleUnaryOperator ciss = x -> 480 + 20 * Math.exp(-(x - 100) / 40);
		DoubleUnaryOperator coss = x -> 420 + 40 * Math.exp(-(x - 100) / 30);
		DoubleUnaryOperator crss = x -> 405 + 30 * Math.exp(-(x - 100) / 20);
		s.curve(samples(100, 300, crss), values(100, 300, crss), 1, blue, false)
				.curve(samples(100, 300, ciss), values(100, 300, ciss), 1, red, false)
				.curve(samples(100, 300, coss), values(100, 300, coss), 1, green, false);
		s.line(240, 542, 255, 542, 1, red).text("Ciss", 258, 540, 6).line(240, 534, 255, 534, 1, green)
				.text("Coss", 258, 532, 6).line(240, 526, 255, 526, 1, blue).text("Crss", 258, 524, 6)
				.text("VGS = 0 V, f = 1 MHz", 110, 540, 6);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(Plot.Kind.CAPACITANCE, p.kind());
		assertEquals(3, p.series().size(), p.series().toString());
		assertEquals("CRSS", p.series().get(0).name());
		assertEquals("CISS", p.series().get(1).name());
		assertEquals("COSS", p.series().get(2).name());
		// Ciss at 25 V (x 200): 480 + 20·e^(−2.5) pt = 81.6 + ... pF; 1 pt is 2 pF
		assertEquals((480 + 20 * Math.exp(-2.5) - 400) * 2e-12, yAt(p.series().get(1), 25), 1e-12);
		assertEquals(Map.of("VGS", 0.0, "f", 1e6), p.series().get(0).conditions());
	}

	/**
	 * Fairchild's way: a legend box whose lines print the condition first and the pen's swatch after it
	 * ("TC = 25 °C ——"). Where the second curve is not read, its line says nothing about the curve that is.
	 */
	@Test
	void aLegendSwatchMayFollowItsText() throws IOException {
		float[] red = { 1, 0, 0 };
		for (boolean both : new boolean[] { true, false }) {
			PlotSketch s = forward();
			s.curve(samples(100, 290, COLD), values(100, 290, COLD), 1, BLACK, false);
			if (both) {
				s.curve(samples(80, 275, HOT), values(80, 275, HOT), 1, red, false);
			}
			float coldEnd = 110 + width("TC = 25 °C", 6);
			float hotEnd = 110 + width("TC = 100 °C", 6);
			s.text("TC = 25 °C", 110, 540, 6).line(hotEnd + 4, 542, hotEnd + 20, 542, 1, BLACK)
					.text("TC = 100 °C", 110, 530, 6).line(hotEnd + 4, 532, hotEnd + 20, 532, 1, red);
			assertTrue(coldEnd < hotEnd);

			Plot p = readOne(s, DeviceKind.DIODE);
			assertEquals(both ? 2 : 1, p.series().size(), p.series().toString());
			assertEquals(Map.of("T", 25.0), p.series().get(0).conditions(), p.series().toString());
			if (both) {
				assertEquals(Map.of("T", 100.0), p.series().get(1).conditions());
			}
		}
	}

	/**
	 * Fairchild's hot curves: a row of dots, each its own path 0.5 pt long, 3 pt apart, and the legend's swatch drawn
	 * the same way after "TC = 100 °C", the cold curve and its swatch solid in the same black. The dots are one curve,
	 * named by the dotted swatch, and the solid swatch names the solid curve alone.
	 */
	@Test
	void aCurveDrawnDotByDotIsOneCurveNamedByItsDottedSwatch() throws IOException {
		PlotSketch s = forward();
		s.curve(samples(100, 290, COLD), values(100, 290, COLD), 0.6f, BLACK, false);
		dotted(s, 80, 275, HOT);
		float end = 110 + width("TC = 100 °C", 6);
		s.text("TC = 25 °C", 110, 540, 6).line(end + 4, 542, end + 20, 542, 0.6f, BLACK);
		s.text("TC = 100 °C", 110, 530, 6);
		dotted(s, end + 4, end + 20, x -> 532);

		Plot p = readOne(s, DeviceKind.DIODE);
		assertEquals(2, p.series().size(), p.series().toString());
		assertEquals(Map.of("T", 25.0), p.series().get(0).conditions(), p.series().toString());
		Plot.Series dots = p.series().get(1);
		assertEquals(Map.of("T", 100.0), dots.conditions(), p.series().toString());
		for (Plot.Point q : dots.points()) {
			double x = 100 + q.x() / 0.4 * 40; // back to the page: 0.4 V per 40 pt, 10 A per 50 pt
			assertEquals((HOT.applyAsDouble(x) - 400) / 5, q.y(), 0.3, q.toString());
		}
	}

	/**
	 * Philips' way: "Dotted line: Tj = 150 °C." and "Solid line: Tj = 25 °C." printed under the caption, below the
	 * frame; the dashed curve is the hot one. A note of another plot beside it ("Dotted line: basic circuit") says
	 * nothing of these curves.
	 */
	@Test
	void notesUnderTheCaptionNameTheCurvesByHowTheyAreDrawn() throws IOException {
		PlotSketch s = forward();
		s.curve(samples(100, 290, COLD), values(100, 290, COLD), 0.6f, BLACK, false);
		s.dashed(samples(80, 275, HOT), values(80, 275, HOT), 0.6f, BLACK);
		s.text("Fig.3 Forward current as a function of forward voltage; maximum values.", 90, 360, 6)
				.text("Dotted line: Tj = 150 \u00b0C.", 90, 350, 6).text("Solid line: Tj = 25 \u00b0C.", 90, 340, 6)
				.text("Dotted line: basic deflection circuit; see Fig.9.", 330, 350, 6);

		Plot p = readOne(s, DeviceKind.RECTIFIER);
		assertEquals(2, p.series().size(), p.series().toString());
		assertEquals(Map.of("T", 25.0), p.series().get(0).conditions(), p.series().toString());
		assertEquals(Map.of("T", 150.0), p.series().get(1).conditions(), p.series().toString());
	}

	/** A curve y = f(x) drawn as dots, each a path 0.5 pt long, one every 3 pt along it. */
	private static void dotted(PlotSketch s, float x0, float x1, DoubleUnaryOperator f) {
		double along = 0;
		double px = x0, py = f.applyAsDouble(x0);
		for (double x = x0; x <= x1; x += 0.05) {
			double y = f.applyAsDouble(x);
			along += Math.hypot(x - px, y - py);
			px = x;
			py = y;
			if (along >= 3 || x == x0) {
				along = 0;
				double dx = 0.05, dy = f.applyAsDouble(x + dx) - y, l = Math.hypot(dx, dy);
				s.line((float) x, (float) y, (float) (x + 0.5 * dx / l), (float) (y + 0.5 * dy / l), 0.6f, BLACK);
			}
		}
	}

	/**
	 * A legend of pens, not of curves: turn-on and rise times both drawn black at 25 °C and both red at 125 °C;
	 * "TC = 25 °C" with a black swatch holds for both black curves.
	 */
	@Test
	void aSwatchOfSeveralCurvesGivesItsConditionsToEach() throws IOException {
		float[] red = { 1, 0, 0 };
		PlotSketch s = axes(new String[] { "0", "20", "40", "60", "80", "100" },
				new String[] { "0", "100", "200", "300" }, "IC, COLLECTOR CURRENT (A)", "SWITCHING TIME (ns)");
		for (double k : new double[] { 40, 70 }) {
			s.curve(samples(100, 290, x -> 0), values(100, 290, x -> 410 + k * (x - 100) / 190), 1, BLACK, false)
					.curve(samples(100, 290, x -> 0), values(100, 290, x -> 420 + k * 1.5 * (x - 100) / 190), 1, red,
							false);
		}
		float end = 110 + width("TC = 125 °C", 6);
		s.text("TC = 25 °C", 110, 540, 6).line(end + 4, 542, end + 20, 542, 1, BLACK).text("TC = 125 °C", 110, 530, 6)
				.line(end + 4, 532, end + 20, 532, 1, red);

		Plot p = readOne(s, DeviceKind.IGBT);
		assertEquals(4, p.series().size(), p.series().toString());
		for (int i = 0; i < 4; i++) {
			assertEquals(Map.of("T", i % 2 == 0 ? 25.0 : 125.0), p.series().get(i).conditions(), p.series().toString());
		}
	}

	/**
	 * onsemi's gain plot: solid curves at VCE = 2 V and dashed ones at 5 V, drawn 1.4 pt wide, and a legend whose
	 * swatches ("—— VCE = 2 V", "— — VCE = 5 V") are drawn thinner. A swatch names the curves of its ink and dash.
	 */
	@Test
	void aThinnerSwatchNamesTheCurvesOfItsInkAndDash() throws IOException {
		PlotSketch s = axes(new String[] { "0", "20", "40", "60", "80", "100" },
				new String[] { "0", "100", "200", "300" }, "IC, COLLECTOR CURRENT (mA)", "hFE, DC CURRENT GAIN");
		for (double k : new double[] { 40, 90 }) {
			s.curve(samples(100, 290, x -> 0), values(100, 290, x -> 450 + k * (x - 100) / 190), 1.4f, BLACK, false)
					.dashed(samples(100, 290, x -> 0), values(100, 290, x -> 460 + k * (x - 100) / 190), 1.4f, BLACK);
		}
		s.line(110, 532, 126, 532, 0.9f, BLACK).text("VCE = 2 V", 130, 530, 6);
		s.dashed(new float[] { 110, 126 }, new float[] { 522, 522 }, 0.9f, BLACK).text("VCE = 5 V", 130, 520, 6);

		Plot p = readOne(s, DeviceKind.BJT_NPN);
		assertEquals(4, p.series().size(), p.series().toString());
		for (int i = 0; i < 4; i++) {
			assertEquals(i % 2 == 0 ? 2.0 : 5.0, p.series().get(i).conditions().get("VCE"), p.series().toString());
		}
	}

	/**
	 * onsemi's base-emitter plot: "—— VBE(sat) @ IC/IB = 4" over the solid curves (one per temperature) and
	 * "— — VBE(on) @ VCE = 2 V" over the dashed one. The solid swatch names every solid curve and gives it its ratio.
	 */
	@Test
	void aSwatchOfSeveralCurvesNamesThemAll() throws IOException {
		PlotSketch s = axes(new String[] { "0", "20", "40", "60", "80", "100" },
				new String[] { "0", "0.4", "0.8", "1.2" }, "IC, COLLECTOR CURRENT (mA)",
				"VBE, BASE-EMITTER VOLTAGE (V)");
		for (double k : new double[] { 30, 60 }) {
			s.curve(samples(100, 290, x -> 0), values(100, 290, x -> 470 + k * (x - 100) / 190), 1.4f, BLACK, false);
		}
		s.dashed(samples(100, 290, x -> 0), values(100, 290, x -> 440 + 20 * (x - 100) / 190), 1.4f, BLACK);
		s.line(110, 532, 126, 532, 0.9f, BLACK).text("VBE(sat) @ IC/IB = 4", 130, 530, 6);
		s.dashed(new float[] { 110, 126 }, new float[] { 522, 522 }, 0.9f, BLACK);
		s.text("VBE(on) @ VCE = 2 V", 130, 520, 6);

		Plot p = readOne(s, DeviceKind.BJT_NPN);
		assertEquals(3, p.series().size(), p.series().toString());
		for (Plot.Series c : p.series().subList(0, 2)) {
			assertEquals("VBE_SAT", c.name(), p.series().toString());
			assertEquals(4.0, c.conditions().get("IC/IB"), p.series().toString());
		}
		assertEquals("VBE_ON", p.series().get(2).name(), p.series().toString());
	}

	/**
	 * Motorola's zener family: one steep curve per type, "TC = 25 °C" and "T = 25 °C" printed by two of them. A
	 * condition printed twice with one value steps nothing: every curve is at 25 °C.
	 */
	@Test
	void aConditionRepeatedWithOneValueHoldsForEveryCurve() throws IOException {
		PlotSketch s = axes(new String[] { "0", "2", "4", "6", "8", "10" }, new String[] { "0", "100", "200", "300" },
				"VZ, ZENER VOLTAGE (V)", "IZ, ZENER CURRENT (mA)");
		for (float start : new float[] { 120, 150, 180, 210, 240 }) {
			s.function(start, start + 15, 30, x -> 400 + 140 * Math.pow((x - start) / 15, 3), false);
		}
		s.text("TC = 25 °C", 104, 535, 6).text("T = 25 °C", 258, 535, 6);

		Plot p = readOne(s, DeviceKind.ZENER);
		assertEquals(5, p.series().size(), p.series().toString());
		p.series().forEach(x -> assertEquals(Map.of("T", 25.0), x.conditions(), p.series().toString()));
	}

	/**
	 * Toshiba's way: a body diode family whose curves step the gate voltage, "VGS = 0, -1 V" at two of them and
	 * bare numbers at the others, with "Tc = 25 °C" in a box in the corner: the bare numbers are gate voltages,
	 * as the list prints, not temperatures.
	 */
	@Test
	void bareNumbersContinueTheListPrintedAtTheCurves() throws IOException {
		PlotSketch s = axes(new String[] { "0", "0.4", "0.8", "1.2", "1.6", "2.0" },
				new String[] { "0", "10", "20", "30" }, "VSD, SOURCE-DRAIN VOLTAGE (V)", "IS, SOURCE CURRENT (A)");
		for (float start : new float[] { 110, 140, 200, 210 }) {
			s.function(start, start + 80, 40, x -> 400 + 0.02 * (x - start) * (x - start), false);
		}
		s.text("10", 192, 524, 6).text("5", 222, 524, 6).text("VGS = 0, -1 V", 236, 406, 6).text("Tc = 25 °C", 104,
				540, 6);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(Plot.Kind.BODY_DIODE, p.kind());
		assertEquals(Map.of("VGS", 10.0, "T", 25.0), labelled(p, "10").conditions());
		assertEquals(Map.of("VGS", 5.0, "T", 25.0), labelled(p, "5").conditions());
	}

	/** A value printed with its unit alone ("300 V") is the symbol another label prints with it ("VCC = 100 V"). */
	@Test
	void aValueAloneTakesTheSymbolPrintedWithItsUnit() throws IOException {
		PlotSketch s = axes(new String[] { "0", "40", "80", "120", "160", "200" },
				new String[] { "0", "5", "10", "15" }, "QG, TOTAL GATE CHARGE (nC)", "VGE, GATE-EMITTER VOLTAGE (V)");
		s.function(100, 220, 40, x -> 400 + 120 * Math.pow((x - 100) / 120, 1.4), false)
				.function(100, 260, 40, x -> 400 + 100 * Math.pow((x - 100) / 160, 1.4), false)
				.text("VCC = 100 V", 222, 518, 6).text("300 V", 262, 498, 6);

		Plot p = readOne(s, DeviceKind.IGBT);
		assertEquals(Plot.Kind.GATE_CHARGE, p.kind());
		assertEquals(Map.of("VCC", 100.0), labelled(p, "VCC = 100 V").conditions());
		assertEquals(Map.of("VCC", 300.0), labelled(p, "300 V").conditions());
	}

	/**
	 * Nexperia's way: the curves carry tags "(1)" and "(2)"; the key set between the x-axis title and the caption
	 * under the plot says what they are ("(1) Tj = 150 °C"), and its untagged line ("VGS = 0 V") holds for both.
	 * Text under the caption belongs to the page, not the plot.
	 */
	@Test
	void tagsInThePlotTakeTheirLineOfTheKeyAboveTheCaption() throws IOException {
		PlotSketch s = axes(new String[] { "0", "0.4", "0.8", "1.2", "1.6", "2.0" },
				new String[] { "0", "10", "20", "30" }, "VSD, SOURCE-DRAIN VOLTAGE (V)", "IS, SOURCE CURRENT (A)");
		s.function(100, 280, 60, x -> 400 + 0.004 * (x - 100) * (x - 100), false)
				.function(100, 260, 60, x -> 400 + 0.006 * (x - 100) * (x - 100), false).text("(1)", 224.5f, 488, 6)
				.text("(2)", 266, 500, 6).text("(2) Tj = 25 °C", 100, 362, 8).text("(1) Tj = 150 °C", 100, 351, 8)
				.text("VGS = 0 V", 100, 340, 8).text("Fig. 16. Source current as a function of source-drain voltage", 100,
						326, 8)
				.text("VDS = 99 V", 100, 300, 8);

		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(Plot.Kind.BODY_DIODE, p.kind());
		assertEquals(Map.of("T", 25.0, "VGS", 0.0), p.series().get(0).conditions());
		assertEquals(Map.of("T", 150.0, "VGS", 0.0), p.series().get(1).conditions());
		assertEquals("(1) Tj = 150 °C", p.series().get(1).label());
	}

	/**
	 * A curve in the grid's ink drawn as a staircase of tiny L-shaped paths (each a step right, then up): its
	 * pieces turn by right angles at every joint, yet make one curve.
	 */
	@Test
	void aStaircaseCurveInTheGridsInkIsOneCurve() throws IOException {
		PlotSketch s = output();
		DoubleUnaryOperator f = saturating(120);
		for (float x = 100; x < 299; x += 0.5f) {
			float y0 = (float) Math.floor(f.applyAsDouble(x) * 2) / 2;
			float y1 = (float) Math.floor(f.applyAsDouble(x + 0.5) * 2) / 2;
			s.curve(new float[] { x, x + 0.5f, x + 0.5f }, new float[] { y0, y0, y1 }, 0.5f, BLACK, false);
		}
		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(1, p.series().size(), "one curve of " + p.series().size());
		assertEquals(0.2314, yAt(p.series().get(0), 5), 0.003);
		assertNull(p.series().get(0).label());
	}

	private static float width(String text, float size) throws IOException {
		return PlotSketch.FONT.getStringWidth(text) / 1000 * size;
	}

	private static float[] samples(float x0, float x1, DoubleUnaryOperator f) {
		float[] xs = new float[40];
		for (int i = 0; i < xs.length; i++) {
			xs[i] = x0 + i * (x1 - x0) / (xs.length - 1);
		}
		return xs;
	}

	private static float[] values(float x0, float x1, DoubleUnaryOperator f) {
		float[] xs = samples(x0, x1, f);
		float[] ys = new float[xs.length];
		for (int i = 0; i < xs.length; i++) {
			ys[i] = (float) f.applyAsDouble(xs[i]);
		}
		return ys;
	}

	private static double yAt(Plot.Series s, double x) {
		Double v = TableAgreement.interpolate(s.points(), x, true, axis(), axis());
		if (v == null) {
			throw new AssertionError("series does not reach x = " + x);
		}
		return v;
	}

	private static double xAt(Plot.Series s, double y) {
		Double v = TableAgreement.interpolate(s.points(), y, false, axis(), axis());
		if (v == null) {
			throw new AssertionError("series does not reach y = " + y);
		}
		return v;
	}

	/**
	 * Infineon's way with the lowest gate voltages: the curves stand almost upright side by side, and their labels
	 * "4V" and "4.5V" sit on one baseline so close that they read as one phrase. Each value names its own curve.
	 */
	@Test
	void valuesSetSideBySideNameACurveEach() throws IOException {
		PlotSketch s = upright(upright(output(), 140), 152).text("4V", 142, 520, 7).text("4.5V", 153, 520, 7);
		Plot p = readOne(s, DeviceKind.MOSFET_N);
		assertEquals(2, p.series().size(), p.series().toString());
		List<Plot.Series> leftToRight = p.series().stream()
				.sorted(java.util.Comparator.comparingDouble((Plot.Series q) -> q.points().get(0).x())).toList();
		assertEquals(List.of(4.0, 4.5), leftToRight.stream().map(q -> q.conditions().get("VGS")).toList(),
				p.series().toString());
	}

	/** A curve rising almost upright from the bottom edge at {@code x} to near the top. */
	private static PlotSketch upright(PlotSketch s, float x) {
		float[] xs = new float[30];
		float[] ys = new float[30];
		for (int i = 0; i < xs.length; i++) {
			ys[i] = 400 + 145f * i / (xs.length - 1);
			xs[i] = x + 0.0002f * (ys[i] - 400) * (ys[i] - 400);
		}
		return s.curve(xs, ys, 1, BLACK, false);
	}

	private static Plot.Axis axis() {
		return new Plot.Axis("other", "", Plot.Scale.LINEAR, 0, 1e9);
	}
}
