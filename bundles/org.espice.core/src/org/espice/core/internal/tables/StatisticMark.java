package org.espice.core.internal.tables;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.internal.layout.TextLine;

/**
 * A statistic printed with a row's symbol: "RDS(on)max", "RDS(on),max", "VF(max)", "C (typ)", or opening its
 * description, on its line or stacked over it: "Maximum Instantaneous Forward Voltage" ({@link #ofRow}). A summary box
 * (a datasheet's first page) prints one value a row and says so there, not in a column header; the mark decides
 * whether that lone value is a minimum, a typical value or a maximum. A mark further along the row belongs to a
 * test condition ("VDS > ID(on) x RDS(on)max") and says nothing of the row's value.
 */
final class StatisticMark {

	/** Glued to the symbol: after its closing bracket or a comma, or bracketed: "RDS(on)max", "VF(max)". */
	private static final Pattern GLUED = Pattern.compile("(?i).*(?:[),]|\\()(min|typ|max)\\.?\\)?,?");
	/** A word of its own right after the symbol, bracketed: "C (typ)". */
	private static final Pattern APART = Pattern.compile("(?i)\\((min|typ|max)\\.?\\),?");

	/** A description that opens with its statistic, followed by more words. */
	private static final Pattern DESCRIBED = Pattern.compile("(?i)\\s*(maximum|minimum|typical)\\s+\\p{L}");

	/** A line of a description that opens with its statistic: "Maximum", "Maximum DC". */
	private static final Pattern OPENS = Pattern.compile("(?i)\\s*(maximum|minimum|typical)\\b");

	private StatisticMark() {
	}

	/** "min", "typ" or "max" as marked at the symbol at word {@code nameAt}, or null. */
	static String of(LineTokens t, int nameAt) {
		if (nameAt < 0 || nameAt >= t.size()) {
			return null;
		}
		Matcher glued = GLUED.matcher(t.text(nameAt));
		if (glued.matches()) {
			return glued.group(1).toLowerCase(Locale.ROOT);
		}
		if (nameAt + 1 < t.size()) {
			Matcher apart = APART.matcher(t.text(nameAt + 1));
			if (apart.matches()) {
				return apart.group(1).toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	/**
	 * The statistic a row says its lone value is: marked at its symbol, else opening its description, else opening
	 * the description line stacked right above it (the rows that continue it at other conditions keep it); null
	 * when it says none.
	 */
	static String ofRow(PageLine at, LineTokens t, RowLabel label) {
		String mark = of(t, label.nameAt());
		if (mark == null) {
			mark = described(t.text());
		}
		if (mark == null && label.firstValue() >= 0) {
			mark = stackedAbove(at, at.line().x0(), t.word(label.firstValue()).x0());
		}
		return mark;
	}

	/**
	 * "max", "min" or "typ" as the row's description begins, "Maximum Instantaneous Forward Voltage", "Typical
	 * Junction Capacitance" (rectifier and Schottky tables print one value a row and say so there); null otherwise.
	 */
	static String described(String rowText) {
		Matcher m = DESCRIBED.matcher(rowText);
		return m.lookingAt() ? m.group(1).substring(0, 3).toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * "max", "min" or "typ" opening a description line right above the row, at its left edge and wholly left of its
	 * values: MCC stacks its descriptions, "Maximum" over "Instantaneous VF 0.95V" over "Forward Voltage", "Maximum
	 * DC" over "Reverse Current At IR 10µA"; null otherwise.
	 */
	static String stackedAbove(PageLine at, double labelX0, double valuesX0) {
		if (at.index() == 0) {
			return null;
		}
		TextLine above = at.at(at.index() - 1);
		double size = at.fontSize();
		if (at.baseline() - above.baseline() > Tolerances.STACKED_LABEL_GAP * size) {
			return null;
		}
		if (above.x1() >= valuesX0 || Math.abs(above.x0() - labelX0) > size) {
			return null; // another row with values, or a line of another column
		}
		Matcher m = OPENS.matcher(above.text());
		return m.lookingAt() ? m.group(1).substring(0, 3).toLowerCase(Locale.ROOT) : null;
	}

	/** The row's values with a lone value moved to the statistic marked; others as they are. */
	static ValueColumns.Values applied(ValueColumns.Values v, String mark) {
		if (mark == null || !v.perPart().isEmpty()) {
			return v;
		}
		Double lone = null;
		int count = 0;
		for (Double x : v.limits()) {
			if (x != null) {
				lone = x;
				count++;
			}
		}
		if (count != 1) {
			return v;
		}
		return new ValueColumns.Values(mark.equals("min") ? lone : null, mark.equals("typ") ? lone : null,
				mark.equals("max") ? lone : null, v.perPart());
	}
}
