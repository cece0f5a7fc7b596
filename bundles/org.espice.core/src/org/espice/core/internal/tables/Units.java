package org.espice.core.internal.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;

/**
 * Finds the unit of a row's values: a unit word right of the first value, a unit cell spanning several rows, the
 * unit printed on the symbol line next to the row, or units glued to the numbers. Remembers the last units read,
 * since merged unit cells are printed on one row only.
 */
final class Units {

	private static final Set<String> SCALE_FREE = Set.of("", "K/W", "degC");

	private final LastRow lastRow;
	/** The unit each parameter was last read in: a unit cell may span its next rows. */
	private final Map<String, Quantities.Unit> lastUnit = new HashMap<>();
	private Quantities.Unit rowUnit;
	private int rowPage;
	private double rowBaseline;

	Units(LastRow lastRow) {
		this.lastRow = lastRow;
	}

	/** The unit printed for a row whose values start at {@code firstX} and measure {@code dim}, or null. */
	Quantities.Unit printed(Row row, Columns columns, double firstX, String dim) {
		LineTokens t = row.tokens();
		int n = t.size();
		Quantities.Unit unit = null;
		for (int i = 0; i < n; i++) {
			Word w = t.word(i);
			if (t.condition(i) || w.x0() < firstX) {
				continue;
			}
			Quantities.Unit u = Quantities.unit(w.text());
			if (u == null && i + 1 < n) {
				u = Quantities.unit(w.text() + t.text(i + 1));
			}
			if (u != null && Quantities.number(w.text()) == null) {
				unit = u;
			}
		}
		PageLine at = row.at();
		// another test point of the row just read, in its unit, whatever the rows around print
		Quantities.Unit continued = row.nameAt() < 0 && rowUnit != null && lastUnit.get(row.name()) == rowUnit
				&& rowPage == at.pageNumber() ? rowUnit : null;
		if (unit == null && continued != null && continued.dimension().equals(dim) && !dim.isEmpty()) {
			unit = continued;
		}
		if (unit == null && !dim.isEmpty()) {
			unit = spanningCell(at, columns, dim);
		}
		if (unit == null && columns == null && !dim.isEmpty()) {
			unit = adjacent(at, firstX, dim);
		}
		if (unit == null && row.nameAt() < 0 && lastUnit.containsKey(row.name())
				&& lastRow.within(at, Tolerances.UNIT_CELL_ROW_ABOVE)) {
			unit = lastUnit.get(row.name()); // the unit cell of the row above spans this one
		}
		double below = at.baseline() - rowBaseline;
		if (unit == null && !dim.isEmpty() && rowUnit != null && rowUnit.dimension().equals(dim)
				&& rowPage == at.pageNumber() && below > 0 && below < Tolerances.MERGED_UNIT_CELL * at.fontSize()) {
			unit = rowUnit; // a unit cell merged over this row and the one above, printed on the upper
		}
		return unit;
	}

	/**
	 * The unit the row's values are read in, given the unit printed for it and the first unit glued to a number;
	 * null when the row is to be dropped (a unit of another dimension, or none where one must be printed).
	 */
	static Quantities.Unit settled(Quantities.Unit printed, Quantities.Unit glued, String dim, Columns columns) {
		Quantities.Unit unit = printed;
		if (unit != null && dim.equals("Ohm") && unit.dimension().equals("W")) {
			// the Symbol font's Ω is its W: "0.030 W" on an on-resistance row, "mW" its mΩ
			unit = new Quantities.Unit(unit.factor(), dim);
		}
		if (unit == null || !unit.dimension().equals(dim)) {
			if (glued != null && glued.dimension().equals(dim)) {
				unit = glued;
			} else if (unit != null && !unit.dimension().equals(dim)) {
				return null;
			}
		}
		if (unit == null) {
			// inside a table an empty unit cell is most often an Ω glyph the symbol font did not map to text
			if (!(dim.isEmpty() || dim.equals("V") || dim.equals("A") || dim.equals("W") || dim.equals("K/W")
					|| dim.equals("Ohm") && columns != null && columns.has(ColumnType.UNIT))) {
				return null;
			}
			unit = new Quantities.Unit(1, dim);
		}
		return unit;
	}

	/** Notes the unit a row was read in, for the rows its unit cell may span. */
	void read(Row row, Quantities.Unit unit) {
		lastUnit.put(row.name(), unit);
		rowUnit = unit;
		rowPage = row.at().pageNumber();
		rowBaseline = row.at().baseline();
	}

	/** "vF V" on a row without values: the unit cell of the rows that follow. */
	void cell(String name, Quantities.Unit unit) {
		lastUnit.put(name, unit);
	}

	/** For tracing: how far below the last unit read a line lies, in line heights. */
	double gapToLastUnit(PageLine at) {
		return (at.baseline() - rowBaseline) / at.fontSize();
	}

	Quantities.Unit lastRowUnit() {
		return rowUnit;
	}

	/** Whether a row prints a unit outside its conditions. */
	static boolean rowHasUnit(LineTokens t) {
		for (int i = 0; i < t.size(); i++) {
			if (!t.condition(i) && Quantities.number(t.text(i)) == null && Quantities.unit(t.text(i)) != null) {
				return true;
			}
		}
		return false;
	}

	/** A number in SI: its own unit when it has one of the right dimension, else the row's. */
	static double scale(Quantities.Number q, Quantities.Unit unit) {
		Quantities.Unit u = q.unit() != null && q.unit().dimension().equals(unit.dimension()) ? q.unit() : unit;
		double v = q.value() * (SCALE_FREE.contains(u.dimension()) ? 1 : u.factor());
		// the product of a printed number and a prefix, without binary noise: 350 mW is 0.35 W, not 0.35000000000000003
		return v == 0 ? v : Double.parseDouble(String.format(Locale.ROOT, Math.abs(v) < 1e-3 ? "%.6g" : "%.12g", v));
	}

	/** A unit printed on the neighbouring symbol-only line ("IRM µA" under "Peak reverse current ... 5.0"). */
	static Quantities.Unit adjacent(PageLine at, double firstX, String dim) {
		TextLine line = at.line();
		int index = at.index();
		for (int j = Math.max(0, index - 1); j <= Math.min(at.count() - 1, index + 1); j++) {
			TextLine o = at.at(j);
			if (j == index || Math.abs(o.baseline() - line.baseline()) > Tolerances.ADJACENT_UNIT_LINE * line.fontSize()
					|| o.words().stream().anyMatch(w -> Quantities.number(w.text()) != null)) {
				continue;
			}
			for (Word w : o.words()) {
				Quantities.Unit u = Quantities.unit(w.text());
				if (u != null && u.dimension().equals(dim) && w.x0() >= firstX - Tolerances.UNIT_LEFT_OF_VALUE) {
					return u;
				}
			}
		}
		return null;
	}

	/**
	 * A unit cell spanning several rows: the closest unit word in the unit column a few lines away. The cell may be
	 * centred on the next row of values above or below however airy the table: a unit there reaches as far as a cell
	 * merged over two rows ("Ciss 16 / Coss 10 pF / Crss 5.5" with the rows 3.5 line heights apart).
	 */
	static Quantities.Unit spanningCell(PageLine at, Columns columns, String dim) {
		Column uc = columns == null ? null : columns.unitColumn();
		if (uc == null) {
			return null;
		}
		TextLine line = at.line();
		int index = at.index();
		List<TextLine> lines = at.lines();
		int above = neighbourRow(lines, index, -1);
		int below = neighbourRow(lines, index, 1);
		Quantities.Unit best = null;
		double bestD = Double.MAX_VALUE;
		for (int j = Math.max(0, index - 4); j < Math.min(lines.size(), index + 5); j++) {
			TextLine o = lines.get(j);
			double d = Math.abs(o.baseline() - line.baseline());
			double reach = j == above || j == below ? Tolerances.MERGED_UNIT_CELL : Tolerances.SPANNING_UNIT_CELL;
			if (d > reach * line.fontSize() || d >= bestD) {
				continue;
			}
			for (Word w : o.words()) {
				if (w.x1() < uc.x0() - Tolerances.UNIT_COLUMN_SLACK || w.x0() > uc.x1() + Tolerances.UNIT_COLUMN_SLACK) {
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

	/** The index of the nearest line with values from {@code index} in direction {@code step}, or -1. */
	private static int neighbourRow(List<TextLine> lines, int index, int step) {
		for (int j = index + step; j >= 0 && j < lines.size() && Math.abs(j - index) <= 4; j += step) {
			if (LineTokens.of(lines.get(j)).valueCount() > 0) {
				return j;
			}
		}
		return -1;
	}
}
