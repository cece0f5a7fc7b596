package org.espice.core.internal.tables;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;

/**
 * The cells of one part row of a symbol table: the value under each column (the nearest column takes a number, its
 * first one stands), and what a cell says besides its value (a range's upper end, a test point).
 */
final class PartRowCells {

	/** The words that join the two ends of a range in one cell. */
	private static final Set<String> RANGE = Set.of("to", "~", "...");

	private final List<SymbolColumn> columns;

	PartRowCells(List<SymbolColumn> columns) {
		this.columns = columns;
	}

	/** The value of each column on a part row, in SI, the first value per column. */
	Map<SymbolColumn, Double> values(List<Word> words) {
		double spacing = Tolerances.COLUMN_SPACING;
		for (int i = 1; i < columns.size(); i++) {
			spacing = Math.min(spacing, columns.get(i).center() - columns.get(i - 1).center());
		}
		Map<SymbolColumn, Double> values = new LinkedHashMap<>();
		for (Word w : words) {
			Quantities.Number q = Quantities.number(w.text());
			if (q == null) {
				continue;
			}
			SymbolColumn best = nearest(columns, w);
			if (best == null || Math.abs(best.center() - w.center()) > Tolerances.columnReach(spacing)
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
		}
		return values;
	}

	/**
	 * What a value's cell says besides the value: "0.8 to 3" a range (its upper end), "5 @ VGS = 10 V" the test
	 * point. Vishay's product summaries print both.
	 */
	record Cell(Double upTo, Map<String, Double> conditions) {
	}

	Map<SymbolColumn, Cell> cells(List<Word> words, Map<SymbolColumn, Double> values) {
		Map<SymbolColumn, StringBuilder> text = new LinkedHashMap<>();
		Map<SymbolColumn, Double> upTo = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			Word w = words.get(i);
			SymbolColumn c = nearest(columns, w);
			if (c == null || !values.containsKey(c)) {
				continue;
			}
			text.computeIfAbsent(c, k -> new StringBuilder()).append(w.text()).append(' ');
			Quantities.Number q = Quantities.number(w.text());
			if (q != null && i >= 2 && RANGE.contains(words.get(i - 1).text().toLowerCase(Locale.ROOT))
					&& nearest(columns, words.get(i - 2)) == c && Quantities.number(words.get(i - 2).text()) != null
					&& !upTo.containsKey(c)) {
				Quantities.Unit u = q.unit() != null ? q.unit() : c.unit;
				double v = q.value() * (u == null || c.dimension().isEmpty() ? 1 : u.factor());
				upTo.put(c, Double.parseDouble(String.format(Locale.ROOT, "%.6g", v)));
			}
		}
		Map<SymbolColumn, Cell> cells = new HashMap<>();
		text.forEach((c, t) -> cells.put(c, new Cell(upTo.get(c), Conditions.parse(t.toString()))));
		return cells;
	}

	/** The column whose centre is nearest to the word, or null when there is none. */
	static SymbolColumn nearest(List<SymbolColumn> columns, Word w) {
		SymbolColumn best = null;
		double bd = Double.MAX_VALUE;
		for (SymbolColumn c : columns) {
			double d = Math.abs(c.center() - w.center());
			if (d < bd) {
				bd = d;
				best = c;
			}
		}
		return best;
	}
}
