package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;

/**
 * Family sheets whose characteristics give each part its own Min/Max columns: part names ("2N7000 2N7002",
 * "VQ1000J/P BS170") over a header "Typ Min Max Min Max Unit", each name centred over its pair. The limit
 * columns under a name hold that part's values; a limit column under no name (the Typ column beside the pairs)
 * holds the values of every part of the table.
 */
final class PartLimitPairs {

	/** A part name printed over a group of limit columns, and the parts it stands for. */
	private record Heading(Word word, List<String> parts) {

		double center() {
			return (word.x0() + word.x1()) / 2;
		}
	}

	private PartLimitPairs() {
	}

	/**
	 * The header's columns with each limit column under a part name given to that name's parts, and the part
	 * headings themselves left out; the columns unchanged when no line above the header names a part over each
	 * group of at least two limit columns.
	 */
	static List<Column> paired(List<Column> cols, PageLine at, KnownParts parts) {
		List<Column> limits = cols.stream().filter(c -> c.type().limit()).toList();
		if (limits.size() < 4) {
			return cols;
		}
		for (int j = at.index() - 1; j >= 0 && j >= at.index() - 2; j--) {
			TextLine o = at.at(j);
			if (at.baseline() - o.baseline() > Tolerances.HEADER_SPLIT_LINE * at.fontSize()) {
				break;
			}
			List<Heading> headings = headings(o, parts);
			Map<Column, Heading> groups = headings == null ? null : groups(limits, headings);
			if (groups != null) {
				List<Column> out = new ArrayList<>();
				for (Column c : cols) {
					Heading h = groups.get(c);
					if (h != null) {
						out.add(new Column(c.type(), c.x0(), c.x1(), null, h.parts()));
					} else if (c.type() != ColumnType.PART) {
						out.add(c);
					}
				}
				return out;
			}
		}
		return cols;
	}

	/** Whether the columns give parts their own limit columns. */
	static boolean paired(Columns columns) {
		return columns != null && columns.all().stream().anyMatch(c -> c.type().limit() && !c.forParts().isEmpty());
	}

	/**
	 * Reads a row of a paired table: each value goes to the parts of its column, a value under a column of no
	 * part to every part of the table. The first value of each slot stands.
	 */
	static Map<String, ValueColumns.Values> read(ValueColumns.Placed placed, Quantities.Unit unit, Columns columns) {
		Set<String> all = new LinkedHashSet<>();
		columns.all().stream().filter(c -> c.type().limit()).forEach(c -> all.addAll(c.forParts()));
		Map<String, Double[]> slots = new LinkedHashMap<>();
		all.forEach(p -> slots.put(p, new Double[3]));
		for (int k = 0; k < placed.numbers().size(); k++) {
			Quantities.Number q = placed.numbers().get(k);
			Column c = placed.columns().get(k);
			if (q == null || c == null || !c.type().limit()) {
				continue;
			}
			double v = Units.scale(q, unit);
			for (String p : c.forParts().isEmpty() ? all : c.forParts()) {
				Double[] s = slots.get(p);
				if (s[c.type().slot()] == null) {
					s[c.type().slot()] = v;
				}
				if (q.plusMinus() && c.type() == ColumnType.MAX && s[0] == null) {
					s[0] = -v;
				}
			}
		}
		Map<String, ValueColumns.Values> out = new LinkedHashMap<>();
		slots.forEach((p, s) -> {
			if (s[0] != null || s[1] != null || s[2] != null) {
				out.put(p, new ValueColumns.Values(s[0], s[1], s[2], Map.of()));
			}
		});
		return out;
	}

	/** The part names of a line that holds nothing else, or null when it holds fewer than two. */
	private static List<Heading> headings(TextLine line, KnownParts parts) {
		List<Heading> out = new ArrayList<>();
		for (Word w : line.words()) {
			if (w.superscript()) {
				continue;
			}
			List<String> named = named(w.text(), parts);
			if (named.isEmpty()) {
				return null;
			}
			out.add(new Heading(w, named));
		}
		return out.size() >= 2 ? out : null;
	}

	/**
	 * The known parts a heading names: "2N7002", or a slash list whose later pieces replace the end of the first
	 * ("VQ1000J/P": VQ1000J and VQ1000P).
	 */
	static List<String> named(String text, KnownParts parts) {
		List<String> out = new ArrayList<>();
		String first = null;
		for (String piece : text.split("/")) {
			String p = parts.label(piece);
			if (p == null && first != null && !piece.isEmpty() && piece.length() < first.length()) {
				p = parts.label(first.substring(0, first.length() - piece.length()) + piece);
			}
			if (p == null || !parts.all().contains(p)) {
				return List.of();
			}
			first = first == null ? p : first;
			out.add(p);
		}
		return out;
	}

	/**
	 * Each limit column under a heading: the nearest heading within half the spacing of the headings. Null unless
	 * every heading has a group of two or more limit columns of distinct types.
	 */
	private static Map<Column, Heading> groups(List<Column> limits, List<Heading> headings) {
		double spacing = Double.MAX_VALUE;
		for (int i = 1; i < headings.size(); i++) {
			spacing = Math.min(spacing, Math.abs(headings.get(i).center() - headings.get(i - 1).center()));
		}
		Map<Column, Heading> groups = new LinkedHashMap<>();
		Map<Heading, Set<ColumnType>> types = new LinkedHashMap<>();
		for (Column c : limits) {
			Heading best = null;
			for (Heading h : headings) {
				if (best == null || Math.abs(h.center() - c.center()) < Math.abs(best.center() - c.center())) {
					best = h;
				}
			}
			if (Math.abs(best.center() - c.center()) > spacing / 2) {
				continue; // a column beside the pairs, shared by every part of the table
			}
			if (!types.computeIfAbsent(best, h -> new LinkedHashSet<>()).add(c.type())) {
				return null;
			}
			groups.put(c, best);
		}
		for (Heading h : headings) {
			if (types.getOrDefault(h, Set.of()).size() < 2) {
				return null;
			}
		}
		return groups;
	}
}
