package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;
import org.espice.core.internal.parameters.Quantities;

/**
 * The words of a line (footnote markers left out, "± 16" and "℃/ W" joined) and what each one is, classified once:
 * part of a test condition, a value, or text.
 *
 * @param line       the line as laid out
 * @param words      its words as the table rules read them
 * @param roles      the role of each word
 * @param valueCount how many words are numbers outside the conditions
 */
record LineTokens(TextLine line, List<Word> words, List<Role> roles, int valueCount) {

	/** What a word of a row is. */
	enum Role {
		/** Part of a test condition ("VGS = 10 V"), a reference ("see Figure 9") or a range ("25 to 150"). */
		CONDITION,
		/** A number or a placeholder ("—") outside the conditions. */
		VALUE,
		/** Anything else: symbols, descriptions, units. */
		TEXT
	}

	/** A voltage or current symbol a value follows with "at" ("VGS at 10 V"). */
	private static final Pattern AT_SYMBOL = Pattern.compile("[VI][A-Za-z]{1,3}");

	/** A voltage or current symbol a test value follows ("ID", "VGS", "IC"). */
	private static final Pattern LOST_KEY = Pattern.compile("[VI][A-Za-z()]{1,6}");

	/** A number with unmapped glyphs ("?") glued after it. */
	private static final Pattern UNMAPPED_MARK = Pattern.compile("[-+±]?[0-9]+(\\.[0-9]+)?\\?+");

	private static final Set<String> REFERENCE_WORDS = Set.of("see", "figure", "figures", "fig", "figs", "note",
			"notes", "table", "page", "chapter", "section");

	LineTokens {
		words = List.copyOf(words);
		roles = List.copyOf(roles);
	}

	static LineTokens of(TextLine line) {
		List<Word> words = joined(line.words().stream().filter(w -> !w.superscript()).toList());
		int n = words.size();
		boolean[] cond = conditions(words);
		List<Role> roles = new ArrayList<>(n);
		int valueCount = 0;
		for (int i = 0; i < n; i++) {
			String t = words.get(i).text();
			if (cond[i]) {
				roles.add(Role.CONDITION);
			} else if (Quantities.number(t) != null || Quantities.placeholder(t)) {
				roles.add(Role.VALUE);
				if (Quantities.number(t) != null) {
					valueCount++;
				}
			} else {
				roles.add(Role.TEXT);
			}
		}
		return new LineTokens(line, words, roles, valueCount);
	}

	/** Which words belong to test conditions, references and ranges rather than to the row's values. */
	private static boolean[] conditions(List<Word> words) {
		int n = words.size();
		boolean[] cond = new boolean[n];
		for (int i = 0; i < n; i++) {
			String t = words.get(i).text();
			String before = i > 0 ? words.get(i - 1).text() : null;
			if (t.contains("=") || t.contains("≤") || t.contains("≥") || (t.contains("<") && t.length() > 1)
					|| (t.contains(">") && t.length() > 1)) {
				cond[i] = true;
			}
			if (before != null && REFERENCE_WORDS.contains(norm(before)) && !before.endsWith(")")
					&& (Character.isDigit(t.charAt(0)) || t.length() <= 2)) {
				cond[i] = true; // "see Figure 9", "Note 2": a reference, not a value; "(Note) ID" ends at its bracket
			}
			if (REFERENCE_WORDS.contains(norm(t))) {
				cond[i] = true;
			}
			if (before != null && (comparator(before) || endsWithComparator(before) || norm(before).equals("to")
					|| before.equals("x"))) {
				cond[i] = true;
			}
			if (atCondition(words, i)) {
				cond[i] = true; // "VGS at -10 V": the test's gate drive, not a value
			}
			int lost = lostRelation(words, i);
			for (int k = i; k < lost; k++) {
				cond[k] = true;
			}
			if (before != null && cond[i - 1] && Quantities.number(before) != null && Quantities.unit(t) != null) {
				cond[i] = true;
			}
			if (i + 1 < n && (norm(words.get(i + 1).text()).equals("to") || words.get(i + 1).text().equals("x")
					|| words.get(i + 1).text().equals("×"))) {
				cond[i] = true;
			}
		}
		return cond;
	}

	/**
	 * Where a test condition whose relation sign the text layer could not map ("ID ? 0.2 A,", "ID ?0.5 A,": a
	 * symbol font's "≅") ends, when one starts at word i: a voltage or current symbol, the lost sign, a number and a
	 * unit of the symbol's quantity. i itself when none does.
	 */
	static int lostRelation(List<Word> words, int i) {
		if (!LOST_KEY.matcher(words.get(i).text()).matches() || i + 2 >= words.size()) {
			return i;
		}
		String sign = words.get(i + 1).text();
		int unitAt = sign.equals("?") ? i + 3 : i + 2;
		String number = sign.equals("?") ? words.get(i + 2).text() : sign.startsWith("?") ? sign.substring(1) : null;
		if (number == null || unitAt >= words.size() || Quantities.number(number) == null) {
			return i;
		}
		Quantities.Unit unit = Quantities.unit(words.get(unitAt).text().replaceFirst("[,;]$", ""));
		String dim = words.get(i).text().startsWith("V") ? "V" : "A";
		return unit != null && unit.dimension().equals(dim) ? unitAt + 1 : i;
	}

	/** Whether word i is the number of a "VGS at -10 V" condition (signs joined to their numbers). */
	static boolean atCondition(List<Word> words, int i) {
		return i >= 2 && norm(words.get(i - 1).text()).equals("at")
				&& AT_SYMBOL.matcher(words.get(i - 2).text()).matches() && Quantities.number(words.get(i).text()) != null;
	}

	/**
	 * "± 16" printed as two words is one value, and "℃/ W" one unit; a number with a glyph the text layer could not
	 * map glued on ("94?", a footnote mark) is the number.
	 */
	static List<Word> joined(List<Word> words) {
		List<Word> out = new ArrayList<>(words.size());
		for (int i = 0; i < words.size(); i++) {
			Word w = words.get(i);
			Word next = i + 1 < words.size() ? words.get(i + 1) : null;
			if (UNMAPPED_MARK.matcher(w.text()).matches()) {
				String t = w.text().replaceFirst("\\?+$", "");
				out.add(new Word(t, w.x0(), w.x1(), w.top(), w.baseline(), w.fontSize(), false));
			} else if (next != null && w.text().endsWith("/") && next.x0() - w.x1() < w.fontSize() * Tolerances.SIGN_GAP
					&& Quantities.unit(w.text()) == null && Quantities.unit(w.text() + next.text()) != null) {
				out.add(new Word(w.text() + next.text(), w.x0(), next.x1(), Math.min(w.top(), next.top()),
						next.baseline(), next.fontSize(), false));
				i++;
			} else if ((w.text().equals("±") || w.text().equals("-") || w.text().equals("–")) && i + 1 < words.size()
					&& words.get(i + 1).x0() - w.x1() < w.fontSize() * Tolerances.SIGN_GAP
					&& Quantities.number(words.get(i + 1).text()) != null
					&& Character.isDigit(words.get(i + 1).text().charAt(0))) {
				Word v = words.get(i + 1);
				String sign = w.text().equals("±") ? "±" : "-";
				out.add(new Word(sign + v.text(), w.x0(), v.x1(), Math.min(w.top(), v.top()), v.baseline(),
						v.fontSize(), false));
				i++;
			} else {
				out.add(w);
			}
		}
		return out;
	}

	int size() {
		return words.size();
	}

	boolean isEmpty() {
		return words.isEmpty();
	}

	Word word(int i) {
		return words.get(i);
	}

	String text(int i) {
		return words.get(i).text();
	}

	boolean condition(int i) {
		return roles.get(i) == Role.CONDITION;
	}

	boolean value(int i) {
		return roles.get(i) == Role.VALUE;
	}

	/** The line's text as printed, footnote markers included. */
	String text() {
		return line.text();
	}

	String lower() {
		return line.text().toLowerCase(Locale.ROOT);
	}

	/** Whether word i is the key of a condition: the next word compares ("VGS =", "TJ ≤", "@" excepted). */
	boolean beforeComparator(int i) {
		return i + 1 < words.size() && (comparator(text(i + 1)) && !text(i + 1).equals("@") || text(i + 1).startsWith("="));
	}

	/** Whether word i is followed by a comparator or a word starting with "=". */
	boolean key(int i) {
		return i + 1 < words.size() && (comparator(text(i + 1)) || text(i + 1).startsWith("="));
	}

	/** A word with trailing punctuation and an opening bracket taken off, in lower case. */
	static String norm(String w) {
		String t = w.toLowerCase(Locale.ROOT);
		while (t.endsWith(".") || t.endsWith(":") || t.endsWith(")") || t.endsWith("*")) {
			t = t.substring(0, t.length() - 1);
		}
		if (t.startsWith("(")) {
			t = t.substring(1);
		}
		return t;
	}

	static boolean comparator(String t) {
		return t.equals("=") || t.equals("<") || t.equals(">") || t.equals("≤") || t.equals("≥") || t.equals("@")
				|| t.equals("≈") || t.equals("<=") || t.equals(">=") || t.equals("=<");
	}

	private static boolean endsWithComparator(String t) {
		return t.endsWith("=") || t.endsWith("<") || t.endsWith(">") || t.endsWith("≤") || t.endsWith("≥")
				|| t.endsWith("@") || t.endsWith("≈");
	}
}
