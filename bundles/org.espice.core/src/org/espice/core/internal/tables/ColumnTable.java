package org.espice.core.internal.tables;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.espice.core.DeviceKind;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;

/**
 * A column-header table, one parameter per row: the header gives the columns (Symbol, Conditions, Min/Typ/Max,
 * Value, Unit, one column per part, in any order) and each row names its parameter by symbol or description, or
 * continues the one above. Rows outside any table are read the same way, by the count of their values.
 */
final class ColumnTable implements TableShape {

	private static final Logger LOG = System.getLogger(ColumnTable.class.getName());

	private final DeviceKind kind;
	private final KnownParts parts;
	private final ColumnHeader finder;
	private final SectionTracker sections;
	private final RowContinuation continuation;
	private final RowReadings rowReadings;

	/** The columns of the table being read, or null outside a column-header table. */
	private Columns columns;
	private final ConditionCell conditionCell = new ConditionCell();
	private int headerPage;
	private double headerBaseline;
	/**
	 * Part columns, or min/typ/max columns, a sub-heading ("Thermal characteristics") ended on {@link #headerPage},
	 * or null.
	 */
	private Columns interrupted;

	ColumnTable(TableContext context, ColumnHeader finder, RowContinuation continuation, RowReadings rowReadings) {
		this.kind = context.kind();
		this.parts = context.parts();
		this.sections = context.sections();
		this.finder = finder;
		this.continuation = continuation;
		this.rowReadings = rowReadings;
	}

	/** What every table shape reads with: the device kind, the known parts and the section being read. */
	record TableContext(DeviceKind kind, KnownParts parts, SectionTracker sections) {
	}

	@Override
	public boolean header(PageLine at, LineTokens tokens) {
		List<Column> found = finder.columns(at.line());
		LOG.log(Level.DEBUG, () -> "line " + sections.section() + " header=" + found + " | " + tokens.text());
		if (found == null) {
			return false;
		}
		if (secondLineOfHeader(at, found)) {
			return true; // "min. typ. max." under the header's "Values": merged into it already
		}
		columns = new Columns(finder.merged(found, at));
		conditionCell.end();
		headerPage = at.pageNumber();
		headerBaseline = at.baseline();
		interrupted = null;
		columns.all().stream().filter(c -> c.type() == ColumnType.PART).forEach(c -> parts.add(c.part()));
		return true;
	}

	@Override
	public boolean row(PageLine at, LineTokens t) {
		if (partLabels(t)) {
			return true; // "4001 4002 ... 4007" under "Value": the header's part columns, not values
		}
		if (columns == null && interrupted != null && at.pageNumber() == headerPage
				&& (underEachPart(t, interrupted) || underLimits(t, interrupted))) {
			columns = interrupted; // the columns go on under the sub-heading
		}
		boolean rating = sections.inRatings() || columns != null && columns.ofRatings();
		RowLabel label = conditionCell.label(t, RowLabel.of(t, columns, new RowLabel.RowContext(kind, parts, rating)),
				columns);
		if (derating(t.lower()) && t.valueCount() > 0) {
			continuation.end(); // a derating or temperature-coefficient row ends the parameter above
			return true;
		}
		if (gradeRanges(t) >= 2) {
			continuation.end(); // "hFE  40 ~ 80  60 ~ 120  100 ~ 200": one range per gain grade, no min/typ/max
			return true;
		}
		boolean bullet = "•●▪■-–·*".indexOf(t.text(0).charAt(0)) >= 0 && !t.value(0);
		if (bullet && (label.nameAt() < 0 || label.firstValue() < 0)) {
			continuation.end(); // feature-list prose: a value counts only next to its own symbol on the same line
			return true;
		}
		Map<String, Double> conds = Conditions.parse(t.text());
		List<String> rowParts = new ArrayList<>();
		for (int i = 0; i < label.limit(t); i++) {
			// "BYM36D and E", "BYM36A to C" set word by word: the grades of one type
			List<String> run = i + 2 < label.limit(t) ? parts.grades(t.text(i) + t.text(i + 1) + t.text(i + 2))
					: List.of();
			if (!run.isEmpty()) {
				rowParts.addAll(run);
				i += 2;
				continue;
			}
			rowParts.addAll(parts.in(t.text(i)));
		}
		Row row = new Row(at, t, label, new RowSubject(label.name(), conds, rowParts, t.text(),
				StatisticMark.ofRow(at, t, label)), rating);
		if (label.firstValue() < 0) {
			continuation.withoutValues(row, columns);
			return true;
		}
		LOG.log(Level.DEBUG, () -> at.pageNumber() + " sec=" + sections.section() + " hdr="
				+ (columns == null ? null : columns.all().stream().map(c -> c.type() + "@" + Math.round(c.center())).toList())
				+ " name=" + label.name() + " cur=" + continuation.current() + " fv=" + label.firstValue() + " | "
				+ t.text());
		Row read = continuation.withValues(row, columns);
		if (read != null) {
			rowReadings.read(read, columns);
		}
		return true;
	}

	@Override
	public void end() {
		if (columns != null && (columns.all().stream().filter(c -> c.type() == ColumnType.PART).count() >= 2
				|| columns.all().stream().filter(c -> c.type().limit()).map(Column::type).distinct().count() >= 2)) {
			interrupted = columns;
		}
		columns = null;
		conditionCell.end();
	}

	/** Whether a header of limits alone lies under the header just read, which holds its columns already. */
	private boolean secondLineOfHeader(PageLine at, List<Column> found) {
		return columns != null && at.pageNumber() == headerPage
				&& at.baseline() - headerBaseline <= Tolerances.HEADER_SPLIT_LINE * at.fontSize()
				&& found.stream().allMatch(c -> c.type().limit() && columns.has(c.type()));
	}

	/** Whether every word of the line labels one of the table's part columns. */
	private boolean partLabels(LineTokens t) {
		if (columns == null || !columns.has(ColumnType.PART)) {
			return false;
		}
		return t.words().stream().allMatch(w -> columns.all().stream().anyMatch(
				c -> c.type() == ColumnType.PART && c.part().equals(parts.label(w.text()))));
	}

	/** Whether the line prints two or more values, each under a part column of its own. */
	private static boolean underEachPart(LineTokens t, Columns parts) {
		List<Column> seen = ownColumns(t, parts, c -> c.type() == ColumnType.PART);
		return seen != null && seen.size() >= 2;
	}

	/** The column of each value of the line, each of its own and of the kind taken; null when one is not. */
	private static List<Column> ownColumns(LineTokens t, Columns table, Predicate<Column> taken) {
		List<Column> seen = new ArrayList<>();
		for (int i = 0; i < t.size(); i++) {
			if (!t.value(i) || Quantities.number(t.text(i)) == null) {
				continue;
			}
			Column c = table.valueColumnOf(t.word(i));
			if (c == null || !taken.test(c) || seen.contains(c)) {
				return null;
			}
			seen.add(c);
		}
		return seen;
	}

	/**
	 * Whether the line prints values, each under a limit column of its own (min, typ, max), with a unit or a dash
	 * for the empty limit: a row of the table a sub-heading ("Thermal characteristics", "Electrical characteristics,
	 * at Tj = 25 °C" under Infineon's one header per page) interrupted.
	 */
	private static boolean underLimits(LineTokens t, Columns table) {
		List<Column> seen = ownColumns(t, table, c -> c.type().limit());
		if (seen == null) {
			return false;
		}
		return !seen.isEmpty() && (seen.size() >= 2 || Units.rowHasUnit(t)
				|| t.words().stream().anyMatch(w -> w.text().equals("-") || w.text().equals("–")));
	}

	/** How many "a ~ b" ranges the line prints. */
	private static int gradeRanges(LineTokens t) {
		int n = 0;
		for (int i = 1; i + 1 < t.size(); i++) {
			if (t.text(i).equals("~") && t.value(i - 1) && t.value(i + 1)) {
				n++;
			}
		}
		return n;
	}

	private static boolean derating(String lower) {
		return lower.contains("derat") || lower.contains("/°c") || lower.contains("/oc") || lower.contains("w/k")
				|| lower.contains("linear derating");
	}
}
