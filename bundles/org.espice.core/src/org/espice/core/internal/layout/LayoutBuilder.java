package org.espice.core.internal.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Turns PDFBox text positions into {@link PageLayout}s: glyphs are normalised, grouped into lines by
 * baseline, subscripts are folded into the line they belong to and words are split at visible gaps.
 */
public final class LayoutBuilder extends PDFTextStripper {

	/** One glyph in top-down page coordinates. */
	private record Glyph(String text, double x, double width, double baseline, double size, double height, int dir) {
		double end() {
			return x + width;
		}

		boolean blank() {
			return text.isBlank();
		}
	}

	private final List<Glyph> glyphs = new ArrayList<>();
	private final List<PageLayout> pages = new ArrayList<>();
	private final IntConsumer beforePage;
	private double pageWidth;
	private double pageHeight;

	/** @param beforePage called with the 1-based page number before each page (progress, cancellation) */
	public LayoutBuilder(IntConsumer beforePage) throws IOException {
		this.beforePage = beforePage;
		setSortByPosition(false);
	}

	public List<PageLayout> build(PDDocument document) throws IOException {
		pages.clear();
		getText(document);
		return List.copyOf(pages);
	}

	@Override
	public void processPage(PDPage page) throws IOException {
		int number = getCurrentPageNo();
		beforePage.accept(number);
		glyphs.clear();
		pageWidth = page.getCropBox().getWidth();
		pageHeight = page.getCropBox().getHeight();
		super.processPage(page);
		freeText(page);
		// Rotated text (axis labels, side notes) is not table content: keep the page's main direction.
		int[] dirs = new int[4];
		for (Glyph g : glyphs) {
			dirs[Math.floorMod(g.dir / 90, 4)]++;
		}
		int main = 0;
		for (int d = 1; d < 4; d++) {
			if (dirs[d] > dirs[main]) {
				main = d;
			}
		}
		int keep = main * 90;
		glyphs.removeIf(g -> g.dir != keep);
		int count = (int) glyphs.stream().filter(g -> !g.blank()).count();
		pages.add(new PageLayout(number, pageWidth, pageHeight, lines(number), count));
	}

	/**
	 * Text placed on the page as free-text annotations (a title or a part number added to a scanned-in or
	 * edited sheet): viewers and poppler show it as page text, so it is read as page text too.
	 */
	private void freeText(PDPage page) throws IOException {
		for (PDAnnotation a : page.getAnnotations()) {
			if (PDAnnotationFreeText.SUB_TYPE.equals(a.getSubtype()) && !a.isHidden() && !a.isNoView()
					&& a.getNormalAppearanceStream() != null) {
				showAnnotation(a);
			}
		}
	}

	@Override
	protected void processTextPosition(TextPosition t) {
		String s = normalise(t.getUnicode(), t.getFont());
		if (s.isEmpty()) {
			return;
		}
		double size = t.getFontSizeInPt();
		if (size <= 0.5) {
			size = Math.max(1, t.getHeightDir());
			if (t.getWidthDirAdj() > 1.6 * size && !s.isBlank()) {
				return; // a shading or rule glyph drawn with a degenerate font size, not text
			}
		}
		Glyph g = new Glyph(s, t.getXDirAdj(), Math.max(0, t.getWidthDirAdj()), t.getYDirAdj(), size,
				Math.max(t.getHeightDir(), size * 0.6), Math.round(t.getDir()));
		if (!glyphs.isEmpty()) {
			// Fake bold draws a glyph twice at almost the same spot.
			Glyph p = glyphs.get(glyphs.size() - 1);
			if (p.text.equals(g.text) && Math.abs(p.x - g.x) < Math.max(0.6, 0.35 * g.width)
					&& Math.abs(p.baseline - g.baseline) < 0.6) {
				return;
			}
		}
		glyphs.add(g);
	}

	/** Normalises one glyph's text: Symbol-font letters, private-use Symbol codes, ligatures, spaces. */
	static String normalise(String unicode, PDFont font) {
		if (unicode == null) {
			return "";
		}
		boolean symbolFont = font != null && font.getName() != null
				&& font.getName().toLowerCase(java.util.Locale.ROOT).contains("symbol");
		StringBuilder b = new StringBuilder(unicode.length());
		for (int i = 0; i < unicode.length(); i++) {
			char c = unicode.charAt(i);
			if (c >= 0xF020 && c <= 0xF0FF) {
				c = (char) (c - 0xF000);
				symbolFont = true;
			}
			if (symbolFont) {
				c = switch (c) {
				case 'm' -> '\u00B5';
				case 'W' -> '\u03A9';
				case 'q' -> '\u03B8';
				case 'Q' -> '\u0398';
				case 'D' -> '\u0394';
				case 'a' -> '\u03B1';
				case 'b' -> '\u03B2';
				case 't' -> '\u03C4';
				case 0xB1 -> '\u00B1';
				case 0xB3 -> '\u2265';
				case 0xA3 -> '\u2264';
				case 0xB0 -> '\u00B0';
				case 0xB4 -> '\u00D7';
				case 0xBE -> '\u2014';
				case 0xBB -> '\u2248';
				case 0x2D -> '-';
				default -> c;
				};
			}
			switch (c) {
			case '\u03BC' -> b.append('\u00B5');
			case '\u2126' -> b.append('\u03A9');
			case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\t' -> b.append(' ');
			case '\uFB01' -> b.append("fi");
			case '\uFB02' -> b.append("fl");
			case '\uFB00' -> b.append("ff");
			case '\uFB03' -> b.append("ffi");
			case '\uFB04' -> b.append("ffl");
			case '\u00BA' -> b.append('\u00B0');
			case '\u2212', '\u2010', '\u2011', '\u00AD' -> b.append('-');
			case '\u0000', '\uFFFD' -> b.append('?');
			default -> b.append(c);
			}
		}
		return b.toString();
	}

	private List<TextLine> lines(int page) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
		// 1. raw lines by baseline
		List<List<Glyph>> raw = new ArrayList<>();
		List<Glyph> current = null;
		double base = 0;
		double size = 0;
		for (Glyph g : sorted) {
			if (current == null || g.baseline - base > 0.15 * Math.max(size, g.size)) {
				current = new ArrayList<>();
				raw.add(current);
				base = g.baseline;
				size = g.size;
			}
			current.add(g);
			if (!g.blank()) {
				size = Math.max(size, g.size);
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
					if (d < 0.36 * big.size
							|| (smaller || fullSizeSubscript) && d < 0.55 * big.size && small.x0 <= big.x1 + big.size
									&& small.x1 >= big.x0 - big.size && adjacent(small, big)) {
						if (best == null || d < Math.abs(small.baseline - best.baseline)) {
							best = big;
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
			boolean alnum = !s.blank() && !s.text.isEmpty() && Character.isLetterOrDigit(s.text.charAt(0));
			boolean runStart = alnum && (prev == null || s.x - prev.end() > 0.3 * s.size);
			if (runStart && big.glyphs.stream().noneMatch(g -> !g.blank() && Math.abs(s.x - g.end()) < 0.25 * big.size)) {
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
				if (!g.blank() && s.x >= g.x - 0.5 && s.x - g.end() < 0.6 * big.size) {
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
					size = Math.max(size, g.size);
					x0 = Math.min(x0, g.x);
					x1 = Math.max(x1, g.end());
				}
			}
			// the main baseline is the most common one among the largest glyphs
			Map<Long, Integer> votes = new HashMap<>();
			for (Glyph g : glyphs) {
				if (!g.blank() && g.size >= 0.95 * size) {
					votes.merge(Math.round(g.baseline * 4), 1, Integer::sum);
				}
			}
			baseline = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 4.0)
					.orElse(glyphs.isEmpty() ? 0 : glyphs.get(0).baseline);
		}
	}

	private TextLine words(int page, RawLine line) {
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
		Glyph prev = null;
		Glyph last = null;
		for (Glyph g : gs) {
			if (g.blank()) {
				spaceSeen = true;
				continue;
			}
			if (last != null && last.text.equals(g.text) && Math.abs(g.x - last.x) < 0.35 * Math.max(g.width, 0.5)
					&& Math.abs(g.baseline - last.baseline) < 0.6) {
				continue; // fake bold: the same glyph drawn again with a small offset
			}
			last = g;
			boolean small = g.size < 0.88 * mainSize;
			boolean raised = small && mainBase - g.baseline > 0.18 * mainSize;
			boolean lowered = g.baseline - mainBase > 0.1 * mainSize;
			boolean newWord;
			if (prev == null) {
				newWord = true;
			} else {
				double gap = g.x - prev.end();
				double lim = 0.2 * Math.max(mainSize, 4);
				if (lowered && gap < 0.6 * mainSize) {
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
				x0 = g.x;
				top = g.baseline - g.height;
				wsize = 0;
				wsup = raised;
			}
			text.append(g.text);
			x1 = Math.max(x1, g.end());
			top = Math.min(top, g.baseline - g.height);
			wsize = Math.max(wsize, g.size);
			prev = g;
			spaceSeen = false;
		}
		if (text.length() > 0) {
			words.add(new Word(text.toString(), x0, x1, top, mainBase, wsize, wsup));
		}
		return new TextLine(page, words, mainBase, mainSize);
	}

	/** The page height of the last page processed, for converting to PDF user space. */
	public double pageHeight() {
		return pageHeight;
	}
}
