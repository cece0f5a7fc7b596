package org.espice.core.internal.plots;

import static org.espice.core.internal.plots.AxisReader.caption;
import static org.espice.core.internal.plots.AxisReader.letters;
import static org.espice.core.internal.plots.AxisReader.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.espice.core.Plot;

/**
 * Where an axis's title stands, for {@link AxisReader}: under the x axis's tick numbers or beside them on their row,
 * inside the frame over its bottom edge, rotated left of the y axis's numbers or set level beside or above them,
 * the first half of a "Y versus X" caption under the plot, or right of a second axis; a unit set apart from its title
 * or printed among the ticks completes it.
 */
final class AxisTitles {

	/** How far beyond the tick labels the title may sit. */
	private static final double TITLE_REACH = 30;
	/** Rotated titles sit beyond the widest tick number, a little farther out. */
	private static final double ROTATED_REACH = 40;
	private static final Pattern UNIT_ONLY = Pattern.compile("[(\\[][^()\\[\\]]{1,8}[)\\]]");

	private AxisTitles() {
	}

	/** The x title of frame {@code f}, whose tick numbers are {@code row} (its numbers under the edge); or null. */
	static Label bottom(Plot.Box f, TextAssembly.Labels text, List<Label> row) {
		double below = row.isEmpty() ? f.y0() : row.stream().mapToDouble(Label::y0).min().getAsDouble();
		double rowTop = row.isEmpty() ? f.y0() : row.stream().mapToDouble(Label::y1).max().getAsDouble();
		// the title beside the tick numbers on their row ("0  100  Ttp (°C)  200") or under them
		List<Label> titles = text.phrases().stream()
				.filter(p -> p.dir() == 0 && p.y1() < rowTop + 1 && p.y1() > below - TITLE_REACH && p.cx() > f.x0()
						&& (p.cx() < f.x1() || p.x0() < f.x1() + 12 && p.y1() > below) && letters(p.text())
						&& !caption(p.text()))
				.sorted(Comparator.comparingDouble(p -> -p.y1())).toList();
		Label title = withUnit(named(titles, text), text);
		if (title == null || text.title(title.text()).quantity().equals("other")) {
			title = insideOverBottom(f, text, title);
		}
		if (title == null || text.title(title.text()).quantity().equals("other")) {
			title = afterVersus(f, text, title);
		}
		if (!row.isEmpty()) {
			double base = row.get(0).y0();
			title = withTickUnit(title, text, text.words().stream().filter(w -> w.dir() == 0
					&& Math.abs(w.y0() - base) < 2.5 && w.anchor() >= f.x0() - 4 && w.anchor() <= f.x1() + 12)
					.toList());
		}
		return title;
	}

	/** The y title of frame {@code f}, whose tick numbers are {@code column} (left of the edge); or null. */
	static Label left(Plot.Box f, TextAssembly.Labels text, List<Label> column) {
		double leftmost = column.isEmpty() ? f.x0() : column.stream().mapToDouble(Label::x0).min().getAsDouble();
		List<Label> rotated = text.phrases().stream()
				.filter(p -> (p.dir() == 90 || p.dir() == 270) && p.x1() < leftmost + 1
						&& p.x1() > leftmost - ROTATED_REACH && p.cy() > f.y0() && p.cy() < f.y1() && letters(p.text()))
				.sorted(Comparator.comparingDouble(p -> -p.x1())).toList();
		Label title = withUnit(named(joinedLines(rotated), text), text);
		if (unnamed(title, text)) {
			// a title set horizontally beside the top of the axis or above it: "IF(AV)" over "(A)"; not when the
			// rotated title prints its unit ("hoe, OUTPUT ADMITTANCE (µmhos)" names a quantity outside the codes)
			// beside the axis, not beyond a rotated title: what lies past it belongs to the plot on the left
			double from = title == null ? -Double.MAX_VALUE : title.x1() - 1;
			List<Label> level = text.phrases().stream().map(p -> beforeTick(p, column, text))
					.filter(p -> p.dir() == 0
							&& (p.x1() < f.x0() + 2 && p.x1() > f.x0() - 50 && p.x0() >= from
									&& p.cy() > f.y0() + 0.4 * f.height() && p.cy() < f.y1() + 4
									|| p.y0() >= f.y1() - 2 && p.y0() < f.y1() + 16 && p.x0() < f.x0() + 0.3 * f.width()
											&& p.x1() > f.x0() - 40)
							&& (letters(p.text()) || UNIT_ONLY.matcher(p.text()).matches()) && !caption(p.text())
							&& number(p.text()) == null && !conditionsOnly(p.text()))
					.sorted(Comparator.comparingDouble(p -> -p.y1())).toList();
			Label stacked = stacked(level);
			AxisTitle st = stacked == null ? null : text.title(stacked.text());
			// it replaces a rotated title naming no quantity when it names one, or prints the unit that one lacks
			if (st != null && (title == null || !st.quantity().equals("other") || st.printed())) {
				title = stacked;
			}
		}
		if (unnamed(title, text)) {
			title = versusUnder(f, text, title);
		}
		if (!column.isEmpty()) {
			double right = column.stream().mapToDouble(Label::x1).max().getAsDouble();
			title = withTickUnit(title, text, text.words().stream().filter(w -> w.dir() == 0 && w.x1() <= f.x0() + 1
					&& w.x1() >= right - 6 && w.x0() >= leftmost - 6 && w.cy() >= f.y0() - 4 && w.cy() <= f.y1() + 12)
					.toList());
		}
		return title;
	}

	/** The title of a second axis whose tick numbers {@code column} stand right of the frame's edge; or null. */
	static Label right(Plot.Box f, TextAssembly.Labels text, List<Label> column) {
		double rightmost = column.stream().mapToDouble(Label::x1).max().getAsDouble();
		List<Label> rotated = text.phrases().stream()
				.filter(p -> (p.dir() == 90 || p.dir() == 270) && p.x0() > rightmost - 1
						&& p.x0() < rightmost + ROTATED_REACH && p.cy() > f.y0() && p.cy() < f.y1()
						&& letters(p.text()))
				.sorted(Comparator.comparingDouble(Label::x0)).toList();
		List<Label> leftFirst = joinedLines(rotated).stream().sorted(Comparator.comparingDouble(Label::x0)).toList();
		Label title = withUnit(named(leftFirst, text), text);
		return title;
	}

	/**
	 * A title set on the row of one of the axis's tick numbers, read with it as one phrase ("µAmps 1"): the words
	 * before the tick; the phrase as it is otherwise.
	 */
	private static Label beforeTick(Label phrase, List<Label> column, TextAssembly.Labels text) {
		for (Label t : column) {
			if (t.dir() != 0 || phrase.dir() != 0 || Math.abs(t.y0() - phrase.y0()) >= 1 || t.x1() > phrase.x1() + 0.5
					|| t.x0() <= phrase.x0() + 1) {
				continue;
			}
			List<Label> before = text.words().stream().filter(w -> w.dir() == 0 && Math.abs(w.y0() - phrase.y0()) < 1
					&& w.x0() >= phrase.x0() - 0.5 && w.x1() <= t.x0() + 0.5)
					.sorted(Comparator.comparingDouble(Label::x0)).toList();
			if (before.isEmpty()) {
				return phrase;
			}
			Label first = before.get(0);
			Label last = before.get(before.size() - 1);
			return new Label(String.join(" ", before.stream().map(Label::text).toList()), first.x0(), phrase.y0(),
					last.x1(), phrase.y1(), 0, phrase.size(), (first.x0() + last.x1()) / 2);
		}
		return phrase;
	}

	/**
	 * The y title that the first half of a "Y versus X" caption set under the plot gives ("Peak Forward Surge
	 * Current - Amperes versus" over "Number Of Cycles At 60Hz - Cycles"), when it names a quantity or prints a
	 * unit; else the title found beside the axis.
	 */
	private static Label versusUnder(Plot.Box f, TextAssembly.Labels text, Label beside) {
		return text.phrases().stream()
				.filter(p -> p.dir() == 0 && p.y1() < f.y0() && p.y0() > f.y0() - VERSUS_REACH && p.x0() < f.x1()
						&& p.x1() > f.x0())
				.sorted(Comparator.comparingDouble(p -> -p.y1())).map(p -> {
					String y = AxisTitle.beforeVersus(p.text());
					return y == null ? null : new Label(y, p.x0(), p.y0(), p.x1(), p.y1(), 0, p.size(), p.anchor());
				}).filter(p -> p != null && (text.title(p.text()).printed()
						|| !text.title(p.text()).quantity().equals("other")))
				.findFirst().orElse(beside);
	}

	/**
	 * The x title that the second half of a "Y versus X" caption set under the plot gives: the line right under the
	 * one ending in "versus" ("Percent Of Rated Peak Reverse Voltage - Volts" under "Instantaneous Reverse Leakage
	 * Current - MicroAmperes versus"), when it names a quantity; else {@code beside}, the title found under the axis
	 * (a unit alone, "Volts").
	 */
	private static Label afterVersus(Plot.Box f, TextAssembly.Labels text, Label beside) {
		Label versus = text.phrases().stream()
				.filter(p -> p.dir() == 0 && p.y1() < f.y0() && p.y0() > f.y0() - VERSUS_REACH && p.x0() < f.x1()
						&& p.x1() > f.x0() && AxisTitle.beforeVersus(p.text()) != null)
				.max(Comparator.comparingDouble(Label::y1)).orElse(null);
		if (versus == null) {
			return beside;
		}
		return text.phrases().stream()
				.filter(p -> p.dir() == 0 && p.y1() <= versus.y0() + 1 && p.y1() > versus.y0() - versus.size()
						&& p.x0() < versus.x1() && p.x1() > versus.x0()
						&& !text.title(p.text()).quantity().equals("other"))
				.max(Comparator.comparingDouble(Label::y1)).orElse(beside);
	}

	/** How far under a plot's frame a "Y versus X" caption may stand. */
	private static final double VERSUS_REACH = 60;

	/** Whether a title is missing, or names no quantity of the codes and prints no unit. */
	private static boolean unnamed(Label title, TextAssembly.Labels text) {
		AxisTitle t = title == null ? null : text.title(title.text());
		return t == null || t.quantity().equals("other") && !t.printed();
	}

	/**
	 * A title set inside the frame just over its bottom edge, right of its first third ("VR(V)" in the corner), when
	 * it names a quantity and its unit, or is a symbol and its unit alone ("SCU(cm²)", a copper area no quantity code
	 * names) where the title found outside prints no unit; else the title found outside.
	 */
	private static Label insideOverBottom(Plot.Box f, TextAssembly.Labels text, Label outside) {
		boolean unitOutside = outside != null && text.title(outside.text()).printed();
		return text.phrases().stream()
				.filter(p -> p.dir() == 0 && p.y0() >= f.y0() - 1 && p.y0() < f.y0() + 2.5 * p.size()
						&& p.x0() > f.x0() + 0.3 * f.width() && p.x1() < f.x1() + 2 && letters(p.text()))
				.filter(p -> {
					AxisTitle t = text.title(p.text());
					return t.printed() && (!t.quantity().equals("other")
							|| !unitOutside && SYMBOL_AND_UNIT.matcher(p.text()).matches());
				}).min(Comparator.comparingDouble(Label::y0)).orElse(outside);
	}

	/** A symbol and its bracketed unit, nothing else: "SCU(cm²)", "Lleads (mm)". */
	private static final Pattern SYMBOL_AND_UNIT = Pattern
			.compile("[A-Za-z][\\w\\-]{0,11}\\s*[(\\[][^()\\[\\]=]{1,8}[)\\]]");

	/** Conditions and nothing else: "(f = 1.0 kHz, TA = 25°C)" over a plot names no axis. */
	private static boolean conditionsOnly(String phrase) {
		String rest = CONDITIONS.matcher(phrase).replaceAll("");
		return !rest.equals(phrase) && rest.chars().filter(Character::isLetter).count() < 2;
	}

	private static final Pattern CONDITIONS = Pattern.compile("[A-Za-z]\\w*\\s*[=≤≥<>]\\s*[^,;)]*");

	/** The first phrase (nearest first) that names a known quantity, else the nearest. */
	private static Label named(List<Label> nearestFirst, TextAssembly.Labels text) {
		return nearestFirst.stream().filter(p -> !text.title(p.text()).quantity().equals("other")).findFirst()
				.orElse(nearestFirst.isEmpty() ? null : nearestFirst.get(0));
	}

	/** A title and its unit set apart on the same line ("C" ... "[pF]") read as one. */
	private static Label withUnit(Label title, TextAssembly.Labels text) {
		if (title == null || text.title(title.text()).printed()) {
			return title;
		}
		boolean across = title.dir() == 0;
		for (Label p : text.phrases()) {
			boolean sameLine = p.dir() == title.dir()
					&& (across ? Math.abs(p.y0() - title.y0()) < 2 : Math.abs(p.x0() - title.x0()) < 2);
			double gap = across ? Math.max(p.x0() - title.x1(), title.x0() - p.x1())
					: Math.max(p.y0() - title.y1(), title.y0() - p.y1());
			if (p != title && sameLine && gap < 8 * title.size() && UNIT_ONLY.matcher(p.text()).matches()) {
				return new Label(title.text() + " " + p.text(), Math.min(title.x0(), p.x0()),
						Math.min(title.y0(), p.y0()), Math.max(title.x1(), p.x1()), Math.max(title.y1(), p.y1()),
						title.dir(), title.size(), title.anchor());
			}
		}
		return title;
	}

	/**
	 * A unit printed among the tick numbers, in place of a tick ("0 100 ... 600 V 800", "pF" between two
	 * decades), completes a title that prints none.
	 */
	private static Label withTickUnit(Label title, TextAssembly.Labels text, List<Label> tickZone) {
		if (title != null && text.title(title.text()).printed()) {
			return title;
		}
		for (Label w : tickZone) {
			if (title != null && w.text().equals(title.text())) {
				continue;
			}
			String t = TitleUnits.sameGlyphs(w.text());
			if (number(t) == null && t.length() <= 4 && TitleUnits.isUnit(t)) {
				return title == null ? new Label("[" + t + "]", w.x0(), w.y0(), w.x1(), w.y1(), 0, w.size(), w.anchor())
						: new Label(title.text() + " [" + t + "]", title.x0(), title.y0(), title.x1(), title.y1(),
								title.dir(), title.size(), title.anchor());
			}
		}
		return title;
	}

	/** Rotated title lines side by side joined into one title, read left line first ("RDS(on)," + "NORMALIZED"). */
	private static List<Label> joinedLines(List<Label> rotated) {
		List<Label> out = new ArrayList<>();
		List<Label> byX = new ArrayList<>(rotated);
		byX.sort(Comparator.comparingDouble(Label::x0));
		for (Label l : byX) {
			Label last = out.isEmpty() ? null : out.get(out.size() - 1);
			Label sub = last == null ? null : RotatedSubscript.into(last, l);
			if (sub != null) {
				out.set(out.size() - 1, sub);
			} else if (last != null && l.x0() - last.x1() < 0.8 * l.size() && l.y0() < last.y1()
					&& l.y1() > last.y0()) {
				out.set(out.size() - 1, new Label(last.text() + " " + l.text(), last.x0(), Math.min(last.y0(), l.y0()),
						l.x1(), Math.max(last.y1(), l.y1()), l.dir(), l.size(), last.anchor()));
			} else {
				out.add(l);
			}
		}
		out.sort(Comparator.comparingDouble(p -> -p.x1()));
		return out;
	}

	/** The top phrase joined with the phrases right under it: a title and its unit on two lines. */
	private static Label stacked(List<Label> topFirst) {
		if (topFirst.isEmpty()) {
			return null;
		}
		Label t = topFirst.get(0);
		for (Label p : topFirst.subList(1, topFirst.size())) {
			if (t.y0() - p.y1() < 1.2 * p.size() && p.x0() < t.x1() && p.x1() > t.x0()) {
				t = new Label(t.text() + " " + p.text(), Math.min(t.x0(), p.x0()), p.y0(), Math.max(t.x1(), p.x1()),
						t.y1(), 0, t.size(), t.anchor());
			}
		}
		return t;
	}
}
