package org.espice.core.internal.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.espice.core.internal.pdf.GlyphNames;
import org.espice.core.internal.pdf.GraphicsOperators;
import org.espice.core.internal.pdf.PageGraphics;

/**
 * Turns PDFBox text positions into {@link PageLayout}s: glyphs are normalised, grouped into lines by
 * baseline, subscripts are folded into the line they belong to and words are split at visible gaps
 * ({@link LineAssembly}). Given a {@link PageGraphics}, the same pass over each page's content also tells it what
 * the page draws (paths, images, glyphs), so plots are read without parsing the page again.
 */
public final class LayoutBuilder extends PDFTextStripper {

	private final List<Glyph> glyphs = new ArrayList<>();
	private final GlyphNames glyphNames = new GlyphNames();
	private final List<PageLayout> pages = new ArrayList<>();
	private final IntConsumer beforePage;
	private final PageGraphics graphics;
	private double pageWidth;
	private double pageHeight;

	/** @param beforePage called with the 1-based page number before each page (progress, cancellation) */
	public LayoutBuilder(IntConsumer beforePage) throws IOException {
		this(beforePage, null);
	}

	/**
	 * @param beforePage called with the 1-based page number before each page (progress, cancellation)
	 * @param graphics   told what each page's content draws, or null to read the text only
	 */
	public LayoutBuilder(IntConsumer beforePage, PageGraphics graphics) throws IOException {
		this.beforePage = beforePage;
		this.graphics = graphics;
		setSortByPosition(false);
		if (graphics != null) {
			GraphicsOperators.register(this, graphics);
		}
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
		if (graphics != null) {
			graphics.beginPage(number, page, this);
		}
		super.processPage(page);
		if (graphics != null) {
			graphics.endPage();
		}
		freeText(page);
		// Rotated text (axis labels, side notes) is not table content: keep the page's main direction.
		int[] dirs = new int[4];
		for (Glyph g : glyphs) {
			dirs[Math.floorMod(g.dir() / 90, 4)]++;
		}
		int main = 0;
		for (int d = 1; d < 4; d++) {
			if (dirs[d] > dirs[main]) {
				main = d;
			}
		}
		int keep = main * 90;
		glyphs.removeIf(g -> g.dir() != keep);
		int count = (int) glyphs.stream().filter(g -> !g.blank()).count();
		pages.add(new PageLayout(number, pageWidth, pageHeight, LineAssembly.lines(number, glyphs), count));
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
	protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
			throws IOException {
		if (graphics != null) {
			try {
				graphics.showGlyph(textRenderingMatrix, font, code, displacement);
			} catch (IOException | RuntimeException e) {
				graphics.failed(e);
			}
		}
		super.showGlyph(textRenderingMatrix, font, code, displacement);
	}

	@Override
	protected void processTextPosition(TextPosition t) {
		String s = normalise(named(t), t.getFont());
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
		if (!glyphs.isEmpty() && g.redraws(glyphs.get(glyphs.size() - 1))) {
			return;
		}
		glyphs.add(g);
	}

	/**
	 * The glyph's text; where its font maps no character to its code (PDFBox then gives the code itself), the
	 * character its glyph name gives ({@link GlyphNames}), if any.
	 */
	private String named(TextPosition t) {
		int[] codes = t.getCharacterCodes();
		PDFont font = t.getFont();
		if (codes != null && codes.length == 1 && font != null) {
			// the names first: looked up once per font, they give nothing for nearly every font
			String named = glyphNames.text(font, codes[0]);
			try {
				if (named != null && font.toUnicode(codes[0]) == null) {
					return named;
				}
			} catch (RuntimeException e) {
				// the code's own character stands
			}
		}
		return t.getUnicode();
	}

	/**
	 * Normalises one glyph's text: Symbol-font letters, private-use Symbol codes, ligatures, spaces. Control codes
	 * (which a font's character map may give any glyph) become {@code ?} and invisible format characters
	 * (bidirectional overrides, zero-width joiners) are dropped: in a part number or a caption they could drive a
	 * terminal or make a name read as another.
	 */
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
			default -> {
				if (Character.isISOControl(c)) {
					b.append('?'); // a glyph mapped to a control code: some glyph is there, but not this
				} else if (Character.getType(c) != Character.FORMAT) {
					b.append(c);
				}
			}
			}
		}
		return b.toString();
	}

	/** The page height of the last page processed, for converting to PDF user space. */
	public double pageHeight() {
		return pageHeight;
	}
}
