package org.espice.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints passes through here, so that a datasheet's file name, a part number or a
 * reason quoting a PDF's text cannot drive the user's terminal. File names may hold any character but {@code /}, and
 * a hostile PDF may map its glyphs to any code: an escape sequence among them could retitle the window, hide lines
 * or, in some terminals, echo text back as input. Control characters other than line feed, carriage return and tab
 * (which the progress line uses) are printed as {@code ?}, as are invisible format characters (bidirectional
 * overrides and isolates, zero-width joiners), which could make a printed name read as another.
 */
final class TerminalSafeWriter extends FilterWriter {

	TerminalSafeWriter(Writer out) {
		super(out);
	}

	@Override
	public void write(int c) throws IOException {
		out.write(safe((char) c));
	}

	@Override
	public void write(char[] cbuf, int off, int len) throws IOException {
		char[] copy = new char[len];
		for (int i = 0; i < len; i++) {
			copy[i] = safe(cbuf[off + i]);
		}
		out.write(copy, 0, len);
	}

	@Override
	public void write(String str, int off, int len) throws IOException {
		write(str.toCharArray(), off, len);
	}

	/** The character itself, or {@code ?} where a terminal would act on it or a reader could not see it. */
	static char safe(char c) {
		if (c == '\n' || c == '\r' || c == '\t') {
			return c;
		}
		return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c;
	}
}
