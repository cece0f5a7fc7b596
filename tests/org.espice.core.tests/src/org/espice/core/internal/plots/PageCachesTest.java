package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.espice.core.internal.layout.LayoutBuilder;
import org.junit.jupiter.api.Test;

/**
 * What is worked out once per page for all its frames gives what working it out again gives: the tick labels, the
 * axis titles, the candidate frames handed from the page's collection to its reading, and the shortcuts taken for
 * distances along one axis.
 */
class PageCachesTest {

	/** A log frame with decades "10" and a raised exponent, time ticks with a prefix set apart, and titles. */
	private static PlotSketch sketch() throws IOException {
		PlotSketch s = new PlotSketch().frame(100, 400, 310, 550, 2);
		for (int i = 0; i <= 3; i++) {
			float x = 100 + 70 * i - s.width("10", 7) / 2;
			s.text("10", x, 391, 7).text(String.valueOf(i - 2), x + s.width("10", 7) + 0.5f, 396.8f, 5.5f);
		}
		s.text("100", 60, 420, 7).text("m", 60 + s.width("100", 7) + 1.5f, 420, 7);
		return s.centred("ID, Drain Current (A)", 200, 370, 7).rotated("VGS (V)", 70, 420, 7)
				.centred("Capacitance (pF)", 200, 600, 7).function(100, 310, 30, x -> 420 + (x - 100) * 0.5, false);
	}

	private static List<PageDrawing> collect(PlotSketch sketch) throws IOException {
		try (PDDocument doc = sketch.document()) {
			DrawingCollector drawings = new DrawingCollector();
			new LayoutBuilder(n -> {
			}, drawings).build(doc);
			return drawings.drawings();
		}
	}

	@Test
	void tickLabelsOfThePageAreTheTickLabelsReadAgain() throws IOException {
		TextAssembly.Labels text = collect(sketch()).get(0).labels();
		List<Label> ticks = text.ticks();
		assertEquals(TickLabels.of(text), ticks);
		assertSame(ticks, text.ticks(), "worked out once");
		assertTrue(ticks.stream().anyMatch(t -> t.text().equals("10^-2")), ticks.toString());
		assertTrue(ticks.stream().anyMatch(t -> t.text().equals("100m")), ticks.toString());
	}

	@Test
	void titlesOfThePageAreTheTitlesParsedAgain() throws IOException {
		TextAssembly.Labels text = collect(sketch()).get(0).labels();
		for (Label p : text.phrases()) {
			assertEquals(AxisTitle.parse(p.text()), text.title(p.text()), p.text());
			assertSame(text.title(p.text()), text.title(p.text()), "parsed once");
		}
		assertEquals("ID", text.title("ID, Drain Current (A)").quantity());
		assertSame(AxisTitle.UNKNOWN, text.title(null));
	}

	/** A datasheet's plots repeat their titles: a title is parsed once for the document, the same on every page. */
	@Test
	void titlesAreParsedOncePerDocument() throws IOException {
		try (PDDocument doc = sketch().document(); PDDocument other = sketch().document()) {
			doc.importPage(other.getPage(0));
			DrawingCollector drawings = new DrawingCollector();
			new LayoutBuilder(n -> {
			}, drawings).build(doc);
			List<PageDrawing> pages = drawings.drawings();
			assertEquals(2, pages.size());
			String title = "ID, Drain Current (A)";
			assertSame(pages.get(0).labels().title(title), pages.get(1).labels().title(title));
			assertEquals(AxisTitle.parse(title), pages.get(1).labels().title(title));
		}
	}

	@Test
	void framesHandedOnAreTheFramesOfTheStrokesKept() throws IOException {
		PageDrawing plain = collect(sketch()).get(0);
		assertEquals(FrameFinder.find(plain.strokes(), plain.width()), plain.frames());
		assertEquals(1, plain.frames().size());
		// drawn twice: the repeats are dropped, and the frames are found again among the strokes kept
		PageDrawing twice = collect(sketch().twice()).get(0);
		assertEquals(FrameFinder.find(twice.strokes(), twice.width()), twice.frames());
		assertEquals(plain.frames(), twice.frames());
		// outlined tick numbers are taken out of the strokes: the frames are found again as well
		PlotSketch outlined = sketch();
		for (int i = 0; i <= 3; i++) {
			outlined.outlinedRight(String.valueOf(i * 5), 97, 400 + 50 * i - 2.5f, 7, 1);
		}
		PageDrawing page = collect(outlined).get(0);
		assertEquals(FrameFinder.find(page.strokes(), page.width()), page.frames());
	}

	/** Phrases are cut at a second figure number only where one is printed: the cheap look first finds it too. */
	@Test
	void phrasesWithoutFigureNumberAreLeftWhole() {
		assertTrue(Captions.mentions("Fig. 3 Output  FIG 4 Transfer", "fig"));
		assertTrue(Captions.mentions("Diagram 2", "diagram") && Captions.mentions("DIAGRAM", "diagram"));
		assertTrue(!Captions.mentions("Drain current", "fig") && !Captions.mentions("fi", "fig"));
	}

	/** Strokes alike at their ends are compared point by point: only a true repeat is dropped. */
	@Test
	void repeatsAreTheStrokesDrawnAgainPointByPoint() {
		Stroke a = Stroke.of(List.of(new double[] { 0, 0 }, new double[] { 5, 5 }, new double[] { 10, 0 }), 0, 1, false);
		Stroke again = Stroke.of(List.of(new double[] { 0.001, 0 }, new double[] { 5, 5.002 }, new double[] { 10, 0 }),
				0, 1, false);
		Stroke bent = Stroke.of(List.of(new double[] { 0, 0 }, new double[] { 5, 6 }, new double[] { 10, 0 }), 0, 1, false);
		Stroke red = Stroke.of(List.of(new double[] { 0, 0 }, new double[] { 5, 5 }, new double[] { 10, 0 }), 0xff0000, 1,
				false);
		assertEquals(List.of(a, bent, red), Stroke.distinct(List.of(a, bent, again, red, a)));
		assertTrue(Stroke.repeats(a, again) && !Stroke.repeats(a, bent) && !Stroke.repeats(a, red));
	}

	@Test
	void distancesAlongOneAxisAreTheHypotenuse() {
		Label box = new Label("x", 10.25, 20.5, 30.125, 40.75, 0, 7, 20);
		double[] at = { -3.3, 0, 10.25, 12.7, 20.5, 30.125, 33.9, 40.75, 47.1, 1e-3, 1e5 };
		for (double x : at) {
			for (double y : at) {
				double dx = Math.max(0, Math.max(box.x0() - x, x - box.x1()));
				double dy = Math.max(0, Math.max(box.y0() - y, y - box.y1()));
				assertEquals(Planar.length(dx, dy), box.distance(x, y), 0.0, x + "," + y);
				assertEquals(Math.hypot(dx, dy), box.distance(x, y), 1e-15 * Math.hypot(dx, dy), "page lengths");
			}
		}
		for (double a : at) {
			for (double b : new double[] { 0, -0.0, a, -a, 3.7 }) {
				DrawingCollector.Glyph g = new DrawingCollector.Glyph("a", 0, 0, a, b, 7, 0);
				DrawingCollector.Glyph t = new DrawingCollector.Glyph("a", 0, 0, b, -a, 7, 90);
				assertEquals(Planar.length(a, b), TextAssembly.advance(g), 0.0);
				assertEquals(Planar.length(b, -a), TextAssembly.advance(t), 0.0);
			}
		}
	}
}
