package org.espice.core.internal.tables;

import java.util.Set;

import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;

/**
 * A symbol cell centred among the rows of values it names, as ST and Fairchild print them: "Tj = 25 °C 0.47"
 * above and "Tj = 125 °C 0.42" below the row that prints "VF". The rows above lead to the symbol printed below
 * them, and the group reaches as far below the symbol as above it, so a row farther down belongs to the next
 * symbol, not to this one.
 */
final class CentredSymbol {

	/** At most this many rows of values lie above a centred symbol. */
	private static final int MAX_ROWS_ABOVE = 3;

	private final SymbolCells cells;
	/** Baseline of the symbol the open group leads to; NaN when no group is open. */
	private double symbol = Double.NaN;
	/** How far above the symbol the group's first row lies. */
	private double reach;
	private int page;

	CentredSymbol(SymbolCells cells) {
		this.cells = cells;
	}

	/** Forgets the open group: another table or parameter starts. */
	void end() {
		symbol = Double.NaN;
	}

	/**
	 * The line of the symbol that the unlabelled row of values at {@code at} leads to: the lines between hold
	 * values only, each close to the one above, and a row of values lies as far below the symbol as this one lies
	 * above it (a unit cell may lie between). Opens the group; -1 when there is no such symbol.
	 */
	int below(PageLine at, double step, boolean rating) {
		return below(at, step, rating, null, null);
	}

	/**
	 * The line of a bare symbol cell (a name without values or test conditions, centred over its rows) that the row
	 * of values at {@code at} leads to, as {@link #below(PageLine, double, boolean)} finds it, even where the row's
	 * test point is tested like the row above, when it is tested as the row mirrored under the symbol. Asked only in a
	 * table whose symbols stand centred among their rows (the parameter above was found so): there
	 * the row above the name is the first of its rows, not the last of the parameter before (IDSS's "VDS = 48 V,
	 * VGS = 0 V" rows, then ID(on)'s "VDS = 10 V, VGS = 4.5 V" above "ID(on)"). The symbol may be one we do not know,
	 * a word with letters in the symbol column {@code symCol}: the row is then none of ours. -1 when there is no
	 * such symbol.
	 */
	int belowBare(PageLine at, double step, boolean rating, Column symCol, String current) {
		return below(at, step, rating, symCol, current);
	}

	/**
	 * {@code bareIn}: the symbol column, where only a bare symbol cell is looked for, other than {@code current}'s (the
	 * parameter the rows above continue); null for any symbol row.
	 */
	private int below(PageLine at, double step, boolean rating, Column bareIn, String current) {
		double prev = at.baseline();
		for (int j = at.index() + 1; j < at.count() && j <= at.index() + MAX_ROWS_ABOVE; j++) {
			TextLine o = at.at(j);
			if (o.baseline() - prev >= step * at.fontSize()) {
				return -1;
			}
			boolean bare = bareIn != null && LineTokens.of(o).valueCount() == 0 && Conditions.parse(o.text()).isEmpty()
					&& o.words().stream().anyMatch(w -> Columns.within(w, bareIn, Tolerances.SYMBOL_CELL_SLACK)
							&& Character.isLetter(w.text().charAt(0)));
			String symbol = cells.symbolOf(o, rating);
			if (bare && symbol != null && symbol.equals(current)) {
				return -1; // the symbol of the rows above: the row is one of theirs
			}
			if (symbol != null && measuresOther(at.line(), symbol)) {
				return -1; // "TA = 150 °C -0.2 µA" above "VGS(off) ... V": the last row of the parameter above
			}
			if (symbol != null || bare) {
				int mirror = mirrored(at, j);
				if (mirror < 0 || (bareIn != null ? !bare || !testedAlike(at.line(), at.at(mirror))
						: testedLikeTheRowAbove(at, o))) {
					return -1;
				}
				opens(at, j);
				return j;
			}
			if (!valuesOnly(o, rating) && !unitCell(o)) {
				return -1;
			}
			prev = o.baseline();
		}
		return -1;
	}

	/** The row at {@code at} was given to the symbol cell on line {@code symbolLine} below it. */
	void opens(PageLine at, int symbolLine) {
		symbol = at.at(symbolLine).baseline();
		reach = symbol - at.baseline();
		page = at.pageNumber();
	}

	/** A row that names its own parameter: it keeps the group only when it is the group's symbol row. */
	void named(PageLine at) {
		if (!Double.isNaN(symbol) && (at.pageNumber() != page
				|| Math.abs(at.baseline() - symbol) > Tolerances.CENTRED_GROUP_SLACK * at.fontSize())) {
			end();
		}
	}

	/** Whether the row lies farther below the group's symbol than the group's first row lies above it. */
	boolean beyond(PageLine at) {
		return !Double.isNaN(symbol) && at.pageNumber() == page
				&& at.baseline() - symbol > reach + Tolerances.CENTRED_GROUP_SLACK * at.fontSize();
	}

	/**
	 * Whether the row's test conditions name keys of the row above it ("VGE = 0V, VCE = 600V, TJ = 175 °C" under
	 * "ICES ... VGE = 0V, VCE = 600V") and none of the symbol row's: it continues the row above.
	 */
	private static boolean testedLikeTheRowAbove(PageLine at, TextLine symbolRow) {
		Set<String> own = Conditions.parse(at.line().text()).keySet();
		if (own.isEmpty() || at.index() == 0) {
			return false;
		}
		Set<String> above = Conditions.parse(at.at(at.index() - 1).text()).keySet();
		Set<String> symbol = Conditions.parse(symbolRow.text()).keySet();
		return own.stream().noneMatch(symbol::contains) && own.stream().anyMatch(above::contains);
	}

	/** Whether two rows set the same quantities at their test points (temperatures aside). */
	private static boolean testedAlike(TextLine a, TextLine b) {
		return TestPoints.testedQuantities(Conditions.parse(a.text()))
				.equals(TestPoints.testedQuantities(Conditions.parse(b.text())));
	}

	/** The row of values that lies below the symbol line as far as the row at {@code at} lies above it, or -1. */
	private int mirrored(PageLine at, int symbolLine) {
		double s = at.at(symbolLine).baseline();
		double want = s - at.baseline();
		double slack = Tolerances.CENTRED_GROUP_SLACK * at.fontSize();
		for (int k = symbolLine + 1; k < at.count(); k++) {
			TextLine o = at.at(k);
			double d = o.baseline() - s;
			if (d > want + slack) {
				return -1;
			}
			if (d >= want - slack && valuesOnly(o, false)) {
				return k;
			}
		}
		return -1;
	}

	/**
	 * Whether the row's unit cell (its last unit word outside its test conditions) measures another quantity than the
	 * parameter {@code symbol} names: the row cannot be one of that parameter's.
	 */
	private static boolean measuresOther(TextLine line, String symbol) {
		LineTokens t = LineTokens.of(line);
		String dim = Vocabulary.dimension(symbol.replace("?", ""));
		for (int i = t.size() - 1; i >= 0 && !dim.isEmpty(); i--) {
			Quantities.Unit unit = t.condition(i) ? null : Quantities.unit(t.text(i));
			if (unit != null && !unit.dimension().isEmpty()) {
				return !unit.dimension().equals(dim);
			}
		}
		return false;
	}

	/** A line that holds units only: the unit cell of the rows around it. */
	private static boolean unitCell(TextLine line) {
		return line.words().stream().allMatch(w -> Quantities.unit(w.text()) != null);
	}

	/** A line of values (not only test conditions or figure references) without a symbol of its own. */
	private boolean valuesOnly(TextLine line, boolean rating) {
		return LineTokens.of(line).valueCount() > 0 && cells.symbolOf(line, rating) == null;
	}
}
