package org.espice.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The first facts about a PDF that tell whether it can be processed at all: how many pages it has and its
 * document title.
 *
 * @param pageCount pages in the document, at least 0
 * @param title     the document information title, trimmed, or null when absent or blank
 */
public record PdfSummary(int pageCount, String title) {

	/**
	 * Opens {@code pdf} and reads its page count and title.
	 *
	 * @throws ProcessingException {@link FailureCategory#IO_ERROR} when the file cannot be read,
	 *                             {@link FailureCategory#INVALID_INPUT} when it is not a PDF PDFBox can open
	 *                             (damaged, truncated or password protected); the message names the file
	 */
	public static PdfSummary read(Path pdf) throws ProcessingException {
		String name = String.valueOf(pdf.getFileName());
		if (!Files.isRegularFile(pdf) || !Files.isReadable(pdf)) {
			throw new ProcessingException(FailureCategory.IO_ERROR,
					name + ": cannot read the file at " + pdf.toAbsolutePath());
		}
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDDocumentInformation info = document.getDocumentInformation();
			String title = info == null ? null : info.getTitle();
			if (title != null) {
				title = title.strip();
				if (title.isEmpty()) {
					title = null;
				}
			}
			return new PdfSummary(document.getNumberOfPages(), title);
		} catch (InvalidPasswordException e) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT,
					name + ": the PDF is password protected; save an unprotected copy and try again", e);
		} catch (IOException e) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT,
					name + ": not a readable PDF (" + e.getMessage() + ")", e);
		}
	}

	public PdfSummary {
		if (pageCount < 0) {
			throw new IllegalArgumentException("pageCount must not be negative: " + pageCount);
		}
	}
}
