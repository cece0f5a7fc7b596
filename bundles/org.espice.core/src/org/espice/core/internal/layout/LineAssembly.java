package org.espice.core.internal.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a page's glyphs into {@link TextLine}s: lines by baseline, sub- and superscripts folded into the line they
 * belong to, words split at visible gaps.
 */
final class LineAssembly {

	private LineAssembly() {
	}

	static List<TextLine> lines(int page, List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
		// 1. raw lines by baseline
		List<List<Glyph>> raw = new ArrayList<>();
		List<Glyph> current = null;
		double base = 0;
		double size = 0;
		for (Glyph g : sorted) {
			if (current == null || g.baseline() - base > 0.15 * Math.max(size, g.size())) {
				current = new ArrayList<>();
				raw.add(current);
				base = g.baseline();
				size = g.size();
			}
			current.add(g);
			if (!g.blank()) {
				size = Math.max(size, g.size());
			}
		}
		// 2. fold lines of smaller glyphs (sub- and superscripts) into the neighbouring main line
		List<RawLine> lines = new ArrayList<>();
		for (List<Glyph> r : raw) {
			lines.add(new RawLine(r));
		}
		lines.removeIf(l -> l.size == 0);
		boolean merged = true;
		while (merged) {
			merged = false;
			for (int i = 0; i < lines.size() && !merged; i++) {
				RawLine small = lines.get(i);
				RawLine best = null;
				boolean bestAdjacent = false;
				for (int j = Math.max(0, i - 2); j <= Math.min(lines.size() - 1, i + 2); j++) {
					RawLine big = lines.get(j);
					if (j == i || small.size > big.size || small.size == big.size && small.glyphs.size() > big.glyphs.size()) {
						continue;
					}
					double d = Math.abs(small.baseline - big.baseline);
					boolean smaller = small.size <= 0.88 * big.size;
					// subscripts set in the full font size ("I" over a lowered "R"): a few glyphs, each word
					// starting right after a glyph of the line above
					boolean fullSizeSubscript = !smaller && small.baseline > big.baseline && small.glyphs.size() <= 12
							&& small.glyphs.size() * 3 < big.glyphs.size() && subscriptsOf(small, big);
					boolean follows = (smaller || fullSizeSubscript) && small.x0 <= big.x1 + big.size
							&& small.x1 >= big.x0 - big.size && adjacent(small, big);
					if (d < 0.36 * big.size || follows && d < 0.55 * big.size) {
						// a subscript run belongs to the line whose glyph it follows ("V" + "CE(sat)"), even where
						// the next line of a wrapped description lies closer to its baseline
						boolean better = best == null || follows && !bestAdjacent
								|| follows == bestAdjacent && d < Math.abs(small.baseline - best.baseline);
						if (better) {
							best = big;
							bestAdjacent = follows;
						}
					}
				}
				if (best != null) {
					best.add(small.glyphs);
					lines.remove(i);
					merged = true;
				}
			}
		}
		List<TextLine> out = new ArrayList<>();
		for (RawLine l : lines) {
			TextLine t = words(page, l);
			if (!t.words().isEmpty()) {
				out.add(t);
			}
		}
		out.sort(Comparator.comparingDouble(TextLine::baseline));
		return out;
	}

	/**
	 * Whether every letter or digit run of {@code small} starts right at the end of a glyph of {@code big}; other
	 * glyphs ({@code @}) may stand apart.
	 */
	private static boolean subscriptsOf(RawLine small, RawLine big) {
		List<Glyph> gs = new ArrayList<>(small.glyphs);
		gs.sort(Comparator.comparingDouble(Glyph::x));
		Glyph prev = null;
		for (Glyph s : gs) {
			boolean alnum = !s.blank() && !s.text().isEmpty() && Character.isLetterOrDigit(s.text().charAt(0));
			boolean runStart = alnum && (prev == null || s.x() - prev.end() > 0.3 * s.size());
			if (runStart && big.glyphs.stream().noneMatch(g -> !g.blank() && Math.abs(s.x() - g.end()) < 0.25 * big.size)) {
				return false;
			}
			if (!s.blank()) {
				prev = s;
			}
		}
		return true;
	}

	/** Whether some glyph of {@code small} starts close to the end of a glyph of {@code big}. */
	private static boolean adjacent(RawLine small, RawLine big) {
		for (Glyph s : small.glyphs) {
			if (s.blank()) {
				continue;
			}
			for (Glyph g : big.glyphs) {
				if (!g.blank() && s.x() >= g.x() - 0.5 && s.x() - g.end() < 0.6 * big.size) {
					return true;
				}
			}
		}
		return false;
	}

	private static final class RawLine {
		final List<Glyph> glyphs;
		double baseline;
		double size;
		double x0 = Double.MAX_VALUE;
		double x1 = -Double.MAX_VALUE;

		RawLine(List<Glyph> glyphs) {
			this.glyphs = new ArrayList<>();
			add(glyphs);
		}

		void add(List<Glyph> more) {
			glyphs.addAll(more);
			size = 0;
			for (Glyph g : glyphs) {
				if (!g.blank()) {
					size = Math.max(size, g.size());
					x0 = Math.min(x0, g.x());
					x1 = Math.max(x1, g.end());
				}
			}
			// the main baseline is the most common one among the largest glyphs
			Map<Long, Integer> votes = new HashMap<>();
			for (Glyph g : glyphs) {
				if (!g.blank() && g.size() >= 0.95 * size) {
					votes.merge(Math.round(g.baseline() * 4), 1, Integer::sum);
				}
			}
			baseline = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 4.0)
					.orElse(glyphs.isEmpty() ? 0 : glyphs.get(0).baseline());
		}
	}

	private static TextLine words(int page, RawLine line) {
		List<Glyph> gs = new ArrayList<>(line.glyphs);
		gs.sort(Comparator.comparingDouble(Glyph::x));
		double mainSize = line.size;
		double mainBase = line.baseline;
		List<Word> words = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		double x0 = 0;
		double x1 = 0;
		double top = 0;
		double wsize = 0;
		boolean wsup = false;
		boolean spaceSeen = false;
		boolean inSubscript = false;
		Glyph prev = null;
		Glyph last = null;
		for (Glyph g : gs) {
			if (g.blank()) {
				spaceSeen = true;
				continue;
			}
			if (last != null && g.redraws(last)) {
				continue; // fake bold drawn out of order: the glyphs sorted along the line meet here
			}
			last = g;
			boolean small = g.size() < 0.88 * mainSize;
			boolean raised = small && mainBase - g.baseline() > 0.18 * mainSize;
			boolean lowered = g.baseline() - mainBase > 0.1 * mainSize;
			boolean newWord;
			if (prev == null) {
				newWord = true;
			} else {
				double gap = g.x() - prev.end();
				double lim = 0.2 * Math.max(mainSize, 4);
				// a small glyph right after a full-size one and no higher: its subscript, though the line's baseline (a
				// row's conditions printed a little lower) puts both above it ("I" + "DSS", 0.5 pt down)
				boolean subscriptOfPrev = small && !spaceSeen && gap <= lim
						&& (prev.size() >= 0.88 * mainSize && g.baseline() >= prev.baseline()
								|| inSubscript && Math.abs(g.baseline() - prev.baseline()) < 0.05 * mainSize);
				inSubscript = subscriptOfPrev;
				if (lowered && gap < 0.6 * mainSize || subscriptOfPrev) {
					newWord = false; // subscript joins its symbol even across a space glyph
				} else if (raised != wsup) {
					newWord = true; // footnote markers stand apart
				} else {
					newWord = spaceSeen || gap > lim;
				}
				if (gap < -mainSize) {
					newWord = true; // overlapping columns
				}
			}
			if (newWord && text.length() > 0) {
				words.add(new Word(text.toString(), x0, x1, top, mainBase, wsize, wsup));
				text.setLength(0);
			}
			if (text.length() == 0) {
				x0 = g.x();
				top = g.baseline() - g.height();
				wsize = 0;
				wsup = raised;
			}
			text.append(g.text());
			x1 = Math.max(x1, g.end());
			top = Math.min(top, g.baseline() - g.height());
			wsize = Math.max(wsize, g.size());
			prev = g;
			spaceSeen = false;
		}
		if (text.length() > 0) {
			words.add(new Word(text.toString(), x0, x1, top, mainBase, wsize, wsup));
		}
		return new TextLine(page, words, mainBase, mainSize);
	}
}
