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
}
