package org.espice.tests.common;

import static org.espice.tests.common.PageText.text;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Small datasheet-like PDFs for batch tests. Layout of each generated page, top to bottom: the part number as
 * a heading, a one-line description ("N-channel MOSFET"), then an "Electrical Characteristics" table with one
 * row per value: symbol, conditions, min, typ, max, unit. The part number makes each file's content unique.
 */
public final class TestPdfs {

	/** Keeps PDFBox's font fallback warnings out of the test output (held so the setting is not collected). */
	private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

	static {
		PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
	}

	/** The text below the heading and the table, as every generated page shows them (also drawn by HostilePdfs). */
	static final String DESCRIPTION = "N-channel MOSFET, 60 V, 200 mA";
	static final String TABLE_TITLE = "Electrical Characteristics (TA = 25 C unless otherwise noted)";
	static final String[] HEAD = { "Symbol", "Conditions", "Min", "Typ", "Max", "Unit" };
	static final float[] COLUMN_X = { 50, 130, 300, 350, 400, 450 };
	static final String[][] ROWS = { { "V(BR)DSS", "VGS = 0 V, ID = 250 uA", "60", "", "", "V" },
			{ "VGS(th)", "VDS = VGS, ID = 250 uA", "1.0", "2.1", "3.0", "V" },
			{ "RDS(on)", "VGS = 10 V, ID = 500 mA", "", "1.2", "5.0", "Ohm" },
			{ "Ciss", "VDS = 25 V, f = 1 MHz", "", "22", "50", "pF" },
			{ "Coss", "VDS = 25 V, f = 1 MHz", "", "11", "25", "pF" } };

	private TestPdfs() {
	}

	/** A one-page MOSFET datasheet for {@code part}. */
	public static Path datasheet(Path file, String part) throws IOException {
		return datasheet(file, part, 1, null);
	}

	/**
	 * @param pages        number of pages (the table is repeated on each)
	 * @param userPassword null for a plain PDF, else the password needed to open it
	 */
	public static Path datasheet(Path file, String part, int pages, String userPassword) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (PDDocument doc = new PDDocument()) {
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage();
				doc.addPage(page);
				try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
					text(cs, bold, 18, 50, 740, part);
					text(cs, regular, 11, 50, 718, DESCRIPTION);
					text(cs, bold, 12, 50, 680, TABLE_TITLE);
					for (int c = 0; c < HEAD.length; c++) {
						text(cs, bold, 10, COLUMN_X[c], 660, HEAD[c]);
					}
					for (int r = 0; r < ROWS.length; r++) {
						for (int c = 0; c < ROWS[r].length; c++) {
							text(cs, regular, 10, COLUMN_X[c], 644 - 16 * r, ROWS[r][c]);
						}
					}
					text(cs, regular, 8, 50, 40, part + " page " + (p + 1) + " of " + pages);
				}
			}
			if (userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				doc.protect(policy);
			}
			doc.save(file.toFile());
		}
		return file;
	}

	/**
	 * The one-page MOSFET datasheet of {@link #datasheet(Path, String)} with a second page holding an output
	 * characteristic as vendors draw it: a gridded frame 100..300 x 400..550 pt, VDS 0..10 V ticks under it every
	 * 40 pt, ID 0..300 mA ticks left of it every 50 pt, both axis titles, two curves labelled "VGS = 4 V" and "3 V"
	 * at their right ends and the caption "Figure 1. Output Characteristics" below.
	 */
	public static Path datasheetWithPlot(Path file, String part) throws IOException {
		datasheet(file, part);
		try (PDDocument doc = Loader.loadPDF(file.toFile())) {
			PDPage page = new PDPage();
			doc.addPage(page);
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.setLineWidth(0.5f);
				cs.addRect(100, 400, 200, 150);
				for (int i = 1; i <= 4; i++) {
					cs.moveTo(100 + 40 * i, 400);
					cs.lineTo(100 + 40 * i, 550);
					cs.moveTo(100, 400 + 30 * i);
					cs.lineTo(300, 400 + 30 * i);
				}
				cs.stroke();
				for (double[] curve : new double[][] { { 120, 30 }, { 60, 25 } }) {
					cs.setLineWidth(1f);
					for (int i = 0; i <= 60; i++) {
						float x = 100 + 200f * i / 60;
						float y = (float) (400 + curve[0] * (1 - Math.exp(-(x - 100) / curve[1])));
						if (i == 0) {
							cs.moveTo(x, y);
						} else {
							cs.lineTo(x, y);
						}
					}
					cs.stroke();
				}
				for (int i = 0; i <= 5; i++) {
					String v = String.valueOf(2 * i);
					text(cs, font, 7, 100 + 40 * i - font.getStringWidth(v) / 1000 * 7 / 2, 390, v);
				}
				for (int i = 0; i <= 3; i++) {
					String v = String.valueOf(100 * i);
					text(cs, font, 7, 97 - font.getStringWidth(v) / 1000 * 7, 400 + 50 * i - 2.5f, v);
				}
				String xTitle = "VDS, DRAIN-TO-SOURCE VOLTAGE (V)";
				text(cs, font, 7, 200 - font.getStringWidth(xTitle) / 1000 * 7 / 2, 378, xTitle);
				cs.beginText();
				cs.setFont(font, 7);
				cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 80, 420));
				cs.showText("ID, DRAIN CURRENT (mA)");
				cs.endText();
				text(cs, font, 8, 100, 360, "Figure 1. Output Characteristics");
				text(cs, font, 6, 250, 524, "VGS = 4 V");
				text(cs, font, 6, 285, 465, "3 V");
			}
			doc.save(file.toFile());
		}
		return file;
	}

	/** {@code n} distinct datasheets named {@code ds-000.pdf} ... for parts {@code TST0000} ... */
	public static List<Path> many(Path dir, int n) throws IOException {
		List<Path> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			out.add(datasheet(dir.resolve(String.format(Locale.ROOT, "ds-%03d.pdf", i)),
					String.format(Locale.ROOT, "TST%04d", i)));
		}
		return out;
	}

	/** Starts like a PDF, then garbage; keeps a %%EOF so only the parser can tell. */
	public static Path corrupt(Path file) throws IOException {
		StringBuilder b = new StringBuilder("%PDF-1.7\n");
		for (int i = 0; i < 200; i++) {
			b.append("garbage ").append(i).append(" obj << /Broken [ \n");
		}
		b.append("%%EOF\n");
		Files.writeString(file, b.toString());
		return file;
	}

	/** The first half of a valid datasheet. */
	public static Path truncated(Path file) throws IOException {
		Path whole = datasheet(file.resolveSibling(file.getFileName() + ".whole"), "TRUNC1");
		byte[] all = Files.readAllBytes(whole);
		Files.delete(whole);
		Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
		return file;
	}

	public static Path empty(Path file) throws IOException {
		Files.write(file, new byte[0]);
		return file;
	}

	public static Path notPdf(Path file) throws IOException {
		Files.writeString(file, "Part,Vds,Rds\n2N7000,60,5\n");
		return file;
	}

	/** A sparse file of {@code bytes} that starts with a PDF signature (cheap on disk). */
	public static Path oversized(Path file, long bytes) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.write("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			raf.setLength(bytes);
		}
		return file;
	}
}
