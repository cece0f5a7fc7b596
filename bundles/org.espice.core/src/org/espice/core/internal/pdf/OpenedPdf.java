package org.espice.core.internal.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF open for reading, with what the user should know about how it was read (empty for a sound file).
 *
 * @param document the document; closing this record closes it
 * @param warnings what was missing and what to do about it, one sentence each
 */
public record OpenedPdf(PDDocument document, List<String> warnings) implements Closeable {

	public OpenedPdf {
		warnings = List.copyOf(warnings);
	}

	@Override
	public void close() throws IOException {
		document.close();
	}
}
