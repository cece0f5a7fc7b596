package org.espice.core.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads what a PDF cut short still holds. Its cross-reference table, trailer and often its catalog were at the
 * end and are gone, so the whole objects are found by scanning ({@link ObjectScan}), a new end is appended that
 * lists them ({@link RecoveryTail}), and the pages whose objects are whole are put back in order
 * ({@link RecoveredPages}). The result says which pages were read, of how many.
 */
final class CutShortPdf {

	/** Object streams hold at most this many objects here; a larger count is damage, not a datasheet. */
	private static final int MAX_STREAM_OBJECTS = 100_000;

	private CutShortPdf() {
	}

	static OpenedPdf open(Path pdf) throws IOException {
		ObjectScan scan = ObjectScan.of(pdf);
		long length = Files.size(pdf);
		if (scan.encrypted() && scan.encryption() == null) {
			throw encrypted();
		}
		if (scan.objects().isEmpty()) {
			throw beforeFirstPage(length);
		}
		RecoveryTail tail = RecoveryTail.build(length, scan.objects(), Map.of(), scan.encryption());
		PDDocument doc = PdfSource.load(pdf, tail.bytes());
		try {
			Map<Long, RecoveryTail.InStream> compressed = compressedObjects(doc, scan.objects());
			if (!compressed.isEmpty()) {
				PDDocument first = doc;
				doc = null;
				first.close();
				tail = RecoveryTail.build(length, scan.objects(), compressed, scan.encryption());
				doc = PdfSource.load(pdf, tail.bytes());
			}
			Set<Long> whole = new HashSet<>(scan.objects().keySet());
			whole.addAll(compressed.keySet());
			RecoveredPages pages = RecoveredPages.rebuild(doc, tail.pages(), whole, scan.objects(), compressed);
			if (pages.read().isEmpty()) {
				throw pages.undecodable() ? encrypted() : beforeFirstPage(length);
			}
			return new OpenedPdf(doc, List.of(pages.warning()));
		} catch (IOException | RuntimeException e) {
			if (doc != null) {
				doc.close();
			}
			throw e;
		}
	}

	private static CutShortException encrypted() {
		return new CutShortException("cut short (no end-of-file marker) and encrypted: the key to its pages "
				+ "was in the missing end; download it again");
	}

	private static CutShortException beforeFirstPage(long length) {
		return new CutShortException("cut short before its first page: the " + length
				+ " bytes present hold no whole page (no end-of-file marker); download it again");
	}

	/** The objects held in the whole object streams found, each with its stream and place in it. */
	private static Map<Long, RecoveryTail.InStream> compressedObjects(PDDocument doc,
			Map<Long, ObjectScan.WholeObject> direct) {
		Map<Long, RecoveryTail.InStream> out = new HashMap<>();
		List<Long> streams = direct.values().stream().filter(o -> o.hint() == ObjectScan.Hint.OBJECT_STREAM)
				.map(ObjectScan.WholeObject::number).toList();
		for (COSObject o : ofType(doc, streams, direct, COSName.OBJ_STM)) {
			if (o.getObject() instanceof COSStream s) {
				try {
					readHeader(s, o.getObjectNumber(), out);
				} catch (IOException | RuntimeException e) {
					// a damaged object stream adds nothing; its objects stay missing
				}
			}
		}
		return out;
	}

	/** The stream's header: {@code /N} pairs of object number and offset, before byte {@code /First}. */
	private static void readHeader(COSStream s, long stream, Map<Long, RecoveryTail.InStream> out)
			throws IOException {
		int n = s.getInt(COSName.N);
		int first = s.getInt(COSName.FIRST);
		if (n <= 0 || n > MAX_STREAM_OBJECTS || first <= 0 || first > 16 * MAX_STREAM_OBJECTS) {
			return;
		}
		byte[] head;
		try (InputStream in = s.createInputStream()) {
			head = in.readNBytes(first);
		}
		String[] tokens = new String(head, StandardCharsets.ISO_8859_1).trim().split("\\s+");
		for (int i = 0; i < n && 2 * i + 1 < tokens.length; i++) {
			long number = Long.parseLong(tokens[2 * i]);
			if (number <= ObjectScan.MAX_OBJECT_NUMBER) {
				out.putIfAbsent(number, new RecoveryTail.InStream(stream, i));
			}
		}
	}

	/**
	 * The objects among {@code numbers} whose dictionary's {@code /Type} is {@code type}. Only these are parsed:
	 * parsing every object of a large file would cost more than all the rest of the recovery.
	 */
	static List<COSObject> ofType(PDDocument doc, Collection<Long> numbers, Map<Long, ObjectScan.WholeObject> direct,
			COSName type) {
		List<COSObject> out = new ArrayList<>();
		for (long n : numbers) {
			ObjectScan.WholeObject o = direct.get(n);
			COSObject object = doc.getDocument().getObjectFromPool(new COSObjectKey(n, o == null ? 0 : o.generation()));
			if (object.getObject() instanceof COSDictionary d && type.equals(d.getCOSName(COSName.TYPE))) {
				out.add(object);
			}
		}
		return out;
	}

	/** The object {@code b} refers to, or {@code b} itself when it is direct. */
	static COSBase deref(COSBase b) {
		return b instanceof COSObject o ? o.getObject() : b;
	}
}
