package org.espice.core.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The page tree of a cut-short PDF, put back together under the recovery catalog. Page order comes from the
 * original page tree when its root survived, else from where the page objects sit in the file (writers put pages
 * in order). A page is read when its dictionary, its content streams and its fonts' own objects are whole; a page
 * that is not keeps its place as a blank page so later page numbers stay right, and missing pages after the last
 * readable one are dropped.
 *
 * @param read  the 1-based numbers of the pages read
 * @param inPart the pages read in part: some of their content streams were lost
 * @param total pages the document had, when its page tree root survived; else -1
 * @param seen  pages known to exist (read or not)
 * @param undecodable whether some whole content stream did not decode (the file is likely encrypted)
 */
record RecoveredPages(List<Integer> read, List<Integer> inPart, int total, int seen, boolean undecodable) {

	/** Deeper page trees are damage: a datasheet's is one or two levels. */
	private static final int MAX_DEPTH = 32;
	/** More pages than any datasheet has; a hostile page tree cannot grow the walk past it. */
	private static final int MAX_PAGES = 2_000;
	private static final COSName[] INHERITED = { COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX,
			COSName.ROTATE };
	/** What turns a font's codes into text; widths and the embedded program are not needed to read it. */
	private static final COSName[] FONT_PARTS = { COSName.TO_UNICODE, COSName.ENCODING, COSName.DESCENDANT_FONTS };

	/** How much of a page can be read. */
	private enum Readable {
		WHOLE, IN_PART, NOT
	}

	/** One place in the page order: the page's dictionary (null when it is lost) and how much of it can be read. */
	private record Slot(COSDictionary page, Readable readable) {

		boolean read() {
			return readable != Readable.NOT;
		}
	}

	/**
	 * Fills the recovery catalog's empty page tree ({@code rootNumber}) with the pages found.
	 *
	 * @param whole the numbers of the whole objects; a reference to any other object is to a lost one
	 */
	static RecoveredPages rebuild(PDDocument doc, long rootNumber, Set<Long> whole,
			Map<Long, ObjectScan.WholeObject> direct, Map<Long, RecoveryTail.InStream> compressed) {
		Wholeness w = new Wholeness(whole);
		// pages and page tree nodes, at most a few thousand: a larger tree is not a datasheet's
		List<Long> candidates = java.util.stream.Stream.concat(compressed.keySet().stream(), direct.values().stream()
				.filter(o -> o.hint() == ObjectScan.Hint.PAGE).map(ObjectScan.WholeObject::number))
				.limit(2L * MAX_PAGES).toList();
		COSDictionary originalRoot = originalRoot(CutShortPdf.ofType(doc, candidates, direct, COSName.PAGES),
				rootNumber);
		List<Slot> slots = new ArrayList<>();
		int total = -1;
		if (originalRoot != null) {
			walk(originalRoot, 0, w, slots, new IdentityHashMap<>());
			COSBase count = originalRoot.getDictionaryObject(COSName.COUNT);
			total = count instanceof COSNumber c ? Math.max(c.intValue(), slots.size()) : -1;
		} else {
			List<COSObject> pages = CutShortPdf.ofType(doc, candidates, direct, COSName.PAGE);
			pages.sort(Comparator.comparingDouble(o -> place(o.getObjectNumber(), direct, compressed)));
			for (COSObject o : pages.subList(0, Math.min(pages.size(), MAX_PAGES))) {
				if (o.getObject() instanceof COSDictionary d) {
					slots.add(new Slot(d, w.readable(w.withInherited(d))));
				}
			}
		}
		int last = -1;
		for (int i = 0; i < slots.size(); i++) {
			if (slots.get(i).read()) {
				last = i;
			}
		}
		COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
		COSArray kids = new COSArray();
		List<Integer> read = new ArrayList<>();
		List<Integer> inPart = new ArrayList<>();
		for (int i = 0; i <= last; i++) {
			Slot s = slots.get(i);
			COSDictionary page = s.read() ? s.page() : blank(s.page());
			page.setItem(COSName.PARENT, root);
			kids.add(page);
			if (s.read()) {
				read.add(i + 1);
			}
			if (s.readable() == Readable.IN_PART) {
				inPart.add(i + 1);
			}
		}
		root.setItem(COSName.KIDS, kids);
		root.setInt(COSName.COUNT, kids.size());
		return new RecoveredPages(read, inPart, total, slots.size(), w.undecodable);
	}

	/** What the user should know: which pages were read, of how many, and what to do. */
	String warning() {
		String of = total >= 0 ? "of " + total : "of at least " + Math.max(seen, read.get(read.size() - 1));
		String head = "the file is cut short (no end-of-file marker): ";
		String part = inPart.isEmpty() ? ""
				: " (" + (inPart.size() == 1 ? "page " : "pages ") + ranges(inPart) + " only in part)";
		if (total >= 0 && read.size() == total && inPart.isEmpty()) {
			return head + "all " + total + " pages were read, but its end is missing; download it again to be sure";
		}
		return head + "read " + (read.size() == 1 ? "page " : "pages ") + ranges(read) + " " + of + part
				+ "; download it again for the rest";
	}

	/** "1-3, 5" for [1, 2, 3, 5]. */
	static String ranges(List<Integer> pages) {
		StringBuilder b = new StringBuilder();
		int i = 0;
		while (i < pages.size()) {
			int j = i;
			while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
				j++;
			}
			b.append(b.length() == 0 ? "" : ", ").append(pages.get(i));
			if (j > i) {
				b.append('-').append(pages.get(j));
			}
			i = j + 1;
		}
		return b.toString();
	}

	/** The surviving root of the original page tree (a pages node without parent), the largest if several. */
	private static COSDictionary originalRoot(List<COSObject> nodes, long rootNumber) {
		COSDictionary best = null;
		int bestCount = -1;
		for (COSObject o : nodes) {
			if (o.getObjectNumber() != rootNumber && o.getObject() instanceof COSDictionary d
					&& !d.containsKey(COSName.PARENT) && d.getInt(COSName.COUNT, 0) > bestCount) {
				best = d;
				bestCount = d.getInt(COSName.COUNT, 0);
			}
		}
		return best;
	}

	/** The pages under {@code node} in order; a lost page or subtree takes one slot. */
	private static void walk(COSDictionary node, int depth, Wholeness w, List<Slot> out,
			Map<COSDictionary, Boolean> visited) {
		COSBase kidsItem = node.getItem(COSName.KIDS);
		if (depth > MAX_DEPTH || !w.whole(kidsItem) || !(CutShortPdf.deref(kidsItem) instanceof COSArray kids)) {
			out.add(new Slot(null, Readable.NOT));
			return;
		}
		for (int i = 0; i < kids.size() && out.size() < MAX_PAGES; i++) {
			COSBase kid = kids.get(i);
			if (!w.whole(kid) || !(CutShortPdf.deref(kid) instanceof COSDictionary d)) {
				out.add(new Slot(null, Readable.NOT));
			} else if (visited.put(d, Boolean.TRUE) == null) {
				if (COSName.PAGES.equals(d.getCOSName(COSName.TYPE)) || d.containsKey(COSName.KIDS)) {
					walk(d, depth + 1, w, out, visited);
				} else {
					out.add(new Slot(d, w.readable(w.withInherited(d))));
				}
			}
		}
	}

	/** Where a page object sits in the file, for ordering pages when the page tree is lost. */
	private static double place(long number, Map<Long, ObjectScan.WholeObject> direct,
			Map<Long, RecoveryTail.InStream> compressed) {
		ObjectScan.WholeObject o = direct.get(number);
		if (o != null) {
			return o.offset();
		}
		RecoveryTail.InStream in = compressed.get(number);
		ObjectScan.WholeObject stream = in == null ? null : direct.get(in.stream());
		return stream == null ? Double.MAX_VALUE : stream.offset() + in.index() / 1e6;
	}

	/** An empty page in the place of one that cannot be read, the same size when that is known. */
	private static COSDictionary blank(COSDictionary lost) {
		COSDictionary page = new COSDictionary();
		page.setItem(COSName.TYPE, COSName.PAGE);
		COSBase box = lost == null ? null : lost.getDictionaryObject(COSName.MEDIA_BOX);
		page.setItem(COSName.MEDIA_BOX, box instanceof COSArray ? box
				: new org.apache.pdfbox.pdmodel.common.PDRectangle(612, 792).getCOSArray());
		return page;
	}

	/** Which references lead to whole objects, and whether a page's text can be read from them. */
	private static final class Wholeness {
		private final Set<Long> numbers;
		/** Whether a whole content stream did not decode: the sign of a file encrypted by its lost trailer. */
		boolean undecodable;

		Wholeness(Set<Long> numbers) {
			this.numbers = numbers;
		}

		/** The stream decodes to something (its filter's data is sound and not encrypted). */
		boolean decodes(COSStream s) {
			boolean ok;
			try (InputStream in = s.createInputStream()) {
				ok = s.getLength() == 0 || in.read() >= 0;
			} catch (IOException | RuntimeException e) {
				ok = false;
			}
			undecodable |= !ok;
			return ok;
		}

		boolean whole(COSBase item) {
			if (item instanceof COSObject o) {
				return numbers.contains(o.getObjectNumber()) && !(o.getObject() == null
						|| o.getObject() instanceof COSNull);
			}
			return true;
		}

		/** {@code item} is whole, and so is every element when it is an array. */
		boolean wholeWithElements(COSBase item) {
			if (!whole(item)) {
				return false;
			}
			if (CutShortPdf.deref(item) instanceof COSArray a) {
				for (int i = 0; i < a.size(); i++) {
					if (!whole(a.get(i))) {
						return false;
					}
				}
			}
			return true;
		}

		/** The page, with what it inherits from its original parents copied in (it is about to get a new one). */
		COSDictionary withInherited(COSDictionary page) {
			for (COSName key : INHERITED) {
				COSDictionary node = page;
				for (int depth = 0; node != null && !node.containsKey(key) && depth < MAX_DEPTH; depth++) {
					COSBase parent = node.getItem(COSName.PARENT);
					node = whole(parent) && CutShortPdf.deref(parent) instanceof COSDictionary d ? d : null;
				}
				if (node != null && node != page && node.containsKey(key)) {
					page.setItem(key, node.getItem(key));
				}
			}
			return page;
		}

		/**
		 * How much of the page's text can be read: none when its resources, a font's dictionary or the parts that
		 * map its codes to text are lost, or all its content streams, or a whole one does not decode; in part when
		 * some content streams are lost (they are dropped from the page).
		 */
		Readable readable(COSDictionary page) {
			COSBase contents = page.getItem(COSName.CONTENTS);
			COSBase resolved = CutShortPdf.deref(contents);
			if (!whole(contents) || !(resolved == null || resolved instanceof COSStream s && decodes(s)
					|| resolved instanceof COSArray)) {
				return Readable.NOT;
			}
			boolean lost = false;
			if (resolved instanceof COSArray parts) {
				COSArray kept = new COSArray();
				for (int i = 0; i < parts.size(); i++) {
					if (whole(parts.get(i)) && CutShortPdf.deref(parts.get(i)) instanceof COSStream s) {
						if (!decodes(s)) {
							return Readable.NOT; // garbage in a whole stream: the rest of the page is suspect too
						}
						kept.add(parts.get(i));
					}
				}
				if (kept.size() == 0) {
					return Readable.NOT;
				}
				lost = kept.size() < parts.size();
				page.setItem(COSName.CONTENTS, kept);
			}
			// Without its fonts PDFBox falls back to a standard one, which reads wrong part numbers and values.
			COSBase resources = page.getItem(COSName.RESOURCES);
			if (!whole(resources) || CutShortPdf.deref(resources) instanceof COSDictionary res && !fontsWhole(res)) {
				return Readable.NOT;
			}
			return lost ? Readable.IN_PART : Readable.WHOLE;
		}

		private boolean fontsWhole(COSDictionary resources) {
			COSBase fontsItem = resources.getItem(COSName.FONT);
			if (!whole(fontsItem)) {
				return false;
			}
			if (CutShortPdf.deref(fontsItem) instanceof COSDictionary fonts) {
				for (COSName name : fonts.keySet()) {
					COSBase font = fonts.getItem(name);
					if (!whole(font) || CutShortPdf.deref(font) instanceof COSDictionary f && !fontWhole(f, 0)) {
						return false;
					}
				}
			}
			return true;
		}

		private boolean fontWhole(COSDictionary font, int depth) {
			for (COSName part : FONT_PARTS) {
				COSBase item = font.getItem(part);
				if (!wholeWithElements(item)) {
					return false;
				}
				if (part == COSName.DESCENDANT_FONTS && depth == 0
						&& CutShortPdf.deref(item) instanceof COSArray descendants) {
					for (int i = 0; i < descendants.size(); i++) {
						if (CutShortPdf.deref(descendants.get(i)) instanceof COSDictionary d && !fontWhole(d, 1)) {
							return false;
						}
					}
				}
			}
			return true;
		}
	}
}
