package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's numbers as tick labels, with the parts the text layer sets apart joined back: a minus set apart from
 * its number, or ending the word before it ({@code - 60- 40- 20 0} make -60, -40, -20, 0), a decade's exponent set
 * raised after its "10" ({@code 10} and {@code -3} make {@code 10^-3}), even when it sits wholly above the "10" or
 * in the same size, and a unit prefix printed as a word of its own after a number ({@code 10 μ}, {@code 100 m}
 * make {@code 10μ}, {@code 100m}, centred on the tick as printed).
 */
final class TickLabels {

	private static final Pattern EXPONENT = Pattern.compile("[-\u2212\u2013]?\\d{1,2}");
	private static final Pattern PREFIX = Pattern.compile("[pnuµ\u03bcmkM]");
	/** Largest gap between a number and its prefix word, or a minus and its number, in font sizes. */
	private static final double PREFIX_GAP = 0.6;
	/** A minus alone, or ending a number's word ("60-", "-60-"): the minus of the number after it. */
	private static final Pattern TRAILING_MINUS = Pattern.compile("([-\u2212\u2013]?\\d+(?:\\.\\d+)?)?[-\u2212\u2013]");
	/** The number a minus goes with, itself perhaps ending in the next number's minus. */
	private static final Pattern UNSIGNED = Pattern.compile("(\\d+(?:\\.\\d+)?)([-\u2212\u2013])?");
	/**
	 * How far back over its ten's end an exponent may start, and how far after it, in the ten's sizes: a ten read from
	 * outlines ends where its glyphs' advances end, a little short of or past the ink.
	 */
	private static final double EXPONENT_BACK = 0.3;
	private static final double EXPONENT_GAP = 0.5;
	/** A minus sign's width, in font sizes (Helvetica's hyphen). */
	private static final double MINUS_WIDTH = 0.333;

	private TickLabels() {
	}

	/** The numbers of a page as tick labels. */
	static List<Label> of(TextAssembly.Labels text) {
		return prefixed(withExponents(signed(text.numbers(), text.words())), text.words());
	}

	/**
	 * The numbers with a minus the text layer set apart put back: a minus alone before a number ("- 60"), or ending
	 * the word before it, as a tight row of negative ticks runs each minus into the number before ("60- 40- 20"). The
	 * digits of such a word are a number of their own, negative where a minus stands before them.
	 */
	static List<Label> signed(List<Label> numbers, List<Label> words) {
		List<Label> minuses = words.stream().filter(w -> w.dir() == 0 && TRAILING_MINUS.matcher(w.text()).matches())
				.toList();
		if (minuses.isEmpty()) {
			return numbers;
		}
		List<Label> out = new ArrayList<>(numbers);
		List<Label> taken = new ArrayList<>();
		for (Label m : minuses) {
			double minusAt = m.x1() - MINUS_WIDTH * m.size();
			for (Label n : words) {
				Matcher u = UNSIGNED.matcher(n.text());
				if (n.dir() != 0 || !u.matches() || !followedBy(m, n)) {
					continue;
				}
				double end = u.group(2) == null ? n.x1() : n.x1() - MINUS_WIDTH * n.size();
				out.removeIf(o -> o == n);
				out.add(new Label("-" + u.group(1), minusAt, n.y0(), end, n.y1(), 0, n.size(), (minusAt + end) / 2));
				taken.add(n);
				break;
			}
		}
		for (Label m : minuses) {
			Matcher digits = TRAILING_MINUS.matcher(m.text());
			if (digits.matches() && digits.group(1) != null && !taken.contains(m)) {
				// the first number of the row, before any minus
				double end = m.x1() - MINUS_WIDTH * m.size();
				out.add(new Label(digits.group(1), m.x0(), m.y0(), end, m.y1(), 0, m.size(), (m.x0() + end) / 2));
			}
		}
		return out;
	}

	/**
	 * The numbers with decades whose exponent the text layer set apart joined back: a small number starting at the
	 * end of a "10" and sitting over its baseline, up to half the size above its top, is its exponent; so is one in
	 * the same size raised by half of it or more.
	 */
	static List<Label> withExponents(List<Label> numbers) {
		List<Label> exponents = new ArrayList<>();
		List<Label> out = new ArrayList<>();
		for (Label w : numbers) {
			if (!w.text().equals("10")) {
				continue;
			}
			for (Label e : numbers) {
				if (exponentOf(e, w) && !exponents.contains(e)) {
					exponents.add(e);
					// an exponent set apart from its ten stands over the axis's edge, the tick is where the ten is
					boolean apart = e.size() >= 0.8 * w.size() || e.y0() >= w.y1();
					out.add(new Label(w.text() + "^" + e.text(), w.x0(), w.y0(), e.x1(),
							apart ? w.y1() : Math.max(w.y1(), e.y1()), 0, w.size(), w.anchor()));
					break;
				}
			}
		}
		if (exponents.isEmpty()) {
			return numbers;
		}
		for (Label w : numbers) {
			boolean based = out.stream().anyMatch(o -> o.x0() == w.x0() && o.y0() == w.y0() && w.text().equals("10"));
			if (!exponents.contains(w) && !based) {
				out.add(w);
			}
		}
		return out;
	}

	private static boolean exponentOf(Label e, Label ten) {
		double s = ten.size();
		boolean raised = e.size() < 0.8 * s ? e.y0() > ten.y0() + 0.2 * s : e.y0() > ten.y0() + 0.5 * s;
		double after = e.x0() - ten.x1();
		return raised && e.y0() < ten.y1() + 0.5 * s && after > -EXPONENT_BACK * s && after < EXPONENT_GAP * s
				&& EXPONENT.matcher(e.text()).matches();
	}

	/**
	 * Whether {@code next} goes on right after {@code word} on its line: starting where it ends (within
	 * {@link #PREFIX_GAP} of its size), on its baseline and in its size.
	 */
	private static boolean followedBy(Label word, Label next) {
		double gap = next.x0() - word.x1();
		return gap >= -0.1 * word.size() && gap < PREFIX_GAP * word.size()
				&& Math.abs(next.y0() - word.y0()) < 0.2 * word.size()
				&& Math.abs(next.size() - word.size()) < 0.2 * word.size();
	}

	/** The numbers with a unit prefix printed right after them as a word of its own joined to them. */
	private static List<Label> prefixed(List<Label> numbers, List<Label> words) {
		List<Label> prefixes = words.stream().filter(w -> w.dir() == 0 && PREFIX.matcher(w.text()).matches()).toList();
		if (prefixes.isEmpty()) {
			return numbers;
		}
		List<Label> out = null;
		for (int i = 0; i < numbers.size(); i++) {
			Label n = numbers.get(i);
			if (n.dir() != 0) {
				continue;
			}
			for (Label w : prefixes) {
				if (followedBy(n, w) && AxisReader.number(n.text() + "m") != null) {
					if (out == null) {
						out = new ArrayList<>(numbers);
					}
					out.set(i, new Label(n.text() + w.text(), n.x0(), Math.min(n.y0(), w.y0()), w.x1(),
							Math.max(n.y1(), w.y1()), 0, n.size(), (n.x0() + w.x1()) / 2));
					break;
				}
			}
		}
		return out == null ? numbers : out;
	}
}
