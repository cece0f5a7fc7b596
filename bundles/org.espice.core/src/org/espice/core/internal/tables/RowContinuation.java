package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;
import org.espice.core.internal.parameters.Vocabulary;
import org.espice.core.internal.tables.TableReader.Reading;

/**
 * Carries a parameter from row to row: rows without a symbol of their own continue the one above (another test
 * condition, another part), symbol cells centred over several rows name them, and conditions wrapped onto the next
 * line join the row above.
 */
final class RowContinuation {

	/** A numbered note under a table ("1. This rating based on testing with ..."): its conditions are its own. */
	private static final Pattern NOTE = Pattern.compile("\\s*(?:\\(?\\d{1,2}[.)]\\s+[A-Z][a-z]|(?i:notes?)\\b)");

	private final List<Reading> readings;
	private final LastRow lastRow;
	private final Units units;
	private final SymbolCells cells;
	private final CentredSymbol centred;
	private final SymbolRowsBelow below;
	private final WrappedRows wrappedRows;

	/** The parameter the rows continue, null when the next row must name its own. */
	private RowSubject current;
	/** The parameter whose first rows stood above its symbol (a table that centres its symbols), or null. */
	private String centredName;
	private double baseline;
	private int page;
	/** The conditions of the last continued row of {@link #current}, which a row measured hot repeats; or null. */
	private Map<String, Double> previous;
	/** The gain groups of {@link #current}'s rows. */
	private final GainGroups groups = new GainGroups();
	/** Baseline of the last row that named its parameter by its own symbol and gave values, on {@link #page}. */
	private double symbolRow = Double.NaN;
	/** The last part's row that belonged to no parameter we know (under a symbol we do not know), or null. */
	private PageLine lostPartRow;
	/** Baseline of the last row that named its parameter without values (they may sit lower), on {@link #page}. */
	private double symbolOnly = Double.NaN;

	RowContinuation(List<Reading> readings, LastRow lastRow, Units units, SymbolCells cells) {
		this.readings = readings;
		this.lastRow = lastRow;
		this.units = units;
		this.cells = cells;
		this.centred = new CentredSymbol(cells);
		this.below = new SymbolRowsBelow(cells);
		this.wrappedRows = new WrappedRows(readings, lastRow);
	}

	/** The next row must name its parameter: a table, a section or a derating row ended the one above. */
	void end() {
		current = null;
		symbolOnly = Double.NaN;
		centredName = null;
		centred.end();
	}

	/** Rows from here on continue {@code s}, from its own conditions. */
	private void subject(RowSubject s) {
		current = s;
		previous = null;
		groups.head(s.parts()); // a symbol row of its own part and test point heads the groups under it
	}

	/** Whether a row's test point sets the quantities of the row above to the same values (temperatures aside). */
	private boolean sameTestPoint(Map<String, Double> own) {
		if (previous == null) {
			return false;
		}
		Set<String> keys = TestPoints.testedQuantities(own);
		return keys.equals(TestPoints.testedQuantities(previous)) && keys.stream().allMatch(k -> own.get(k).equals(previous.get(k)));
	}

	/** The name of the parameter the rows continue, or null. */
	String current() {
		return current == null ? null : current.name();
	}

	/** A row without values: a symbol row whose values follow, a condition row, or prose. */
	void withoutValues(Row row, Columns columns) {
		RowLabel label = row.label();
		RowSubject subject = row.subject();
		PageLine at = row.at();
		Map<String, Double> conds = subject.conditions();
		String name = subject.name();
		if (NOTE.matcher(at.line().text()).lookingAt()) {
			end(); // a note under the table: its conditions are its own, and no row goes on after it
			return;
		}
		if (stackedParts(row)) {
			return;
		}
		boolean wrapped = !conds.isEmpty() && lastRow.lastGave(readings.size())
				&& lastRow.within(at, Tolerances.WRAPPED_CONDITIONS)
				&& (name == null || name.equals(current()) && (label.nameAt() < 0 || !label.describes()));
		Column symCol = columns == null ? null : columns.first(ColumnType.SYMBOL);
		boolean symbolCell = printsSymbol(row, columns);
		if (!wrapped && name != null) {
			centred.named(at);
			unitCell(at, name);
			subject(subject);
			baseline = at.baseline();
			symbolOnly = baseline;
			page = at.pageNumber();
		} else if (label.describes() && symbolCell) {
			current = null; // a row of an unknown symbol
		} else if (!conds.isEmpty() && current != null) {
			subject(current.withConditions(conds));
			if (lastRow.lastGave(readings.size()) && (lastRow.within(at, Tolerances.WRAPPED_CONDITIONS)
					|| wrappedRows.openConditions() && lastRow.within(at, Tolerances.WRAPPED_AFTER_COMMA))) {
				wrappedRows.conditions(conds);
				lastRow.reaches(at.baseline());
			}
			baseline = at.baseline();
		} else if (label.describes() && row.tokens().size() > 8) {
			current = null;
		} else if (current != null && symCol != null && !symbolCell && name == null && at.pageNumber() == page
				&& at.baseline() - baseline < Tolerances.CONTINUED_ROW_IN_TABLE * at.fontSize()) {
			baseline = at.baseline(); // a wrapped line of the row's cells ("see Fig.2;") keeps its parameter going
		}
	}

	/**
	 * A line that names parts only, right under a row of values for other parts: the part cell holds both names
	 * stacked ({@link WrappedRows#stackedParts}), and the rows that continue it are the new parts' too. False, changing
	 * nothing, for any other line.
	 */
	private boolean stackedParts(Row row) {
		List<String> added = current == null ? null : wrappedRows.stackedParts(row, current.parts());
		if (added == null) {
			return false;
		}
		List<String> parts = new ArrayList<>(current.parts());
		parts.addAll(added);
		current = current.withParts(List.copyOf(parts));
		baseline = row.at().baseline();
		return true;
	}

	/** Whether the row prints a word in the table's symbol column. */
	private static boolean printsSymbol(Row row, Columns columns) {
		Column symCol = columns == null ? null : columns.first(ColumnType.SYMBOL);
		return symCol != null && row.tokens().words().stream()
				.anyMatch(w -> Columns.within(w, symCol, Tolerances.SYMBOL_CELL_SLACK));
	}

	/** "vF V": a unit on a symbol row without values is the unit cell of the rows that follow. */
	private void unitCell(PageLine at, String name) {
		List<Word> words = LineTokens.of(at.line()).words();
		for (Word w : words) {
			Quantities.Unit u = Quantities.unit(w.text());
			if (u != null && u.dimension().equals(Vocabulary.dimension(name.replace("?", "")))
					&& w.x0() > words.get(0).x1()) {
				units.cell(name, u);
				lastRow.at(at);
			}
		}
	}

	/**
	 * A row of values: the row itself when it names its parameter, else the row it continues or the symbol cell
	 * centred next to it; null when it belongs to no parameter.
	 */
	Row withValues(Row row, Columns columns) {
		PageLine at = row.at();
		if (row.name() != null) {
			centred.named(at);
			subject(row.subject());
			page = at.pageNumber();
			baseline = at.baseline();
			symbolRow = row.nameAt() >= 0 ? baseline : Double.NaN;
			symbolOnly = Double.NaN;
			return row;
		}
		if (centred.beyond(at)) {
			current = null; // past the rows of a centred symbol: the row belongs to the next one
			centred.end();
		}
		int near = symbolCell(row, columns);
		if (near >= 0) {
			return namedByCell(row, near);
		}
		boolean close = current != null && at.pageNumber() == page && at.baseline() - baseline <= (columns == null
				? Tolerances.CONTINUED_ROW_OUTSIDE_TABLE
				: Tolerances.CONTINUED_ROW_IN_TABLE) * at.fontSize();
		// a rating's other kinds, each on a row of its own without a symbol of its own ("VGSM  ±40" is another rating)
		boolean unnamed = close && !printsSymbol(row, columns);
		String kind = unnamed ? RatingKinds.otherKind(current.name(), at.line().text()) : null;
		if (kind != null) {
			RowSubject own = row.subject();
			subject(new RowSubject(kind, own.conditions(), current.parts(), current.text() + " | " + own.text()));
			baseline = at.baseline();
			return row.about(current);
		}
		// the values of a symbol row set a little lower, beside the next line of its description ("IDSS  VGS = 0 V,
		// VDS = 600 V,  µA" over "current  100"): a cell of several lines centres its values between them
		boolean lowered = close && at.baseline() > symbolOnly
				&& at.baseline() - symbolOnly < Tolerances.LOWERED_VALUES * at.fontSize();
		if (row.label().describes() && !wrappedOutsideTable(row, columns) && !wrappedWithTestPoint(row, columns)
				&& !RatingKinds.continuous(at.line().text()) && !lowered || !close) {
			current = null;
			lostPartRow = SymbolRowsBelow.bareFamilyRow(row) ? at : null;
			return null;
		}
		RowSubject own = row.subject();
		List<String> parts = own.parts().isEmpty() ? current.parts() : own.parts();
		List<String> all = own.parts().isEmpty() && ownTestPoint(row) && !sameTestPoint(own.conditions())
				? groups.all() : null;
		if (all != null) {
			// "(IC = 300 mA, VCE = 1.0 V)  60" under the gain groups' rows of one test point: a test point of the
			// parts the group rows named, not of the last group alone
			parts = all;
			current = current.withParts(parts);
		}
		boolean group = !own.parts().isEmpty() && own.conditions().isEmpty();
		if (!own.parts().isEmpty()) {
			current = current.withParts(own.parts());
			groups.named(own.parts(), group);
		}
		Map<String, Double> conditions;
		if (group && previous != null) {
			// "BC337-16  100  250" under "(IC = 100 mA, VCE = 1.0 V) BC337  100  630": another part at the same test point
			conditions = new LinkedHashMap<>(previous);
		} else {
			conditions = carried(own.conditions());
		}
		baseline = at.baseline();
		previous = conditions;
		return row.about(new RowSubject(current.name(), conditions, parts, current.text() + " | " + own.text(),
				current.statistic()));
	}

	/**
	 * A row named by the symbol cell on line {@code near}: beside it, or centred among its rows below or above it; null
	 * for a symbol we do not know. A row above its centred symbol shares the symbol row's test point, as the rows below
	 * it do ("Tj = 25 °C  0.47  0.52" above "VF  Tj = 100 °C  IF = 5 A  0.43  0.49").
	 */
	private Row namedByCell(Row row, int near) {
		PageLine at = row.at();
		String name = cells.symbolOf(at.at(near), row.rating());
		if (name == null) {
			current = null; // the first row of a symbol we do not know
			return null;
		}
		RowSubject own = row.subject();
		Map<String, Double> conditions = near > at.index()
				? TestPoints.under(Conditions.parse(at.at(near).text()), own.conditions())
				: own.conditions();
		subject(new RowSubject(name, conditions, own.parts(), at.at(near).text() + " | " + own.text(),
				StatisticMark.of(LineTokens.of(at.at(near)), 0)));
		if (near > at.index()) {
			centredName = name;
			unitCell(new PageLine(at.page(), near), name); // the symbol row below prints the group's unit
		} else if (!name.equals(centredName)) {
			centredName = null;
		}
		page = at.pageNumber();
		baseline = at.baseline();
		return row.about(current);
	}

	/**
	 * A continued row's test point: a row that states only a temperature is the row above measured hot ("TJ = 125 °C"
	 * under "VGS = 10 V, ID = 0.5 A"); else its own over the parameter's ({@link TestPoints#under}).
	 */
	private Map<String, Double> carried(Map<String, Double> own) {
		boolean hotOnly = own.size() == 1 && own.containsKey("T");
		if (hotOnly && previous != null) {
			Map<String, Double> hot = new LinkedHashMap<>(previous);
			hot.putAll(own);
			return hot;
		}
		return TestPoints.under(current.conditions(), own);
	}

	/**
	 * Outside a table, a row that names nothing and whose first value carries the unit of the parameter above
	 * ("Rated DC Blocking 100µA TJ = 100°C" under "Reverse Current At IR 10µA"): its words wrap the description
	 * of the row above, its value is another test point of it.
	 */
	private boolean wrappedOutsideTable(Row row, Columns columns) {
		LineTokens t = row.tokens();
		if (columns != null || current == null || row.name() != null) {
			return false;
		}
		for (int i = 0; i < t.size(); i++) {
			Quantities.Number q = t.value(i) ? Quantities.number(t.text(i)) : null;
			if (q != null) {
				return q.unit() != null
						&& q.unit().dimension().equals(Vocabulary.dimension(current.name().replace("?", "")));
			}
		}
		return false;
	}

	/**
	 * "Saturation voltage  IC = 500 mA  IB = 50 mA  1  V" right under "VCE(sat)  Collector-emitter  IC = 150 mA ...":
	 * the second line of the description of the symbol row above, with a test point and values of its own; in a
	 * family's table, "Current*  112  5.0  mA" under "IDSS  Zero-Gate Voltage Drain  VDS = 15V  111  20  mA", with a
	 * part of its own. Its words describe nothing new; an empty symbol cell says it is no row of its own.
	 */
	private boolean wrappedWithTestPoint(Row row, Columns columns) {
		Column symCol = columns == null ? null : columns.first(ColumnType.SYMBOL);
		PageLine at = row.at();
		boolean own = !row.subject().conditions().isEmpty() || !row.subject().parts().isEmpty();
		if (symCol == null || current == null || !own || at.pageNumber() != page
				|| !(at.baseline() - symbolRow <= Tolerances.WRAPPED_DESCRIPTION * at.fontSize())) {
			return false;
		}
		LineTokens t = row.tokens();
		for (int i = 0; i < row.label().limit(t); i++) {
			if (!t.condition(i) && Columns.within(t.word(i), symCol, Tolerances.SYMBOL_CELL_SLACK)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the row prints a test point of its own, not only a temperature. */
	private static boolean ownTestPoint(Row row) {
		return !TestPoints.testedQuantities(row.subject().conditions()).isEmpty();
	}

	/**
	 * Whether the row's test point names a quantity the parameter above is not measured at ("VDS = 600 V" under
	 * a breakdown voltage at "VGS = 0 V, ID = 1 mA"); temperatures aside, a row of the same parameter varies the
	 * same quantities.
	 */
	private boolean otherTestPoint(Row row) {
		Map<String, Double> above = current.conditions();
		return !above.isEmpty() && row.subject().conditions().keySet().stream()
				.anyMatch(k -> !k.equals("T") && !above.containsKey(k));
	}

	/**
	 * Whether a part's row without a test point of its own names only parts that already have a value of the
	 * parameter the rows continue, at its test point, on this page: a second value there would be another parameter's.
	 */
	private boolean readAgain(Row row) {
		List<String> named = row.subject().parts();
		Map<String, Double> at = previous != null ? previous : current.conditions();
		return !named.isEmpty() && row.subject().conditions().isEmpty()
				&& named.stream().allMatch(p -> readings.stream().anyMatch(r -> p.equals(r.part())
						&& r.parameter().name().equals(current.name()) && r.parameter().conditions().equals(at)
						&& r.parameter().source() != null && r.parameter().source().page() == row.at().pageNumber()));
	}

	/** The line of a symbol cell that names a row without symbol, or -1. */
	private int symbolCell(Row row, Columns columns) {
		LineTokens t = row.tokens();
		PageLine at = row.at();
		if (current == null && lostPartRow != null && SymbolRowsBelow.bareFamilyRow(row)
				&& lostPartRow.pageNumber() == at.pageNumber() && lostPartRow.index() == at.index() - 1) {
			return -1; // the next part's row of a symbol we do not know (": BC338  30 V" under VCES's ": BC337  50 V")
		}
		Column symCol = columns == null ? null : columns.first(ColumnType.SYMBOL);
		// a symbol cell centred over several rows sits on a line of its own
		for (int i = 0; i < row.label().limit(t) && symCol != null; i++) {
			Word w = t.word(i);
			if (!t.condition(i) && !t.value(i) && Columns.within(w, symCol, Tolerances.SYMBOL_CELL_SLACK)
					&& w.text().chars().anyMatch(Character::isLetter)) {
				return -1; // the row has a symbol cell of its own, of a parameter we do not know
			}
		}
		boolean rating = row.rating();
		int near = cells.line(at, columns, Tolerances.CENTRED_SYMBOL, rating);
		if (near < 0 && !Units.rowHasUnit(t)) {
			near = cells.cellWithUnitBelow(at, columns, current(), rating);
		}
		boolean describes = row.label().describes();
		if (near < 0 && (describes || current == null) && columns != null) {
			near = cells.line(at, columns, Tolerances.SPANNING_SYMBOL_CELL, rating);
		}
		if (near < 0 && !describes && (current != null || row.subject().conditions().isEmpty())) {
			near = below.rowOfItsUnit(row, current == null ? null : current.name());
		}
		if (near < 0 && current != null && !describes && (otherTestPoint(row) || readAgain(row))) {
			near = below.cell(at, rating);
			if (near < 0) {
				near = below.row(row, symCol, rating);
			}
		}
		if (near < 0 && current != null && current.name().equals(centredName) && !describes && symCol != null
				&& ownTestPoint(row)) {
			near = centred.belowBare(at, Tolerances.SYMBOL_ON_NEXT_ROW_WITH_CONDITIONS, rating, symCol, current.name());
		}
		if (near > at.index()) {
			centred.opens(at, near);
		}
		if (near < 0 && current == null && !describes) {
			// first of several rows whose symbol is printed on the middle one
			near = centred.below(at, row.subject().conditions().isEmpty() ? Tolerances.SYMBOL_ON_NEXT_ROW
					: Tolerances.SYMBOL_ON_NEXT_ROW_WITH_CONDITIONS, rating);
			if (near < 0) {
				near = below.row(row, symCol, rating);
			}
		}
		return near;
	}
}
