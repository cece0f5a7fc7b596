package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** Curves told from what else a plot draws, on generated pages. */
class CurveTracerTest {

	/**
	 * On-resistance axes on a frame 100..300 x 400..550 pt drawn with {@code grid} steps: ID from 0, {@code step} A
	 * a tick every 40 pt across; RDS(on) 0 .. 6 Ohm up, a tick every 50 pt.
	 */
	private static PlotSketch onResistance(int grid, double step) throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, grid);
		for (int i = 0; i <= 5; i++) {
			s.centred(String.format("%.1f", step * i), 100 + 40 * i, 390, 7);
		}
		for (int i = 0; i <= 3; i++) {
			s.right(String.valueOf(2 * i), 97, 400 + 50 * i - 2.5f, 7);
		}
		return s.centred("ID, DRAIN CURRENT (A)", 200, 378, 7).rotated("RDS(on), ON-RESISTANCE (Ohms)", 80, 420, 7);
	}

	/**
	 * On-resistance against drain current: at 10 V the curve rises 1.2 pt over the frame's width in 80 steps of
	 * hundredths of a point; at 4.5 V it bends up. A white box (drawn in two strokes, as a label's knock-out) sits
	 * behind the label, and the grid is drawn cell by cell: neither is a curve.
	 */
	@Test
	void aNearlyLevelCurveIsACurveAndBoxesAndCellGridAreNot() throws IOException {
		PlotSketch s = onResistance(0, 0.2);
		float[] grey = { 0, 0, 0 };
		for (int cx = 0; cx < 5; cx++) {
			for (int cy = 1; cy < 3; cy++) {
				s.line(100 + 40 * cx, 400 + 50 * cy, 140 + 40 * cx, 400 + 50 * cy, 0.3f, grey);
			}
		}
		s.function(100, 300, 81, x -> 430 + 1.2 * Math.pow((x - 100) / 200, 2), false)
				.function(100, 300, 60, x -> 450 + 0.002 * (x - 100) * (x - 100), false);
		float[] white = { 1, 1, 1 };
		s.curve(new float[] { 200, 240, 240, 160, 160, 200 }, new float[] { 500, 500, 520, 520, 500, 500 }, 0.3f, white,
				false).curve(new float[] { 200, 240, 240, 160, 160, 200 }, new float[] { 500.2f, 500.2f, 520, 520, 500.2f,
						500.2f }, 0.3f, white, false);

		try (PDDocument doc = s.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertEquals(1, plots.size());
			Plot p = plots.get(0);
			assertEquals(Plot.Kind.RDSON_ID, p.kind());
			assertEquals(2, p.series().size(), p.series().toString());
		}
	}

	/**
	 * A curve that turns steep and is drawn on to a vertex far over the frame (the frame's clip hides the rest, as
	 * Infineon draws its on-resistance curves): read up to the frame's top edge, not only to its last vertex inside.
	 */
	@Test
	void aCurveLeavingTheFrameIsReadToItsEdge() throws IOException {
		PlotSketch s = onResistance(4, 0.1);
		// rising gently to (180, 460), then straight on to (190, 800): through the top edge at x = 180 + 10 x 90 / 340
		s.curve(new float[] { 100, 130, 160, 180, 190 }, new float[] { 440, 445, 452, 460, 800 }, 1, new float[] { 0, 0, 0 },
				false);

		try (PDDocument doc = s.document()) {
			Plot p = new PlotReader(DeviceKind.MOSFET_N).read(doc).get(0);
			assertEquals(1, p.series().size(), p.series().toString());
			List<Plot.Point> pts = p.series().get(0).points();
			Plot.Point top = pts.stream().max(java.util.Comparator.comparingDouble(Plot.Point::y)).orElseThrow();
			assertEquals(6.0, top.y(), 0.05, "the curve reaches the top edge (6 Ohm)");
			assertEquals((80 + 10 * 90.0 / 340) / 400, top.x(), 0.002);
		}
	}
}
