package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.espice.core.internal.identity.PartNumbers;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;

/**
 * Finds the header of a column-header table: a line of Min/Typ/Max/Value/Unit/Symbol/Conditions headings or part
 * names in any order, completed by the heading lines printed just above or below it. A heading naming packages
 * ({@link PackageColumns}) heads a part column too.
 */
final class ColumnHeader {

	private final KnownParts parts;
	private final PackageColumns packages;

	/** A header finder that knows no part's package (package names head no columns; part prefixes still do). */
	ColumnHeader(KnownParts parts) {
		this(parts, new PackageColumns(parts));
	}

	ColumnHeader(KnownParts parts, PackageColumns packages) {
		this.parts = parts;
		this.packages = packages;
	}

	/** The line's package headings as part columns; their words go into {@code taken}. */
	private List<Column> packageColumns(List<Word> words, Set<Word> taken) {
		List<Column> out = new ArrayList<>();
		for (PackageColumns.Heading h : packages.headings(words)) {
			out.add(new Column(ColumnType.PART, h.x0(), h.x1(), h.parts().get(0), h.parts()));
			taken.addAll(h.words());
		}
		return out;
	}

	/** The column a part heading heads: one part ("2N7002"), or a range of them ("J111-113"); null for none. */
	private Column partColumn(Word w) {
		List<String> range = parts.range(w.text());
		if (!range.isEmpty()) {
			return new Column(ColumnType.PART, w.x0(), w.x1(), range.get(0), range);
		}
		String p = parts.label(w.text());
		return p == null ? null : new Column(ColumnType.PART, w.x0(), w.x1(), p);
	}

	/** The columns the line heads, or null when the line is no header. */
	List<Column> columns(TextLine line) {
		List<Column> cols = new ArrayList<>();
		int mtm = 0;
		int value = 0;
		int unit = 0;
		int symbol = 0;
		int other = 0;
		Column ratingWord = null;
		Set<Word> taken = new HashSet<>();
		cols.addAll(packageColumns(line.words(), taken));
		for (Word w : line.words()) {
			if (taken.contains(w)) {
				continue;
			}
			ColumnType t = ColumnType.ofHeading(w.text());
			if (t == null) {
				Column part = partColumn(w);
				if (part != null) {
					cols.add(part);
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
			if (t == ColumnType.VALUE && LineTokens.norm(w.text()).startsWith("rating")) {
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
		long partCols = cols.stream().filter(c -> c.type() == ColumnType.PART).count();
		// a line of package headings alone ("TO-39  TO-18" over a thermal table) heads the parts ordered in them
		boolean packagesAlone = taken.size() == line.words().size() && partCols >= 2;
		boolean isHeader = mtm >= 2 || (mtm + value >= 1 && (unit + symbol >= 1) && other <= 8)
				|| (partCols >= 2 && (unit + symbol + value) >= 1) || (unit >= 1 && symbol >= 1 && other <= 3)
				|| packagesAlone;
		if (!isHeader) {
			return null;
		}
		if (partCols < 2 && partCols > 0 && mtm + value > 0) {
			cols.removeIf(c -> c.type() == ColumnType.PART);
		}
		return cols;
	}

	/**
	 * The header's columns with the headings of the lines around it ("Min Typ Max" under "Value", part names under
	 * "Max"), left to right.
	 */
	List<Column> merged(List<Column> h, PageLine at) {
		List<Column> cols = new ArrayList<>(h);
		TextLine line = at.line();
		for (int d : new int[] { -1, 1, 2 }) {
			int j = at.index() + d;
			if (j < 0 || j >= at.count()) {
				continue;
			}
			TextLine o = at.at(j);
			if (Math.abs(o.baseline() - line.baseline()) > Tolerances.HEADER_SPLIT_LINE * line.fontSize()) {
				continue;
			}
			Set<Word> taken = new HashSet<>();
			List<Column> extra = packageColumns(o.words(), taken);
			int others = 0;
			for (Word w : o.words()) {
				if (w.superscript() || taken.contains(w)) {
					continue;
				}
				ColumnType t = ColumnType.ofHeading(w.text());
				Column part = t == null ? partColumn(w) : null;
				if (t != null) {
					extra.add(new Column(t, w.x0(), w.x1(), null));
				} else if (part != null) {
					extra.add(part);
				} else if (!PartNumbers.token(w.text()).matches("[A-Z]{1,3}")) {
					others++;
				}
			}
			long split = extra.stream().filter(c -> c.type().limit() || c.type() == ColumnType.PART).count();
			long labels = extra.stream().filter(c -> c.type() == ColumnType.SYMBOL || c.type() == ColumnType.UNIT
					|| c.type() == ColumnType.COND || c.type() == ColumnType.VALUE).count();
			boolean near = Math.abs(o.baseline() - line.baseline()) < Tolerances.HEADER_LABEL_LINE * line.fontSize();
			if (split >= 2 && others <= 2 || near && labels >= 2 && others <= 3) {
				cols.addAll(extra);
			}
		}
		return settled(PartLimitPairs.paired(cols, at, parts));
	}

	/** Drops the headings a split makes redundant and orders the columns left to right. */
	private static List<Column> settled(List<Column> cols) {
		// a Value column split into Min/Typ/Max or into part columns is no value column of its own
		boolean split = cols.stream().anyMatch(c -> c.type().limit() || c.type() == ColumnType.PART);
		if (split) {
			cols.removeIf(c -> c.type() == ColumnType.VALUE);
		}
		long partCount = cols.stream().filter(c -> c.type() == ColumnType.PART).count();
		if (partCount >= 2) {
			// a "Max" or "Value" heading over one column per part
			cols.removeIf(c -> c.type().limit() || c.type() == ColumnType.VALUE);
		}
		if (partCount == 1 && cols.stream().anyMatch(c -> c.type().limit())) {
			cols.removeIf(c -> c.type() == ColumnType.PART);
		}
		cols.sort((a, b) -> Double.compare(a.center(), b.center()));
		return stacked(cols);
	}

	/**
	 * Part columns stacked over one place ("TIP29" over "TIP30": a complementary pair sharing its ratings) made one
	 * column for both parts, so a value under them goes to each.
	 */
	private static List<Column> stacked(List<Column> sorted) {
		List<Column> out = new ArrayList<>(sorted.size());
		for (Column c : sorted) {
			Column last = out.isEmpty() ? null : out.get(out.size() - 1);
			if (last != null && last.type() == ColumnType.PART && c.type() == ColumnType.PART
					&& c.x0() < last.x1() && last.x0() < c.x1()) {
				List<String> both = new ArrayList<>(last.forParts().isEmpty() ? List.of(last.part()) : last.forParts());
				both.addAll(c.forParts().isEmpty() ? List.of(c.part()) : c.forParts());
				out.set(out.size() - 1, new Column(ColumnType.PART, Math.min(last.x0(), c.x0()), Math.max(last.x1(),
						c.x1()), last.part(), both));
			} else {
				out.add(c);
			}
		}
		return out;
	}
}
