package org.espice.core.internal.tables;

/**
 * Every distance the table reader tolerates, named in one place. Gaps between lines and between the words of a
 * line are factors of the line height (the font size of the line being read), so they scale with the print. The
 * horizontal slack around a column is fixed in points: datasheet columns are laid out on a point grid whatever the
 * font size, and the tuned values hold on the dev corpus as they are.
 */
final class Tolerances {

	// Vertical gaps between lines, in line heights.

	/** A symbol header printed over two lines: the second line lies this close below the first. */
	static final double SYMBOL_HEADER_SECOND_LINE = 1.6;
	/** Min/Typ/Max or part headings that split a column header lie this close to it. */
	static final double HEADER_SPLIT_LINE = 2.6;
	/** Symbol/Unit/Conditions/Value labels on a neighbouring line join a column header this close. */
	static final double HEADER_LABEL_LINE = 1.8;
	/** Test conditions this close under a row are the row's own, wrapped onto the next line. */
	static final double WRAPPED_CONDITIONS = 1.7;
	/** The same after a condition cell that ends on a comma: the table's own line pitch. */
	static final double WRAPPED_AFTER_COMMA = 2.5;
	/** A description wrapped onto the next line, with a test point and values of its own, lies this close. */
	static final double WRAPPED_DESCRIPTION = 1.7;
	/** A statistic word stacked over a row's description ("Maximum" over "Instantaneous"), baseline gap. */
	static final double STACKED_LABEL_GAP = 1.7;
	/** A symbol cell centred between rows names a row without symbol this close to it. */
	static final double CENTRED_SYMBOL = 0.95;
	/** A centred symbol cell below a row that prints the unit of its parameter ("RDS(ON) Ω"). */
	static final double SYMBOL_CELL_WITH_UNIT = 1.7;
	/** The farthest a symbol cell spanning several rows of a table reaches. */
	static final double SPANNING_SYMBOL_CELL = 3.0;
	/** The first of several rows whose symbol is printed on the next line, without test conditions. */
	static final double SYMBOL_ON_NEXT_ROW = 1.4;
	/** The same, for a row that prints test conditions (they make it taller). */
	static final double SYMBOL_ON_NEXT_ROW_WITH_CONDITIONS = 2.5;
	/** Rows of a group around a centred symbol lie as far below it as above, give or take this. */
	static final double CENTRED_GROUP_SLACK = 0.6;
	/** A row without symbol continues the parameter above within this gap outside any table. */
	static final double CONTINUED_ROW_OUTSIDE_TABLE = 2.2;
	/** A row without symbol continues the parameter above within this gap inside a table. */
	static final double CONTINUED_ROW_IN_TABLE = 4.5;
	/** The values of a symbol row printed this little lower, beside the next line of its description. */
	static final double LOWERED_VALUES = 0.6;
	/** The unit cell of the row above spans a row without symbol this close. */
	static final double UNIT_CELL_ROW_ABOVE = 2.5;
	/** A unit cell merged over two rows, printed on the upper one, reaches this far down. */
	static final double MERGED_UNIT_CELL = 5.0;
	/** A unit on the symbol-only line next to a row outside a table ("IRM µA"). */
	static final double ADJACENT_UNIT_LINE = 1.3;
	/** The farthest a unit cell spanning several rows reaches. */
	static final double SPANNING_UNIT_CELL = 3.2;
	/** How far above a symbol header a "Surge ..." heading over some of its columns is looked for. */
	static final double SURGE_HEADING = 5;
	/** How far below a symbol header its line of units, "(V) (mA) (Ω)", is looked for. */
	static final double SYMBOL_HEADER_UNITS = 5;
	/** Lines of a symbol header (units, test points) lie within this of its first line. */
	static final double SYMBOL_HEADER_DEPTH = 6;
	/** A line farther than this below the last part row of a symbol-header table may end the table. */
	static final double PART_ROW_GAP = 1.6;

	// Horizontal gaps between the words of a line, in line heights.

	/** "V F" under a symbol font: a symbol printed as two words this close. */
	static final double SPLIT_SYMBOL_GAP = 0.8;
	/** "± 16": a sign this close to its number. */
	static final double SIGN_GAP = 0.6;

	// Horizontal slack around columns, in points.

	/** Around the Symbol column, for a word to be taken as the row's symbol. */
	static final double SYMBOL_COLUMN_SLACK = 25;
	/** Around the Symbol column, for a word to sit in the symbol cell. */
	static final double SYMBOL_CELL_SLACK = 5;
	/** Left of the Conditions column, for a word to be condition text. */
	static final double CONDITION_COLUMN_SLACK = 5;
	/** Around a value column, for a value overlapping it. */
	static final double VALUE_COLUMN_SLACK = 2;
	/** Distance from a column's centre given to a value that overlaps the column. */
	static final double OVERLAPPING_VALUE = 0.1;
	/** Spacing of value columns assumed when a table has only one. */
	static final double COLUMN_SPACING = 60;
	/** A value belongs to the nearest column at most this far from its centre, or {@link #COLUMN_REACH_SHARE}. */
	static final double COLUMN_REACH = 14;
	/** ... or at most this share of the spacing between value columns, whichever is larger. */
	static final double COLUMN_REACH_SHARE = 0.6;
	/** A unit printed this far left of a row's first value still counts as its unit. */
	static final double UNIT_LEFT_OF_VALUE = 5;
	/** Without a Unit heading the unit column starts this far right of the last value column ... */
	static final double IMPLIED_UNIT_COLUMN_START = 15;
	/** ... and ends this far right of it. */
	static final double IMPLIED_UNIT_COLUMN_END = 40;
	/** Around the unit column, for a unit word in a spanning unit cell. */
	static final double UNIT_COLUMN_SLACK = 15;
	/** A unit under a symbol header belongs to the nearest column this close. */
	static final double SYMBOL_HEADER_UNIT_REACH = 30;
	/** Around a symbol heading, for a test condition printed under it. */
	static final double UNDER_SYMBOL_SLACK = 3;
	/** A Min/Typ/Max word belongs to the nearest symbol heading this close. */
	static final double LIMIT_WORD_REACH = 60;
	/** Rows that share a condition cell lie this close, from box top to box top. */
	static final double SHARED_CONDITIONS_REACH = 30;
	/** A value's box reaches this far above and below its line. */
	static final double BOX_PADDING = 2;

	private Tolerances() {
	}

	/** How far from a column's centre a value may lie, given the spacing between value columns. */
	static double columnReach(double spacing) {
		return Math.max(COLUMN_REACH, COLUMN_REACH_SHARE * spacing);
	}
}
