package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * What makes outlined glyphs cheap to read must not change how they read: a shape matched against a document's
 * earlier shapes reads as it reads alone, and neighbours are found in the order a plain search over the page's
 * cells finds them.
 */
class GlyphMatchingTest {

	/** A character of the sans-serif face PDFBox ships, as a page would draw it: y up, at a size and place. */
	private static Shape outline(String ch, double x, double y, double size) {
		try (InputStream in = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
			try {
				int gid = ttf.getUnicodeCmapLookup().getGlyphId(ch.charAt(0));
				double em = ttf.getUnitsPerEm();
				AffineTransform at = new AffineTransform(size / em, 0, 0, size / em, x, y);
				return new Path2D.Double(ttf.getGlyph().getGlyph(gid).getPath(), at);
			} finally {
				ttf.close();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void assertSameMatches(GlyphTemplates.Match[] expected, GlyphTemplates.Match[] actual) {
		assertEquals(expected.length, actual.length);
		for (int k = 0; k < expected.length; k++) {
			assertSame(expected[k].template(), actual[k].template());
			assertEquals(expected[k].score(), actual[k].score(), 0.0);
			assertEquals(expected[k].margin(), actual[k].margin(), 0.0);
			assertArrayEquals(expected[k].scores(), actual[k].scores(), 0.0);
		}
	}

	/** The same outline again, moved or not, filled or drawn with a pen: each reads as it does on its own. */
	@Test
	void aShapeSeenBeforeReadsAsItReadsAlone() {
		GlyphTemplates.Seen seen = new GlyphTemplates.Seen();
		List<Shape> shapes = new ArrayList<>();
		for (String ch : new String[] { "0", "5", "A", "m", "8" }) {
			shapes.add(outline(ch, 100, 200, 7));
			shapes.add(outline(ch, 100, 200, 7));
			shapes.add(outline(ch, 312.37, 417.11, 7));
			shapes.add(outline(ch, 100, 200, 9.5));
		}
		for (boolean pen : new boolean[] { false, true }) {
			for (Shape s : shapes) {
				GlyphTemplates.Match[] alone = GlyphTemplates.matchTurned(s, false, pen, 2);
				assertSameMatches(alone, GlyphTemplates.matchTurned(s, false, pen, 2, seen));
			}
		}
		assertEquals('8', GlyphTemplates.match(outline("8", 50, 50, 8), false, false).ch());
	}

	/**
	 * A glyph matched again at the same size takes the matches kept from before: they are the full comparison's,
	 * whether it was matched before upright only or in every direction.
	 */
	@Test
	void matchesKeptForAGlyphAreTheFullComparisons() {
		GlyphTemplates.Seen seen = new GlyphTemplates.Seen();
		for (String ch : new String[] { "2", "6", "V", "%" }) {
			Shape s = outline(ch, 20, 30, 8);
			assertSameMatches(GlyphTemplates.matchTurned(s, false, false, 0),
					GlyphTemplates.matchTurned(s, false, false, 0, seen));
			for (int again = 0; again < 3; again++) {
				assertSameMatches(GlyphTemplates.matchTurned(s, false, false, 2),
						GlyphTemplates.matchTurned(s, false, false, 2, seen));
				assertSameMatches(GlyphTemplates.matchTurned(s, false, false, 1),
						GlyphTemplates.matchTurned(s, false, false, 1, seen));
			}
		}
	}

	/** Holes are the background regions away from the border: none in 5, one in 0, two in 8. */
	@Test
	void holesAreCountedInTheRaster() {
		for (String ch : new String[] { "5", "0", "8" }) {
			Shape s = outline(ch, 0, 0, 10);
			int holes = GlyphGrid.holes(GlyphGrid.raster(s, s.getBounds2D()));
			assertEquals("508".indexOf(ch), holes, ch);
		}
	}

	/** Around a glyph: every glyph of the cells within reach, cell by cell in columns, in the order given. */
	@Test
	void neighboursComeInTheOrderOfTheirCells() {
		Random random = new Random(7);
		List<OutlinedGlyph> all = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			double x = random.nextDouble() * 200 - 50;
			double y = random.nextDouble() * 200 - 50;
			double[] pts = { x, y, x + 2, y, x + 2, y + 3 };
			OutlineGlyphs.Contour c = new OutlineGlyphs.Contour(new double[] { pts[0], pts[2], pts[4] },
					new double[] { pts[1], pts[3], pts[5] }, new double[] { x, y, x + 2, y + 3 }, null, false, true);
			all.add(new OutlinedGlyph(List.of(c)));
		}
		NearGlyphs near = new NearGlyphs(all);
		for (OutlinedGlyph g : all.subList(0, 40)) {
			for (double reach : new double[] { 0, 3, 12.5, 40 }) {
				List<OutlinedGlyph> found = near.around(g, reach);
				assertNotNull(found);
				assertEquals(expected(all, g, reach), found);
			}
		}
	}

	/** The plain search: cells in range column by column, bottom to top, the glyphs of a cell in the order given. */
	private static List<OutlinedGlyph> expected(List<OutlinedGlyph> all, OutlinedGlyph g, double reach) {
		double r = reach + OutlineGlyphs.MAX_GLYPH;
		long x0 = cell(g.cx() - r);
		long x1 = cell(g.cx() + r);
		long y0 = cell(g.cy() - r);
		long y1 = cell(g.cy() + r);
		List<OutlinedGlyph> out = new ArrayList<>();
		for (OutlinedGlyph o : all) {
			long x = cell(o.cx());
			long y = cell(o.cy());
			if (x >= x0 && x <= x1 && y >= y0 && y <= y1) {
				out.add(o);
			}
		}
		out.sort(Comparator.comparingLong((OutlinedGlyph o) -> cell(o.cx())).thenComparingLong(o -> cell(o.cy())));
		return out;
	}

	private static long cell(double v) {
		return (long) Math.floor(v / 10);
	}
}
