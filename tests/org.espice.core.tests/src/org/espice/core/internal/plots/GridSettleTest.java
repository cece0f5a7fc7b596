package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.DeviceKind;
import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/**
 * Tick numbers set a little off the grid lines they label: the axis is placed on the lines, which are drawn where
 * the values are, and a curve drawn to the frame's edge ends where the axis ends.
 */
class GridSettleTest {

	private static Plot readOne(PlotSketch sketch) throws IOException {
		try (PDDocument doc = sketch.document()) {
			List<Plot> plots = new PlotReader(DeviceKind.MOSFET_N).read(doc);
			assertEquals(1, plots.size(), plots.toString());
			return plots.get(0);
		}
	}

	/**
	 * A frame 100..300 × 400..550 pt with 3 grid lines each way, x ticks 0..40 V under its lines, y ticks 0..4 A
	 * beside its lines but each set {@code off} pt above its line, and a curve from {@code x0} to {@code x1} on the
	 * diagonal from the bottom-left to the top-right corner, bent at 20 V.
	 */
	private static PlotSketch sketch(float off, float x0, float x1) throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 300, 550, 3);
		for (int i = 0; i <= 4; i++) {
			s.centred(String.valueOf(10 * i), 100 + 50 * i, 390, 7);
			s.right(String.valueOf(i), 97, 400 + 37.5f * i - 2.5f + off, 7);
		}
		return s.centred("VDS (V)", 200, 378, 7).rotated("ID (A)", 80, 420, 7)
				.curve(new float[] { x0, 200, x1 }, new float[] { 400 + 0.75f * (x0 - 100), 480, 400 + 0.75f * (x1 - 100) },
						1f, new float[] { 0, 0, 0 }, false);
	}

	private static double lastY(Plot p) {
		List<Plot.Point> pts = p.series().get(0).points();
		return pts.get(pts.size() - 1).y();
	}

	/** Every y tick set 1.5 pt above its line: the curve drawn to the top corner ends at 4 A, not 3.96 A. */
	@Test
	void ticksSetAboveTheirLinesTakeTheLines() throws IOException {
		Plot p = readOne(sketch(1.5f, 100, 300));
		assertEquals(new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 4), p.y());
		assertEquals(4.0, lastY(p), 1e-3);
	}

	/** A curve drawn to 0.4 pt short of the frame's edges starts at 0 V and ends at 40 V, the axis's ends. */
	@Test
	void curveDrawnToTheEdgeEndsAtTheAxisEnd() throws IOException {
		Plot p = readOne(sketch(0, 100.4f, 299.6f));
		List<Plot.Point> pts = p.series().get(0).points();
		assertEquals(0, pts.get(0).x(), 1e-9);
		assertEquals(40, pts.get(pts.size() - 1).x(), 1e-9);
	}

	/**
	 * A linear axis 0..10 A across a frame from 100 to 200 pt, grid lines every 20 pt, and a curve drawn flat 1.2 pt
	 * over the bottom edge, which the grid's lines hold too. The corner's "0" is printed 2.8 pt up, clear of the other
	 * axis's numbers; the others stand within a few tenths of their lines. The text's fit puts the 0 near both the
	 * edge and the flat curve; the end tick takes the edge, and the axis runs exactly from 0 at the edge. Before, the 0
	 * took the flat curve by its own place, which fell off the other lines' scale, and the axis kept the text's fit,
	 * 0.17 A off at the edge.
	 */
	@Test
	void anEndTickBetweenTheEdgeAndAFlatCurveTakesTheEdge() {
		List<Calibration.Tick> ticks = List.of(new Calibration.Tick(102.8, 0), new Calibration.Tick(120.3, 2),
				new Calibration.Tick(140.2, 4), new Calibration.Tick(159.8, 6), new Calibration.Tick(180.2, 8),
				new Calibration.Tick(199.6, 10));
		double[] ab = Calibration.leastSquares(ticks.stream().mapToDouble(Calibration.Tick::pos).toArray(),
				ticks.stream().mapToDouble(Calibration.Tick::value).toArray());
		Calibration.Outcome fitted = new Calibration.Outcome(
				new Calibration(Plot.Scale.LINEAR, ab[0], ab[1], 0, 10, 1), null);
		Calibration.Outcome settled = GridScale.settle(fitted, ticks, List.of(101.2, 120.0, 140.0, 160.0, 180.0),
				100, 200);
		Calibration c = settled.calibration();
		assertEquals(0, c.a() + c.b() * 100, 1e-9, "0 at the bottom edge");
		assertEquals(10, c.a() + c.b() * 200, 1e-9, "10 at the top edge");
	}
}
