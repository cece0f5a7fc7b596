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
 * A capacitance plot in International Rectifier's way: a key in a box with cut corners defines the capacitances
 * ("Crss = Cgd"), the curves are named by text set on them, and the Ciss curve's name stands on the baseline of the
 * key's last line, just left of the box's edge.
 */
class KeyBoxTest {

	private static final float[] BLACK = { 0, 0, 0 };

	/** The plot, with the Ciss curve's own name set on it or not. */
	private static PlotSketch sketch(boolean cissNamed) throws IOException {
		PlotSketch s = PlotSketch.capacitanceAxes()
				.function(100, 300, 40, x -> 490 + 35 * Math.exp(-(x - 100) / 40), false)
				.function(100, 300, 40, x -> 420 + 40 * Math.exp(-(x - 100) / 30), false)
				.function(100, 300, 40, x -> 405 + 30 * Math.exp(-(x - 100) / 20), false);
		// the key's box, its corners cut by a quarter point
		s.curve(new float[] { 152.25f, 297.75f, 298, 298, 297.75f, 152.25f, 152, 152, 152.25f },
				new float[] { 500.5f, 500.5f, 500.75f, 547.75f, 548, 548, 547.75f, 500.75f, 500.5f }, 0.7f, BLACK,
				false);
		s.text("VGS = 0 V, f = 1 MHz", 155, 536, 6).text("Ciss = Cgs + Cgd", 155, 526, 6)
				.text("Crss = Cgd", 155, 516, 6).text("Coss = Cds + Cgd", 155, 502, 6).text("Coss", 200, 423, 6)
				.text("Crss", 200, 407, 6);
		return cissNamed ? s.text("Ciss", 135, 502, 6) : s;
	}

	private static Plot readOne(PlotSketch sketch) throws IOException {
		try (PDDocument doc = sketch.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			Plot p = plots.get(0);
			assertEquals(Plot.Kind.CAPACITANCE, p.kind());
			assertEquals(3, p.series().size(), p.series().toString());
			return p;
		}
	}

	/** The series' names, the highest curve first. */
	private static List<String> topDown(Plot p) {
		return p.series().stream().sorted(Comparator.comparingDouble((Plot.Series s) -> -s.points().get(0).y()))
				.map(s -> String.valueOf(s.name())).toList();
	}

	/** The box is no curve, and the Ciss curve's name is read apart from the key's line beside it. */
	@Test
	void eachCurveTakesTheNameSetOnItNotTheKeys() throws IOException {
		Plot p = readOne(sketch(true));
		assertEquals(List.of("CISS", "COSS", "CRSS"), topDown(p));
		assertEquals(0.0, p.series().get(0).conditions().get("VGS"));
	}

	/**
	 * Without a name of its own, the curve under the key takes no label from the key's definitions; it is named Ciss
	 * by its place over the named Coss and Crss ({@link CapacitanceNames}).
	 */
	@Test
	void theKeysDefinitionsNameNoCurve() throws IOException {
		Plot p = readOne(sketch(false));
		assertEquals(List.of("CISS", "COSS", "CRSS"), topDown(p));
		Plot.Series top = p.series().stream().max(Comparator.comparingDouble(s -> s.points().get(0).y())).orElseThrow();
		assertEquals(null, top.label(), "no label taken from the key");
	}
}
