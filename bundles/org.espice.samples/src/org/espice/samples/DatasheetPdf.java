package org.espice.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a datasheet-like PDF whose layout is described in code: a title, headings, feature text and tables
 * with given column headers at given x positions, laid out top to bottom on A4 pages.
 *
 * <p>Cell text understands a small markup (see {@link StyledText}): {@code R_{DS(on)}} prints "DS(on)" as a
 * subscript on a lowered baseline, {@code ^{1)}} a footnote marker; Greek glyphs (Ω, μ) come from the Symbol
 * font. {@code \n} breaks a cell over several lines. A {@link Span} cell is printed once, vertically centred,
 * for several rows (a merged condition or unit cell). A table that does not fit continues on the next page,
 * with or without its header repeated.
 *
 * <pre>
 * DatasheetPdf pdf = new DatasheetPdf().title("ESP60N30", "60 V N-channel power MOSFET");
 * pdf.heading("Electrical characteristics");
 * pdf.table(Column.left("Symbol", 50, 50), Column.left("Parameter", 100, 120), ...)
 *     .row("V_{GS(th)}", "Gate threshold voltage", "V_{DS} = V_{GS}, I_{D} = 250 µA", "2.0", "3.0", "4.0", "V");
 * pdf.save(path);
 * </pre>
 */
public final class DatasheetPdf {

	public enum Align {
		LEFT, CENTER, RIGHT
	}

	/** A table column: its header text (markup, may hold {@code \n}), left edge and width in points. */
	public record Column(String header, float x, float width, Align align) {
		public Column {
			Objects.requireNonNull(header);
			Objects.requireNonNull(align);
		}

		public static Column left(String header, float x, float width) {
			return new Column(header, x, width, Align.LEFT);
		}

		public static Column center(String header, float x, float width) {
			return new Column(header, x, width, Align.CENTER);
		}
	}

	/** A cell printed once for {@code rows} consecutive rows (its column is left empty in the rows it covers). */
	public record Span(String text, int rows) {
		public Span {
			if (rows < 1) {
				throw new IllegalArgumentException("a span covers at least one row");
			}
		}
	}

	public static Span span(String text, int rows) {
		return new Span(text, rows);
	}

	/**
	 * A cell printed once, centred across {@code columns} neighbouring columns of one row, as family datasheets
	 * print a value shared by every part (the cells it covers are null).
	 */
	public record Wide(String text, int columns) {
		public Wide {
			if (columns < 1) {
				throw new IllegalArgumentException("a wide cell covers at least one column");
			}
		}
	}

	public static Wide wide(String text, int columns) {
		return new Wide(text, columns);
	}

	/** Page geometry (A4, points). */
	static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
	static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
	static final float MARGIN_LEFT = 50;
	static final float TOP = PAGE_HEIGHT - 50;
	static final float BOTTOM = 60;

	private sealed interface Block permits Title, Heading, Paragraph, Table, PageBreak, Space, ScannedPage {
	}

	private record Title(String part, String subtitle) implements Block {
	}

	private record Heading(String text) implements Block {
	}

	private record Paragraph(String text, float size) implements Block {
	}

	private record PageBreak() implements Block {
	}

	private record Space(float points) implements Block {
	}

	private record ScannedPage(List<String> lines) implements Block {
	}

	private final List<Block> blocks = new ArrayList<>();
	private String runningHeader;
	private String footer;
	private String documentTitle;
	private boolean scrambledTextLayer;

	/** A big bold part number with a one-line description below, as on the first page of a datasheet. */
	public DatasheetPdf title(String part, String subtitle) {
		blocks.add(new Title(part, subtitle));
		if (documentTitle == null) {
			documentTitle = subtitle == null ? part : part + " - " + subtitle;
		}
		return this;
	}

	/** A bold section heading such as "Absolute maximum ratings". */
	public DatasheetPdf heading(String text) {
		blocks.add(new Heading(text));
		return this;
	}

	/** Body text (markup allowed), word-wrapped to the page width. */
	public DatasheetPdf paragraph(String text) {
		blocks.add(new Paragraph(text, 9));
		return this;
	}

	/** Small print, e.g. footnotes below a table. */
	public DatasheetPdf note(String text) {
		blocks.add(new Paragraph(text, 7));
		return this;
	}

	/** A bulleted feature list. */
	public DatasheetPdf bullets(String... items) {
		for (String item : items) {
			blocks.add(new Paragraph("\u2022 " + item, 9));
		}
		return this;
	}

	public DatasheetPdf space(float points) {
		blocks.add(new Space(points));
		return this;
	}

	/** Starts a new page; a page break at the end of the document leaves an empty last page. */
	public DatasheetPdf pageBreak() {
		blocks.add(new PageBreak());
		return this;
	}

	/**
	 * A page that holds only a raster image of text-like ink, with no text layer, as a scanner produces.
	 * {@code lines} shape the "ink" (one image line per string).
	 */
	public DatasheetPdf scannedPage(String... lines) {
		blocks.add(new ScannedPage(List.of(lines)));
		return this;
	}

	/** Text printed at the top of every page (except scanned ones), e.g. the part number. */
	public DatasheetPdf runningHeader(String text) {
		this.runningHeader = text;
		return this;
	}

	/**
	 * Prints the page normally but makes its text layer gibberish (a ToUnicode map that shifts every letter), as
	 * in PDFs with a scrambled font encoding.
	 */
	public DatasheetPdf scrambledTextLayer() {
		this.scrambledTextLayer = true;
		return this;
	}

	/** Text printed at the foot of every page; {@code {page}} and {@code {pages}} are replaced. */
	public DatasheetPdf footer(String text) {
		this.footer = text;
		return this;
	}

	/** Starts a table; add rows to the returned table. */
	public Table table(Column... columns) {
		Table t = new Table(this, List.of(columns));
		blocks.add(t);
		return t;
	}

	/** A table being described, row by row. */
	public static final class Table implements Block {
		private final DatasheetPdf owner;
		private final List<Column> columns;
		private final List<Object[]> rows = new ArrayList<>();
		private final List<Integer> breaksBefore = new ArrayList<>();
		private boolean showHeader = true;
		private boolean repeatHeader = true;
		private boolean ruled;
		private String continuedHeading;
		private float fontSize = 8;

		private Table(DatasheetPdf owner, List<Column> columns) {
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("a table needs columns");
			}
			this.owner = owner;
			this.columns = columns;
		}

		/**
		 * One row: one cell per column, each a String (markup), a {@link Span}, a {@link Wide} or null (empty, or
		 * covered by a span or wide cell).
		 */
		public Table row(Object... cells) {
			if (cells.length != columns.size()) {
				throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size()
						+ " columns: " + Arrays.toString(cells));
			}
			for (Object c : cells) {
				if (c != null && !(c instanceof String) && !(c instanceof Span) && !(c instanceof Wide)) {
					throw new IllegalArgumentException("cell must be String, Span, Wide or null: " + c);
				}
			}
			rows.add(cells.clone());
			return this;
		}

		/** A bold sub-title row across the table, such as "Dynamic characteristics". */
		public Table section(String title) {
			rows.add(new Object[] { new SectionTitle(title) });
			return this;
		}

		/** The rows after this call go on the next page, as when a table runs over a page end. */
		public Table continueOnNextPage() {
			breaksBefore.add(rows.size());
			return this;
		}

		/** Whether the column header row is printed at all (some rating tables have none). */
		public Table header(boolean show) {
			this.showHeader = show;
			return this;
		}

		/** Whether the header is printed again at the top of a continuation page (default true). */
		public Table repeatHeaderOnContinuation(boolean repeat) {
			this.repeatHeader = repeat;
			return this;
		}

		/** A heading printed above the continuation, e.g. "Electrical characteristics (continued)". */
		public Table continuedHeading(String text) {
			this.continuedHeading = text;
			return this;
		}

		/** Thin rules between all rows. */
		public Table ruled(boolean on) {
			this.ruled = on;
			return this;
		}

		public Table fontSize(float size) {
			this.fontSize = size;
			return this;
		}

		/** Back to the document, for chaining. */
		public DatasheetPdf end() {
			return owner;
		}
	}

	private record SectionTitle(String text) {
	}

	/** Writes the PDF. */
	public void save(Path file) throws IOException {
		Files.write(file, toBytes(null));
	}

	/** Writes the PDF encrypted (AES-256) so it opens only with {@code userPassword}. */
	public void saveEncrypted(Path file, String userPassword) throws IOException {
		Files.write(file, toBytes(userPassword));
	}

	/** The PDF file content, encrypted with {@code userPassword} when it is not null. */
	public byte[] toBytes(String userPassword) throws IOException {
		// the shared standard-14 font objects cache widths and encodings without locking
		synchronized (StyledText.class) {
			StyledText.renewToUnicodeMaps();
			return layOut(userPassword);
		}
	}

	private byte[] layOut(String userPassword) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setCreator("ESpice sample datasheet builder");
			if (documentTitle != null) {
				info.setTitle(documentTitle);
			}
			new Layout(doc).run();
			if (userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy(userPassword + "-owner", userPassword,
						new AccessPermission());
				policy.setEncryptionKeyLength(256);
				doc.protect(policy);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	/** Lays the blocks out top to bottom, page by page. */
	private final class Layout {
		private final PDDocument doc;
		private final List<PDPage> textPages = new ArrayList<>();
		private PDPageContentStream cs;
		private float y;

		Layout(PDDocument doc) {
			this.doc = doc;
		}

		void run() throws IOException {
			try {
				for (Block b : blocks) {
					if (b instanceof Title t) {
						title(t);
					} else if (b instanceof Heading h) {
						ensure(40);
						heading(h.text());
					} else if (b instanceof Paragraph p) {
						paragraph(p);
					} else if (b instanceof Space s) {
						ensure(0);
						y -= s.points();
					} else if (b instanceof PageBreak) {
						newPage();
					} else if (b instanceof ScannedPage s) {
						scanned(s);
					} else if (b instanceof Table t) {
						table(t);
					}
				}
				if (doc.getNumberOfPages() == 0) {
					newPage();
				}
			} finally {
				closeStream();
			}
			footers();
		}

		private void closeStream() throws IOException {
			if (cs != null) {
				cs.close();
				cs = null;
			}
		}

		private void newPage() throws IOException {
			closeStream();
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			textPages.add(page);
			cs = new PDPageContentStream(doc, page);
			y = TOP;
			if (runningHeader != null) {
				text(runningHeader, StyledText.REGULAR, 8, MARGIN_LEFT, y);
				cs.setLineWidth(0.5f);
				cs.moveTo(MARGIN_LEFT, y - 4);
				cs.lineTo(PAGE_WIDTH - MARGIN_LEFT, y - 4);
				cs.stroke();
				y -= 24;
			}
		}

		/** Starts a page when fewer than {@code height} points are left (or no page exists yet). */
		private void ensure(float height) throws IOException {
			if (cs == null || y - height < BOTTOM) {
				newPage();
			}
		}

		private void text(String markup, PDType1Font font, float size, float x, float baseline) throws IOException {
			StyledText.draw(cs, runs(markup, font, size), x, baseline);
		}

		private List<StyledText.Run> runs(String markup, PDType1Font font, float size) {
			List<StyledText.Run> runs = StyledText.runs(markup, font, size);
			return scrambledTextLayer ? StyledText.scramble(runs) : runs;
		}

		private void title(Title t) throws IOException {
			ensure(60);
			y -= 18;
			text(t.part(), StyledText.BOLD, 20, MARGIN_LEFT, y);
			y -= 18;
			if (t.subtitle() != null) {
				text(t.subtitle(), StyledText.REGULAR, 12, MARGIN_LEFT, y);
				y -= 10;
			}
			cs.setLineWidth(1.2f);
			cs.moveTo(MARGIN_LEFT, y);
			cs.lineTo(PAGE_WIDTH - MARGIN_LEFT, y);
			cs.stroke();
			y -= 18;
		}

		private void heading(String text) throws IOException {
			y -= 6;
			text(text, StyledText.BOLD, 11, MARGIN_LEFT, y - 11);
			y -= 22;
		}

		private void paragraph(Paragraph p) throws IOException {
			float width = PAGE_WIDTH - 2 * MARGIN_LEFT;
			float leading = p.size() * 1.35f;
			for (String line : wrap(p.text(), p.size(), width)) {
				ensure(leading);
				y -= leading;
				text(line, StyledText.REGULAR, p.size(), MARGIN_LEFT, y + p.size() * 0.25f);
			}
			y -= p.size() * 0.4f;
		}

		/**
		 * A cell's printed lines: its explicit line breaks, and word wrap where a line is wider than the column
		 * (breaking only at spaces outside sub- and superscripts).
		 */
		private List<String> cellLines(String text, PDType1Font font, float size, float columnWidth) {
			float width = columnWidth - 8;
			List<String> out = new ArrayList<>();
			for (String line : text.split("\n", -1)) {
				if (StyledText.width(line, font, size) <= width) {
					out.add(line);
					continue;
				}
				StringBuilder current = new StringBuilder();
				for (String word : markupWords(line)) {
					String candidate = current.length() == 0 ? word : current + " " + word;
					if (current.length() > 0 && StyledText.width(candidate, font, size) > width) {
						out.add(current.toString());
						current.setLength(0);
						current.append(word);
					} else {
						current.setLength(0);
						current.append(candidate);
					}
				}
				out.add(current.toString());
			}
			return out;
		}

		private List<String> markupWords(String line) {
			List<String> words = new ArrayList<>();
			int depth = 0;
			StringBuilder w = new StringBuilder();
			for (char ch : line.toCharArray()) {
				if (ch == '{') {
					depth++;
				} else if (ch == '}') {
					depth--;
				}
				if (ch == ' ' && depth == 0) {
					if (w.length() > 0) {
						words.add(w.toString());
					}
					w.setLength(0);
				} else {
					w.append(ch);
				}
			}
			if (w.length() > 0) {
				words.add(w.toString());
			}
			return words;
		}

		private List<String> wrap(String text, float size, float width) {
			List<String> lines = new ArrayList<>();
			for (String para : text.split("\n")) {
				StringBuilder line = new StringBuilder();
				for (String word : para.split(" ")) {
					String candidate = line.length() == 0 ? word : line + " " + word;
					if (line.length() > 0 && StyledText.width(candidate, StyledText.REGULAR, size) > width) {
						lines.add(line.toString());
						line.setLength(0);
						line.append(word);
					} else {
						line.setLength(0);
						line.append(candidate);
					}
				}
				lines.add(line.toString());
			}
			return lines;
		}

		private void scanned(ScannedPage s) throws IOException {
			closeStream();
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			int w = 620;
			int h = 877;
			byte[] pixels = new byte[w * h];
			Arrays.fill(pixels, (byte) 0xF4);
			Random noise = new Random(s.lines().hashCode());
			int row = 60;
			for (String line : s.lines()) {
				int x = 52;
				for (char c : line.toCharArray()) {
					int cw = Character.isUpperCase(c) ? 8 : 6;
					if (c != ' ') {
						int top = Character.isUpperCase(c) || Character.isDigit(c) ? row - 11 : row - 8;
						for (int yy = top; yy < row; yy++) {
							for (int xx = x; xx < x + cw - 1 && xx < w; xx++) {
								if (noise.nextInt(10) < 7) {
									pixels[yy * w + xx] = (byte) 0x20;
								}
							}
						}
					}
					x += cw;
				}
				row += 18;
				if (row >= h - 20) {
					break;
				}
			}
			ByteArrayOutputStream deflated = new ByteArrayOutputStream();
			try (OutputStream z = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
				z.write(pixels);
			}
			PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(deflated.toByteArray()),
					COSName.FLATE_DECODE, w, h, 8, PDDeviceGray.INSTANCE);
			try (PDPageContentStream img = new PDPageContentStream(doc, page)) {
				img.drawImage(image, 0, 0, PAGE_WIDTH, PAGE_HEIGHT);
			}
		}

		private void table(Table t) throws IOException {
			float size = t.fontSize;
			float leading = size * 1.25f;
			float pad = 2.5f;
			float headerHeight = lines(t, t.columns.stream().map(Column::header).toArray(), StyledText.BOLD) * leading
					+ 2 * pad;
			float[] heights = new float[t.rows.size()];
			for (int i = 0; i < heights.length; i++) {
				heights[i] = lines(t, t.rows.get(i), StyledText.REGULAR) * leading + 2 * pad;
			}
			float firstRow = heights.length == 0 ? 0 : heights[0];
			ensure((t.showHeader ? headerHeight : 0) + firstRow + 4);
			float left = t.columns.get(0).x();
			Column lastCol = t.columns.get(t.columns.size() - 1);
			float right = lastCol.x() + lastCol.width();
			if (t.showHeader) {
				header(t, headerHeight, leading, pad, left, right);
			} else {
				rule(left, right, y, 0.8f);
			}
			int i = 0;
			while (i < heights.length) {
				boolean forced = t.breaksBefore.contains(i);
				if (forced || y - heights[i] < BOTTOM) {
					rule(left, right, y, 0.8f);
					newPage();
					if (t.continuedHeading != null) {
						heading(t.continuedHeading);
					}
					if (t.showHeader && t.repeatHeader) {
						header(t, headerHeight, leading, pad, left, right);
					} else {
						rule(left, right, y, 0.8f);
					}
				}
				Object[] cells = t.rows.get(i);
				if (cells.length == 1 && cells[0] instanceof SectionTitle st) {
					text(st.text(), StyledText.BOLD, size, left + 2, y - pad - size * 0.8f);
				} else {
					for (int c = 0; c < cells.length; c++) {
						Object cell = cells[c];
						if (cell instanceof String s) {
							cell(t.columns.get(c), s, StyledText.REGULAR, size, leading, y - pad);
						} else if (cell instanceof Span sp) {
							float extent = spanExtent(t, heights, i, sp.rows());
							int n = cellLines(sp.text(), StyledText.REGULAR, size, t.columns.get(c).width()).size();
							float top = y - (extent - n * leading) / 2;
							cell(t.columns.get(c), sp.text(), StyledText.REGULAR, size, leading, top);
						} else if (cell instanceof Wide wd) {
							Column first = t.columns.get(c);
							Column last = t.columns.get(Math.min(t.columns.size(), c + wd.columns()) - 1);
							Column merged = new Column("", first.x(), last.x() + last.width() - first.x(),
									Align.CENTER);
							cell(merged, wd.text(), StyledText.REGULAR, size, leading, y - pad);
						}
					}
				}
				y -= heights[i];
				if (t.ruled && i + 1 < heights.length) {
					rule(left, right, y, 0.3f);
				}
				i++;
			}
			rule(left, right, y, 0.8f);
			y -= 14;
		}

		/** Height of the rows a span covers that land on the current page. */
		private float spanExtent(Table t, float[] heights, int start, int rows) {
			float extent = 0;
			float room = y - BOTTOM;
			for (int k = start; k < Math.min(heights.length, start + rows); k++) {
				if (k > start && t.breaksBefore.contains(k) || extent + heights[k] > room) {
					break;
				}
				extent += heights[k];
			}
			return extent;
		}

		private void header(Table t, float headerHeight, float leading, float pad, float left, float right)
				throws IOException {
			rule(left, right, y, 0.8f);
			for (Column col : t.columns) {
				cell(col, col.header(), StyledText.BOLD, t.fontSize, leading, y - pad);
			}
			y -= headerHeight;
			rule(left, right, y, 0.5f);
		}

		private void cell(Column col, String text, PDType1Font font, float size, float leading, float top)
				throws IOException {
			List<String> lines = cellLines(text, font, size, col.width());
			for (int k = 0; k < lines.size(); k++) {
				float w = StyledText.width(lines.get(k), font, size);
				float x = switch (col.align()) {
					case LEFT -> col.x() + 2;
					case CENTER -> col.x() + (col.width() - w) / 2;
					case RIGHT -> col.x() + col.width() - w - 2;
				};
				text(lines.get(k), font, size, x, top - size * 0.8f - k * leading);
			}
		}

		private void rule(float x0, float x1, float at, float width) throws IOException {
			cs.setLineWidth(width);
			cs.moveTo(x0, at);
			cs.lineTo(x1, at);
			cs.stroke();
		}

		/** Lines the tallest cell of a row needs (spans and section titles count as one line). */
		private int lines(Table t, Object[] cells, PDType1Font font) {
			int n = 1;
			for (int c = 0; c < cells.length && c < t.columns.size(); c++) {
				if (cells[c] instanceof String s) {
					n = Math.max(n, cellLines(s, font, t.fontSize, t.columns.get(c).width()).size());
				} else if (cells[c] instanceof Wide w) {
					n = Math.max(n, cellLines(w.text(), font, t.fontSize, Float.MAX_VALUE).size());
				}
			}
			return n;
		}

		private void footers() throws IOException {
			if (footer == null) {
				return;
			}
			int pages = doc.getNumberOfPages();
			for (PDPage page : textPages) {
				int number = doc.getPages().indexOf(page) + 1;
				String text = footer.replace("{page}", Integer.toString(number)).replace("{pages}",
						Integer.toString(pages));
				try (PDPageContentStream foot = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
					StyledText.draw(foot, runs(text, StyledText.REGULAR, 7), MARGIN_LEFT, 30);
				}
			}
		}
	}
}
