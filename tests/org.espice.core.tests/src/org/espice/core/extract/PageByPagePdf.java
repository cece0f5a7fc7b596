package org.espice.core.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A PDF rewritten the way many producers lay a file out, so a test can cut it at a known place. Layout, top to
 * bottom: the header; for each page in order, its page dictionary followed by every object it uses that no
 * earlier page wrote (content streams, resources, fonts); then the page tree root and the catalog (or these
 * first, see {@link #treeFirst}); then the cross-reference table, the trailer, {@code startxref} and
 * {@code %%EOF}. Objects are uncompressed and numbered in the order they are met.
 *
 * @param bytes    the file
 * @param pageEnds for each page (in page order), the offset just after its objects
 * @param xref     the offset of the cross-reference table
 * @param eof      the offset of the {@code %%EOF} marker
 */
public record PageByPagePdf(byte[] bytes, List<Integer> pageEnds, int xref, int eof) {

	/** Rewrites {@code pdf} (any PDF PDFBox reads) page by page. */
	public static PageByPagePdf of(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new Writer(doc).write(false, null);
		}
	}

	/**
	 * Rewrites {@code pdf} with the catalog and page tree first (as linearized files have them), then the pages'
	 * objects in {@code order} (0-based page indexes), so a cut can lose a page in the middle.
	 */
	public static PageByPagePdf treeFirst(byte[] pdf, int... order) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new Writer(doc).write(true, order);
		}
	}

	/** The first {@code length} bytes: the file as a download cut short there leaves it. */
	public byte[] cut(int length) {
		return java.util.Arrays.copyOf(bytes, length);
	}

	private static final class Writer {
		private final PDDocument doc;
		private final ByteArrayOutputStream out = new ByteArrayOutputStream();
		private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
		private final Map<Integer, Integer> offsets = new java.util.TreeMap<>();
		private final Set<COSBase> deferred = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		private final Deque<COSBase> queue = new ArrayDeque<>();

		Writer(PDDocument doc) {
			this.doc = doc;
		}

		PageByPagePdf write(boolean treeFirst, int[] order) throws IOException {
			text("%PDF-1.4\n");
			COSDictionary root = doc.getDocumentCatalog().getCOSObject();
			COSDictionary pages = root.getCOSDictionary(COSName.PAGES);
			List<COSDictionary> pageDicts = new ArrayList<>();
			doc.getPages().forEach(p -> pageDicts.add(p.getCOSObject()));
			if (treeFirst) {
				deferred.addAll(pageDicts);
				writeFrom(root);
			} else {
				// the page tree root and the catalog come last, as producers write them once all pages are out
				deferred.add(root);
				deferred.add(pages);
			}
			List<Integer> pageEnds = new ArrayList<>(java.util.Collections.nCopies(pageDicts.size(), 0));
			for (int k = 0; k < pageDicts.size(); k++) {
				int index = order == null ? k : order[k];
				deferred.remove(pageDicts.get(index));
				writeFrom(pageDicts.get(index));
				pageEnds.set(index, out.size());
			}
			if (!treeFirst) {
				deferred.clear();
				writeFrom(pages);
				writeFrom(root);
			}
			int xref = out.size();
			int size = numbers.size() + 1;
			text("xref\n0 " + size + "\n0000000000 65535 f \n");
			for (int n = 1; n < size; n++) {
				text(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offsets.getOrDefault(n, 0)));
			}
			text("trailer\n<< /Size " + size + " /Root " + numbers.get(root) + " 0 R >>\nstartxref\n" + xref + "\n");
			int eof = out.size();
			text("%%EOF\n");
			return new PageByPagePdf(out.toByteArray(), pageEnds, xref, eof);
		}

		/** Writes {@code first} and then every object it leads to that is not written yet (nor deferred). */
		private void writeFrom(COSBase first) throws IOException {
			queue.add(first);
			while (!queue.isEmpty()) {
				COSBase o = queue.poll();
				int n = number(o);
				if (!offsets.containsKey(n)) {
					offsets.put(n, out.size());
					writeObject(o, n);
				}
			}
		}

		private void writeObject(COSBase o, int n) throws IOException {
			text(n + " 0 obj\n");
			if (o instanceof COSStream s) {
				byte[] raw;
				try (InputStream in = s.createRawInputStream()) {
					raw = in.readAllBytes();
				}
				s.setInt(COSName.LENGTH, raw.length);
				value(s);
				text("\nstream\n");
				out.writeBytes(raw);
				text("\nendstream");
			} else {
				value(o);
			}
			text("\nendobj\n");
		}

		private int number(COSBase o) {
			return numbers.computeIfAbsent(o, k -> numbers.size() + 1);
		}

		/** Writes a direct value; an indirect one becomes a reference, its object queued to be written. */
		private void value(COSBase v) throws IOException {
			if (v instanceof COSObject ref) {
				COSBase target = ref.getObject();
				if (target == null) {
					text("null");
					return;
				}
				if (!deferred.contains(target)) {
					queue.add(target);
				}
				text(number(target) + " 0 R");
			} else if (v instanceof COSDictionary d) {
				text("<<");
				for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
					text(" ");
					e.getKey().writePDF(out);
					text(" ");
					value(e.getValue());
				}
				text(" >>");
			} else if (v instanceof COSArray a) {
				text("[");
				for (int i = 0; i < a.size(); i++) {
					text(" ");
					value(a.get(i));
				}
				text(" ]");
			} else if (v instanceof COSName name) {
				name.writePDF(out);
			} else if (v instanceof COSString s) {
				text("<" + s.toHexString() + ">");
			} else if (v instanceof COSInteger i) {
				i.writePDF(out);
			} else if (v instanceof COSFloat f) {
				f.writePDF(out);
			} else if (v instanceof COSBoolean b) {
				b.writePDF(out);
			} else {
				text("null");
			}
		}

		private void text(String s) {
			out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
		}
	}
}
