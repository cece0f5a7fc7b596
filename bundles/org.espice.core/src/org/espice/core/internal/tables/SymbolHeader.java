package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.DeviceKind;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;

/**
 * Finds the header of a symbol-header table: a line naming three or more symbols and holding no values
 * ("VZ @ IZT  ZZ @ IZT  IR @ VR"), and places its columns, "X @ Y" groups and surge ratings.
 */
final class SymbolHeader {

	private static final Pattern SYMBOL_WITH_UNIT = Pattern.compile("([A-Za-z][A-Za-z0-9]{1,6})(\\([^()]+\\))");

	private final DeviceKind kind;

	SymbolHeader(DeviceKind kind) {
		this.kind = kind;
	}

	/** The placed columns of the symbol header on this line (merged with a header line above it), or null. */
	List<SymbolColumn> find(PageLine at, List<Word> words) {
		List<SymbolColumn> sh = columns(words, 2);
		if (sh == null) {
			return null;
		}
		int index = at.index();
		TextLine line = at.line();
		if (index > 0 && line.baseline() - at.at(index - 1).baseline() < Tolerances.SYMBOL_HEADER_SECOND_LINE
				* line.fontSize()) {
			// a symbol header over two lines: "VZ (V) @ IZ" above "ZZ (Ω) @ IZ ... IR (µA) @ VR (V)"
			List<SymbolColumn> above = columns(at.at(index - 1).words().stream().filter(w -> !w.superscript()).toList(),
					0);
			if (above != null) {
				List<SymbolColumn> merged = new ArrayList<>(sh);
				for (SymbolColumn a : above) {
					if (merged.stream().noneMatch(c -> c.x0 < a.x1 && a.x0 < c.x1)) {
						merged.add(a);
					}
				}
				merged.sort((a, b) -> Double.compare(a.center(), b.center()));
				sh = merged;
			}
		}
		return withoutSurge(placeLinks(ratingsWithoutTests(sh)), at);
	}

	/**
	 * The columns a header line names, or null when it names fewer than {@code minNames} symbols (0: any line
	 * without values) or reads as prose.
	 */
	List<SymbolColumn> columns(List<Word> words, int minNames) {
		words = headerWords(words);
		List<SymbolColumn> cols = new ArrayList<>();
		SymbolColumn last = null;
		for (int i = 0; i < words.size(); i++) {
			Word w = words.get(i);
			String t = w.text();
			if (t.equals("@") && (last == null || last.link != null)) {
				i++; // the condition of a column this table does not read
				continue;
			}
			if (t.equals("@") && i + 1 < words.size()) {
				i = link(words, i + 1, last);
				continue;
			}
			if (Quantities.number(t) != null) {
				return null;
			}
			if (t.contains("=") || i + 1 < words.size() && LineTokens.comparator(words.get(i + 1).text())
					&& !words.get(i + 1).text().equals("@")) {
				continue;
			}
			if (t.startsWith("(")) {
				if (last != null && last.link == null && Quantities.unit(t) != null) {
					last.nameEnd = w.x1(); // "ZZ (Ω)": the unit belongs to the column of its symbol
				}
				continue;
			}
			if (Quantities.unit(t) != null) {
				continue;
			}
			if (delta(t.substring(0, 1)) || i > 0 && delta(words.get(i - 1).text())) {
				last = null;
				continue; // ∆VZ is a regulation or a temperature drift, not the quantity
			}
			last = column(words, i, cols);
		}
		long names = cols.stream().filter(c -> c.name != null).count();
		if (minNames > 0 && (names < minNames || cols.size() < 3)) {
			return null;
		}
		long prose = words.stream().filter(w -> w.text().chars().filter(Character::isLowerCase).count() >= 3
				&& ColumnType.ofHeading(w.text()) == null && Quantities.unit(w.text()) == null).count();
		if (minNames > 0 && prose > 2 * names + 2) {
			return null; // a note that mentions symbols ("... as Coss when VDS increases ...")
		}
		return cols;
	}

	/** Adds the column word i heads, if any; returns it when it reads a parameter an "@" may link. */
	private SymbolColumn column(List<Word> words, int i, List<SymbolColumn> cols) {
		Word w = words.get(i);
		String t = w.text();
		String n = Vocabulary.normalise(t);
		String name = Vocabulary.nameOfSymbol(t, kind, false);
		String ck = SymbolColumn.conditionKey(n);
		if (ck != null && (name == null || n.equals("VR") || n.equals("IF"))) {
			cols.add(new SymbolColumn(null, ck, n, w.x0(), w.x1()));
			return null;
		}
		if (name == null) {
			return null;
		}
		SymbolColumn c = new SymbolColumn(name, null, n, w.x0(), w.x1());
		if (i + 1 < words.size()) {
			ColumnType q = ColumnType.ofHeading(words.get(i + 1).text());
			if (q != null && q.limit()) {
				c.slot = q.slot();
			}
		}
		cols.add(c);
		return c;
	}

	/**
	 * "ZZ (Ω) @ IZ (mA)", "VZ @ IZT", "ZZK @ IZK = 1 mA": a value and the test condition it is read at. Reads the
	 * condition from word {@code at} on into {@code last}; returns the index of the last word it took.
	 */
	private static int link(List<Word> words, int at, SymbolColumn last) {
		int i = at;
		Word y = words.get(i);
		last.link = Vocabulary.normalise(y.text());
		last.linkWord = y;
		last.groupEnd = y.x1();
		int j = i + 1;
		if (j + 1 < words.size() && words.get(j).text().equals("=") && Quantities.number(words.get(j + 1).text()) != null) {
			int end = j + 1;
			if (end + 1 < words.size() && Quantities.number(words.get(end).text()).unit() == null
					&& Quantities.unit(words.get(end + 1).text()) != null) {
				end++;
			}
			StringBuilder b = new StringBuilder(y.text());
			for (int k = j; k <= end; k++) {
				b.append(' ').append(words.get(k).text());
			}
			String ck = SymbolColumn.conditionKey(last.link);
			Double v = Conditions.parse(b.toString()).values().stream().findFirst().orElse(null);
			if (ck != null && v != null) {
				last.fixed.put(ck, v);
			}
			last.groupEnd = words.get(end).x1();
			i = end;
		} else if (j < words.size() && words.get(j).text().startsWith("(") && Quantities.unit(words.get(j).text()) != null) {
			last.linkUnit = Quantities.unit(words.get(j).text());
			last.groupEnd = words.get(j).x1();
			i = j;
		}
		return i;
	}

	/** Header words with "@IZT" split into "@ IZT" and "IZK(mA)" into "IZK (mA)", so each names one thing. */
	static List<Word> headerWords(List<Word> words) {
		List<Word> out = new ArrayList<>(words.size());
		for (Word w : words) {
			String t = w.text();
			double perChar = (w.x1() - w.x0()) / Math.max(1, t.length());
			Matcher m = SYMBOL_WITH_UNIT.matcher(t);
			int cut = -1;
			if (t.length() > 1 && t.startsWith("@")) {
				cut = 1;
			} else if (m.matches() && Quantities.unit(m.group(2)) != null) {
				cut = m.end(1);
			}
			if (cut < 0) {
				out.add(w);
				continue;
			}
			double x = w.x0() + cut * perChar;
			out.add(new Word(t.substring(0, cut), w.x0(), x, w.top(), w.baseline(), w.fontSize(), w.superscript()));
			out.add(new Word(t.substring(cut), x, w.x1(), w.top(), w.baseline(), w.fontSize(), w.superscript()));
		}
		return out;
	}

	private static boolean delta(String t) {
		return t.equals("∆") || t.equals("Δ");
	}

	/**
	 * Without a leakage column VR is a rating, not a test condition; without a forward-voltage column IF is the
	 * forward current rating.
	 */
	static List<SymbolColumn> ratingsWithoutTests(List<SymbolColumn> cols) {
		boolean hasIr = cols.stream().anyMatch(c -> "IR".equals(c.name));
		boolean hasVf = cols.stream().anyMatch(c -> "VF".equals(c.name) || c.link != null && c.link.equals("IF"));
		List<SymbolColumn> out = new ArrayList<>(cols);
		for (int i = 0; i < out.size(); i++) {
			SymbolColumn c = out.get(i);
			if (c.name == null && "VR".equals(c.rawKey) && !hasIr) {
				out.set(i, new SymbolColumn("VRRM?", null, c.rawKey, c.x0, c.x1));
			} else if (c.name == null && "IF".equals(c.rawKey) && !hasVf) {
				out.set(i, new SymbolColumn("IF_AV", null, c.rawKey, c.x0, c.x1));
			}
		}
		return out;
	}

	/**
	 * Places the "X @ Y" groups of a symbol header. When Y has a column of its own elsewhere the group heads one
	 * column (the values are centred under the whole group); otherwise X and Y head two neighbouring columns, as in
	 * {@code ZZ (Ω) @ IZ (mA)} over "28  20".
	 */
	static List<SymbolColumn> placeLinks(List<SymbolColumn> cols) {
		List<SymbolColumn> out = new ArrayList<>(cols);
		Set<String> standalone = new HashSet<>();
		for (SymbolColumn c : cols) {
			if (c.condKey != null) {
				standalone.add(c.rawKey);
			}
		}
		// a condition named after several "@" is given one column, by the group that prints its unit
		Map<String, Boolean> unitSeen = new HashMap<>();
		for (SymbolColumn c : cols) {
			if (c.linkWord != null && !standalone.contains(c.link) && SymbolColumn.conditionKey(c.link) != null
					&& !c.fixed.containsKey(SymbolColumn.conditionKey(c.link))) {
				unitSeen.merge(c.link, c.linkUnit != null, Boolean::logicalOr);
			}
		}
		for (SymbolColumn c : cols) {
			if (c.linkWord == null) {
				continue;
			}
			Boolean withUnit = unitSeen.get(c.link);
			boolean split = withUnit != null && (c.linkUnit != null || !withUnit);
			SymbolColumn placed;
			if (split) {
				placed = c.moved(c.x0, Math.max(c.x1, c.nameEnd));
				SymbolColumn k = new SymbolColumn(null, SymbolColumn.conditionKey(c.link), c.link, c.linkWord.x0(),
						c.groupEnd);
				k.unit = c.linkUnit;
				out.add(k);
			} else {
				placed = c.moved(c.x0, Math.max(c.x1, c.groupEnd));
			}
			out.set(out.indexOf(c), placed);
		}
		out.sort((a, b) -> Double.compare(a.center(), b.center()));
		return out;
	}

	/** Drops columns headed "Surge ...": their symbol (often IR) names a surge rating, not the leakage. */
	static List<SymbolColumn> withoutSurge(List<SymbolColumn> cols, PageLine at) {
		TextLine line = at.line();
		List<SymbolColumn> out = new ArrayList<>(cols);
		for (int j = at.index() - 1; j >= 0
				&& line.baseline() - at.at(j).baseline() < Tolerances.SURGE_HEADING * line.fontSize(); j--) {
			for (Word w : at.at(j).words()) {
				if (w.text().toLowerCase(Locale.ROOT).startsWith("surge")) {
					out.removeIf(c -> c.name != null && !c.name.equals("IFSM") && c.x0 < w.x1() && w.x0() < c.x1);
				}
			}
		}
		return out;
	}
}
