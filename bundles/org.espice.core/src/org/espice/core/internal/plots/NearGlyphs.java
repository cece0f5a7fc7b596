package org.espice.core.internal.plots;

import java.util.List;

/**
 * The glyphs of a page by where they stand, so that finding a glyph's neighbours does not visit them all: the
 * glyphs sorted by the square cell of the page their centre falls in, column by column, so that the cells of one
 * column within reach are one run found by binary search.
 */
final class NearGlyphs {
	private static final double CELL = 10;
	/** Cells of a column are numbered within this range, so that a column's cells sort together. */
	private static final long COLUMN = 1_000_003L;
	/** Each glyph's cell key, ascending; glyphs of one cell in the order given. */
	private final long[] keys;
	private final OutlinedGlyph[] glyphs;

	NearGlyphs(List<OutlinedGlyph> all) {
		int n = all.size();
		Integer[] order = new Integer[n];
		long[] key = new long[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
			key[i] = key(cell(all.get(i).cx()), cell(all.get(i).cy()));
		}
		java.util.Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b])); // stable: a cell keeps the order
		keys = new long[n];
		glyphs = new OutlinedGlyph[n];
		for (int i = 0; i < n; i++) {
			keys[i] = key[order[i]];
			glyphs[i] = all.get(order[i]);
		}
	}

	/**
	 * The glyphs whose boxes may lie within {@code reach} of the glyph's box: cell by cell, columns left to right
	 * and cells of a column bottom to top.
	 */
	List<OutlinedGlyph> around(OutlinedGlyph g, double reach) {
		double r = reach + OutlineGlyphs.MAX_GLYPH;
		long y0 = cell(g.cy() - r);
		long y1 = cell(g.cy() + r);
		List<OutlinedGlyph> out = new java.util.ArrayList<>();
		for (long x = cell(g.cx() - r); x <= cell(g.cx() + r); x++) {
			for (int i = first(key(x, y0)); i < keys.length && keys[i] <= key(x, y1); i++) {
				out.add(glyphs[i]);
			}
		}
		return out;
	}

	/** The index of the first key at least {@code k}. */
	private int first(long k) {
		int lo = 0;
		int hi = keys.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (keys[mid] < k) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	private static long cell(double v) {
		return (long) Math.floor(v / CELL);
	}

	private static long key(long x, long y) {
		return x * COLUMN + y;
	}
}
