package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * Log axes labelled in decades some of whose exponents the text layer lost, and decades with the minor ticks'
 * multipliers printed between them.
 */
class DecadeTicksTest {

	/** Labels at the given positions along an axis, each tick at its position with the value printed. */
	private static List<Calibration.Tick> ticks(List<Label> labels) {
		return labels.stream().map(l -> new Calibration.Tick(l.anchor(), AxisReader.number(l.text()))).toList();
	}

	private static List<Label> row(double step, String... texts) {
		List<Label> out = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			double x = 100 + step * i;
			out.add(new Label(texts[i], x - 4, 390, x + 4, 396, 0, 7, x));
		}
		return out;
	}

	private static double[] values(List<Calibration.Tick> ticks) {
		return ticks.stream().mapToDouble(Calibration.Tick::value).toArray();
	}

	@Test
	void bareTensTakeTheDecadeOfTheirPlace() {
		List<Label> labels = row(28, "10^-5", "10^-4", "10", "10^-2", "10");
		List<Calibration.Tick> d = DecadeTicks.of(labels, ticks(labels), false);
		assertNotNull(d);
		double[] v = values(d);
		for (int i = 0; i < v.length; i++) {
			assertEquals(Math.pow(10, i - 5), v[i], 1e-12 * Math.pow(10, i - 5));
		}
		Calibration c = DecadeTicks.fit(labels, ticks(labels), "x", List.of()).calibration();
		assertEquals(Plot.Scale.LOG, c.scale());
		assertEquals(1e-5, c.first(), 1e-17);
		assertEquals(0.1, c.last(), 1e-12, "not the 10 printed at the end");
	}

	@Test
	void minorMultipliersAreLeftOutWhenTheTicksFallOnNoScale() {
		List<Label> labels = new ArrayList<>();
		String[] texts = { "10", "2", "6", "8", "10^0", "2", "6", "8", "10", "2", "6", "8", "10^2" };
		for (int i = 0; i < texts.length; i++) {
			int decade = i / 4;
			double[] within = { 0, 0.301, 0.778, 0.903 };
			double y = 400 + 33 * (decade + within[i % 4]);
			labels.add(new Label(texts[i], 105, y - 2.5, 113, y + 2.5, 0, 6.5, 109));
		}
		List<Calibration.Tick> ticks = labels.stream()
				.map(l -> new Calibration.Tick(l.cy(), AxisReader.number(l.text()))).toList();
		assertNull(DecadeTicks.of(labels, ticks, false), "minor multipliers are left out only as a last resort");
		Calibration c = DecadeTicks.fit(labels, ticks, "y", List.of()).calibration();
		assertNotNull(c);
		assertEquals(Plot.Scale.LOG, c.scale());
		assertEquals(0.1, c.first(), 1e-12);
		assertEquals(100, c.last(), 1e-9);
		assertEquals(2, c.value(400 + 33 * 1.301), 0.01);
	}

	/**
	 * Minor multipliers set on a baseline nearer the edge than the decades ("10" and a raised exponent, larger): the
	 * decades under them join the row, and the row reads 10⁻² .. 10⁰ with the lost exponent of 10⁻¹ made whole.
	 */
	@Test
	void decadesUnderARowOfMultipliers() {
		List<Label> minors = new ArrayList<>();
		List<Label> under = new ArrayList<>();
		for (int d = 0; d < 3; d++) {
			double x = 174 + 41 * d;
			under.add(new Label(d == 1 ? "10" : "10^" + (d - 2), x - 3, 185, x + 5, 191, 0, 6.9, x));
			for (int k : new int[] { 2, 6, 8 }) {
				double xk = x + 41 * Math.log10(k);
				minors.add(new Label(String.valueOf(k), xk - 1, 191, xk + 1, 196, 0, 6, xk));
			}
		}
		List<Label> candidates = new ArrayList<>(minors);
		candidates.addAll(under);
		List<Label> row = DecadeTicks.withDecadesUnder(minors, candidates);
		assertEquals(minors.size() + under.size(), row.size());
		row = new ArrayList<>(row);
		row.sort(java.util.Comparator.comparingDouble(Label::anchor));
		Calibration c = DecadeTicks.fit(row, ticks(row), "x", List.of()).calibration();
		assertNotNull(c);
		assertEquals(0.01, c.first(), 1e-12);
		assertEquals(1, c.last(), 1e-9);
		assertEquals(minors, DecadeTicks.withDecadesUnder(minors, minors), "no decades under: the row as it is");
	}

	@Test
	void noDecadesGuessed() {
		List<Label> uneven = row(30, "10^-5", "10", "10", "10^0");
		assertNull(DecadeTicks.of(uneven, ticks(uneven), false), "five decades do not fit three steps");
		List<Label> two = row(30, "10^-2", "10");
		assertNull(DecadeTicks.of(two, ticks(two), false), "a log axis needs three decades");
		List<Label> oneExponent = row(30, "10^-2", "10", "10");
		assertNull(DecadeTicks.of(oneExponent, ticks(oneExponent), false), "one exponent gives no step");
		List<Label> plain = row(30, "0.1", "1", "10", "100");
		assertNull(DecadeTicks.of(plain, ticks(plain), false));
	}

	/**
	 * A time axis 10⁻⁵ .. 10⁻¹ s whose exponents of 10⁻³ and 10⁻¹ are lost, leaving a bare "10" in their place:
	 * the axis runs to 0.1 s, not to 10 s.
	 */
	@Test
	void timeAxisWithLostExponents() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 3);
		for (int i = 0; i <= 4; i++) {
			if (i == 2 || i == 4) {
				s.centred("10", 100 + 50 * i, 390, 7);
			} else {
				s.decade(i - 5, 100 + 50 * i, 390, 7);
			}
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(Math.pow(10, i - 2)).replaceAll("\\.0$", ""), 97, 400 + 50 * i - 2.5f, 7);
		}
		s.centred("tp (s)", 200, 370, 7).rotated("Zth (K/W)", 70, 420, 7)
				.function(100, 300, 30, x -> 420 + (x - 100) * 0.5, false);
		try (PDDocument doc = s.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			assertEquals(new Plot.Axis("t", "s", Plot.Scale.LOG, 1e-5, 0.1), plots.get(0).x());
		}
	}

	/** Hand-drawn lines of one decade 77 pt long from {@code from}: at the 2 .. 9, each up to 1.3 pt off. */
	private static List<Double> handDrawnDecade(double from) {
		double[] off = { 1.2, -0.4, 1.3, 1.3, -0.9, 1.2, 1.3, 1.1 };
		List<Double> lines = new ArrayList<>();
		for (int k = 2; k <= 9; k++) {
			lines.add(from + 77 * Math.log10(k) + off[k - 2]);
		}
		return lines;
	}

	/**
	 * Two decade labels a decade apart, 10⁻² and a "10" whose exponent was lost, and the grid drawn by hand around the
	 * upper decade only (each line up to 1.3 pt, 0.02 decade, off its place): the grid counts one decade between the
	 * labels, so the "10" is 10⁻¹, not ten. Two decades or three fit the lines far worse.
	 */
	@Test
	void aBareTenBesideOneWholeDecadeIsPlacedByTheGrid() {
		List<Label> labels = List.of(new Label("10^-2", 90, 112.5, 105, 118.5, 0, 7, 97),
				new Label("10", 90, 189.5, 98, 195.5, 0, 7, 94));
		List<Calibration.Tick> ticks = List.of(new Calibration.Tick(115.5, 0.01), new Calibration.Tick(192.5, 10));
		List<Double> grid = handDrawnDecade(192.5);
		assertEquals(1, GridScale.decadesTo(115.5, 192.5, grid));
		assertEquals(-1, GridScale.decadesTo(192.5, 115.5, handDrawnDecade(115.5)));
		Calibration c = DecadeTicks.fit(labels, ticks, "y", grid).calibration();
		assertNotNull(c);
		assertEquals(Plot.Scale.LOG, c.scale());
		assertEquals(0.01, c.first(), 1e-12);
		assertEquals(0.1, c.last(), 1e-12);
		assertEquals(0.3, c.value(192.5 + 77 * Math.log10(3)), 0.003);
	}

	/** Without a log grid to count by, two decade labels with one exponent lost tell no scale: none is guessed. */
	@Test
	void aBareTenIsNotPlacedWithoutALogGrid() {
		List<Label> labels = List.of(new Label("10^-2", 90, 112.5, 105, 118.5, 0, 7, 97),
				new Label("10", 90, 189.5, 98, 195.5, 0, 7, 94));
		List<Calibration.Tick> ticks = List.of(new Calibration.Tick(115.5, 0.01), new Calibration.Tick(192.5, 10));
		assertNull(DecadeTicks.fit(labels, ticks, "y", List.of()).calibration());
		List<Double> even = List.of(131.0, 146.5, 162.0, 177.5, 208.0, 223.5, 239.0, 254.5);
		assertEquals(0, GridScale.decadesTo(115.5, 192.5, even), "evenly spaced lines count no decades");
		assertNull(DecadeTicks.fit(labels, ticks, "y", even).calibration());
	}

	/**
	 * A thermal-impedance plot whose y axis prints 10⁻² at its foot and a bare "10" a decade up, the grid's 2 .. 9
	 * lines drawn (a little off their places) in the upper decade only, the frame's top edge 10⁰: the axis reads log
	 * 0.01 .. 0.1, and the curve drawn through 0.3 at its right end reads 0.3 there.
	 */
	@Test
	void twoDecadeLabelsOneExponentLostOnAPage() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 554, 0);
		for (double g : handDrawnDecade(477)) {
			s.line(100, (float) g, 300, (float) g, 0.5f, new float[] { 0, 0, 0 });
		}
		s.decade(-2, 88, 397.5f, 7).centred("10", 88, 474.5f, 7);
		for (int i = 0; i <= 4; i++) {
			s.decade(i - 5, 100 + 50 * i, 390, 7);
		}
		float top = (float) (477 + 77 * Math.log10(3));
		s.centred("tp (s)", 200, 370, 7).rotated("Zth (K/W)", 60, 420, 7)
				.function(100, 300, 30, x -> 410 + (x - 100) / 200 * (top - 410), false);
		try (PDDocument doc = s.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			Plot p = plots.get(0);
			assertEquals(Plot.Scale.LOG, p.y().scale(), p.toString());
			assertEquals(0.01, p.y().min(), 1e-12);
			assertEquals(0.1, p.y().max(), 1e-12);
			List<Plot.Point> pts = p.series().get(0).points();
			assertEquals(0.3, pts.get(pts.size() - 1).y(), 0.01);
		}
	}
}
