package org.espice.tests.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.DeflaterOutputStream;

/**
 * A PDF written by hand, object by object, so a test can state structures PDFBox would never save: cycles,
 * lying lengths, absurd nesting. The caller numbers the objects (object 1 is the catalog, the trailer's
 * {@code /Root}); forward and backward references are plain text. Without packed objects the file ends in a
 * classic cross-reference table; objects marked {@link #pack(int...)} go, Flate-compressed, into one object
 * stream indexed by a cross-reference stream, which keeps a file of very long objects small.
 */
final class RawPdf {

	private static final byte[] HEADER = "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n".getBytes(StandardCharsets.ISO_8859_1);

	private final TreeMap<Integer, byte[]> objects = new TreeMap<>();
	private final Set<Integer> packed = new TreeSet<>();

	/** Object {@code n} with the given body (a dictionary, an array, ...). */
	RawPdf object(int n, String body) {
		objects.put(n, ascii(body));
		return this;
	}

	/** Object {@code n}, a stream whose {@code /Length} is the true length of {@code data}. */
	RawPdf stream(int n, String dictEntries, byte[] data) {
		return stream(n, dictEntries, data, data.length);
	}

	/** Object {@code n}, a stream whose dictionary claims {@code /Length length}, true or not. */
	RawPdf stream(int n, String dictEntries, byte[] data, long length) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.writeBytes(ascii("<< " + dictEntries + " /Length " + length + " >>\nstream\n"));
		b.writeBytes(data);
		b.writeBytes(ascii("\nendstream"));
		objects.put(n, b.toByteArray());
		return this;
	}

	/** Object {@code n}, a FlateDecode stream of {@code data}. */
	RawPdf flateStream(int n, String dictEntries, byte[] data) {
		return stream(n, "/Filter /FlateDecode " + dictEntries, deflate(data));
	}

	/** Moves objects (no streams) into the object stream. */
	RawPdf pack(int... numbers) {
		for (int n : numbers) {
			packed.add(n);
		}
		return this;
	}

	/** The whole file. */
	byte[] bytes() {
		return packed.isEmpty() ? withXrefTable() : withXrefStream();
	}

	private byte[] withXrefTable() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(HEADER);
		int size = nextNumber();
		long[] offsets = writeObjects(out, size);
		long xref = out.size();
		StringBuilder t = new StringBuilder("xref\n0 ").append(size).append("\n0000000000 65535 f\r\n");
		for (int n = 1; n < size; n++) {
			t.append(offsets[n] == 0 ? "0000000000 65535 f\r\n"
					: String.format(Locale.ROOT, "%010d 00000 n\r\n", offsets[n]));
		}
		t.append("trailer\n<< /Size ").append(size).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
				.append("\n%%EOF\n");
		out.writeBytes(ascii(t.toString()));
		return out.toByteArray();
	}

	/** Unpacked objects, then the object stream, then the cross-reference stream (both numbered after the rest). */
	private byte[] withXrefStream() {
		int objStm = nextNumber();
		int xrefStm = objStm + 1;
		stream(objStm, objectStreamDict(), objectStreamData());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(HEADER);
		long[] offsets = writeObjects(out, xrefStm + 1);
		offsets[xrefStm] = out.size();
		byte[] entries = xrefEntries(offsets, objStm);
		out.writeBytes(ascii(xrefStm + " 0 obj\n<< /Type /XRef /Size " + (xrefStm + 1) + " /W [1 4 2] /Root 1 0 R"
				+ " /Length " + entries.length + " >>\nstream\n"));
		out.writeBytes(entries);
		out.writeBytes(ascii("\nendstream\nendobj\nstartxref\n" + offsets[xrefStm] + "\n%%EOF\n"));
		objects.remove(objStm);
		return out.toByteArray();
	}

	private String objectStreamDict() {
		return "/Type /ObjStm /N " + packed.size() + " /First " + objectStreamIndex().length()
				+ " /Filter /FlateDecode";
	}

	/** "number offset" pairs of the packed objects, offsets counted from {@code /First}. */
	private String objectStreamIndex() {
		StringBuilder index = new StringBuilder();
		int offset = 0;
		for (int n : packed) {
			index.append(n).append(' ').append(offset).append(' ');
			offset += objects.get(n).length + 1;
		}
		return index.toString();
	}

	private byte[] objectStreamData() {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.writeBytes(ascii(objectStreamIndex()));
		for (int n : packed) {
			b.writeBytes(objects.get(n));
			b.write('\n');
		}
		return deflate(b.toByteArray());
	}

	/** One 7-byte row per object: type (0 free, 1 at an offset, 2 in the object stream), field 2, field 3. */
	private byte[] xrefEntries(long[] offsets, int objStm) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		int indexInStream = 0;
		for (int n = 0; n < offsets.length; n++) {
			if (packed.contains(n)) {
				row(b, 2, objStm, indexInStream++);
			} else if (offsets[n] == 0) {
				row(b, 0, 0, n == 0 ? 0xFFFF : 0);
			} else {
				row(b, 1, offsets[n], 0);
			}
		}
		return b.toByteArray();
	}

	private static void row(ByteArrayOutputStream b, int type, long field2, int field3) {
		b.write(type);
		for (int shift = 24; shift >= 0; shift -= 8) {
			b.write((int) (field2 >>> shift) & 0xFF);
		}
		b.write(field3 >>> 8 & 0xFF);
		b.write(field3 & 0xFF);
	}

	/** Writes every unpacked object; returns the offsets by object number (0 where none was written). */
	private long[] writeObjects(ByteArrayOutputStream out, int size) {
		long[] offsets = new long[size];
		for (Map.Entry<Integer, byte[]> o : objects.entrySet()) {
			if (packed.contains(o.getKey())) {
				continue;
			}
			offsets[o.getKey()] = out.size();
			out.writeBytes(ascii(o.getKey() + " 0 obj\n"));
			out.writeBytes(o.getValue());
			out.writeBytes(ascii("\nendobj\n"));
		}
		return offsets;
	}

	/** One more than the highest object number. */
	private int nextNumber() {
		return objects.isEmpty() ? 1 : objects.lastKey() + 1;
	}

	static byte[] deflate(byte[] data) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		try (DeflaterOutputStream z = new DeflaterOutputStream(b)) {
			z.write(data);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return b.toByteArray();
	}

	static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.ISO_8859_1);
	}
}
