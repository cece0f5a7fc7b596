package org.espice.core.internal.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Opens a datasheet PDF with PDFBox: a sound file as it is, a file cut short (no {@code %%EOF} near its end)
 * through {@link CutShortPdf}, which reads the pages whose objects are whole and says what was lost.
 */
public final class PdfSource {

	/** How far from the end the {@code %%EOF} marker may sit (PDFBox looks as far). */
	static final int TAIL = 2048;

	private PdfSource() {
	}

	/**
	 * Opens with the empty password and temp-file stream caching, so heap use stays bounded whatever the size of
	 * the PDF's streams; closes the file if parsing fails.
	 *
	 * @throws CutShortException when the file is cut short and no page of it can be read
	 */
	/**
	 * Why a file whose reading overflowed the stack cannot be read: PDFBox recurses into nested arrays and
	 * dictionaries and up the page tree, so the stack is what bounds them.
	 */
	public static String tooDeep(String file) {
		return file + " nests its objects deeper than a PDF needs, or its page tree refers back to itself; it cannot "
				+ "be read";
	}

	public static OpenedPdf open(Path pdf) throws IOException {
		if (isCutShort(pdf)) {
			return CutShortPdf.open(pdf);
		}
		return new OpenedPdf(load(new RandomAccessReadBufferedFile(pdf.toFile())), List.of());
	}

	/** Whether the file lacks the {@code %%EOF} marker at its end, as a download cut short does. */
	public static boolean isCutShort(Path pdf) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(pdf.toFile(), "r")) {
			long size = raf.length();
			byte[] tail = new byte[(int) Math.min(TAIL, size)];
			raf.seek(size - tail.length);
			raf.readFully(tail);
			return !new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
		}
	}

	/** The file's bytes followed by {@code tail}, as one PDF. */
	static PDDocument load(Path pdf, byte[] tail) throws IOException {
		return load(new ExtendedFile(pdf, tail));
	}

	private static PDDocument load(RandomAccessRead source) throws IOException {
		try {
			return Loader.loadPDF(source, "", null, null, IOUtils.createTempFileOnlyStreamCache());
		} catch (IOException | RuntimeException e) {
			IOUtils.closeQuietly(source);
			throw e;
		}
	}
}
