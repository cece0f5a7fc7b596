package org.espice.core.internal.tables;

import java.util.List;

import org.espice.core.DeviceKind;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;

/** Symbol cells printed on a line of their own, centred over the rows of values they name. */
final class SymbolCells {

	private final DeviceKind kind;
	private final ColumnHeader columnHeader;

	SymbolCells(DeviceKind kind, ColumnHeader columnHeader) {
		this.kind = kind;
		this.columnHeader = columnHeader;
	}

	/**
	 * The nearest line within {@code within} line heights that holds a known symbol and no values, or -1 (also
	 * when a nearer line holds the symbol cell of a parameter we do not know).
	 */
	int line(PageLine at, Columns columns, double within, boolean rating) {
		TextLine line = at.line();
		int index = at.index();
		int best = -1;
		double bestD = Double.MAX_VALUE;
		Column symCol = columns == null ? null : columns.first(ColumnType.SYMBOL);
		for (int j = Math.max(0, index - 3); j <= Math.min(at.count() - 1, index + 3); j++) {
			if (j == index) {
				continue;
			}
			TextLine o = at.at(j);
			double d = Math.abs(o.baseline() - line.baseline());
			if (d > within * line.fontSize() || d >= bestD) {
				continue;
			}
			boolean values = false;
			List<Word> ws = LineTokens.joined(o.words().stream().filter(w -> !w.superscript()).toList());
			for (int k = 0; k < ws.size(); k++) {
				// "Continuous Drain Current  VGS at -10 V  ID": the number of its condition is no value
				if (Quantities.number(ws.get(k).text()) != null && !LineTokens.atCondition(ws, k)) {
					values = true;
				}
			}
			boolean inSymbolColumn = symCol != null
					? o.words().stream().anyMatch(w -> Columns.within(w, symCol, Tolerances.SYMBOL_COLUMN_SLACK))
					: o.words().size() <= 2 && o.words().get(0).text().matches("[A-Z][A-Za-z0-9()θ,]{1,10}")
							&& o.words().get(0).text().chars().filter(Character::isUpperCase).count() >= 2;
			if (!values && o.words().size() <= 10 && symbolOf(o, rating) != null
					&& !SectionTracker.axisTitle(o.words())) {
				best = j;
				bestD = d;
			} else if (!values && inSymbolColumn && columnHeader.columns(o) == null) {
				best = -1; // a nearer symbol cell of a parameter we do not know
				bestD = d;
			}
		}
		return best;
	}

	/** The spec name of the first known symbol on a line that is not a test-condition key. */
	String symbolOf(TextLine line, boolean rating) {
		List<Word> ws = LineTokens.joined(line.words().stream().filter(w -> !w.superscript()).toList());
		for (int i = 0; i < ws.size(); i++) {
			String t = ws.get(i).text();
			if (t.contains("=") || i + 1 < ws.size() && LineTokens.comparator(ws.get(i + 1).text())
					|| i + 2 < ws.size() && LineTokens.atCondition(ws, i + 2)) {
				continue; // the quantity of a test condition ("VGS = 0 V", "VGS at -10 V")
			}
			String nm = Vocabulary.nameOfSymbol(t, kind, rating);
			if (nm != null) {
				return nm;
			}
		}
		return null;
	}

	/**
	 * The row right above a centred symbol cell that carries its unit ("RDS(ON) Ω"): the cell's line, or -1. Only
	 * for a row that prints no unit of its own and does not continue a parameter of the same dimension.
	 */
	int cellWithUnitBelow(PageLine at, Columns columns, String current, boolean rating) {
		int j = line(at, columns, Tolerances.SYMBOL_CELL_WITH_UNIT, rating);
		if (j <= at.index()) {
			return -1;
		}
		String other = symbolOf(at.at(j), rating);
		String otherDim = Vocabulary.dimension(other.replace("?", ""));
		boolean unitThere = at.at(j).words().stream().map(w -> Quantities.unit(w.text()))
				.anyMatch(u -> u != null && u.dimension().equals(otherDim));
		return unitThere && (current == null || !Vocabulary.dimension(current.replace("?", "")).equals(otherDim)) ? j
				: -1;
	}
}
