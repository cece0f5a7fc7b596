package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.Provenance;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.PartFinder;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;

/**
 * Reads the rating and characteristics tables of a datasheet, line by line: header rows give the column
 * positions (Min/Typ/Max/Value/Unit/part columns in any order), rows are recognised by their symbol or
 * description, wrapped rows and rows continued without a symbol inherit the parameter above them, and unit
 * cells that span several rows are found in the unit column nearby.
 */
public final class TableReader {

	/** A value read for one part ({@code part} null: for every part of the datasheet). */
	public record Reading(String part, Parameter parameter) {
	}

	enum ColType {
		MIN, TYP, MAX, VALUE, PART, UNIT, SYMBOL, COND
	}

	record Column(ColType type, double x0, double x1, String part) {
		double center() {
			return (x0 + x1) / 2;
		}

		boolean holdsValues() {
			return type == ColType.MIN || type == ColType.TYP || type == ColType.MAX || type == ColType.VALUE
					|| type == ColType.PART;
		}
	}

	private enum Section {
		NONE, RATING, CHARACTERISTIC, GRAPH
	}

	private static final Set<String> REFERENCE_WORDS = Set.of("see", "figure", "figures", "fig", "figs", "note",
			"notes", "table", "page", "chapter", "section");
	private static final Set<String> CONNECTIVES = Set.of("and", "to", "or", "thru", "through");
	private static final java.util.regex.Pattern GRADE_RANGE = java.util.regex.Pattern
			.compile("([0-9]{0,2}[A-Z]{1,6}[0-9]+[A-Z]*?)([A-Z])(?:to|-)([A-Z])");
	/** Traces row decisions to stderr ({@code -Despice.debug=true}) when tuning rules on a new datasheet. */
	private static final boolean DEBUG = Boolean.getBoolean("espice.debug");
	private final DeviceKind kind;
	private final List<String> parts;
	private final List<Reading> readings = new ArrayList<>();

	private List<Column> header;
	private Section section = Section.NONE;
	private String current;
	private Map<String, Double> currentConditions = Map.of();
	private double currentBaseline;
	private int currentPage;
	private String currentRowText = "";
	private List<String> currentParts = List.of();

	public TableReader(DeviceKind kind, List<String> parts) {
		this.kind = kind;
		this.parts = new ArrayList<>(parts);
	}

	public List<Reading> read(List<PageLayout> pages, IntConsumer beforePage) {
		for (PageLayout page : pages) {
			beforePage.accept(page.page());
			current = null;
			List<TextLine> lines = page.lines();
			int first = readings.size();
			for (int i = 0; i < lines.size(); i++) {
				line(page, lines, i);
			}
			spanConditions(first);
		}
		for (PageLayout page : pages) {
			for (TextLine line : page.lines()) {
				statedLimit(page, line);
			}
		}
		return readings;
	}

	/** "VF = 1.2 V Max @ IF = 200 mA for all types": a limit stated in a table heading or footnote. */
	private static final java.util.regex.Pattern STATED = java.util.regex.Pattern.compile(
			"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9()]{0,9})(?:\\s+[A-Za-z][a-z]+){0,3}\\s*=\\s*(\\d+(?:\\.\\d+)?)\\s*"
					+ "([pnuµm]?(?:V|A|Ω))?\\s*\\(?(max|min|typ)[a-z]*\\.?\\)?\\s*(?:@|at)\\s*(.+)",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	/**
	 * A limit printed as a sentence outside the table rows (heading, footnote) with its own test point. Added only
	 * when the tables gave no value of that parameter, so it never competes with a table row.
	 */
	private void statedLimit(PageLayout page, TextLine line) {
		String text = line.text();
		if (text.indexOf('=') < 0 || text.indexOf('@') < 0 && !text.toLowerCase(Locale.ROOT).contains(" at ")) {
			return;
		}
		java.util.regex.Matcher m = STATED.matcher(text);
		if (!m.find()) {
			return;
		}
		String name = Vocabulary.nameOfSymbol(m.group(1), kind, false);
		if (name == null || name.contains("?")) {
			return;
		}
		String dim = Vocabulary.dimension(name);
		Quantities.Unit unit = m.group(3) == null ? null : Quantities.unit(m.group(3));
		if (dim == null || unit != null && !unit.dimension().equals(dim) || unit == null && !dim.equals("V")) {
			return;
		}
		Map<String, Double> conds = Conditions.parse(m.group(5));
		if (conds.isEmpty() || readings.stream().anyMatch(r -> r.parameter().name().equals(name))) {
			return;
		}
		double v = Double.parseDouble(m.group(2)) * (unit == null ? 1 : unit.factor());
		if (!Vocabulary.plausible(name, v)) {
			return;
		}
		String which = m.group(4).toLowerCase(Locale.ROOT);
		Provenance prov = new Provenance(page.page(), line.x0(), page.height() - line.baseline() - 2, line.x1(),
				page.height() - line.top() + 2, line.text());
		readings.add(new Reading(null, new Parameter(name, which.equals("min") ? v : null, which.equals("typ") ? v : null,
				which.equals("max") ? v : null, dim, conds, prov)));
	}

	/**
	 * A condition cell printed once for a group of rows (Ciss/Coss/Crss, Qg/Qgs/Qgd) holds for the rows next to
	 * it that measure the same quantity and print no conditions of their own.
	 */
	private void spanConditions(int from) {
		int i = from;
		while (i < readings.size()) {
			int j = i + 1;
			Parameter a = readings.get(i).parameter();
			while (j < readings.size()) {
				Parameter prev = readings.get(j - 1).parameter();
				Parameter b = readings.get(j).parameter();
				if (!b.unit().equals(a.unit()) || b.name().equals(prev.name()) || b.source() == null
						|| prev.source() == null || Math.abs(b.source().y0() - prev.source().y0()) > 30) {
					break;
				}
				j++;
			}
			Map<String, Double> shared = new LinkedHashMap<>();
			boolean consistent = true;
			for (int k = i; k < j; k++) {
				for (Map.Entry<String, Double> e : readings.get(k).parameter().conditions().entrySet()) {
					Double had = shared.putIfAbsent(e.getKey(), e.getValue());
					if (had != null && !had.equals(e.getValue())) {
						consistent = false;
					}
				}
			}
			if (j - i >= 2 && !shared.isEmpty() && consistent && (a.unit().equals("F") || a.unit().equals("C")
					|| a.unit().equals("s"))) {
				for (int k = i; k < j; k++) {
					Reading r = readings.get(k);
					Parameter p = r.parameter();
					Map<String, Double> c = new LinkedHashMap<>(p.conditions());
					shared.forEach(c::putIfAbsent);
					readings.set(k, new Reading(r.part(), new Parameter(p.name(), p.min(), p.typ(), p.max(), p.unit(),
							c, p.source())));
				}
			}
			i = j;
		}
	}

	/** Every part the tables named, the parts found before first. */
	public List<String> parts() {
		return parts;
	}

	private static String norm(String w) {
		String t = w.toLowerCase(Locale.ROOT);
		while (t.endsWith(".") || t.endsWith(":") || t.endsWith(")") || t.endsWith("*")) {
			t = t.substring(0, t.length() - 1);
		}
		if (t.startsWith("(")) {
			t = t.substring(1);
		}
		return t;
	}

	private static ColType headerType(String word) {
		return switch (norm(word)) {
		case "min", "minimum", "mín" -> ColType.MIN;
		case "typ", "typical", "nom", "typ.", "type" -> ColType.TYP;
		case "max", "maximum" -> ColType.MAX;
		case "value", "values", "rating", "ratings", "limit", "limits", "max.value" -> ColType.VALUE;
		case "unit", "units", "unit)" -> ColType.UNIT;
		case "symbol", "symbols", "sym" -> ColType.SYMBOL;
		case "conditions", "condition", "test" -> ColType.COND;
		default -> null;
		};
	}

	/** Columns of a header line, or null when the line is no header. */
	private List<Column> headerColumns(TextLine line) {
		List<Column> cols = new ArrayList<>();
		int mtm = 0;
		int value = 0;
		int unit = 0;
		int symbol = 0;
		int other = 0;
		Column ratingWord = null;
		for (Word w : line.words()) {
			ColType t = headerType(w.text());
			if (t == null) {
				String p = partLabel(w.text());
				if (p != null) {
					cols.add(new Column(ColType.PART, w.x0(), w.x1(), p));
				} else {
					other++;
				}
				continue;
			}
			switch (t) {
			case MIN, TYP, MAX -> mtm++;
			case VALUE -> value++;
			case UNIT -> unit++;
			case SYMBOL -> symbol++;
			default -> {
			}
			}
			if (t == ColType.VALUE && norm(w.text()).startsWith("rating")) {
				ratingWord = new Column(t, w.x0(), w.x1(), null);
			}
			cols.add(new Column(t, w.x0(), w.x1(), null));
		}
		if (ratingWord != null && cols.stream().filter(Column::holdsValues).count() > 1) {
			// "Rating | Symbol | Value | Unit": Rating heads the description column
			cols.remove(ratingWord);
			value--;
			other++;
		}
		long partCols = cols.stream().filter(c -> c.type == ColType.PART).count();
		boolean isHeader = mtm >= 2 || (mtm + value >= 1 && (unit + symbol >= 1) && other <= 8)
				|| (partCols >= 2 && (unit + symbol + value) >= 1) || (unit >= 1 && symbol >= 1 && other <= 3);
		if (!isHeader) {
			return null;
		}
		if (partCols < 2 && partCols > 0 && mtm + value > 0) {
			cols.removeIf(c -> c.type == ColType.PART);
		}
		return cols;
	}

	/** The part a column label stands for ({@code 1N4004}, or {@code 4004} under a 1N4001..1N4007 family). */
	private String partLabel(String text) {
		String t = PartFinder.token(text);
		if (t.length() < 2) {
			return null;
		}
		for (String p : parts) {
			if (p.equals(t)) {
				return p;
			}
		}
		if (Character.isDigit(t.charAt(0)) && t.matches("[0-9]{2,}[A-Z]{0,2}")) {
			String found = null;
			for (String p : parts) {
				if (p.endsWith(t) && p.length() > t.length()) {
					if (found != null) {
						return null;
					}
					found = p;
				}
			}
			return found;
		}
		if (PartFinder.isPart(t) && !parts.isEmpty() && PartFinder.letters(t).equals(PartFinder.letters(parts.get(0)))) {
			return t; // a new family member; it joins the parts only once its line is taken as a header
		}
		return null;
	}

	private static boolean comparator(String t) {
		return t.equals("=") || t.equals("<") || t.equals(">") || t.equals("≤") || t.equals("≥") || t.equals("@")
				|| t.equals("≈") || t.equals("<=") || t.equals(">=") || t.equals("=<");
	}

	private static boolean endsWithComparator(String t) {
		return t.endsWith("=") || t.endsWith("<") || t.endsWith(">") || t.endsWith("≤") || t.endsWith("≥")
				|| t.endsWith("@") || t.endsWith("≈");
	}

	private void line(PageLayout page, List<TextLine> lines, int index) {
		TextLine line = lines.get(index);
		String text = line.text();
		String lower = text.toLowerCase(Locale.ROOT);
		List<Word> words = joinSigns(line.words().stream().filter(w -> !w.superscript()).toList());
		if (words.isEmpty()) {
			return;
		}

		List<SymbolColumn> sh = symbolHeader(words);
		if (DEBUG && sh != null) {
			System.err.println("SYMHDR " + sh.stream().map(c -> c.name + "/" + c.condKey + "@" + Math.round(c.center())).toList());
		}
		if (DEBUG && transposed != null) {
			System.err.println("TROW " + text);
		}
		if (sh != null && index > 0 && line.baseline() - lines.get(index - 1).baseline() < 1.6 * line.fontSize()) {
			// a symbol header over two lines: "VZ (V) @ IZ" above "ZZ (Ω) @ IZ ... IR (µA) @ VR (V)"
			List<SymbolColumn> above = symbolHeader(
					lines.get(index - 1).words().stream().filter(w -> !w.superscript()).toList(), 0);
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
		if (sh == null && transposed != null && transposedPart == null && splitTransposed(words)) {
			return;
		}
		if (sh != null) {
			transposed = withoutSurge(placeLinks(ratingsWithoutTests(sh)), lines, index);
			transposedHeaderBaseline = line.baseline();
			transposedPart = null;
			transposedUnits(lines, index);
			header = null;
			current = null;
			return;
		}
		if (transposed != null) {
			if (transposedRow(page, line, words)) {
				return;
			}
		}
		if (graphLine(lower, words)) {
			if (DEBUG) {
				System.err.println("GRAPH " + text);
			}
			section = Section.GRAPH;
			header = null;
			current = null;
			return;
		}
		List<Column> h = headerColumns(line);
		if (DEBUG) {
			System.err.println("LINE " + section + " h=" + h + " | " + text);
		}
		if (h != null) {
			transposed = null;
			header = mergeHeader(h, lines, index);
			header.stream().filter(c -> c.type == ColType.PART && !parts.contains(c.part)).forEach(c -> parts.add(c.part));
			current = null;
			if (section == Section.GRAPH || section == Section.NONE) {
				section = Section.CHARACTERISTIC;
			}
			return;
		}

		// which words are test conditions, values, units
		int n = words.size();
		boolean[] cond = new boolean[n];
		for (int i = 0; i < n; i++) {
			String t = words.get(i).text();
			if (t.contains("=") || t.contains("≤") || t.contains("≥") || (t.contains("<") && t.length() > 1)
					|| (t.contains(">") && t.length() > 1)) {
				cond[i] = true;
			}
			if (i > 0 && REFERENCE_WORDS.contains(norm(words.get(i - 1).text()))) {
				cond[i] = true; // "see Figure 9", "Note 2": a reference, not a value
			}
			if (REFERENCE_WORDS.contains(norm(t))) {
				cond[i] = true;
			}
			if (i > 0 && (comparator(words.get(i - 1).text()) || endsWithComparator(words.get(i - 1).text())
					|| norm(words.get(i - 1).text()).equals("to") || words.get(i - 1).text().equals("x"))) {
				cond[i] = true;
			}
			if (i > 0 && cond[i - 1] && Quantities.number(words.get(i - 1).text()) != null
					&& Quantities.unit(words.get(i).text()) != null) {
				cond[i] = true;
			}
			if (i + 1 < n && (norm(words.get(i + 1).text()).equals("to") || words.get(i + 1).text().equals("x")
					|| words.get(i + 1).text().equals("×"))) {
				cond[i] = true;
			}
		}
		boolean valueLike[] = new boolean[n];
		int valueCount = 0;
		for (int i = 0; i < n; i++) {
			String t = words.get(i).text();
			if (!cond[i] && (Quantities.number(t) != null || Quantities.placeholder(t))) {
				valueLike[i] = true;
				if (Quantities.number(t) != null) {
					valueCount++;
				}
			}
		}

		boolean title = valueCount == 0 && n <= 10;
		if (title) {
			if (lower.contains("maximum rating") || lower.contains("absolute maximum") || lower.contains("limiting values")
					|| lower.contains("absolute ratings") || lower.contains("maximum ratings")) {
				section = Section.RATING;
				header = null;
				current = null;
			} else if (lower.contains("typical characteristics") || lower.contains("typical performance")
					|| lower.contains("characteristic curves") || lower.contains("package dimensions")
					|| lower.contains("package outline")) {
				section = Section.GRAPH;
				header = null;
				current = null;
			} else if (lower.contains("electrical characteristics") || lower.contains("thermal characteristics")
					|| lower.contains("electrical specifications") || lower.contains("thermal data")
					|| lower.contains("thermal resistance") && n <= 4 || lower.startsWith("characteristics")) {
				section = Section.CHARACTERISTIC;
				header = null;
				current = null;
			}
		}
		if (section == Section.GRAPH) {
			if (DEBUG) {
				System.err.println("skip " + text);
			}
			return;
		}

		// symbol / description
		int firstValue = -1;
		for (int i = 0; i < n; i++) {
			if (valueLike[i] && Quantities.number(words.get(i).text()) != null) {
				if (header == null || header.stream().noneMatch(Column::holdsValues)
						|| nearestValueColumn(words.get(i)) != null) {
					firstValue = i;
					break;
				}
			}
		}
		boolean ratingRow = section == Section.RATING || (header != null
				&& header.stream().noneMatch(c -> c.type == ColType.MIN || c.type == ColType.TYP)
				&& header.stream().anyMatch(c -> c.type == ColType.VALUE || c.type == ColType.PART || c.type == ColType.MAX));
		int limit = firstValue < 0 ? n : firstValue;
		String name = null;
		int nameAt = -1;
		Column symCol = header == null ? null
				: header.stream().filter(c -> c.type == ColType.SYMBOL).findFirst().orElse(null);
		Column condHeader = header == null ? null
				: header.stream().filter(c -> c.type == ColType.COND).findFirst().orElse(null);
		for (int pass = 0; pass < 2 && name == null; pass++) {
			for (int i = 0; i < limit; i++) {
				if (cond[i] || (i + 1 < n && (comparator(words.get(i + 1).text()) && !words.get(i + 1).text().equals("@")
						|| words.get(i + 1).text().startsWith("=")))) {
					continue;
				}
				Word w = words.get(i);
				if (pass == 0 && symCol != null && (w.x1() < symCol.x0() - 25 || w.x0() > symCol.x1() + 25)) {
					continue;
				}
				if (symCol != null && condHeader != null && condHeader.x0() > symCol.x1() && w.x0() >= condHeader.x0() - 5) {
					continue; // "VDS = 0.8 x Rated BVDSS": symbols inside the conditions name no row
				}
				String cand = w.text();
				String nm = Vocabulary.nameOfSymbol(cand, kind, ratingRow);
				if (nm == null && i + 1 < limit && !cond[i + 1] && words.get(i + 1).x0() - w.x1() < w.fontSize() * 0.8
						&& cand.length() <= 2) {
					nm = Vocabulary.nameOfSymbol(cand + words.get(i + 1).text(), kind, ratingRow);
				}
				if (nm != null) {
					name = nm;
					nameAt = i;
					break;
				}
			}
		}
		boolean describes = false;
		Column condCol = header == null ? null
				: header.stream().filter(c -> c.type == ColType.COND).findFirst().orElse(null);
		for (int i = 0; i < limit; i++) {
			String t = words.get(i).text();
			if (condCol != null && symCol != null && condCol.x0() > symCol.x1() && words.get(i).x0() >= condCol.x0() - 5) {
				continue; // condition text ("VDS = Max Rating") describes no new row
			}
			boolean key = i + 1 < n && (comparator(words.get(i + 1).text()) || words.get(i + 1).text().startsWith("="));
			if (!cond[i] && !key && t.length() >= 3 && t.chars().filter(Character::isLetter).count() >= 3
					&& Quantities.unit(t) == null && partsIn(t).isEmpty() && !CONNECTIVES.contains(norm(t))) {
				describes = true;
				break;
			}
		}
		if (name == null && describes) {
			StringBuilder d = new StringBuilder();
			for (int i = 0; i < limit; i++) {
				if (!cond[i]) {
					d.append(words.get(i).text()).append(' ');
				}
			}
			name = Vocabulary.nameOfDescription(d.toString(), kind);
		}
		if (lower.contains("derat") || lower.contains("/°c") || lower.contains("/oc") || lower.contains("w/k")
				|| lower.contains("linear derating")) {
			if (valueCount > 0) {
				current = null; // a derating or temperature-coefficient row ends the parameter above
				return;
			}
		}

		boolean bullet = "•●▪■-–·*".indexOf(words.get(0).text().charAt(0)) >= 0 && !valueLike[0];
		if (bullet && (nameAt < 0 || firstValue < 0)) {
			current = null; // feature-list prose: a value counts only next to its own symbol on the same line
			return;
		}
		Map<String, Double> conds = Conditions.parse(text);
		List<String> rowParts = new ArrayList<>();
		for (int i = 0; i < limit; i++) {
			rowParts.addAll(partsIn(words.get(i).text()));
		}

		if (firstValue < 0) {
			// no values: a symbol row whose values follow, a condition row, or prose
			boolean wrapped = !conds.isEmpty() && lastRowEnd == readings.size() && lastRowEnd > lastRowStart
					&& lastRowPage == page.page() && line.baseline() - lastRowBaseline < 1.7 * line.fontSize()
					&& (nameAt < 0 || name.equals(current));
			if (wrapped) {
				name = null;
			}
			if (name != null) {
				for (Word w : words) {
					Quantities.Unit u = Quantities.unit(w.text());
					if (u != null && u.dimension().equals(Vocabulary.dimension(name.replace("?", "")))
							&& w.x0() > words.get(0).x1()) {
						lastUnit.put(name, u); // "vF V": the unit cell of the rows that follow
						lastRowPage = page.page();
						lastRowBaseline = line.baseline();
					}
				}
				current = name;
				currentConditions = conds;
				currentBaseline = line.baseline();
				currentPage = page.page();
				currentRowText = text;
				currentParts = rowParts;
			} else if (describes && header != null && symCol != null && words.stream()
					.anyMatch(w -> w.x0() < symCol.x1() + 5 && w.x1() > symCol.x0() - 5)) {
				current = null; // a row of an unknown symbol
			} else if (!conds.isEmpty() && current != null) {
				Map<String, Double> merged = new LinkedHashMap<>(currentConditions);
				merged.putAll(conds);
				currentConditions = merged;
				if (lastRowEnd == readings.size() && lastRowEnd > lastRowStart && lastRowPage == page.page()
						&& line.baseline() - lastRowBaseline < 1.7 * line.fontSize()) {
					// conditions wrapped onto the next line belong to the row above
					for (int r = lastRowStart; r < lastRowEnd; r++) {
						Reading old = readings.get(r);
						Map<String, Double> c = new LinkedHashMap<>(old.parameter().conditions());
						conds.forEach(c::putIfAbsent);
						Parameter op = old.parameter();
						readings.set(r, new Reading(old.part(), new Parameter(op.name(), op.min(), op.typ(), op.max(),
								op.unit(), c, op.source())));
					}
					lastRowBaseline = line.baseline();
				}
				currentBaseline = line.baseline();
			} else if (describes && n > 8) {
				current = null;
			} else if (describes && header != null && symCol != null && words.stream().anyMatch(
					w -> w.x0() < symCol.x1() + 5 && w.x1() > symCol.x0() - 5)) {
				current = null; // a row of an unknown symbol
			}
			return;
		}

		if (DEBUG) {
			System.err.println(page.page() + " sec=" + section + " hdr=" + (header == null ? null : header.stream().map(c -> c.type + "@" + Math.round(c.center())).toList()) + " name=" + name + " cur=" + current + " fv=" + firstValue + " | " + text);
		}
		String rowText = text;
		if (name == null) {
			// a symbol cell centred over several rows sits on a line of its own
			boolean ownSymbolCell = false;
			for (int i = 0; i < limit && symCol != null; i++) {
				Word w = words.get(i);
				if (!cond[i] && !valueLike[i] && w.x0() < symCol.x1() + 5 && w.x1() > symCol.x0() - 5
						&& w.text().chars().anyMatch(Character::isLetter)) {
					ownSymbolCell = true;
				}
			}
			int near = ownSymbolCell ? -1 : symbolLine(lines, index, 0.95, ratingRow);
			if (near < 0 && !ownSymbolCell) {
				// the row right above a centred symbol cell that carries its unit ("RDS(ON) Ω")
				int j = symbolLine(lines, index, 1.7, ratingRow);
				if (j > index && !rowHasUnit(words, cond)) {
					String other = symbolOf(lines.get(j), ratingRow);
					String otherDim = Vocabulary.dimension(other.replace("?", ""));
					boolean unitThere = lines.get(j).words().stream().map(w -> Quantities.unit(w.text()))
							.anyMatch(u -> u != null && u.dimension().equals(otherDim));
					if (unitThere && (current == null || !Vocabulary.dimension(current.replace("?", "")).equals(otherDim))) {
						near = j;
					}
				}
			}
			if (near < 0 && !ownSymbolCell && (describes || current == null) && header != null) {
				near = symbolLine(lines, index, 3.0, ratingRow);
			}
			if (near < 0 && !ownSymbolCell && current == null && !describes && index + 1 < lines.size()
					&& lines.get(index + 1).baseline() - line.baseline() < (conds.isEmpty() ? 1.4 : 2.5) * line.fontSize()
					&& symbolOf(lines.get(index + 1), ratingRow) != null) {
				near = index + 1; // first of several rows whose symbol is printed on the middle one
			}
			if (near >= 0) {
				name = symbolOf(lines.get(near), ratingRow);
				rowText = lines.get(near).text() + " | " + text;
				current = name;
				currentConditions = conds;
				currentRowText = rowText;
				currentParts = rowParts;
				currentPage = page.page();
				currentBaseline = line.baseline();
				emit(page, lines, index, line, words, valueLike, cond, -1, name, conds, rowParts, rowText, ratingRow);
				return;
			}
			if (describes || current == null || page.page() != currentPage
					|| line.baseline() - currentBaseline > (header == null ? 2.2 : 4.5) * line.fontSize()) {
				current = null;
				return;
			}
			name = current;
			Map<String, Double> merged = new LinkedHashMap<>(currentConditions);
			merged.putAll(conds);
			conds = merged;
			rowText = currentRowText + " | " + text;
			if (rowParts.isEmpty()) {
				rowParts = currentParts;
			} else {
				currentParts = rowParts;
			}
		} else {
			current = name;
			currentConditions = conds;
			currentRowText = text;
			currentParts = rowParts;
			currentPage = page.page();
		}
		currentBaseline = line.baseline();

		emit(page, lines, index, line, words, valueLike, cond, nameAt, name, conds, rowParts, rowText, ratingRow);
	}

	private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern
			.compile("^(fig\\.?|figure|diagram|graph)\\s*\\d+[.:]?\\s+[a-z(].*");

	private static final java.util.regex.Pattern AXIS_TITLE = java.util.regex.Pattern
			.compile("[A-Za-z]{3,} [A-Za-z]{1,3}[A-Za-z0-9()]{0,8} ?\\((m|µ|u|n|p|k|M)?(A|V|W|Hz|s|F|Ω|°C|S)\\)");

	private static final java.util.regex.Pattern FIGURE_CODE = java.util.regex.Pattern.compile("[A-Z]{2,4}[0-9]{3,}");

	/** Figure captions, "ID = f(VDS)" chart titles and rows of axis ticks end a table. */
	private boolean graphLine(String lower, List<Word> words) {
		String compact = lower.replace(" ", "");
		if (compact.contains("=f(") || CAPTION.matcher(lower).matches()) {
			return true;
		}
		String text = words.stream().map(Word::text).collect(java.util.stream.Collectors.joining(" "));
		if (AXIS_TITLE.matcher(text).find() && words.stream().noneMatch(w -> Quantities.number(w.text()) != null)) {
			return true; // "Collector current IC (A)": an axis title
		}
		int numbers = 0;
		for (int i = 0; i < words.size(); i++) {
			Word w = words.get(i);
			if (i == words.size() - 1 && i >= 4 && FIGURE_CODE.matcher(w.text()).matches()) {
				break; // "1 10 10 10 MGA200": ticks, then the drawing number printed in the corner of the figure
			}
			Quantities.Number q = Quantities.number(w.text());
			if (q == null || q.unit() != null) {
				return false;
			}
			if (partLabel(w.text()) != null) {
				return false;
			}
			numbers++;
		}
		return numbers >= 4;
	}

	/** A column of a table whose header names symbols and whose rows are parts (Zener and small-signal families). */
	private static final class SymbolColumn {
		final String name; // spec name, or null for a condition column
		final String condKey; // condition key for condition columns (IZ, VR, IF)
		final String rawKey;
		String link; // raw key after "@": VZ @ IZT
		int slot = -1; // 0 min, 1 typ, 2 max, -1 default
		final double x0;
		final double x1;
		Quantities.Unit unit;
		Word linkWord; // where the "@" condition is printed
		Quantities.Unit linkUnit; // "@ IZ (mA)": the condition prints its own unit
		double nameEnd; // right edge of the symbol and its own unit, "ZZ (Ω)"
		double groupEnd; // right edge of "X @ Y ..."
		final Map<String, Double> fixed = new LinkedHashMap<>(); // "ZZK @ IZK = 1 mA"

		SymbolColumn(String name, String condKey, String rawKey, double x0, double x1) {
			this.name = name;
			this.condKey = condKey;
			this.rawKey = rawKey;
			this.x0 = x0;
			this.x1 = x1;
			this.nameEnd = x1;
		}

		/** The same column over another span. */
		SymbolColumn moved(double from, double to) {
			SymbolColumn c = new SymbolColumn(name, condKey, rawKey, from, to);
			c.link = link;
			c.slot = slot;
			c.unit = unit;
			c.linkWord = linkWord;
			c.linkUnit = linkUnit;
			c.groupEnd = groupEnd;
			c.fixed.putAll(fixed);
			return c;
		}

		double center() {
			return (x0 + x1) / 2;
		}

		/** What the column's values measure: the spec dimension of its name, or V / A for a test condition. */
		String dimension() {
			return name != null ? Vocabulary.dimension(name.replace("?", "")) : condKey.startsWith("V") ? "V" : "A";
		}
	}

	private List<SymbolColumn> transposed;
	private String transposedPart;
	private double transposedBaseline;
	private double transposedHeaderBaseline;

	private static String conditionColumnKey(String norm) {
		return switch (norm) {
		case "IZT", "IZK", "IZ", "IT" -> "IZ";
		case "VR" -> "VR";
		case "IF" -> "IF";
		default -> null;
		};
	}

	/** A header naming three or more symbols and holding no values, or null. */
	private List<SymbolColumn> symbolHeader(List<Word> words) {
		return symbolHeader(words, 2);
	}

	private static final java.util.regex.Pattern SYMBOL_WITH_UNIT = java.util.regex.Pattern
			.compile("([A-Za-z][A-Za-z0-9]{1,6})(\\([^()]+\\))");

	/** Header words with "@IZT" split into "@ IZT" and "IZK(mA)" into "IZK (mA)", so each names one thing. */
	private static List<Word> headerWords(List<Word> words) {
		List<Word> out = new ArrayList<>(words.size());
		for (Word w : words) {
			String t = w.text();
			double perChar = (w.x1() - w.x0()) / Math.max(1, t.length());
			java.util.regex.Matcher m = SYMBOL_WITH_UNIT.matcher(t);
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

	private List<SymbolColumn> symbolHeader(List<Word> words, int minNames) {
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
				// "ZZ (Ω) @ IZ (mA)", "VZ @ IZT", "ZZK @ IZK = 1 mA": a value and the test condition it is read at
				Word y = words.get(++i);
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
					String ck = conditionColumnKey(last.link);
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
				continue;
			}
			if (Quantities.number(t) != null) {
				return null;
			}
			if (t.contains("=") || i + 1 < words.size() && comparator(words.get(i + 1).text())
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
			String n = Vocabulary.normalise(t);
			String name = Vocabulary.nameOfSymbol(t, kind, false);
			String ck = conditionColumnKey(n);
			last = null;
			if (ck != null && (name == null || n.equals("VR") || n.equals("IF"))) {
				cols.add(new SymbolColumn(null, ck, n, w.x0(), w.x1()));
			} else if (name != null) {
				SymbolColumn c = new SymbolColumn(name, null, n, w.x0(), w.x1());
				if (i + 1 < words.size()) {
					ColType q = headerType(words.get(i + 1).text());
					if (q == ColType.MIN || q == ColType.TYP || q == ColType.MAX) {
						c.slot = q.ordinal();
					}
				}
				cols.add(c);
				last = c;
			}
		}
		long names = cols.stream().filter(c -> c.name != null).count();
		if (minNames > 0 && (names < minNames || cols.size() < 3)) {
			return null;
		}
		long prose = words.stream().filter(w -> w.text().chars().filter(Character::isLowerCase).count() >= 3
				&& headerType(w.text()) == null && Quantities.unit(w.text()) == null).count();
		if (minNames > 0 && prose > 2 * names + 2) {
			return null; // a note that mentions symbols ("... as Coss when VDS increases ...")
		}
		return cols;
	}

	/**
	 * Without a leakage column VR is a rating, not a test condition; without a forward-voltage column IF is the
	 * forward current rating.
	 */
	private static List<SymbolColumn> ratingsWithoutTests(List<SymbolColumn> cols) {
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
	private static List<SymbolColumn> placeLinks(List<SymbolColumn> cols) {
		List<SymbolColumn> out = new ArrayList<>(cols);
		java.util.Set<String> standalone = new java.util.HashSet<>();
		for (SymbolColumn c : cols) {
			if (c.condKey != null) {
				standalone.add(c.rawKey);
			}
		}
		// a condition named after several "@" is given one column, by the group that prints its unit
		Map<String, Boolean> unitSeen = new java.util.HashMap<>();
		for (SymbolColumn c : cols) {
			if (c.linkWord != null && !standalone.contains(c.link) && conditionColumnKey(c.link) != null
					&& !c.fixed.containsKey(conditionColumnKey(c.link))) {
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
				SymbolColumn k = new SymbolColumn(null, conditionColumnKey(c.link), c.link, c.linkWord.x0(), c.groupEnd);
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
	private static List<SymbolColumn> withoutSurge(List<SymbolColumn> cols, List<TextLine> lines, int index) {
		TextLine line = lines.get(index);
		List<SymbolColumn> out = new ArrayList<>(cols);
		for (int j = index - 1; j >= 0 && line.baseline() - lines.get(j).baseline() < 5 * line.fontSize(); j--) {
			for (Word w : lines.get(j).words()) {
				if (w.text().toLowerCase(Locale.ROOT).startsWith("surge")) {
					out.removeIf(c -> c.name != null && !c.name.equals("IFSM") && c.x0 < w.x1() && w.x0() < c.x1);
				}
			}
		}
		return out;
	}

	/**
	 * "Min. Typ. Max." under a symbol of a symbol header: one column per limit. A run of limit words belongs to the
	 * symbol whose heading spans it.
	 */
	private boolean splitTransposed(List<Word> words) {
		List<Word> limits = words.stream().filter(w -> {
			ColType t = headerType(w.text());
			return t == ColType.MIN || t == ColType.TYP || t == ColType.MAX;
		}).toList();
		if (limits.size() < 2) {
			return false;
		}
		List<List<Word>> runs = new ArrayList<>();
		for (Word w : words) {
			ColType t = headerType(w.text());
			boolean limit = t == ColType.MIN || t == ColType.TYP || t == ColType.MAX;
			if (!limit) {
				runs.add(null);
			} else if (runs.isEmpty() || runs.get(runs.size() - 1) == null) {
				runs.add(new ArrayList<>(List.of(w)));
			} else {
				runs.get(runs.size() - 1).add(w);
			}
		}
		List<SymbolColumn> split = new ArrayList<>(transposed);
		for (List<Word> run : runs) {
			if (run == null) {
				continue;
			}
			double r0 = run.get(0).x0();
			double r1 = run.get(run.size() - 1).x1();
			SymbolColumn spanning = null;
			double most = 0;
			if (run.size() >= 2) {
				for (SymbolColumn c : transposed) {
					double overlap = Math.min(r1, c.x1) - Math.max(r0, c.x0);
					if (c.name != null && overlap > most) {
						most = overlap;
						spanning = c;
					}
				}
			}
			for (Word w : run) {
				SymbolColumn parent = spanning;
				if (parent == null) {
					double bd = 60;
					for (SymbolColumn c : transposed) {
						double d = Math.abs(c.center() - w.center());
						if (c.name != null && d < bd) {
							bd = d;
							parent = c;
						}
					}
				}
				if (parent == null) {
					continue;
				}
				SymbolColumn c = parent.moved(w.x0(), w.x1());
				c.slot = headerType(w.text()).ordinal();
				split.remove(parent);
				split.add(c);
			}
		}
		split.sort((a, b) -> Double.compare(a.center(), b.center()));
		transposed = split;
		return true;
	}

	/** Units printed under a symbol header, e.g. {@code (V) (mA) (Ω)}, assigned by position. */
	private void transposedUnits(List<TextLine> lines, int index) {
		TextLine line = lines.get(index);
		for (int j = index; j < Math.min(lines.size(), index + 6); j++) {
			TextLine o = lines.get(j);
			if (o.baseline() - line.baseline() > 5 * line.fontSize()) {
				break;
			}
			for (Word w : o.words()) {
				Quantities.Unit u = Quantities.unit(w.text());
				if (u == null) {
					continue;
				}
				SymbolColumn best = nearestTransposed(w);
				if (best != null && Math.abs(best.center() - w.center()) < 30 && best.unit == null
						&& u.dimension().equals(best.dimension())) {
					best.unit = u;
				}
			}
		}
	}

	/** The column of the symbol-header table whose centre is nearest to the word, or null when there is none. */
	private SymbolColumn nearestTransposed(Word w) {
		SymbolColumn best = null;
		double bd = Double.MAX_VALUE;
		for (SymbolColumn c : transposed) {
			double d = Math.abs(c.center() - w.center());
			if (d < bd) {
				bd = d;
				best = c;
			}
		}
		return best;
	}

	/** Reads a part row of a symbol-header table; false when the line is not one. */
	private boolean transposedRow(PageLayout page, TextLine line, List<Word> words) {
		if (words.isEmpty()) {
			return false;
		}
		List<String> rowParts = partsIn(words.get(0).text());
		String part = rowParts.isEmpty() ? null : rowParts.get(0);
		if (part == null && transposedPart == null) {
			// still in the header: symbols of a second header line join the columns, and test conditions printed
			// under a column ("VR=6V", "IF=10mA") hold for all of its values
			for (Word w : words) {
				String n = Vocabulary.normalise(w.text());
				String ck = conditionColumnKey(n);
				if (ck != null && !w.text().contains("=")) {
					transposed.add(new SymbolColumn(null, ck, n, w.x0(), w.x1()));
				} else if (w.text().contains("=")) {
					SymbolColumn under = transposed.stream()
							.filter(c -> c.name != null && c.x0 - 3 <= w.center()
									&& w.center() <= Math.max(c.x1, c.nameEnd) + 3) // under "trr (ns)"
							.findFirst()
							.orElse(null);
					if (under != null) {
						Conditions.parse(w.text()).forEach(under.fixed::putIfAbsent);
					}
				}
			}
			transposed.sort((a, b) -> Double.compare(a.center(), b.center()));
			// header lines (units, test points, "1 µs") are no rows of another table
			return line.baseline() - transposedHeaderBaseline < 6 * line.fontSize() && headerColumns(line) == null;
		}
		if (part == null && line.baseline() - transposedBaseline > 1.6 * line.fontSize()) {
			long prose = words.stream().filter(w -> w.text().chars().filter(Character::isLetter).count() >= 3
					&& Quantities.unit(w.text()) == null).count();
			if (prose >= 4) {
				transposed = null;
			}
			return false;
		}
		if (part == null) {
			part = transposedPart;
		}
		double spacing = 60;
		for (int i = 1; i < transposed.size(); i++) {
			spacing = Math.min(spacing, transposed.get(i).center() - transposed.get(i - 1).center());
		}
		Map<SymbolColumn, Double> values = new LinkedHashMap<>();
		Map<SymbolColumn, Word> at = new LinkedHashMap<>();
		for (Word w : words) {
			Quantities.Number q = Quantities.number(w.text());
			if (q == null) {
				continue;
			}
			SymbolColumn best = nearestTransposed(w);
			if (best == null || Math.abs(best.center() - w.center()) > Math.max(14, 0.6 * spacing)
					|| values.containsKey(best)) {
				continue;
			}
			String dim = best.dimension();
			Quantities.Unit u = q.unit() != null ? q.unit() : best.unit;
			if (u == null) {
				u = new Quantities.Unit(1, dim);
			}
			if (!u.dimension().equals(dim)) {
				continue;
			}
			double v = q.value() * (dim.isEmpty() || dim.equals("K/W") ? 1 : u.factor());
			values.put(best, Double.parseDouble(String.format(Locale.ROOT, "%.6g", v)));
			at.put(best, w);
		}
		if (values.isEmpty()) {
			return rowParts.isEmpty() ? false : true;
		}
		transposedPart = part;
		transposedBaseline = line.baseline();
		// one parameter per name; Min/Nom/Max columns of the same name are merged
		Map<String, Double[]> byName = new LinkedHashMap<>();
		Map<String, Map<String, Double>> condsByName = new LinkedHashMap<>();
		for (int i = 0; i < transposed.size(); i++) {
			SymbolColumn c = transposed.get(i);
			if (c.name == null || !values.containsKey(c)) {
				continue;
			}
			Double[] mtm = byName.computeIfAbsent(c.name + "#" + (c.link == null ? "" : c.link), k -> new Double[3]);
			int slot = c.slot >= 0 ? c.slot : Vocabulary.isLimit(c.name.replace("?", "")) || c.name.equals("IR")
					|| c.name.equals("ZZ") ? 2 : 1;
			if (mtm[slot] != null) {
				continue; // a second column of the same name (VR after VRM, a surge "IR"): the first one stands
			}
			mtm[slot] = values.get(c);
			Map<String, Double> conds = condsByName.computeIfAbsent(c.name + "#" + (c.link == null ? "" : c.link),
					k -> new LinkedHashMap<>());
			// its conditions: printed in its heading, the linked condition column, else the nearest condition columns
			conds.putAll(c.fixed);
			for (int j = 0; j < transposed.size(); j++) {
				SymbolColumn k = transposed.get(j);
				if (k.condKey == null || !values.containsKey(k) || c.fixed.containsKey(k.condKey)) {
					continue;
				}
				boolean linked = c.link != null && c.link.equals(k.rawKey);
				if (linked || c.link == null && !conds.containsKey(k.condKey) && testedAt(c.name, k.condKey)
						&& nearestFor(k, i)) {
					conds.put(k.condKey, values.get(k));
				}
			}
		}
		Provenance prov = new Provenance(page.page(), line.x0(), page.height() - line.baseline() - 2, line.x1(),
				page.height() - line.top() + 2, line.text());
		for (Map.Entry<String, Double[]> e : byName.entrySet()) {
			String name = e.getKey().substring(0, e.getKey().indexOf('#'));
			Double[] m = e.getValue();
			readings.add(new Reading(part, new Parameter(name, m[0], m[1], m[2],
					Vocabulary.dimension(name.replace("?", "")), condsByName.get(e.getKey()), prov)));
		}
		return true;
	}

	/** Whether a condition column of this key can be the test point of the named column (VR for leakage, ...). */
	private static boolean testedAt(String name, String condKey) {
		return switch (name) {
		case "IR" -> condKey.equals("VR");
		case "VZ", "ZZ" -> condKey.equals("IZ");
		case "VF" -> condKey.equals("IF");
		default -> true;
		};
	}

	/** Whether condition column k is the closest one of its key to name column i (by column order). */
	private boolean nearestFor(SymbolColumn k, int i) {
		int ki = transposed.indexOf(k);
		for (int j = 0; j < transposed.size(); j++) {
			SymbolColumn o = transposed.get(j);
			if (o != k && k.condKey.equals(o.condKey) && Math.abs(j - i) < Math.abs(ki - i)) {
				return false;
			}
		}
		return true;
	}

	/** Row text for people: leader dots collapsed. */
	private static String readable(String row) {
		return row.replaceAll("(\\s*\\.){4,}\\s*", " … ").strip();
	}

	/** "± 16" printed as two words is one value. */
	private static List<Word> joinSigns(List<Word> words) {
		List<Word> out = new ArrayList<>(words.size());
		for (int i = 0; i < words.size(); i++) {
			Word w = words.get(i);
			if ((w.text().equals("±") || w.text().equals("-") || w.text().equals("–")) && i + 1 < words.size()
					&& words.get(i + 1).x0() - w.x1() < w.fontSize() * 0.6
					&& Quantities.number(words.get(i + 1).text()) != null
					&& Character.isDigit(words.get(i + 1).text().charAt(0))) {
				Word v = words.get(i + 1);
				String sign = w.text().equals("±") ? "±" : "-";
				out.add(new Word(sign + v.text(), w.x0(), v.x1(), Math.min(w.top(), v.top()), v.baseline(),
						v.fontSize(), false));
				i++;
			} else {
				out.add(w);
			}
		}
		return out;
	}

	private static boolean rowHasUnit(List<Word> words, boolean[] cond) {
		for (int i = 0; i < words.size(); i++) {
			if (!cond[i] && Quantities.number(words.get(i).text()) == null && Quantities.unit(words.get(i).text()) != null) {
				return true;
			}
		}
		return false;
	}

	/** The nearest line within {@code within} line heights that holds a known symbol and no values, or -1. */
	private int symbolLine(List<TextLine> lines, int index, double within, boolean ratingRow) {
		TextLine line = lines.get(index);
		int best = -1;
		double bestD = Double.MAX_VALUE;
		for (int j = Math.max(0, index - 3); j <= Math.min(lines.size() - 1, index + 3); j++) {
			if (j == index) {
				continue;
			}
			TextLine o = lines.get(j);
			double d = Math.abs(o.baseline() - line.baseline());
			if (d > within * line.fontSize() || d >= bestD) {
				continue;
			}
			boolean values = false;
			for (Word w : o.words()) {
				if (!w.superscript() && Quantities.number(w.text()) != null) {
					values = true;
				}
			}
			Column symCol = header == null ? null
					: header.stream().filter(c -> c.type == ColType.SYMBOL).findFirst().orElse(null);
			boolean inSymbolColumn = symCol != null ? o.words().stream()
					.anyMatch(w -> w.x0() < symCol.x1() + 25 && w.x1() > symCol.x0() - 25)
					: o.words().size() <= 2 && o.words().get(0).text().matches("[A-Z][A-Za-z0-9()θ,]{1,10}")
							&& o.words().get(0).text().chars().filter(Character::isUpperCase).count() >= 2;
			if (!values && o.words().size() <= 10 && symbolOf(o, ratingRow) != null) {
				best = j;
				bestD = d;
			} else if (!values && inSymbolColumn && headerColumns(o) == null) {
				best = -1; // a nearer symbol cell of a parameter we do not know
				bestD = d;
			}
		}
		return best;
	}

	/** The spec name of the first known symbol on a line that is not a test-condition key. */
	private String symbolOf(TextLine line, boolean ratingRow) {
		List<Word> ws = line.words().stream().filter(w -> !w.superscript()).toList();
		for (int i = 0; i < ws.size(); i++) {
			String t = ws.get(i).text();
			if (t.contains("=") || i + 1 < ws.size() && comparator(ws.get(i + 1).text())) {
				continue;
			}
			String nm = Vocabulary.nameOfSymbol(t, kind, ratingRow);
			if (nm != null) {
				return nm;
			}
		}
		return null;
	}

	private List<String> partsIn(String text) {
		List<String> out = new ArrayList<>();
		if (parts.isEmpty()) {
			return out;
		}
		java.util.regex.Matcher grades = GRADE_RANGE.matcher(PartFinder.token(text));
		if (grades.matches() && grades.group(2).charAt(0) < grades.group(3).charAt(0)) {
			// BYM36AtoC: grades A, B and C of one type
			for (char g = grades.group(2).charAt(0); g <= grades.group(3).charAt(0); g++) {
				String p = grades.group(1) + g;
				out.add(p);
				if (!parts.contains(p)) {
					parts.add(p);
				}
			}
			return out;
		}
		String[] pieces = text.split("[/,]");
		String first = null;
		for (String piece : pieces) {
			String t = PartFinder.token(piece);
			if (t.isEmpty()) {
				continue;
			}
			if (parts.contains(t) || PartFinder.isPart(t) && parts.stream().anyMatch(
					p -> PartFinder.letters(t).equals(PartFinder.letters(p)) && Math.abs(p.length() - t.length()) <= 2
							|| t.startsWith(p) && t.length() - p.length() <= 3)) {
				// a family member, or a grade of one (BD136-10: a gain group of BD136)
				out.add(t);
				first = t;
			} else if (first != null && Character.isDigit(t.charAt(0)) && t.length() < first.length()) {
				out.add(first.substring(0, first.length() - t.length()) + t);
			} else if (first == null && pieces.length == 1 && t.matches("[0-9]{3,}[A-Z]?")) {
				// a family row labelled by the distinguishing digits only: "4392" under PN4391
				for (String p : parts) {
					if (p.endsWith(t) && p.length() > t.length() && !Character.isDigit(p.charAt(p.length() - t.length() - 1))) {
						out.add(p);
					}
				}
			}
		}
		for (String p : out) {
			if (!parts.contains(p)) {
				parts.add(p);
			}
		}
		return out;
	}

	private List<Column> mergeHeader(List<Column> h, List<TextLine> lines, int index) {
		List<Column> cols = new ArrayList<>(h);
		TextLine line = lines.get(index);
		for (int d : new int[] { -1, 1, 2 }) {
			int j = index + d;
			if (j < 0 || j >= lines.size()) {
				continue;
			}
			TextLine o = lines.get(j);
			if (Math.abs(o.baseline() - line.baseline()) > 2.6 * line.fontSize()) {
				continue;
			}
			List<Column> extra = new ArrayList<>();
			int others = 0;
			for (Word w : o.words()) {
				if (w.superscript()) {
					continue;
				}
				ColType t = headerType(w.text());
				String p = t == null ? partLabel(w.text()) : null;
				if (t != null) {
					extra.add(new Column(t, w.x0(), w.x1(), null));
				} else if (p != null) {
					extra.add(new Column(ColType.PART, w.x0(), w.x1(), p));
				} else if (!PartFinder.token(w.text()).matches("[A-Z]{1,3}")) {
					others++;
				}
			}
			long split = extra.stream().filter(c -> c.type == ColType.MIN || c.type == ColType.TYP
					|| c.type == ColType.MAX || c.type == ColType.PART).count();
			long labels = extra.stream().filter(c -> c.type == ColType.SYMBOL || c.type == ColType.UNIT
					|| c.type == ColType.COND || c.type == ColType.VALUE).count();
			boolean near = Math.abs(o.baseline() - line.baseline()) < 1.8 * line.fontSize();
			if (split >= 2 && others <= 2 || near && labels >= 2 && others <= 3) {
				cols.addAll(extra);
			}
		}
		// a Value column split into Min/Typ/Max or into part columns is no value column of its own
		boolean split = cols.stream().anyMatch(c -> c.type == ColType.MIN || c.type == ColType.TYP
				|| c.type == ColType.MAX || c.type == ColType.PART);
		if (split) {
			cols.removeIf(c -> c.type == ColType.VALUE);
		}
		long partCount = cols.stream().filter(c -> c.type == ColType.PART).count();
		if (partCount >= 2) {
			// a "Max" or "Value" heading over one column per part
			cols.removeIf(c -> c.type == ColType.MIN || c.type == ColType.TYP || c.type == ColType.MAX
					|| c.type == ColType.VALUE);
		}
		if (partCount == 1 && cols.stream().anyMatch(c -> c.type == ColType.MIN || c.type == ColType.TYP
				|| c.type == ColType.MAX)) {
			cols.removeIf(c -> c.type == ColType.PART);
		}
		cols.sort((a, b) -> Double.compare(a.center(), b.center()));
		return cols;
	}

	private Column nearestValueColumn(Word w) {
		if (header == null) {
			return null;
		}
		List<Column> vc = header.stream().filter(Column::holdsValues).toList();
		if (vc.isEmpty()) {
			return null;
		}
		double spacing = 60;
		for (int i = 1; i < vc.size(); i++) {
			spacing = Math.min(spacing, vc.get(i).center() - vc.get(i - 1).center());
		}
		Column best = null;
		double bestD = Double.MAX_VALUE;
		for (Column c : vc) {
			double d = Math.abs(c.center() - w.center());
			if (w.x0() <= c.x1() + 2 && w.x1() >= c.x0() - 2) {
				d = Math.min(d, 0.1);
			}
			if (d < bestD) {
				bestD = d;
				best = c;
			}
		}
		double tol = Math.max(14, 0.6 * spacing);
		return bestD <= tol ? best : null;
	}

	private final Map<String, Quantities.Unit> lastUnit = new java.util.HashMap<>();
	private int lastRowStart;
	private int lastRowEnd = -1;
	private int lastRowPage;
	private Quantities.Unit unitRowUnit;
	private int unitRowPage;
	private double unitRowBaseline;
	private double lastRowBaseline;

	private void emit(PageLayout page, List<TextLine> lines, int index, TextLine line, List<Word> words,
			boolean[] valueLike, boolean[] cond, int nameAt, String name, Map<String, Double> conds,
			List<String> rowParts, String rowText, boolean ratingRow) {
		lastRowStart = readings.size();
		Map<String, Double> implied = Conditions.implied(name == null ? null : name.replace("?", ""), line.text());
		if (!implied.isEmpty()) {
			// stated on this very line, so it replaces what the row above carried over
			conds = new LinkedHashMap<>(conds);
			conds.putAll(implied);
		}
		emitRow(page, lines, index, line, words, valueLike, cond, nameAt, name, conds, rowParts, rowText, ratingRow);
		lastRowEnd = readings.size();
		lastRowPage = page.page();
		lastRowBaseline = line.baseline();
	}

	private void emitRow(PageLayout page, List<TextLine> lines, int index, TextLine line, List<Word> words,
			boolean[] valueLike, boolean[] cond, int nameAt, String name, Map<String, Double> conds,
			List<String> rowParts, String rowText, boolean ratingRow) {
		int n = words.size();
		List<Word> values = new ArrayList<>();
		for (int i = nameAt + 1; i < n; i++) {
			if (valueLike[i]) {
				values.add(words.get(i));
			}
		}
		if (values.isEmpty()) {
			return;
		}
		// unit: a unit word right of the first value, else a spanning unit cell nearby, else glued units
		String dim = Vocabulary.dimension(name);
		if (dim.isEmpty() && (header == null || conds.containsKey("f"))) {
			return; // a bare ratio outside a table is a chart label; hFE is measured at DC
		}
		Quantities.Unit unit = null;
		double firstX = values.get(0).x0();
		for (int i = 0; i < n; i++) {
			Word w = words.get(i);
			if (cond[i] || w.x0() < firstX) {
				continue;
			}
			Quantities.Unit u = Quantities.unit(w.text());
			if (u == null && i + 1 < n) {
				u = Quantities.unit(w.text() + words.get(i + 1).text());
			}
			if (u != null && Quantities.number(w.text()) == null) {
				unit = u;
			}
		}
		if (unit == null && !dim.isEmpty()) {
			unit = nearbyUnit(lines, index, line, dim);
		}
		if (unit == null && header == null && !dim.isEmpty()) {
			unit = adjacentUnit(lines, index, line, firstX, dim);
		}
		if (unit == null && nameAt < 0 && lastUnit.containsKey(name) && lastRowPage == page.page()
				&& line.baseline() - lastRowBaseline < 2.5 * line.fontSize()) {
			unit = lastUnit.get(name); // the unit cell of the row above spans this one
		}

		if (unit == null && !dim.isEmpty() && unitRowUnit != null && unitRowUnit.dimension().equals(dim)
				&& unitRowPage == page.page() && line.baseline() - unitRowBaseline > 0
				&& line.baseline() - unitRowBaseline < 5.0 * line.fontSize()) {
			unit = unitRowUnit; // a unit cell merged over this row and the one above, printed on the upper
		}
		if (unit == null && header == null && !dim.isEmpty() && values.stream().allMatch(
				w -> Quantities.number(w.text()) == null || Quantities.number(w.text()).unit() == null)) {
			if (DEBUG) {
				System.err.println("drop (no unit outside a table) " + name + " gap " + (line.baseline() - unitRowBaseline) / line.fontSize() + " " + unitRowUnit + " | " + rowText);
			}
			return; // outside a table only a printed unit makes a number a value
		}
		// map values to columns
		Double[] mtm = new Double[3];
		Map<String, Double> perPart = new LinkedHashMap<>();
		List<Column> vc = header == null ? List.of() : header.stream().filter(Column::holdsValues).toList();
		long partCols = vc.stream().filter(c -> c.type == ColType.PART).count();
		List<Quantities.Number> nums = new ArrayList<>();
		List<Column> cols = new ArrayList<>();
		for (Word w : values) {
			Quantities.Number q = Quantities.number(w.text());
			Column c = header == null ? null : nearestValueColumn(w);
			if (c == null && !vc.isEmpty()) {
				continue;
			}
			nums.add(q);
			cols.add(c);
		}
		long realCount = nums.stream().filter(q -> q != null).count();
		if (realCount == 0) {
			return;
		}
		Quantities.Unit glued = nums.stream().filter(q -> q != null && q.unit() != null).map(Quantities.Number::unit)
				.findFirst().orElse(null);
		if (unit == null || !unit.dimension().equals(dim)) {
			if (glued != null && glued.dimension().equals(dim)) {
				unit = glued;
			} else if (unit != null && !unit.dimension().equals(dim)) {
				return;
			}
		}
		if (unit == null) {
			// inside a table an empty unit cell is most often an Ω glyph the symbol font did not map to text
			if (!(dim.isEmpty() || dim.equals("V") || dim.equals("A") || dim.equals("W") || dim.equals("K/W")
					|| dim.equals("Ohm") && header != null && header.stream().anyMatch(c -> c.type == ColType.UNIT))) {
				return;
			}
			unit = new Quantities.Unit(1, dim);
		}
		lastUnit.put(name, unit);
		unitRowUnit = unit;
		unitRowPage = page.page();
		unitRowBaseline = line.baseline();
		boolean plusMinus = false;
		if (header == null || vc.isEmpty()) {
			List<Double> v = new ArrayList<>();
			for (Quantities.Number q : nums) {
				v.add(q == null ? null : scale(q, unit));
				plusMinus |= q != null && q.plusMinus();
			}
			if (v.size() == 1) {
				mtm[2] = v.get(0);
			} else if (v.size() == 2) {
				mtm[0] = v.get(0);
				mtm[2] = v.get(1);
			} else if (v.size() == 3) {
				mtm[0] = v.get(0);
				mtm[1] = v.get(1);
				mtm[2] = v.get(2);
			} else {
				return;
			}
			if (v.size() == 1 && !Vocabulary.isLimit(name) && !ratingRow) {
				mtm[1] = mtm[2];
				mtm[2] = null;
			}
		} else {
			boolean spanning = partCols >= 2 && realCount == 1;
			for (int k = 0; k < nums.size(); k++) {
				Quantities.Number q = nums.get(k);
				if (q == null) {
					continue;
				}
				plusMinus |= q.plusMinus();
				double v = scale(q, unit);
				Column c = cols.get(k);
				switch (c.type) {
				case MIN -> mtm[0] = mtm[0] == null ? v : mtm[0];
				case TYP -> mtm[1] = mtm[1] == null ? v : mtm[1];
				case MAX -> mtm[2] = mtm[2] == null ? v : mtm[2];
				case VALUE -> {
					if (Vocabulary.isLimit(name) || ratingRow) {
						mtm[2] = mtm[2] == null ? v : mtm[2];
					} else {
						mtm[1] = mtm[1] == null ? v : mtm[1];
					}
				}
				case PART -> {
					if (spanning) {
						mtm[2] = v;
					} else {
						perPart.putIfAbsent(c.part(), v);
					}
				}
				default -> {
				}
				}
			}
		}
		if (plusMinus && mtm[2] != null && mtm[0] == null) {
			mtm[0] = -mtm[2];
		}
		for (int k = 0; k < 3; k++) {
			if (mtm[k] != null && !Vocabulary.plausible(name, mtm[k])) {
				if (DEBUG) {
					System.err.println("drop (implausible) " + name + " " + mtm[k] + " | " + rowText);
				}
				return; // a document number or a misread cell, not a device value
			}
		}
		for (Double v : perPart.values()) {
			if (!Vocabulary.plausible(name, v)) {
				return;
			}
		}
		double x0 = values.get(0).x0();
		double x1 = values.get(values.size() - 1).x1();
		Provenance prov = new Provenance(page.page(), nameAt >= 0 ? Math.min(words.get(nameAt).x0(), x0) : line.x0(),
				page.height() - line.baseline() - 2, x1, page.height() - line.top() + 2, readable(rowText));
		if (!perPart.isEmpty()) {
			for (Map.Entry<String, Double> e : perPart.entrySet()) {
				Double v = e.getValue();
				Parameter p = new Parameter(name, null, null, v, unit.dimension(), conds, prov);
				if (!Vocabulary.isLimit(name) && !ratingRow) {
					p = p.withValues(null, v, null);
				}
				readings.add(new Reading(e.getKey(), p));
			}
			return;
		}
		if (mtm[0] == null && mtm[1] == null && mtm[2] == null && perPart.isEmpty()) {
			return;
		}
		Parameter p = new Parameter(name, mtm[0], mtm[1], mtm[2], unit.dimension(), conds, prov);
		if (rowParts.isEmpty()) {
			readings.add(new Reading(null, p));
		} else {
			for (String part : rowParts) {
				readings.add(new Reading(part, p));
			}
		}
	}

	private static final Set<String> SCALE_FREE = Set.of("", "K/W", "degC");

	private static double scale(Quantities.Number q, Quantities.Unit unit) {
		Quantities.Unit u = q.unit() != null && q.unit().dimension().equals(unit.dimension()) ? q.unit() : unit;
		double v = q.value() * (SCALE_FREE.contains(u.dimension()) ? 1 : u.factor());
		return Math.abs(v) < 1e-3 ? Double.parseDouble(String.format(Locale.ROOT, "%.6g", v)) : v;
	}

	/** A unit printed on the neighbouring symbol-only line ("IRM µA" under "Peak reverse current ... 5.0"). */
	private static Quantities.Unit adjacentUnit(List<TextLine> lines, int index, TextLine line, double firstX,
			String dim) {
		for (int j = Math.max(0, index - 1); j <= Math.min(lines.size() - 1, index + 1); j++) {
			TextLine o = lines.get(j);
			if (j == index || Math.abs(o.baseline() - line.baseline()) > 1.3 * line.fontSize()
					|| o.words().stream().anyMatch(w -> Quantities.number(w.text()) != null)) {
				continue;
			}
			for (Word w : o.words()) {
				Quantities.Unit u = Quantities.unit(w.text());
				if (u != null && u.dimension().equals(dim) && w.x0() >= firstX - 5) {
					return u;
				}
			}
		}
		return null;
	}

	/** A unit cell spanning several rows: the closest unit word in the unit column a few lines away. */
	private Quantities.Unit nearbyUnit(List<TextLine> lines, int index, TextLine line, String dim) {
		Column uc = header == null ? null : header.stream().filter(c -> c.type == ColType.UNIT).findFirst().orElse(null);
		if (uc == null && header != null) {
			// no Unit heading: units stand right of the last value column
			Column last = null;
			for (Column c : header) {
				if (c.holdsValues() && (last == null || c.x1() > last.x1())) {
					last = c;
				}
			}
			if (last != null) {
				uc = new Column(ColType.UNIT, last.x1() + 15, last.x1() + 40, null);
			}
		}
		if (uc == null) {
			return null;
		}
		Quantities.Unit best = null;
		double bestD = Double.MAX_VALUE;
		for (int j = Math.max(0, index - 4); j < Math.min(lines.size(), index + 5); j++) {
			TextLine o = lines.get(j);
			double d = Math.abs(o.baseline() - line.baseline());
			if (d > 3.2 * line.fontSize() || d >= bestD) {
				continue;
			}
			for (Word w : o.words()) {
				if (w.x1() < uc.x0() - 15 || w.x0() > uc.x1() + 15) {
					continue;
				}
				Quantities.Unit u = Quantities.unit(w.text());
				if (u != null && u.dimension().equals(dim)) {
					best = u;
					bestD = d;
				}
			}
		}
		return best;
	}
}
