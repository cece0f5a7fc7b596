package org.espice.tests.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Malformed and hostile PDFs for robustness tests, small on disk and the same bytes on every run (fixed seeds,
 * a fixed document id; only a different zlib could change the deflated bytes). Damaged datasheets start from
 * a {@link TestPdfs} datasheet saved with a classic cross-reference table; the hostile structures are written
 * by hand, each page showing the {@link TestPdfs} table under its own part name, so a reader that gets past the
 * structure finds a datasheet. Each {@link Kind} says what its file holds.
 */
public final class HostilePdfs {

	/** What is wrong with a file. */
	public enum Kind {
		/** A datasheet cut at 60 % of its bytes: no cross-reference table, no {@code %%EOF}. */
		TRUNCATED,
		/** A datasheet with 50 random bytes after its header line each flipped in one random bit. */
		BIT_FLIPPED,
		/** A datasheet whose cross-reference offsets are random digits; the table itself is where it says. */
		DAMAGED_XREF,
		/**
		 * Two pages whose content streams lie about their {@code /Length}: the first claims 100 000 bytes more than
		 * it holds (past the end of the file), the second a quarter of what it holds.
		 */
		LYING_LENGTH,
		/** One page whose Flate content stream inflates to {@link HostilePdfs#DEFAULT_BOMB_BYTES} zeros. */
		DECOMPRESSION_BOMB,
		/**
		 * A page dictionary holding an array and a dictionary each nested {@value HostilePdfs#NESTING_DEPTH} deep
		 * (packed in a compressed object stream), and a content stream that saves the graphics state
		 * {@value HostilePdfs#NESTING_DEPTH} times before its text and restores it as often after.
		 */
		DEEP_NESTING,
		/**
		 * A page tree whose second kid is a node whose only kid is the root (the root's {@code /Parent} is that
		 * node), and a page drawing a form XObject that draws itself.
		 */
		REFERENCE_CYCLE,
		/**
		 * A page tree of {@value HostilePdfs#CLAIMED_PAGES} pages, honestly counted: seven levels of nodes, each
		 * listing the next level ten times, down to one page with one content stream.
		 */
		HUGE_PAGE_COUNT,
		/** Four files named .pdf that are not PDFs: random bytes, a PNG, an empty file and a text file. */
		NOT_A_PDF;

		/** The start of this kind's file names, e.g. {@code hostile-deep-nesting} (then {@code .pdf}). */
		public String stem() {
			return "hostile-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** How deep {@link Kind#DEEP_NESTING} nests. */
	public static final int NESTING_DEPTH = 100_000;
	/** The pages {@link Kind#HUGE_PAGE_COUNT} holds. */
	public static final int CLAIMED_PAGES = 10_000_000;
	/** What {@link Kind#DECOMPRESSION_BOMB} inflates to: 2 GiB. */
	public static final long DEFAULT_BOMB_BYTES = 2L << 30;
	private static final int FLIPPED_BYTES = 50;

	private static final long SEED = 0x5EED_E5B1CEL;
	/** Deflated once and repeated to build a bomb; deflate's best ratio is about 1:1030, so 2 GiB take 2 MB. */
	private static final int BOMB_BLOCK = 1 << 20;
	private static final String FONTS = "/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
			+ " /F2 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >> >>";
	private static final String PAGE = "/Type /Page /MediaBox [0 0 612 792] ";

	private HostilePdfs() {
	}

	/** Writes the files of {@code kind} into {@code dir} (created if needed): one, four for {@link Kind#NOT_A_PDF}. */
	public static List<Path> write(Path dir, Kind kind) throws IOException {
		Files.createDirectories(dir);
		return switch (kind) {
		case TRUNCATED -> save(dir, kind, truncated(dir));
		case BIT_FLIPPED -> save(dir, kind, bitFlipped(dir));
		case DAMAGED_XREF -> save(dir, kind, damagedXref(dir));
		case LYING_LENGTH -> save(dir, kind, lyingLength());
		case DECOMPRESSION_BOMB -> List.of(writeBomb(dir, DEFAULT_BOMB_BYTES));
		case DEEP_NESTING -> save(dir, kind, deepNesting());
		case REFERENCE_CYCLE -> save(dir, kind, referenceCycle());
		case HUGE_PAGE_COUNT -> save(dir, kind, hugePageCount());
		case NOT_A_PDF -> notPdfs(dir);
		};
	}

	/** Writes every file of each of {@code kinds}, in {@link Kind} order; returns each file with its kind. */
	public static Map<Path, Kind> writeAll(Path dir, Set<Kind> kinds) throws IOException {
		Map<Path, Kind> out = new LinkedHashMap<>();
		for (Kind k : Kind.values()) {
			if (kinds.contains(k)) {
				for (Path p : write(dir, k)) {
					out.put(p, k);
				}
			}
		}
		return out;
	}

	/**
	 * A {@link Kind#DECOMPRESSION_BOMB} that inflates to {@code inflatedBytes} zeros, named by that size in whole
	 * MiB (e.g. {@code hostile-decompression-bomb-50MiB.pdf}). The file takes about a thousandth of that.
	 */
	public static Path writeBomb(Path dir, long inflatedBytes) throws IOException {
		Files.createDirectories(dir);
		RawPdf pdf = onePage("").stream(4, "/Filter /FlateDecode", zlibZeros(inflatedBytes));
		String name = String.format(Locale.ROOT, "hostile-decompression-bomb-%dMiB.pdf", inflatedBytes >> 20);
		return Files.write(dir.resolve(name), pdf.bytes());
	}

	private static List<Path> save(Path dir, Kind kind, byte[] bytes) throws IOException {
		return List.of(Files.write(dir.resolve(kind.stem() + ".pdf"), bytes));
	}

	// ---- damaged datasheets -------------------------------------------------------------------------------

	/** A {@link TestPdfs} datasheet re-saved with a fixed document id and a classic cross-reference table. */
	private static byte[] datasheet(Path dir, String part) throws IOException {
		Path whole = TestPdfs.datasheet(Files.createTempFile(dir, part, ".tmp"), part);
		try (PDDocument doc = Loader.loadPDF(whole.toFile())) {
			// a fresh trailer: the loaded one keeps the keys of the cross-reference stream it was read from
			COSDictionary trailer = new COSDictionary();
			trailer.setItem(COSName.ROOT, doc.getDocument().getTrailer().getItem(COSName.ROOT));
			doc.getDocument().setTrailer(trailer);
			doc.setDocumentId(SEED);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		} finally {
			Files.delete(whole);
		}
	}

	private static byte[] truncated(Path dir) throws IOException {
		byte[] whole = datasheet(dir, "TRUNC60");
		return Arrays.copyOf(whole, whole.length * 6 / 10);
	}

	/** Flips one random bit in each of {@link #FLIPPED_BYTES} random bytes past the {@code %PDF-} line. */
	private static byte[] bitFlipped(Path dir) throws IOException {
		byte[] b = datasheet(dir, "FLIP50");
		int header = new String(b, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
		Random r = new Random(SEED);
		for (int i = 0; i < FLIPPED_BYTES; i++) {
			b[header + r.nextInt(b.length - header)] ^= (byte) (1 << r.nextInt(8));
		}
		return b;
	}

	/** Replaces the ten-digit offset of every in-use cross-reference entry with random digits. */
	private static byte[] damagedXref(Path dir) throws IOException {
		String s = new String(datasheet(dir, "XREF1"), StandardCharsets.ISO_8859_1);
		int xref = s.lastIndexOf("\nxref") + 1;
		Matcher m = Pattern.compile("\\d{10}( \\d{5} n)").matcher(s.substring(xref));
		Random r = new Random(SEED);
		StringBuilder damaged = new StringBuilder(s.substring(0, xref));
		while (m.find()) {
			m.appendReplacement(damaged, String.format(Locale.ROOT, "%010d", r.nextInt(1_000_000_000)) + "$1");
		}
		m.appendTail(damaged);
		return RawPdf.ascii(damaged.toString());
	}

	// ---- hostile structures -------------------------------------------------------------------------------

	/** Catalog 1, page tree 2 with one page 3 whose content is object 4 (left to the caller). */
	private static RawPdf onePage(String pageEntries) {
		return new RawPdf().object(1, "<< /Type /Catalog /Pages 2 0 R >>")
				.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
				.object(3, "<< " + PAGE + "/Parent 2 0 R /Resources << " + FONTS + " >> /Contents 4 0 R "
						+ pageEntries + ">>");
	}

	private static byte[] lyingLength() {
		byte[] first = RawPdf.ascii(datasheetText("LIE1", 1, 2));
		byte[] second = RawPdf.ascii(datasheetText("LIE1", 2, 2));
		return new RawPdf().object(1, "<< /Type /Catalog /Pages 2 0 R >>")
				.object(2, "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>")
				.object(3, "<< " + PAGE + "/Parent 2 0 R /Resources << " + FONTS + " >> /Contents 5 0 R >>")
				.object(4, "<< " + PAGE + "/Parent 2 0 R /Resources << " + FONTS + " >> /Contents 6 0 R >>")
				.stream(5, "", first, first.length + 100_000L).stream(6, "", second, second.length / 4).bytes();
	}

	private static byte[] deepNesting() {
		int d = NESTING_DEPTH;
		String deep = "/DeepArray " + "[".repeat(d) + "0" + "]".repeat(d) + " /DeepDict " + "<< /D ".repeat(d) + "0"
				+ " >>".repeat(d) + " ";
		byte[] content = RawPdf.ascii("q\n".repeat(d) + datasheetText("DEEP1", 1, 1) + "Q\n".repeat(d));
		return onePage(deep).flateStream(4, "", content).pack(1, 2, 3).bytes();
	}

	private static byte[] referenceCycle() {
		byte[] content = RawPdf.ascii(datasheetText("CYCLE1", 1, 1) + "q /Fm0 Do Q\n");
		return new RawPdf().object(1, "<< /Type /Catalog /Pages 2 0 R >>")
				.object(2, "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /Parent 4 0 R >>")
				.object(3, "<< " + PAGE + "/Parent 2 0 R /Resources << " + FONTS + " /XObject << /Fm0 6 0 R >> >>"
						+ " /Contents 5 0 R >>")
				.object(4, "<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>").stream(5, "", content)
				.stream(6, "/Type /XObject /Subtype /Form /BBox [0 0 612 792]"
						+ " /Resources << /XObject << /Fm0 6 0 R >> >>", RawPdf.ascii("/Fm0 Do\n"))
				.bytes();
	}

	/** Nodes 2 (the root) to 8, node k listing node k+1 ten times, node 8 listing page 9 ten times. */
	private static byte[] hugePageCount() {
		RawPdf pdf = new RawPdf().object(1, "<< /Type /Catalog /Pages 2 0 R >>");
		int count = CLAIMED_PAGES;
		for (int n = 2; n <= 8; n++, count /= 10) {
			String kid = (n + 1) + " 0 R ";
			String parent = n == 2 ? "" : "/Parent " + (n - 1) + " 0 R ";
			pdf.object(n, "<< /Type /Pages " + parent + "/Kids [" + kid.repeat(10) + "] /Count " + count + " >>");
		}
		return pdf.object(9, "<< " + PAGE + "/Parent 8 0 R /Resources << " + FONTS + " >> /Contents 10 0 R >>")
				.stream(10, "", RawPdf.ascii(datasheetText("MANY1", 1, CLAIMED_PAGES))).bytes();
	}

	/** The {@link TestPdfs} page as content stream operators, fonts F1 (Helvetica) and F2 (Helvetica-Bold). */
	private static String datasheetText(String part, int page, int pages) {
		StringBuilder c = new StringBuilder();
		text(c, "F2", 18, 50, 740, part);
		text(c, "F1", 11, 50, 718, TestPdfs.DESCRIPTION);
		text(c, "F2", 12, 50, 680, TestPdfs.TABLE_TITLE);
		for (int col = 0; col < TestPdfs.HEAD.length; col++) {
			text(c, "F2", 10, TestPdfs.COLUMN_X[col], 660, TestPdfs.HEAD[col]);
		}
		for (int row = 0; row < TestPdfs.ROWS.length; row++) {
			for (int col = 0; col < TestPdfs.ROWS[row].length; col++) {
				text(c, "F1", 10, TestPdfs.COLUMN_X[col], 644 - 16 * row, TestPdfs.ROWS[row][col]);
			}
		}
		text(c, "F1", 8, 50, 40, part + " page " + page + " of " + pages);
		return c.toString();
	}

	private static void text(StringBuilder c, String font, int size, float x, float y, String s) {
		if (s.isEmpty()) {
			return;
		}
		String escaped = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
		c.append(String.format(Locale.ROOT, "BT /%s %d Tf %.0f %.0f Td (%s) Tj ET\n", font, size, x, y, escaped));
	}

	// ---- decompression bomb -------------------------------------------------------------------------------

	/**
	 * A zlib stream of {@code n} zeros. A 1 MiB block of zeros is deflated once with a full flush, which makes
	 * it stand alone, and repeated; the rest and the final block follow, then the Adler-32 of the zeros.
	 */
	static byte[] zlibZeros(long n) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.write(0x78);
		b.write(0xDA);
		byte[] block = rawDeflate(new byte[BOMB_BLOCK], false);
		for (long i = 0; i < n / BOMB_BLOCK; i++) {
			b.writeBytes(block);
		}
		b.writeBytes(rawDeflate(new byte[(int) (n % BOMB_BLOCK)], true));
		writeInt(b, (n % 65521) << 16 | 1); // Adler-32: a stays 1, every zero adds a to b
		return b.toByteArray();
	}

	private static byte[] rawDeflate(byte[] data, boolean last) {
		Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
		try {
			d.setInput(data);
			if (last) {
				d.finish();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buf = new byte[64 * 1024];
			int n;
			do {
				n = d.deflate(buf, 0, buf.length, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
				out.write(buf, 0, n);
			} while (last ? !d.finished() : n == buf.length);
			return out.toByteArray();
		} finally {
			d.end();
		}
	}

	// ---- not PDFs -----------------------------------------------------------------------------------------

	private static List<Path> notPdfs(Path dir) throws IOException {
		String stem = Kind.NOT_A_PDF.stem();
		byte[] random = new byte[4096];
		new Random(SEED).nextBytes(random);
		List<Path> files = new ArrayList<>();
		files.add(Files.write(dir.resolve(stem + "-random.pdf"), random));
		files.add(Files.write(dir.resolve(stem + "-png.pdf"), png()));
		files.add(Files.write(dir.resolve(stem + "-empty.pdf"), new byte[0]));
		files.add(Files.writeString(dir.resolve(stem + "-text.pdf"),
				"Part,VDS,RDS(on)\nHOSTILE1,60 V,1.2 Ohm\n", StandardCharsets.US_ASCII));
		return files;
	}

	/** A 1 x 1 grey PNG: signature, IHDR and IEND chunks, no image data. */
	private static byte[] png() {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(b, "IHDR", new byte[] { 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0 });
		chunk(b, "IEND", new byte[0]);
		return b.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream b, String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(RawPdf.ascii(type));
		crc.update(data);
		writeInt(b, data.length);
		b.writeBytes(RawPdf.ascii(type));
		b.writeBytes(data);
		writeInt(b, crc.getValue());
	}

	private static void writeInt(ByteArrayOutputStream b, long v) {
		for (int shift = 24; shift >= 0; shift -= 8) {
			b.write((int) (v >>> shift) & 0xFF);
		}
	}
}
