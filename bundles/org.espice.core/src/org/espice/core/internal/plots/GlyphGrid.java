package org.espice.core.internal.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * The small grid a glyph's outline is drawn into to be compared with the templates ({@link GlyphTemplates}): the
 * outline stretched to its own box, anti-aliased, then blurred and scaled to unit length, and the holes it encloses.
 */
final class GlyphGrid {

	/** Raster side in cells. */
	static final int GRID = 20;
	/** Pen width of stroke-font glyphs in cells: a sans-serif stem is about a seventh of the cap height. */
	static final float PEN = 2.4f;

	private GlyphGrid() {
	}

	/** The shape filled into the grid, stretched to its box, anti-aliased; row 0 at the top. */
	static float[] raster(Shape path, Rectangle2D b) {
		return new Canvas().raster(path, b);
	}

	/** A box so thin that its shape draws too little: the box is drawn as well. */
	static boolean hairline(Rectangle2D b) {
		return b.getWidth() < 0.05 * b.getHeight() || b.getHeight() < 0.05 * b.getWidth();
	}

	/**
	 * Maps a glyph's box into the grid, y down: the longer side fills the grid, the shorter one keeps the square root
	 * of its share, so that shapes compare across plain and condensed faces while bars stay bars.
	 */
	static AffineTransform fit(Rectangle2D b, double margin) {
		double inner = GRID - 2 * margin;
		double w = Math.max(b.getWidth(), 0.02 * b.getHeight() + 1e-9);
		double h = Math.max(b.getHeight(), 0.02 * b.getWidth() + 1e-9);
		double a = w / h;
		double wpx = a < 1 ? inner * Math.sqrt(a) : inner;
		double hpx = a < 1 ? inner : inner / Math.sqrt(a);
		double sx = wpx / w;
		double sy = hpx / h;
		double ox = (GRID - wpx) / 2;
		double oy = (GRID - hpx) / 2;
		return new AffineTransform(sx, 0, 0, -sy, ox - b.getMinX() * sx, oy + b.getMaxY() * sy);
	}

	/**
	 * The grids glyphs are drawn into, one for filled outlines and one for pen strokes, each cleared and drawn into
	 * again for the next glyph: setting up a drawing costs more than drawing a glyph this small.
	 */
	static final class Canvas {
		private final BufferedImage filled = new BufferedImage(GRID, GRID, BufferedImage.TYPE_BYTE_GRAY);
		private final BufferedImage penned = new BufferedImage(GRID, GRID, BufferedImage.TYPE_BYTE_GRAY);
		private Graphics2D fill;
		private Graphics2D pen;

		/** The shape filled into the grid, stretched to its box, anti-aliased; row 0 at the top. */
		float[] raster(Shape path, Rectangle2D b) {
			AffineTransform at = fit(b, 1);
			return fill(at.createTransformedShape(path), hairline(b) ? at.createTransformedShape(b) : null);
		}

		/** A shape placed in the grid filled, and the box of a hairline bar unless null. */
		float[] fill(Shape inGrid, Shape bar) {
			if (fill == null) {
				fill = filled.createGraphics();
				fill.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				fill.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
				fill.setColor(Color.WHITE);
			}
			byte[] px = pixels(filled);
			Arrays.fill(px, (byte) 0);
			fill.fill(inGrid);
			if (bar != null) {
				fill.fill(bar); // a hairline bar: its box is its shape
			}
			return coverage(px);
		}

		/** A stroke-font glyph's lines, placed in the grid, drawn with a pen as wide as a sans-serif stem. */
		float[] pen(Shape inGrid) {
			if (pen == null) {
				pen = penned.createGraphics();
				pen.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				pen.setColor(Color.WHITE);
				pen.setStroke(new BasicStroke(PEN, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			}
			byte[] px = pixels(penned);
			Arrays.fill(px, (byte) 0);
			pen.draw(inGrid);
			return coverage(px);
		}

		private static byte[] pixels(BufferedImage img) {
			return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
		}
	}

	/** The grey grid drawn into, as coverage 0..1 per cell. */
	private static float[] coverage(byte[] px) {
		float[] out = new float[GRID * GRID];
		for (int i = 0; i < out.length; i++) {
			out[i] = (px[i] & 0xff) / 255f;
		}
		return out;
	}

	/** A 3x3 box blur: glyphs of other weights still overlap where their strokes run. */
	static float[] blur(float[] r) {
		float[] out = new float[r.length];
		for (int y = 0; y < GRID; y++) {
			for (int x = 0; x < GRID; x++) {
				float s = 0;
				int n = 0;
				for (int dy = -1; dy <= 1; dy++) {
					for (int dx = -1; dx <= 1; dx++) {
						int xx = x + dx;
						int yy = y + dy;
						if (xx >= 0 && yy >= 0 && xx < GRID && yy < GRID) {
							s += r[yy * GRID + xx];
							n++;
						}
					}
				}
				out[y * GRID + x] = 0.5f * r[y * GRID + x] + 0.5f * s / n;
			}
		}
		return out;
	}

	/** The raster less its mean, scaled to unit length; null for a flat raster. */
	static float[] unit(float[] r) {
		double mean = 0;
		for (float v : r) {
			mean += v;
		}
		mean /= r.length;
		double norm = 0;
		for (float v : r) {
			norm += (v - mean) * (v - mean);
		}
		if (norm < 1e-9) {
			return null;
		}
		double scale = 1 / Math.sqrt(norm);
		float[] out = new float[r.length];
		for (int i = 0; i < r.length; i++) {
			out[i] = (float) ((r[i] - mean) * scale);
		}
		return out;
	}

	/** Background regions of the raster that do not reach its border. */
	static int holes(float[] r) {
		boolean[] seen = new boolean[r.length];
		int holes = 0;
		int[] stack = new int[r.length];
		for (int start = 0; start < r.length; start++) {
			if (seen[start] || r[start] >= 0.35f) {
				continue;
			}
			int top = 0;
			stack[top++] = start;
			seen[start] = true;
			boolean border = false;
			int size = 0;
			while (top > 0) {
				int i = stack[--top];
				size++;
				int x = i % GRID;
				int y = i / GRID;
				border |= x == 0 || y == 0 || x == GRID - 1 || y == GRID - 1;
				// left, right, up, down: the order the region is walked in does not change its size or border
				if (x > 0 && !seen[i - 1] && r[i - 1] < 0.35f) {
					seen[i - 1] = true;
					stack[top++] = i - 1;
				}
				if (x < GRID - 1 && !seen[i + 1] && r[i + 1] < 0.35f) {
					seen[i + 1] = true;
					stack[top++] = i + 1;
				}
				if (y > 0 && !seen[i - GRID] && r[i - GRID] < 0.35f) {
					seen[i - GRID] = true;
					stack[top++] = i - GRID;
				}
				if (y < GRID - 1 && !seen[i + GRID] && r[i + GRID] < 0.35f) {
					seen[i + GRID] = true;
					stack[top++] = i + GRID;
				}
			}
			if (!border && size >= 2) {
				holes++;
			}
		}
		return holes;
	}
}
