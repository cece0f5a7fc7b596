package org.espice.core.internal.pdf;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indirect objects ({@code N G obj ... endobj}) that a PDF holds whole, found by one pass over its bytes. A
 * file cut short has lost its cross-reference table, so this is the only map of its objects left. The pass is
 * linear and bounded: at most {@link #MAX_BYTES} are read and at most {@link #MAX_OBJECTS} objects kept.
 *
 * @param objects      the whole objects, by object number; a later definition of a number replaces an earlier one
 *                     (incremental updates)
 * @param encrypted    whether a trailer or cross-reference stream present names an {@code /Encrypt} dictionary, or
 *                     an encryption dictionary ({@code /Filter /Standard}) is present
 * @param encryption   the {@code /Encrypt} reference and {@code /ID} of the last such trailer, as PDF syntax to copy
 *                     into the new one; null when there is none or it cannot be copied
 * @param scannedBytes how many bytes were scanned
 */
record ObjectScan(Map<Long, WholeObject> objects, boolean encrypted, String encryption, long scannedBytes) {

	/** Larger files are scanned only up to here (the batch refuses them anyway). */
	static final long MAX_BYTES = Integer.MAX_VALUE;
	/** More objects than any datasheet has; a hostile file cannot grow the table past it. */
	static final int MAX_OBJECTS = 1_000_000;
	/** Object numbers above this are not real (a cross-reference stream would be huge): skipped. */
	static final long MAX_OBJECT_NUMBER = 50_000_000L;

	/** A header's numbers are this close together; looking further back for them is wasted work. */
	private static final int MAX_SPACE = 32;

	/** What an object's dictionary says it is, as far as recovery cares: read only these few objects. */
	enum Hint {
		/** Names {@code /ObjStm}: an object stream. */
		OBJECT_STREAM,
		/** Names {@code /Page} or {@code /Pages}: a page or a page tree node. */
		PAGE,
		OTHER
	}

	/** An object whose {@code endobj} lies inside the file; {@code offset} is where its number starts. */
	record WholeObject(long number, int generation, long offset, Hint hint) {
	}

	private static final byte[] OBJ = ascii("obj");
	private static final byte[] ENDOBJ = ascii("endobj");
	private static final byte[] STREAM = ascii("stream");
	private static final byte[] ENCRYPT = ascii("/Encrypt");
	private static final byte[] TRAILER = ascii("trailer");
	private static final byte[] STANDARD_HANDLER = ascii("/Standard");
	private static final byte[] OBJ_STM = ascii("/ObjStm");
	private static final byte[] PAGE = ascii("/Page");
	/** How much of a trailer or dictionary is looked at for its encryption entries. */
	private static final int DICT_WINDOW = 4096;
	private static final Pattern ENCRYPT_REF = Pattern.compile("/Encrypt\\s*(\\d+\\s+\\d+\\s+R)");
	private static final Pattern ID = Pattern.compile("/ID\\s*(\\[[^\\]]{0,600}\\])");

	static ObjectScan of(Path pdf) throws IOException {
		try (FileChannel ch = FileChannel.open(pdf, StandardOpenOption.READ)) {
			long size = Math.min(ch.size(), MAX_BYTES);
			MappedByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
			return of(new Bytes(buf, (int) size));
		}
	}

	static ObjectScan of(byte[] pdf) {
		return of(new Bytes(java.nio.ByteBuffer.wrap(pdf), pdf.length));
	}

	private static ObjectScan of(Bytes b) {
		Map<Long, WholeObject> objects = new LinkedHashMap<>();
		Encryption encryption = new Encryption();
		int gapStart = 0;
		int at = b.indexOf(OBJ, 0, b.size);
		while (at >= 0 && objects.size() < MAX_OBJECTS) {
			WholeObject head = headerEndingAt(b, at);
			if (head == null) {
				at = b.indexOf(OBJ, at + OBJ.length, b.size);
				continue;
			}
			int end = b.indexOf(ENDOBJ, at + OBJ.length, b.size);
			if (end < 0) {
				break; // the file ends inside this object
			}
			// /Encrypt sits only in a trailer between objects or in a cross-reference stream's dictionary.
			encryption.look(b, gapStart, (int) head.offset(), true);
			int stream = b.indexOf(STREAM, at, end);
			int dictEnd = stream < 0 ? end : stream;
			encryption.look(b, at, Math.min(dictEnd, at + DICT_WINDOW), false);
			if (head.number() <= MAX_OBJECT_NUMBER) {
				Hint hint = b.indexOf(OBJ_STM, at, dictEnd) >= 0 ? Hint.OBJECT_STREAM
						: b.indexOf(PAGE, at, dictEnd) >= 0 ? Hint.PAGE : Hint.OTHER;
				objects.remove(head.number());
				objects.put(head.number(), new WholeObject(head.number(), head.generation(), head.offset(), hint));
			}
			gapStart = end + ENDOBJ.length;
			at = b.indexOf(OBJ, gapStart, b.size);
		}
		encryption.look(b, gapStart, b.size, true);
		return new ObjectScan(objects, encryption.seen, encryption.entries, b.size);
	}

	/** The encryption entries of the trailers and cross-reference streams met so far. */
	private static final class Encryption {
		boolean seen;
		String entries;

		/** Looks at [from, to): a gap between objects (its trailer, if any) or an object's dictionary. */
		void look(Bytes b, int from, int to, boolean gap) {
			if (gap) {
				from = b.indexOf(TRAILER, from, to);
				if (from < 0) {
					return;
				}
				to = Math.min(to, from + DICT_WINDOW);
			}
			if (b.indexOf(ENCRYPT, from, to) < 0) {
				// the encryption dictionary itself: the file is encrypted even when no trailer naming it survived
				seen |= !gap && b.indexOf(STANDARD_HANDLER, from, to) >= 0;
				return;
			}
			seen = true;
			String dict = b.text(from, to);
			Matcher ref = ENCRYPT_REF.matcher(dict);
			Matcher id = ID.matcher(dict);
			entries = ref.find() ? "/Encrypt " + ref.group(1) + (id.find() ? " /ID " + id.group(1) : "") : null;
		}
	}

	/** The header {@code N G obj} whose keyword starts at {@code at}, or null when these bytes are not one. */
	private static WholeObject headerEndingAt(Bytes b, int at) {
		if (at + OBJ.length < b.size && !delimiter(b.get(at + OBJ.length))) {
			return null;
		}
		int i = at - 1;
		int gapEnd = i;
		while (i >= 0 && space(b.get(i)) && gapEnd - i < MAX_SPACE) {
			i--;
		}
		if (i == gapEnd) {
			return null;
		}
		int genEnd = i;
		while (i >= 0 && digit(b.get(i)) && genEnd - i < 6) {
			i--;
		}
		if (i == genEnd || i < 0 || !space(b.get(i))) {
			return null;
		}
		long gen = number(b, i + 1, genEnd);
		int sep = i;
		while (i >= 0 && space(b.get(i)) && sep - i < MAX_SPACE) {
			i--;
		}
		if (i == sep) {
			return null;
		}
		int numEnd = i;
		while (i >= 0 && digit(b.get(i)) && numEnd - i < 11) {
			i--;
		}
		if (i == numEnd || (i >= 0 && !space(b.get(i)) && !delimiter(b.get(i)))) {
			return null;
		}
		return gen > 65535 ? null : new WholeObject(number(b, i + 1, numEnd), (int) gen, i + 1, Hint.OTHER);
	}

	private static long number(Bytes b, int from, int to) {
		long n = 0;
		for (int k = from; k <= to; k++) {
			n = n * 10 + (b.get(k) - '0');
		}
		return n;
	}

	private static boolean digit(byte c) {
		return c >= '0' && c <= '9';
	}

	private static boolean space(byte c) {
		return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
	}

	private static boolean delimiter(byte c) {
		return space(c) || c == '<' || c == '[' || c == '(' || c == '/' || c == '%' || c == '>' || c == ']';
	}

	private static byte[] ascii(String s) {
		return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	/** The scanned bytes, with a plain forward search. */
	private record Bytes(java.nio.ByteBuffer buf, int size) {

		byte get(int i) {
			return buf.get(i);
		}

		/** Bytes [from, to) as ISO-8859-1 text, which maps every byte to one char and back. */
		String text(int from, int to) {
			byte[] out = new byte[to - from];
			buf.get(from, out);
			return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
		}

		/** First index of {@code pattern} starting in [from, to), or -1. */
		int indexOf(byte[] pattern, int from, int to) {
			int last = Math.min(to, size - pattern.length + 1);
			byte first = pattern[0];
			for (int i = Math.max(from, 0); i < last; i++) {
				if (buf.get(i) != first) {
					continue;
				}
				int k = 1;
				while (k < pattern.length && buf.get(i + k) == pattern[k]) {
					k++;
				}
				if (k == pattern.length) {
					return i;
				}
			}
			return -1;
		}
	}
}
