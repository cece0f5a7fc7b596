package org.espice.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.espice.core.Plot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plots drawn over their page: the page region is the chart's data area, the calibrated axes stretch over its margin
 * and the curves read land on the curves printed.
 */
class PlotOverlaysTest {

	/** A linear output plot: frame 100..400 x 400..600 pt, VDS 0..10 V across, ID 0..5 A up, one diagonal curve. */
	private static final Plot.Box LINEAR_FRAME = new Plot.Box(100, 400, 400, 600);
	/** A log-log plot below it: frame 100..400 x 80..280 pt, IC 0.1 mA..1 A across, hFE 0.1..1000 up. */
	private static final Plot.Box LOG_FRAME = new Plot.Box(100, 80, 400, 280);

	@TempDir
	static Path dir;
	static Path pdf;

	/**
	 * One page: each frame a black rectangle with its tick numbers at the corners below and left, and its curve
	 * printed as a black diagonal from the lower left to the upper right corner.
	 */
	@BeforeAll
	static void page() throws IOException {
		pdf = dir.resolve("sheet.pdf");
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.LETTER);
			doc.addPage(page);
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
				for (Plot.Box f : List.of(LINEAR_FRAME, LOG_FRAME)) {
					c.setLineWidth(1);
					c.addRect((float) f.x0(), (float) f.y0(), (float) f.width(), (float) f.height());
					c.moveTo((float) f.x0(), (float) f.y0());
					c.lineTo((float) f.x1(), (float) f.y1());
					c.stroke();
					c.beginText();
					c.setFont(font, 8);
					c.newLineAtOffset((float) f.x0() - 3, (float) f.y0() - 10);
					c.showText("0");
					c.endText();
				}
			}
			doc.save(pdf.toFile());
		}
	}

	private static Plot linear() {
		List<Plot.Point> diagonal = new ArrayList<>();
		for (int i = 0; i <= 20; i++) {
			diagonal.add(new Plot.Point(i * 0.5, i * 0.25));
		}
		return new Plot(1, LINEAR_FRAME, "Figure 3. Output Characteristics", Plot.Kind.OUTPUT, Plot.DrawnAs.VECTOR,
				new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 10), new Plot.Axis("ID", "A", Plot.Scale.LINEAR, 0, 5),
				List.of(new Plot.Series("VGS = 10 V", Map.of("VGS", 10.0), null, diagonal)), List.of(), null);
	}

	private static Plot logLog() {
		List<Plot.Point> diagonal = new ArrayList<>();
		for (int i = 0; i <= 16; i++) {
			double ic = Math.pow(10, -4 + i * 0.25);
			diagonal.add(new Plot.Point(ic, 1000 * ic));
		}
		return new Plot(1, LOG_FRAME, null, Plot.Kind.HFE_IC, Plot.DrawnAs.VECTOR,
				new Plot.Axis("IC", "A", Plot.Scale.LOG, 1e-4, 1), new Plot.Axis("HFE", "", Plot.Scale.LOG, 0.1, 1000),
				List.of(new Plot.Series(null, Map.of(), null, diagonal)), List.of(), null);
	}

	@Test
	void pngPerPlotNamedByPageAndFigure() throws IOException {
		Path out = dir.resolve("overlays");
		List<Path> written = PlotOverlays.write(pdf, List.of(linear(), logLog()), out);
		assertEquals(List.of(out.resolve("sheet-p1-fig3.png"), out.resolve("sheet-p1-plot2.png")), written);
		BufferedImage image = ImageIO.read(written.get(0).toFile());
		// the frame is 300 x 200 pt: at least two pixels a point, plus axes, title and legend
		assertTrue(image.getWidth() > 600 && image.getHeight() > 400, image.getWidth() + "x" + image.getHeight());
		assertTrue(Files.size(written.get(1)) > 1000);
	}

	/** The curve read lies on the curve printed: coloured pixels along the page's diagonal, none off it. */
	@Test
	void linearCurveIsDrawnOnThePrintedOne() throws IOException {
		PlotOverlays.Overlay o = PlotOverlays.draw(pdf, List.of(linear())).get(0);
		assertTrue(o.dataArea().width > 500, "data area " + o.dataArea());
		for (double t : new double[] { 0.2, 0.5, 0.8 }) {
			assertTrue(curveNear(o, 100 + 300 * t, 400 + 200 * t), "curve at t=" + t);
		}
		assertFalse(curveNear(o, 150, 580), "no curve in the upper left of the frame");
		assertTrue(dark(o, 100, 500), "the printed frame's left edge is where the page puts it");
		assertFalse(dark(o, 110, 500), "the page is white beside the frame's edge");
		assertFalse(dark(o, 300, 450), "the page is white below the curve");
	}

	/** On log axes the same holds in decades: the frame's centre is 10 mA, hFE 10. */
	@Test
	void logCurveIsDrawnOnThePrintedOne() throws IOException {
		PlotOverlays.Overlay o = PlotOverlays.draw(pdf, List.of(logLog())).get(0);
		assertTrue(curveNear(o, 250, 180), "curve at the centre of the frame");
		assertTrue(curveNear(o, 175, 130), "curve a quarter along");
		assertFalse(curveNear(o, 150, 260), "no curve in the upper left of the frame");
	}

	/**
	 * The last printed tick need not stand on the frame (ticks 0 .. 8 V on a frame that reaches 10 V): the chart
	 * places the region by the calibration, not by the first and last ticks.
	 */
	@Test
	void ticksInsideTheFrameDoNotStretchTheChart() throws IOException {
		Plot full = linear();
		Plot inside = new Plot(1, LINEAR_FRAME, null, Plot.Kind.OUTPUT, Plot.DrawnAs.VECTOR,
				new Plot.Axis("VDS", "V", Plot.Scale.LINEAR, 0, 8), full.y(), null, full.series(), List.of(), null,
				List.of(), new Plot.Edges(0, 10, 0, 5));
		PlotOverlays.Overlay o = PlotOverlays.draw(pdf, List.of(inside)).get(0);
		for (double t : new double[] { 0.2, 0.5, 0.95 }) {
			assertTrue(curveNear(o, 100 + 300 * t, 400 + 200 * t), "curve at t=" + t);
		}
	}

	/** A PNP plot's axes grow in magnitude away from the origin (0 .. -10 V): the chart's axes run the same way. */
	@Test
	void negativeAxesRunAsPrinted() throws IOException {
		List<Plot.Point> diagonal = new ArrayList<>();
		for (int i = 0; i <= 20; i++) {
			diagonal.add(new Plot.Point(-i * 0.5, -i * 0.25));
		}
		Plot pnp = new Plot(1, LINEAR_FRAME, null, Plot.Kind.OUTPUT, Plot.DrawnAs.VECTOR,
				new Plot.Axis("VCE", "V", Plot.Scale.LINEAR, 0, -10), new Plot.Axis("IC", "A", Plot.Scale.LINEAR, 0, -5),
				List.of(new Plot.Series("IB = -1 mA", Map.of(), null, diagonal)), List.of(), null);
		PlotOverlays.Overlay o = PlotOverlays.draw(pdf, List.of(pnp)).get(0);
		assertTrue(curveNear(o, 250, 500), "curve at the centre of the frame");
		assertTrue(curveNear(o, 370, 580), "curve near the far corner");
		assertFalse(curveNear(o, 150, 580), "no curve in the upper left of the frame");
	}

	/** A plot not read still shows its region, with the reason across it. */
	@Test
	void unreadPlotShowsItsReason() throws IOException {
		Plot unread = new Plot(1, LINEAR_FRAME, null, Plot.Kind.OTHER, Plot.DrawnAs.VECTOR, null, null, List.of(),
				List.of(), "axis ticks are not text");
		PlotOverlays.Overlay o = PlotOverlays.draw(pdf, List.of(unread)).get(0);
		assertEquals("sheet-p1-plot1.png", o.fileName());
		int reason = 0;
		for (int y = o.dataArea().y; y < o.dataArea().getMaxY(); y++) {
			for (int x = o.dataArea().x; x < o.dataArea().getMaxX(); x++) {
				Color c = new Color(o.image().getRGB(x, y));
				reason += c.getRed() > 120 && c.getGreen() < 70 && c.getBlue() < 70 ? 1 : 0;
			}
		}
		assertTrue(reason > 50, "reason text pixels: " + reason);
		assertTrue(dark(o, 100, 500), "the region is rendered");
		assertFalse(dark(o, 90, 500), "on a white page");
	}

	@Test
	void fileNamesFollowFiguresAndPlacesOnThePage() {
		Plot a = linear();
		Plot noCaption = logLog();
		Plot fig12a = new Plot(2, LOG_FRAME, "Fig. 12a Gate Charge", Plot.Kind.GATE_CHARGE, Plot.DrawnAs.VECTOR, null,
				null, List.of(), List.of(), "no axis");
		assertEquals(List.of("a_b-p1-fig3.png", "a_b-p1-plot2.png", "a_b-p2-fig12a.png", "a_b-p1-fig3-2.png"),
				PlotOverlays.fileNames("a b", List.of(a, noCaption, fig12a, a)));
	}

	@Test
	void missingPageIsNamed() {
		Plot p = new Plot(7, LINEAR_FRAME, null, Plot.Kind.OTHER, Plot.DrawnAs.VECTOR, null, null, List.of(),
				List.of(), "x");
		IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
				() -> PlotOverlays.draw(pdf, List.of(p)));
		assertTrue(e.getMessage().contains("sheet.pdf has no page 7"), e.getMessage());
	}

	/** Whether a curve colour (saturated, not grey) lies within 3 pixels of page point (x, y). */
	private static boolean curveNear(PlotOverlays.Overlay o, double x, double y) {
		int[] p = pixel(o, x, y);
		for (int dy = -3; dy <= 3; dy++) {
			for (int dx = -3; dx <= 3; dx++) {
				Color c = new Color(o.image().getRGB(p[0] + dx, p[1] + dy));
				int max = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()));
				int min = Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
				if (max - min > 100) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether a dark grey or black pixel lies within 2 pixels of page point (x, y). */
	private static boolean dark(PlotOverlays.Overlay o, double x, double y) {
		int[] p = pixel(o, x, y);
		for (int dy = -2; dy <= 2; dy++) {
			for (int dx = -2; dx <= 2; dx++) {
				Color c = new Color(o.image().getRGB(p[0] + dx, p[1] + dy));
				if (c.getRed() < 100 && c.getGreen() < 100 && c.getBlue() < 100) {
					return true;
				}
			}
		}
		return false;
	}

	/** The image pixel showing page point (x, y): the region fills the data area. */
	private static int[] pixel(PlotOverlays.Overlay o, double x, double y) {
		Plot.Box r = o.region();
		double px = o.dataArea().getX() + (x - r.x0()) / r.width() * o.dataArea().getWidth();
		double py = o.dataArea().getY() + (r.y1() - y) / r.height() * o.dataArea().getHeight();
		return new int[] { (int) Math.round(px), (int) Math.round(py) };
	}
}
