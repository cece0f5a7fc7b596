package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

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

	/** Three falling curves over 0..50 V and 0..300 pF, the name {@code name} set on the curve {@code on} (0 top). */
	private static PlotSketch sketch(String name, int on) throws IOException {
		PlotSketch s = PlotSketch.capacitanceAxes();
		double[] bottoms = { 500, 440, 405 };
		for (double b : bottoms) {
			s.function(100, 300, 40, x -> b + 30 * Math.exp(-(x - 100) / 15), false);
		}
		return s.text(name, 200, (float) bottoms[on] + 4, 6);
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
