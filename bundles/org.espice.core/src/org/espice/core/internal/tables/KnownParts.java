package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.internal.identity.OrderCodes;
import org.espice.core.internal.identity.PartNumbers;

/**
 * The parts a datasheet's tables are read for: those found before the tables, joined by the family members and
 * grades the tables name in their headings and row labels.
 */
final class KnownParts {

	/** "BYM36AtoC", "BYM36A-C": grades A to C of one type; "BYM36DandE", "BYM36D&E": grades D and E. */
	private static final Pattern GRADE_RANGE = Pattern.compile(
			"([0-9]{0,2}[A-Z]{1,6}[0-9]+[A-Z]*?)([A-Z])(to|-|and|&)([A-Z])");

	/** "J111-113", "*MMBF4391-4393": a prefix, the first number and the end of the last. */
	private static final Pattern PART_RANGE = Pattern.compile("\\*?([0-9]?[A-Z]{1,6})([0-9]{2,5})[-–]([0-9]{1,5})");
	/** The most numbers a range label may span. */
	private static final int MAX_RANGE = 20;

	private final List<String> parts;

	KnownParts(List<String> found) {
		this.parts = new ArrayList<>(found);
	}

	/** Every part known so far, the parts found before the tables first. */
	List<String> all() {
		return parts;
	}

	void add(String part) {
		if (!parts.contains(part)) {
			parts.add(part);
		}
	}

	/**
	 * The part a row label names: a known part, or a member of a known series printed short, as a family table
	 * lists its rows ({@code 6A1} beside {@code 6A05} and {@code 6A10}); null when it names none.
	 */
	String member(String text) {
		String t = PartNumbers.token(text);
		if (parts.contains(t)) {
			return t;
		}
		if (!t.matches("[0-9]?[A-Z]{1,4}[0-9]{1,4}[A-Z]?")) {
			return null;
		}
		String series = PartNumbers.letters(t);
		long known = parts.stream().filter(p -> PartNumbers.letters(p).equals(series) && !p.equals(t)).count();
		return known >= 2 ? t : null;
	}

	/**
	 * The known parts a range label stands for, "J111-113" (J111, J112, J113) or "*MMBF4391-4393", its footnote mark
	 * aside; empty unless it names two or more of them.
	 */
	List<String> range(String text) {
		Matcher m = PART_RANGE.matcher(text.strip());
		if (!m.matches() || m.group(3).length() > m.group(2).length()) {
			return List.of();
		}
		String from = m.group(2);
		String to = from.substring(0, from.length() - m.group(3).length()) + m.group(3);
		int a = Integer.parseInt(from);
		int b = Integer.parseInt(to);
		List<String> out = new ArrayList<>();
		for (int n = a; n <= b && b - a <= MAX_RANGE; n++) {
			String name = m.group(1) + String.format("%0" + from.length() + "d", n);
			if (parts.contains(name)) {
				out.add(name);
			}
		}
		return out.size() >= 2 ? out : List.of();
	}

	/** The part a column label stands for ({@code 1N4004}, or {@code 4004} under a 1N4001..1N4007 family). */
	String label(String text) {
		String t = PartNumbers.token(text);
		if (t.length() < 2) {
			return null;
		}
		for (String p : parts) {
			if (p.equals(t)) {
				return p;
			}
		}
		if (Character.isDigit(t.charAt(0)) && t.matches("[0-9]{2,}[A-Z]{0,2}")) {
			String found = null;
			for (String p : parts) {
				if (p.endsWith(t) && p.length() > t.length()) {
					if (found != null) {
						return null;
					}
					found = p;
				}
			}
			return found;
		}
		if (PartNumbers.isPart(t) && !parts.isEmpty() && PartNumbers.letters(t).equals(PartNumbers.letters(parts.get(0)))
				&& OrderCodes.deviceOf(t, parts) == null) {
			return t; // a new family member; it joins the parts only once its line is taken as a header
		}
		return null;
	}

	/**
	 * The grades a run names ("BYM36AtoC", "BYM36DandE"), which become known; empty when the text is no run of a
	 * known type's grades.
	 */
	List<String> grades(String text) {
		Matcher m = GRADE_RANGE.matcher(PartNumbers.token(text));
		if (parts.isEmpty() || !m.matches() || parts.stream().noneMatch(p -> p.startsWith(m.group(1)))) {
			return List.of();
		}
		return in(text);
	}

	/** The parts a row label names ("BYM36AtoC", "BD135/137", "4392"); every one of them becomes known. */
	List<String> in(String text) {
		List<String> out = new ArrayList<>();
		if (parts.isEmpty()) {
			return out;
		}
		Matcher grades = GRADE_RANGE.matcher(PartNumbers.token(text));
		if (grades.matches() && grades.group(2).charAt(0) < grades.group(4).charAt(0)) {
			// BYM36AtoC: grades A, B and C of one type; BYM36DandE: grades D and E
			boolean pair = grades.group(3).equals("and") || grades.group(3).equals("&");
			for (char g = grades.group(2).charAt(0); g <= grades.group(4).charAt(0); g++) {
				if (pair && g != grades.group(2).charAt(0) && g != grades.group(4).charAt(0)) {
					continue;
				}
				String p = grades.group(1) + g;
				out.add(p);
				add(p);
			}
			return out;
		}
		String[] pieces = text.split("[/,]");
		String first = null;
		for (String piece : pieces) {
			String t = PartNumbers.token(piece);
			if (t.isEmpty()) {
				continue;
			}
			// a family member, or a grade of one; an order code (ESP3904LT1G) is no row of its own
			boolean member = PartNumbers.isPart(t) && OrderCodes.deviceOf(t, parts) == null && parts.stream().anyMatch(
					p -> PartNumbers.letters(t).equals(PartNumbers.letters(p)) && Math.abs(p.length() - t.length()) <= 2
							|| t.startsWith(p) && t.length() - p.length() <= 3);
			if (parts.contains(t) || member) {
				// a family member, or a grade of one (BD136-10: a gain group of BD136)
				out.add(t);
				first = t;
			} else if (first != null && Character.isDigit(t.charAt(0)) && t.length() < first.length()) {
				out.add(first.substring(0, first.length() - t.length()) + t);
			} else if (first == null && pieces.length == 1 && t.matches("[0-9]{3,}[A-Z]?")) {
				// a family row labelled by the distinguishing digits only: "4392" under PN4391
				for (String p : parts) {
					if (p.endsWith(t) && p.length() > t.length() && !Character.isDigit(p.charAt(p.length() - t.length() - 1))) {
						out.add(p);
					}
				}
			}
		}
		for (String p : out) {
			add(p);
		}
		return out;
	}
}
