package org.espice.core.internal.tables;

import java.util.List;
import java.util.Set;

import org.espice.core.internal.identity.PartNumbers;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;

/**
 * The symbol a row without a symbol of its own opens, where the symbol stands on a line below it: tables that centre
 * a symbol over its rows print the first of them above it. Each search gives the symbol's line, or -1.
 */
final class SymbolRowsBelow {

	private final SymbolCells cells;

	SymbolRowsBelow(SymbolCells cells) {
		this.cells = cells;
	}

	/**
	 * A symbol cell without values a line or two below ("Zero gate voltage drain / IDSS / current", centred over
	 * its rows): the row is the first of that symbol's rows. -1 when a row of values comes first.
	 */
	int cell(PageLine at, boolean rating) {
		for (int j = at.index() + 1; j < at.count() && j <= at.index() + 2; j++) {
			TextLine o = at.at(j);
			if (o.baseline() - at.baseline() > Tolerances.SPANNING_SYMBOL_CELL * at.fontSize()
					|| LineTokens.of(o).valueCount() > 0) {
				return -1;
			}
			if (cells.symbolOf(o, rating) != null) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * The next row, when it has a symbol cell of its own and varies the same quantities as this one: "TIP120 VCE = 30
	 * V, IB = 0 0.5" above "ICEO ... TIP121 VCE = 40 V, IB = 0 0.5 mA", the first part's row of a symbol centred on
	 * the second; or, for a part's row without test point, a row of values without one for a later part of the series
	 * ("TIP120 60" above "VCBO ... TIP121 80 V"; "MPSW45A 50" above "VCBO MPSW45 50" ends the group above). -1
	 * otherwise. The symbol may be one we do not know: the row is then none of ours.
	 */
	int row(Row row, Column symCol, boolean rating) {
		PageLine at = row.at();
		int j = at.index() + 1;
		if (symCol == null || j >= at.count() || at.at(j).baseline() - at.baseline()
				> Tolerances.SYMBOL_ON_NEXT_ROW_WITH_CONDITIONS * at.fontSize()) {
			return -1;
		}
		TextLine below = at.at(j);
		boolean symbolCell = below.words().stream().anyMatch(w -> Columns.within(w, symCol,
				Tolerances.SYMBOL_CELL_SLACK) && Character.isLetter(w.text().charAt(0)));
		Set<String> own = TestPoints.testedQuantities(row.subject().conditions());
		Set<String> theirs = TestPoints.testedQuantities(Conditions.parse(below.text()));
		List<String> parts = row.subject().parts();
		boolean partRows = own.isEmpty() && theirs.isEmpty() && !parts.isEmpty()
				&& LineTokens.of(below).valueCount() > 0 && below.words().stream().map(w -> PartNumbers.token(w.text()))
						.anyMatch(t -> PartNumbers.isPart(t) && PartNumbers.sameSeries(t, parts.get(0))
								&& parts.get(0).compareTo(t) < 0);
		return symbolCell && (!own.isEmpty() && own.equals(theirs) || partRows) ? j : -1;
	}

	/**
	 * The next line, when the row prints a unit the parameter above ({@code current}, if any) cannot have and that
	 * line names a parameter of that unit: "SOT-89  0.5 W" above "Total Power Dissipation TO-126C  PD  1.6 W", under a
	 * collector current, is the first package's row of the dissipation centred on the second (asked, after a row of a
	 * symbol we do not know, only of a row without a test point: one with its own goes on with that row).
	 */
	int rowOfItsUnit(Row row, String current) {
		PageLine at = row.at();
		String dim = current == null ? null : Vocabulary.dimension(current);
		String printed = null;
		for (int i = 0; i < row.tokens().size(); i++) {
			Quantities.Unit u = row.tokens().condition(i) ? null : Quantities.unit(row.tokens().text(i));
			if (u != null && Quantities.number(row.tokens().text(i)) == null) {
				printed = u.dimension();
			}
		}
		int j = at.index() + 1;
		if (printed == null || printed.isEmpty() || printed.equals(dim) || "".equals(dim) || j >= at.count()) {
			return -1;
		}
		if (at.at(j).baseline() - at.baseline() > Tolerances.SYMBOL_ON_NEXT_ROW_WITH_CONDITIONS * at.fontSize()) {
			return -1;
		}
		String below = cells.symbolOf(at.at(j), row.rating());
		return below != null && Vocabulary.dimension(below).equals(printed) ? j : -1;
	}

	/** A row that prints only a part and its values (": BC338  30 V"): no description, no test point. */
	static boolean bareFamilyRow(Row row) {
		return !row.subject().parts().isEmpty() && row.subject().conditions().isEmpty() && !row.label().describes();
	}
}
