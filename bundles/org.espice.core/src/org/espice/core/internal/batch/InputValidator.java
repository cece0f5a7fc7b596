package org.espice.core.internal.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.batch.ValidationLimits;
import org.espice.core.internal.pdf.CutShortException;
import org.espice.core.internal.pdf.OpenedPdf;
import org.espice.core.internal.pdf.PdfSource;

/** Checks an input file before it is read: size, PDF signature, readable pages, password, page count. */
public final class InputValidator {

	private static final int HEAD = 1024;

	private final ValidationLimits limits;

	public InputValidator(ValidationLimits limits) {
		this.limits = limits;
	}

	/**
	 * Both checks: {@link #checkFile} and {@link #checkPages}.
	 *
	 * @return the page count
	 * @throws ProcessingException {@code invalid-input} with the reason, or {@code io-error} when the file
	 *                             cannot be read at all
	 */
	public int validate(Path file) throws ProcessingException {
		checkFile(file);
		return checkPages(file);
	}

	/**
	 * What can be told without parsing the PDF: the file exists, is not empty, not too large, and starts as a
	 * PDF. A batch runs this where it coordinates; {@link #checkPages} runs where the file is read.
	 *
	 * @throws ProcessingException {@code invalid-input} with the reason, or {@code io-error} when the file
	 *                             cannot be read at all
	 */
	public void checkFile(Path file) throws ProcessingException {
		String name = file.getFileName().toString();
		long size;
		try {
			size = Files.size(file);
		} catch (NoSuchFileException e) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT, name + ": the file does not exist any more");
		} catch (IOException e) {
			throw new ProcessingException(FailureCategory.IO_ERROR, name + ": cannot read the file: " + e.getMessage(), e);
		}
		if (size == 0) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT, name + ": the file is empty");
		}
		if (size > limits.maxBytes()) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT, name + ": the file has " + mb(size)
					+ ", more than the limit of " + mb(limits.maxBytes()));
		}
		byte[] head;
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
			head = new byte[(int) Math.min(HEAD, size)];
			raf.readFully(head);
		} catch (IOException e) {
			throw new ProcessingException(FailureCategory.IO_ERROR, name + ": cannot read the file: " + e.getMessage(), e);
		}
		if (!new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT,
					name + ": not a PDF (no %PDF- signature at the start)");
		}
	}

	/**
	 * What PDFBox tells: the PDF opens (a file cut short for the pages it holds), is not password protected, and
	 * has pages, not more than the limit.
	 *
	 * @return the page count
	 * @throws ProcessingException {@code invalid-input} with the reason
	 */
	public int checkPages(Path file) throws ProcessingException {
		String name = file.getFileName().toString();
		// A file cut short (no %%EOF) is opened for the pages it still holds; it fails only when it holds none.
		try (OpenedPdf opened = PdfSource.open(file)) {
			int pages = opened.document().getNumberOfPages();
			if (pages == 0) {
				throw new ProcessingException(FailureCategory.INVALID_INPUT, name + ": the PDF has no pages");
			}
			if (pages > limits.maxPages()) {
				throw new ProcessingException(FailureCategory.INVALID_INPUT,
						name + ": the PDF has " + pages + " pages, more than the limit of " + limits.maxPages());
			}
			return pages;
		} catch (CutShortException e) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT, name + ": " + e.getMessage(), e);
		} catch (InvalidPasswordException e) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT,
					name + ": the PDF is encrypted and needs a password to open");
		} catch (IOException e) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT,
					name + ": the PDF is corrupt and cannot be opened: " + e.getMessage(), e);
		} catch (StackOverflowError e) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT, PdfSource.tooDeep(name));
		}
	}

	/** SHA-256 of the content, to find duplicates. */
	public static String sha256(Path file) throws IOException {
		MessageDigest md;
		try {
			md = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		byte[] buf = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buf)) > 0;) {
				md.update(buf, 0, n);
			}
		}
		return HexFormat.of().formatHex(md.digest());
	}

	static String mb(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}
}
