package org.espice.core.internal.tables;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.Parameter;
import org.espice.core.Provenance;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;
import org.espice.core.internal.tables.TableReader.Reading;

/**
 * A symbol-header table: the header names symbols ("VZ @ IZT  ZZ @ IZT  IR @ VR"), each row is a part and its
 * values, and the condition columns of a row give the test points of its parameters.
 */
final class SymbolTable implements TableShape {

	private static final Logger LOG = System.getLogger(SymbolTable.class.getName());

	private final SymbolHeader finder;
	private final ColumnHeader columnHeader;
	private final KnownParts parts;
	private final List<Reading> readings;

	/** The columns of the table being read, or null outside a symbol-header table. */
	private List<SymbolColumn> columns;
	private String part;
	private double partBaseline;
	private double headerBaseline;

	SymbolTable(SymbolHeader finder, ColumnHeader columnHeader, KnownParts parts, List<Reading> readings) {
		this.finder = finder;
		this.columnHeader = columnHeader;
		this.parts = parts;
		this.readings = readings;
	}

	@Override
	public boolean header(PageLine at, LineTokens tokens) {
		List<SymbolColumn> found = finder.find(at, tokens.words());
		if (found == null) {
			return false;
		}
		LOG.log(Level.DEBUG, () -> "symbol header " + found);
		columns = found;
		headerBaseline = at.baseline();
		part = null;
		units(at);
		return true;
	}

	@Override
	public boolean row(PageLine at, LineTokens tokens) {
		if (columns == null) {
			return false;
		}
		LOG.log(Level.DEBUG, () -> "symbol table row " + tokens.text());
		if (part == null && splitLimits(tokens.words())) {
			return true;
		}
		return partRow(at, tokens.words());
	}

	@Override
	public void end() {
		columns = null;
	}

	/** The columns of the table being read, null outside one. */
	List<SymbolColumn> columns() {
		return columns;
	}

	/**
	 * "Min. Typ. Max." under a symbol of a symbol header: one column per limit. A run of limit words belongs to the
	 * symbol whose heading spans it.
	 */
	private boolean splitLimits(List<Word> words) {
		List<Word> limits = words.stream().filter(w -> isLimit(w)).toList();
		if (limits.size() < 2) {
			return false;
		}
		List<List<Word>> runs = new ArrayList<>();
		for (Word w : words) {
			if (!isLimit(w)) {
				runs.add(null);
			} else if (runs.isEmpty() || runs.get(runs.size() - 1) == null) {
				runs.add(new ArrayList<>(List.of(w)));
			} else {
				runs.get(runs.size() - 1).add(w);
			}
		}
		List<SymbolColumn> split = new ArrayList<>(columns);
		for (List<Word> run : runs) {
			if (run == null) {
				continue;
			}
			SymbolColumn spanning = run.size() >= 2 ? spanning(run) : null;
			for (Word w : run) {
				SymbolColumn parent = spanning != null ? spanning : nearestNamed(w);
				if (parent == null) {
					continue;
				}
				SymbolColumn c = parent.moved(w.x0(), w.x1());
				c.slot = ColumnType.ofHeading(w.text()).slot();
				split.remove(parent);
				split.add(c);
			}
		}
		split.sort((a, b) -> Double.compare(a.center(), b.center()));
		columns = split;
		return true;
	}

	private static boolean isLimit(Word w) {
		ColumnType t = ColumnType.ofHeading(w.text());
		return t != null && t.limit();
	}

	/** The named column whose heading overlaps the run of limit words most. */
	private SymbolColumn spanning(List<Word> run) {
		double r0 = run.get(0).x0();
		double r1 = run.get(run.size() - 1).x1();
		SymbolColumn spanning = null;
		double most = 0;
		for (SymbolColumn c : columns) {
			double overlap = Math.min(r1, c.x1) - Math.max(r0, c.x0);
			if (c.name != null && overlap > most) {
				most = overlap;
				spanning = c;
			}
		}
		return spanning;
	}

	/** The named column nearest to a limit word, within {@link Tolerances#LIMIT_WORD_REACH}. */
	private SymbolColumn nearestNamed(Word w) {
		SymbolColumn parent = null;
		double bd = Tolerances.LIMIT_WORD_REACH;
		for (SymbolColumn c : columns) {
			double d = Math.abs(c.center() - w.center());
			if (c.name != null && d < bd) {
				bd = d;
				parent = c;
			}
		}
		return parent;
	}

	/** Units printed under a symbol header, e.g. {@code (V) (mA) (Ω)}, assigned by position. */
	private void units(PageLine at) {
		TextLine line = at.line();
		for (int j = at.index(); j < Math.min(at.count(), at.index() + 6); j++) {
			TextLine o = at.at(j);
			if (o.baseline() - line.baseline() > Tolerances.SYMBOL_HEADER_UNITS * line.fontSize()) {
				break;
			}
			for (Word w : o.words()) {
				Quantities.Unit u = Quantities.unit(w.text());
				if (u == null) {
					continue;
				}
				SymbolColumn best = PartRowCells.nearest(columns, w);
				if (best != null && Math.abs(best.center() - w.center()) < Tolerances.SYMBOL_HEADER_UNIT_REACH
						&& best.unit == null && u.dimension().equals(best.dimension())) {
					best.unit = u;
				}
			}
		}
	}

	/** Reads a part row; false when the line is not one. */
	private boolean partRow(PageLine at, List<Word> words) {
		if (words.isEmpty()) {
			return false;
		}
		TextLine line = at.line();
		List<String> rowParts = parts.in(words.get(0).text());
		String rowPart = rowParts.isEmpty() ? null : rowParts.get(0);
		if (rowPart == null && part == null) {
			return headerLine(line, words);
		}
		boolean bullet = "•●▪■".indexOf(words.get(0).text().charAt(0)) >= 0;
		if (rowPart == null && (bullet || line.baseline() - partBaseline > Tolerances.PART_ROW_GAP * line.fontSize())) {
			long prose = words.stream().filter(w -> w.text().chars().filter(Character::isLetter).count() >= 3
					&& Quantities.unit(w.text()) == null).count();
			if (prose >= 4) {
				columns = null;
			}
			return false;
		}
		if (rowPart == null) {
			rowPart = part;
		}
		PartRowCells row = new PartRowCells(columns);
		Map<SymbolColumn, Double> values = row.values(words);
		if (values.isEmpty()) {
			return !rowParts.isEmpty();
		}
		part = rowPart;
		partBaseline = line.baseline();
		emit(at, rowPart, values, row.cells(words, values));
		return true;
	}

	/**
	 * A line between the header and the first part row: symbols of a second header line join the columns, and
	 * test conditions printed under a column ("VR=6V", "IF=10mA") hold for all of its values. True while the line
	 * still belongs to the header.
	 */
	private boolean headerLine(TextLine line, List<Word> words) {
		for (Word w : words) {
			String n = Vocabulary.normalise(w.text());
			String ck = SymbolColumn.conditionKey(n);
			if (ck != null && !w.text().contains("=")) {
				columns.add(new SymbolColumn(null, ck, n, w.x0(), w.x1()));
			} else if (w.text().contains("=")) {
				SymbolColumn under = columns.stream()
						.filter(c -> c.name != null && c.x0 - Tolerances.UNDER_SYMBOL_SLACK <= w.center()
								&& w.center() <= Math.max(c.x1, c.nameEnd) + Tolerances.UNDER_SYMBOL_SLACK)
						.findFirst()
						.orElse(null); // under "trr (ns)"
				if (under != null) {
					Conditions.parse(w.text()).forEach(under.fixed::putIfAbsent);
				}
			}
		}
		columns.sort((a, b) -> Double.compare(a.center(), b.center()));
		// header lines (units, test points, "1 µs") are no rows of another table
		return line.baseline() - headerBaseline < Tolerances.SYMBOL_HEADER_DEPTH * line.fontSize()
				&& columnHeader.columns(line) == null;
	}

	/** One parameter per name; Min/Nom/Max columns of the same name are merged. */
	private void emit(PageLine at, String rowPart, Map<SymbolColumn, Double> values, Map<SymbolColumn, PartRowCells.Cell> cells) {
		Map<String, Double[]> byName = new LinkedHashMap<>();
		Map<String, Map<String, Double>> condsByName = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			SymbolColumn c = columns.get(i);
			if (c.name == null || !values.containsKey(c)) {
				continue;
			}
			Double v = values.get(c);
			if (v != null && !Vocabulary.plausible(c.name, v)) {
				continue; // a figure lost in print (a zero impedance) or a misread
			}
			// IO and IF both rate the forward current (average rectified, DC): each column is a value of its own
			String key = c.name + "#" + (c.link == null ? "" : c.link) + (c.name.equals("IF_AV") ? "#" + c.rawKey : "");
			Double[] mtm = byName.computeIfAbsent(key, k -> new Double[3]);
			int slot = c.slot >= 0 ? c.slot : Vocabulary.isLimit(c.name.replace("?", "")) || c.name.equals("IR")
					|| c.name.equals("ZZ") ? 2 : 1;
			if (mtm[slot] != null) {
				continue; // a second column of the same name (VR after VRM, a surge "IR"): the first one stands
			}
			PartRowCells.Cell cell = cells.get(c);
			if (cell != null && cell.upTo() != null && c.slot < 0 && mtm[0] == null && mtm[2] == null) {
				mtm[0] = values.get(c); // "0.8 to 3": the least and the most
				mtm[2] = cell.upTo();
			} else {
				mtm[slot] = values.get(c);
			}
			Map<String, Double> conds = condsByName.computeIfAbsent(key, k -> new LinkedHashMap<>());
			conditions(i, values, conds);
			if (cell != null) {
				cell.conditions().forEach(conds::putIfAbsent);
			}
		}
		TextLine line = at.line();
		Provenance prov = at.box(line.x0(), line.x1(), line.text());
		for (Map.Entry<String, Double[]> e : byName.entrySet()) {
			String name = e.getKey().substring(0, e.getKey().indexOf('#'));
			Double[] m = e.getValue();
			readings.add(new Reading(rowPart, new Parameter(name, m[0], m[1], m[2],
					Vocabulary.dimension(name.replace("?", "")), condsByName.get(e.getKey()), prov)));
		}
	}

	/**
	 * The conditions of name column i: printed in its heading, the linked condition column, else the nearest
	 * condition columns.
	 */
	private void conditions(int i, Map<SymbolColumn, Double> values, Map<String, Double> conds) {
		SymbolColumn c = columns.get(i);
		conds.putAll(c.fixed);
		for (SymbolColumn k : columns) {
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

	/** Whether a condition column of this key can be the test point of the named column (VR for leakage, ...). */
	static boolean testedAt(String name, String condKey) {
		return switch (name) {
		case "IR" -> condKey.equals("VR");
		case "VZ", "ZZ" -> condKey.equals("IZ");
		case "VF" -> condKey.equals("IF");
		default -> true;
		};
	}

	/** Whether condition column k is the closest one of its key to name column i (by column order). */
	private boolean nearestFor(SymbolColumn k, int i) {
		int ki = columns.indexOf(k);
		for (int j = 0; j < columns.size(); j++) {
			SymbolColumn o = columns.get(j);
			if (o != k && k.condKey.equals(o.condKey) && Math.abs(j - i) < Math.abs(ki - i)) {
				return false;
			}
		}
		return true;
	}
}
