package org.espice.core.internal.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.SequenceRandomAccessRead;

/**
 * A file's bytes followed by bytes in memory, read as one PDF without copying the file. Streams are read through
 * views on a second reader, so reading a stream never moves the parser's own position (as PDFBox's file reader
 * does it).
 */
final class ExtendedFile extends SequenceRandomAccessRead {

	private final Path file;
	private final byte[] tail;
	private ExtendedFile viewSource;

	ExtendedFile(Path file, byte[] tail) throws IOException {
		super(List.of(new RandomAccessReadBufferedFile(file.toFile()), new RandomAccessReadBuffer(tail)));
		this.file = file;
		this.tail = tail;
	}

	@Override
	public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
		if (viewSource == null) {
			viewSource = new ExtendedFile(file, tail);
		}
		return new RandomAccessReadView(viewSource, startPosition, streamLength);
	}

	@Override
	public void close() throws IOException {
		try {
			super.close();
		} finally {
			if (viewSource != null) {
				viewSource.close();
			}
		}
	}
}
