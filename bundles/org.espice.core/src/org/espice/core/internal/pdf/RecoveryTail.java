package org.espice.core.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end a cut-short PDF lost, rebuilt: a fresh catalog with an empty page tree, and a cross-reference stream
 * that lists every whole object found (by offset, or by its place in a whole object stream). Appended to the
 * file's bytes, it makes an ordinary PDF that PDFBox opens without guessing; the page tree is filled in later.
 *
 * @param bytes       the bytes to append after the file's own
 * @param catalog     the object number of the new catalog
 * @param pages       the object number of its (empty) page tree root
 */
record RecoveryTail(byte[] bytes, long catalog, long pages) {

	/** Where an object compressed in an object stream lives. */
	record InStream(long stream, int index) {
	}

	/**
	 * @param fileLength the length of the bytes this tail follows
	 * @param direct     whole objects stored directly in the file
	 * @param compressed objects stored in whole object streams; a direct definition of the same number wins
	 * @param encryption the {@code /Encrypt} and {@code /ID} entries of the lost trailer, or null
	 */
	static RecoveryTail build(long fileLength, Map<Long, ObjectScan.WholeObject> direct,
			Map<Long, InStream> compressed, String encryption) {
		// Above every number the scan keeps, so that a reference to a lost object never lands on a new one.
		long catalog = ObjectScan.MAX_OBJECT_NUMBER + 1;
		long pages = catalog + 1;
		long xref = catalog + 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TreeMap<Long, byte[]> entries = new TreeMap<>();
		compressed.forEach((n, at) -> entries.put(n, entry(2, at.stream(), at.index())));
		direct.values().forEach(o -> entries.put(o.number(), entry(1, o.offset(), o.generation())));
		write(out, "\n");
		entries.put(catalog, entry(1, fileLength + out.size(), 0));
		write(out, catalog + " 0 obj\n<< /Type /Catalog /Pages " + pages + " 0 R >>\nendobj\n");
		entries.put(pages, entry(1, fileLength + out.size(), 0));
		write(out, pages + " 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n");
		long xrefOffset = fileLength + out.size();
		entries.put(xref, entry(1, xrefOffset, 0));
		ByteArrayOutputStream table = new ByteArrayOutputStream();
		entries.values().forEach(table::writeBytes);
		write(out, xref + " 0 obj\n<< /Type /XRef /Size " + (xref + 1) + " /W [1 5 2] /Index [" + index(entries)
				+ "] /Root " + catalog + " 0 R" + (encryption == null ? "" : " " + encryption) + " /Length "
				+ table.size() + " >>\nstream\n");
		out.writeBytes(table.toByteArray());
		write(out, "\nendstream\nendobj\nstartxref\n" + xrefOffset + "\n%%EOF\n");
		return new RecoveryTail(out.toByteArray(), catalog, pages);
	}

	/** One cross-reference stream entry: type, then a 5-byte and a 2-byte field, big-endian. */
	private static byte[] entry(int type, long field2, int field3) {
		byte[] e = new byte[8];
		e[0] = (byte) type;
		for (int k = 0; k < 5; k++) {
			e[5 - k] = (byte) (field2 >>> (8 * k));
		}
		e[6] = (byte) (field3 >>> 8);
		e[7] = (byte) field3;
		return e;
	}

	/** The {@code /Index} pairs (first number, count) of the runs of consecutive object numbers. */
	private static String index(TreeMap<Long, byte[]> entries) {
		List<String> runs = new ArrayList<>();
		long start = -1;
		long previous = -2;
		for (long n : entries.keySet()) {
			if (n != previous + 1) {
				if (start >= 0) {
					runs.add(start + " " + (previous - start + 1));
				}
				start = n;
			}
			previous = n;
		}
		if (start >= 0) {
			runs.add(start + " " + (previous - start + 1));
		}
		return String.join(" ", runs);
	}

	private static void write(ByteArrayOutputStream out, String s) {
		out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
	}
}
