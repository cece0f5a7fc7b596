package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * A MOSFET's capacitance plot whose curve names were read for one curve only (ST draws them as outlines in a face the
 * glyph reader does not know): the other two take the names their places give, Ciss over Coss over Crss, where the
 * named curve stands where that order puts it.
 */
class CapacitanceNamesTest {

	private static final float[] BLACK = { 0, 0, 0 };

	/** Three falling curves over 0..50 V and 0..300 pF, the name {@code name} set on the curve {@code on} (0 top). */
	private static PlotSketch sketch(String name, int on) throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 4);
		for (int i = 0; i <= 5; i++) {
			s.centred(String.valueOf(10 * i), 100 + 40 * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(100 * i), 97, 400 + 50 * i - 2.5f, 7);
		}
		s.centred("VDS, DRAIN-TO-SOURCE VOLTAGE (V)", 200, 378, 7).rotated("C, CAPACITANCE (pF)", 80, 420, 7);
		double[] bottoms = { 500, 440, 405 };
		for (double b : bottoms) {
			curve(s, x -> b + 30 * Math.exp(-(x - 100) / 15));
		}
		return s.text(name, 200, (float) bottoms[on] + 4, 6);
	}

	private static void curve(PlotSketch s, DoubleUnaryOperator f) {
		float[] xs = new float[40];
		float[] ys = new float[40];
		for (int i = 0; i < xs.length; i++) {
			xs[i] = 100 + i * 200f / (xs.length - 1);
			ys[i] = (float) f.applyAsDouble(xs[i]);
		}
		s.curve(xs, ys, 1, BLACK, false);
	}

	/** The series' names, the highest curve first. */
	private static List<String> topDown(PlotSketch sketch) throws IOException {
		try (PDDocument doc = sketch.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			Plot p = plots.get(0);
			assertEquals(Plot.Kind.CAPACITANCE, p.kind());
			return p.series().stream().sorted(Comparator.comparingDouble((Plot.Series s) -> -s.points().get(0).y()))
					.map(s -> String.valueOf(s.name())).toList();
		}
	}

	@Test
	void theUnnamedCurvesTakeTheNamesTheirPlacesGive() throws IOException {
		assertEquals(List.of("CISS", "COSS", "CRSS"), topDown(sketch("Coss", 1)));
		assertEquals(List.of("CISS", "COSS", "CRSS"), topDown(sketch("Crss", 2)));
	}

	/** A name read on a curve where the order does not put it (Ciss at the bottom): nothing more is named. */
	@Test
	void aNameOutOfOrderNamesNoOther() throws IOException {
		assertEquals(List.of("null", "null", "CISS"), topDown(sketch("Ciss", 2)));
	}
}
