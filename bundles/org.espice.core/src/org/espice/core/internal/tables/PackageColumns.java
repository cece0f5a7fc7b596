package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.internal.identity.OrderCodes;
import org.espice.core.internal.identity.PartNumbers;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;

/**
 * Value columns headed by package: a datasheet that sells one die in several packages prints the ratings that
 * differ (dissipation, thermal resistance) in one column per package, headed by the package's name ("D²PAK /
 * TO-220 | TO-220FP") or by the letters its part numbers start with ("SPP | SPA"). Such a column is a part column
 * for the parts ordered in that package. Which part comes in which package is read off the datasheet's own lines
 * that name one package beside one part, or beside an order code of one (the order table's "STP75NF75FP ...
 * TO-220FP ... Tube").
 */
final class PackageColumns {

	/**
	 * A package name, without the vendor's family prefix: TO-220, TO-220FP, TO220AB, TO-247-3, D²PAK, DPAK, I2PAK,
	 * SOT-23, SOT-223, SO-8, SC-70, SOD-123.
	 */
	private static final Pattern PACKAGE = Pattern.compile(
			"(TO[0-9]{2,3}(?:[A-Z]{1,4}[0-9]?)?|[DI]?[23]?PAK|SOT[0-9]{2,3}[A-Z]?|SO[0-9]{1,2}|SC[0-9]{2,3}"
					+ "|SOD[0-9]{2,3}|(?:POWER)?(?:SO|FLAT|PAK)[0-9]+)");
	/** A package and, in brackets after it, the part it is for: "TO-39 (for 2N2219A)", "SOT-23 (MMBT3904)". */
	private static final Pattern BRACKETED_PART = Pattern
			.compile("(\\S+)\\s*\\(\\s*(?:for\\s+)?([A-Za-z0-9][A-Za-z0-9-]*)\\s*\\)");
	/** A vendor's family prefix before the package name: PG-TO220, P-TO220. */
	private static final Pattern VENDOR_PREFIX = Pattern.compile("^P?G?-(?=[A-Z])");
	/** Words of one heading closer than this (in font sizes) are one name broken by a raised digit (D ² PAK). */
	private static final double BROKEN_WORD_GAP = 0.12;

	/** A heading over one column: its parts and its extent. */
	record Heading(double x0, double x1, List<String> parts, List<Word> words) {
	}

	private final KnownParts parts;
	private final Map<String, Set<String>> partsByPackage = new LinkedHashMap<>();

	PackageColumns(KnownParts parts) {
		this.parts = parts;
	}

	/**
	 * Learns which part comes in which package from every line naming one package and one part, and from prose that
	 * names a part in brackets after its package ("in TO-39 (for 2N2219A) and in TO-18 (for 2N2222A)"), across the
	 * page's line breaks.
	 */
	void learn(List<PageLayout> pages) {
		partsByPackage.clear();
		for (PageLayout page : pages) {
			StringBuilder prose = new StringBuilder();
			for (TextLine line : page.lines()) {
				prose.append(line.text()).append(' ');
			}
			Matcher m = BRACKETED_PART.matcher(prose);
			while (m.find()) {
				String key = key(m.group(1));
				String part = partOf(PartNumbers.token(m.group(2)));
				if (key != null && part != null) {
					partsByPackage.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(part);
				}
			}
			for (TextLine line : page.lines()) {
				Set<String> packages = new LinkedHashSet<>();
				Set<String> named = new LinkedHashSet<>();
				for (List<Word> group : groups(line.words())) {
					String text = joined(group);
					String key = key(text);
					if (key != null) {
						packages.add(key);
						continue;
					}
					for (Word w : group) {
						String part = partOf(PartNumbers.token(w.text()));
						if (part != null) {
							named.add(part);
						}
					}
				}
				if (packages.size() == 1 && named.size() == 1) {
					partsByPackage.computeIfAbsent(packages.iterator().next(), k -> new LinkedHashSet<>())
							.addAll(named);
				}
			}
		}
	}

	/**
	 * The package headings of a header line, left to right, each with the parts ordered in its packages
	 * ("D²PAK /TO-220": both); empty unless two or more headings name parts, every package heading does, no two name
	 * the same part, and the line prints no value.
	 */
	List<Heading> headings(List<Word> words) {
		List<Heading> out = new ArrayList<>();
		for (List<Word> group : groups(words)) {
			String text = joined(group);
			List<String> named = parts(text);
			if (named == null) {
				if (Quantities.number(text) != null) {
					return List.of(); // a row that names packages beside its value ("SOT-23, SOD-123  500")
				}
				continue;
			}
			if (named.isEmpty() || text.endsWith(",")) {
				return List.of();
			}
			if (out.stream().anyMatch(h -> h.parts().stream().anyMatch(named::contains))) {
				// two headings of one part ("TO-220 | TO-220 FullPAK"): whose column is which is unknown
				return List.of();
			}
			out.add(new Heading(group.get(0).x0(), group.get(group.size() - 1).x1(), named, group));
		}
		return out.size() >= 2 ? out : List.of();
	}

	/**
	 * The parts a heading stands for: those ordered in the packages it names ("D2PAK/TO-220"), or those whose part
	 * number starts with it ("SPP" over SPP17N80C3 beside SPA17N80C3). Null when the text is no package heading,
	 * empty when it names a package no part of this datasheet is ordered in.
	 */
	private List<String> parts(String text) {
		String t = PartNumbers.token(text);
		if (t.matches("[A-Z]{2,5}")) {
			List<String> series = parts.all().stream().filter(p -> PartNumbers.letters(p).equals(t)).toList();
			boolean others = parts.all().stream().anyMatch(p -> !PartNumbers.letters(p).equals(t));
			if (!series.isEmpty() && others) {
				return series;
			}
		}
		Set<String> out = new LinkedHashSet<>();
		boolean named = false;
		for (String piece : t.split("/")) {
			if (piece.isBlank()) {
				continue;
			}
			String key = key(piece);
			if (key == null) {
				return null;
			}
			named = true;
			out.addAll(partsByPackage.getOrDefault(key, Set.of()));
		}
		return named ? List.copyOf(out) : null;
	}

	/** The part a word names: the part of an order code (STB75NF75T4: STB75NF75), or a known part; null for none. */
	private String partOf(String token) {
		String device = PartNumbers.isPart(token) ? OrderCodes.deviceOf(token, parts.all()) : null;
		return device != null ? device : parts.all().contains(token) ? token : null;
	}

	/** A package name's key (TO-220 and TO220 alike, D²PAK and D2PAK alike), or null when the text is none. */
	static String key(String text) {
		String t = PartNumbers.token(text).toUpperCase(Locale.ROOT).replace('²', '2').replace('³', '3');
		t = VENDOR_PREFIX.matcher(t).replaceFirst("");
		t = t.replace("-", "").replace(" ", "");
		return PACKAGE.matcher(t).matches() ? t : null;
	}

	/** The line's words in heading groups: words broken by a raised digit or joined by a slash become one. */
	private static List<List<Word>> groups(List<Word> words) {
		List<List<Word>> out = new ArrayList<>();
		List<Word> current = null;
		Word last = null;
		for (Word w : words) {
			boolean joins = last != null
					&& (w.x0() - last.x1() < BROKEN_WORD_GAP * Math.max(w.fontSize(), last.fontSize())
							|| w.text().startsWith("/") || last.text().endsWith("/"));
			if (!joins) {
				current = new ArrayList<>();
				out.add(current);
			}
			current.add(w);
			last = w;
		}
		return out;
	}

	private static String joined(List<Word> group) {
		StringBuilder sb = new StringBuilder();
		for (Word w : group) {
			sb.append(w.text());
		}
		return sb.toString();
	}
}
