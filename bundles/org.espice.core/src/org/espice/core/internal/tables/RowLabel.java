package org.espice.core.internal.tables;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.DeviceKind;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;

/**
 * What a row of a column-header table says before its values: the parameter its symbol or description names, and
 * where its values start.
 *
 * @param firstValue index of the first value in a value column, -1 when the row has none
 * @param name       spec name of the parameter, null when the row names none
 * @param nameAt     index of the symbol that names it, -1 when a description or nothing does
 * @param describes  whether the row has descriptive words (a new row, not a continued one)
 */
record RowLabel(int firstValue, String name, int nameAt, boolean describes) {

	/** A figure reference with its number glued on ("Fig.25);"). */
	private static final Pattern FIGURE = Pattern.compile("(?i)figs?\\.\\d.*");

	/** A package name ("SOT-23,", "DO-201AD"): rows that differ by package print it where others print conditions. */
	private static final Pattern PACKAGE = Pattern.compile("[A-Z]{1,4}-\\d{1,4}[A-Z]{0,3}[,;]?");

	private static final Set<String> CONNECTIVES = Set.of("and", "to", "or", "thru", "through");
	/** A symbol the text layer glued to the description's last word: "voltageVCE(sat)". */
	private static final Pattern GLUED_SYMBOL = Pattern.compile("[a-z]{3,}([A-Z].*)");
	/** A symbol's subscript printed as a word of its own: "(sat)", "(on)", "(th)", "(BR)". */
	private static final Pattern QUALIFIER = Pattern.compile("\\([A-Za-z]{2,4}\\)");

	/** Words before this index describe the row; the rest are its values. */
	int limit(LineTokens t) {
		return firstValue < 0 ? t.size() : firstValue;
	}

	/** Reads the label of a row under {@code columns} (null outside a table). */
	static RowLabel of(LineTokens t, Columns columns, RowContext context) {
		int firstValue = firstValue(t, columns);
		int limit = firstValue < 0 ? t.size() : firstValue;
		Column symCol = columns == null ? null : columns.first(ColumnType.SYMBOL);
		Column condCol = columns == null ? null : columns.first(ColumnType.COND);
		String name = null;
		int nameAt = -1;
		for (int pass = 0; pass < 2 && name == null; pass++) {
			nameAt = symbolAt(t, limit, pass == 0 ? symCol : null, symCol, condCol, context);
			name = nameAt < 0 ? null : symbolName(t, nameAt, limit, context);
		}
		if (name != null && Vocabulary.dimension(name).equals("F") && effective(t, limit)) {
			name = null; // "Coss eff.", "Coss eq.": a capacitance averaged over a voltage sweep, not Coss at a point
		}
		if (name != null && context.rating() && RatingKinds.continuousCurrent(name) && pulsed(t, limit)) {
			// "Collector Current (Pulse)  IC  2 A": the peak rating under the continuous one's symbol
			name = RatingKinds.pulsedOf(name);
		}
		boolean describes = describes(t, limit, symCol, condCol, context);
		if (name == null && describes) {
			StringBuilder d = new StringBuilder();
			for (int i = 0; i < limit; i++) {
				if (!t.condition(i)) {
					d.append(t.text(i)).append(' ');
				}
			}
			name = Vocabulary.nameOfDescription(d.toString(), context.kind());
		}
		return new RowLabel(firstValue, name, nameAt, describes);
	}

	/** Whether the row's description calls it a pulsed or peak rating. */
	private static boolean pulsed(LineTokens t, int limit) {
		for (int i = 0; i < limit; i++) {
			String w = LineTokens.norm(t.text(i));
			if (!t.condition(i) && (w.equals("pulse") || w.equals("pulsed") || w.equals("peak"))) {
				return true;
			}
		}
		return false;
	}

	private static int firstValue(LineTokens t, Columns columns) {
		for (int i = 0; i < t.size(); i++) {
			if (t.value(i) && Quantities.number(t.text(i)) != null) {
				if (columns == null || columns.values().isEmpty() || columns.valueColumnOf(t.word(i)) != null) {
					return i;
				}
			}
		}
		return -1;
	}

	/**
	 * The first word before the values that is a known symbol, -1 when none is. With {@code within} set only words
	 * near that (Symbol) column count.
	 */
	private static int symbolAt(LineTokens t, int limit, Column within, Column symCol, Column condCol,
			RowContext context) {
		for (int i = 0; i < limit; i++) {
			if (t.condition(i) || t.beforeComparator(i)) {
				continue;
			}
			Word w = t.word(i);
			if (within != null && (w.x1() < within.x0() - Tolerances.SYMBOL_COLUMN_SLACK
					|| w.x0() > within.x1() + Tolerances.SYMBOL_COLUMN_SLACK)) {
				continue;
			}
			if (symCol != null && condCol != null && condCol.x0() > symCol.x1()
					&& w.x0() >= condCol.x0() - Tolerances.CONDITION_COLUMN_SLACK) {
				continue; // "VDS = 0.8 x Rated BVDSS": symbols inside the conditions name no row
			}
			if (Qualifier.remark(t, i)) {
				continue; // "(Rated VR)": a symbol in a bracketed remark names no row
			}
			if (symbolName(t, i, limit, context) != null) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The spec name of the symbol at word i, or of it and the next word: "V F" under a symbol font, and "VBE (sat)"
	 * whose qualifier, printed apart, makes it another quantity than "VBE".
	 */
	private static String symbolName(LineTokens t, int i, int limit, RowContext context) {
		Word w = t.word(i);
		String cand = w.text();
		boolean joined = i + 1 < limit && !t.condition(i + 1)
				&& t.word(i + 1).x0() - w.x1() < w.fontSize() * Tolerances.SPLIT_SYMBOL_GAP;
		if (joined && QUALIFIER.matcher(t.text(i + 1)).matches()) {
			String qualified = Vocabulary.nameOfSymbol(cand + t.text(i + 1), context.kind(), context.rating());
			if (qualified != null) {
				return qualified;
			}
		}
		String nm = Vocabulary.nameOfSymbol(cand, context.kind(), context.rating());
		if (nm == null && joined && cand.length() <= 2) {
			nm = Vocabulary.nameOfSymbol(cand + t.text(i + 1), context.kind(), context.rating());
		}
		Matcher glued = GLUED_SYMBOL.matcher(cand);
		if (nm == null && glued.matches()) {
			nm = Vocabulary.nameOfSymbol(glued.group(1), context.kind(), context.rating());
		}
		return nm;
	}

	/** Whether the words before the values call the quantity effective or equivalent ("eff.", "eq."). */
	private static boolean effective(LineTokens t, int limit) {
		for (int i = 0; i < limit; i++) {
			String w = LineTokens.norm(t.text(i));
			if (!t.condition(i) && (w.equals("eff") || w.equals("eq") || w.startsWith("effective")
					|| w.startsWith("equivalent"))) {
				return true;
			}
		}
		return false;
	}

	/** Whether words before the values describe a parameter (a new row), rather than continue or qualify one. */
	private static boolean describes(LineTokens t, int limit, Column symCol, Column condCol, RowContext context) {
		if (limit > 0 && (t.key(0) || t.text(0).matches(".*[=≤≥<>].*"))) {
			return false; // "Tamb = 65 °C; PCB mounting": a row that starts with its test conditions continues one
		}
		for (int i = 0; i < limit; i++) {
			String s = t.text(i);
			if (Qualifier.inside(t, i) || FIGURE.matcher(s).matches() || PACKAGE.matcher(s).matches()) {
				continue; // "(Rated DC Voltage, TC = 125 °C)", "Fig.25);": a remark or reference qualifies the row above
			}
			if (LineTokens.norm(s).equals("for") && i + 1 < limit && !context.parts().in(t.text(i + 1)).isEmpty()) {
				continue; // "for 2N2222A  0.5 W": the row above, for one of the parts
			}
			if (condCol != null && symCol != null && condCol.x0() > symCol.x1()
					&& t.word(i).x0() >= condCol.x0() - Tolerances.CONDITION_COLUMN_SLACK) {
				continue; // condition text ("VDS = Max Rating") describes no new row
			}
			if (!t.condition(i) && !t.key(i) && s.length() >= 3 && s.chars().filter(Character::isLetter).count() >= 3
					&& Quantities.unit(s) == null && context.parts().in(s).isEmpty()
					&& !CONNECTIVES.contains(LineTokens.norm(s))) {
				return true;
			}
		}
		return false;
	}

	/** What reading a label needs besides the line: the device kind, the known parts, and whether rows are ratings. */
	record RowContext(DeviceKind kind, KnownParts parts, boolean rating) {
	}
}
