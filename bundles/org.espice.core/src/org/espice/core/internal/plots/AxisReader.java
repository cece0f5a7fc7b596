package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Plot;

/**
 * Reads the bottom (x) and left (y) axis of a frame from the text around it: the row or column of numbers next to
 * the edge are the tick labels, calibrated into a scale; {@link AxisTitles} finds the title beyond them.
 */
final class AxisReader {

	/**
	 * One axis as read: calibration (or the problem), its tick labels and its title.
	 *
	 * @param outcome the calibration or why there is none
	 * @param ticks   the tick labels used
	 * @param title   the axis title, or null
	 */
	record Reading(Calibration.Outcome outcome, List<Label> ticks, Label title) {
	}

	/** How far from an edge tick labels may sit. */
	static final double TICK_REACH = 18;

	private static final Pattern PLAIN = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?%?");
	private static final Pattern POWER = Pattern
			.compile("(?:([-+]?\\d+(?:\\.\\d+)?)\\s*[x×·*]\\s*|([-+]))?10\\^([-+]?\\d+)");
	private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d),(\\d)");
	private static final Pattern CAPTION = Pattern.compile("(?i)fig(ure|\\.)?\\s*\\d.*|fig\\..*");
	/** Tick numbers run together: "100120140160". */
	private static final Pattern DIGITS = Pattern.compile("\\d{4,}");
	private static final Pattern SUFFIXED = Pattern.compile("(\\d+(?:\\.\\d+)?)([pnuµ\u03bcmkKM])");

	private AxisReader() {
	}

	/**
	 * The number a tick label prints, or null: {@code 0.5}, {@code -25}, {@code 1E-3}, {@code 10^-2}, {@code -10^2},
	 * {@code 100m}.
	 */
	static Double number(String text) {
		if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || "-+.\u2212\u2013".indexOf(text.charAt(0)) >= 0)) {
			return null;
		}
		String t = text.replace('\u2212', '-').replace('\u2013', '-');
		if (t.indexOf(',') >= 0) {
			t = DECIMAL_COMMA.matcher(t).replaceAll("$1.$2");
		}
		if (PLAIN.matcher(t).matches()) {
			return Double.parseDouble(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
		}
		Matcher m = POWER.matcher(t);
		if (m.matches()) {
			// a mantissa (2 x 10^3), a sign alone (-10^2 on a PNP axis) or neither
			double mant = m.group(1) != null ? Double.parseDouble(m.group(1)) : "-".equals(m.group(2)) ? -1 : 1;
			return mant * Math.pow(10, Integer.parseInt(m.group(3)));
		}
		m = SUFFIXED.matcher(t);
		if (m.matches()) {
			double f = switch (m.group(2)) {
			case "p" -> 1e-12;
			case "n" -> 1e-9;
			case "u", "µ", "\u03bc" -> 1e-6;
			case "m" -> 1e-3;
			case "k", "K" -> 1e3; // "1K", "10K" in older datasheets
			default -> 1e6;
			};
			return Double.parseDouble(m.group(1)) * f;
		}
		return null;
	}

	/** The bottom axis of frame {@code f}, whose solid and minor (dotted) vertical grid lines stand there. */
	static Reading bottom(Plot.Box f, List<Double> solid, List<Double> minor, TextAssembly.Labels text) {
		List<Double> grid = GridScale.all(solid, minor);
		List<Label> candidates = new ArrayList<>();
		for (Label w : CornerNumbers.of(f, text.ticks())) {
			if (w.dir() == 0 && w.y1() <= f.y0() + 1 && w.y1() >= f.y0() - TICK_REACH && w.anchor() >= f.x0() - 4
					&& w.anchor() <= f.x1() + 4) {
				candidates.add(w);
			}
		}
		// the row nearest the edge: tick labels share a baseline
		candidates.sort(Comparator.comparingDouble(w -> -w.y0()));
		List<Label> row = new ArrayList<>();
		for (Label w : candidates) {
			if (row.isEmpty() || Math.abs(w.y0() - row.get(0).y0()) < 2.5) {
				row.add(w);
			}
		}
		row = DecadeTicks.withDecadesUnder(row, candidates);
		row.sort(Comparator.comparingDouble(Label::anchor));
		List<Calibration.Tick> ticks = runTogether(row);
		Label title = AxisTitles.bottom(f, text, row);
		Calibration.Outcome fit = withEndsOnEdges(
				GridScale.settle(DecadeTicks.fit(row, ticks, "x", grid), ticks, solid, minor, f.x0(), f.x1()), ticks,
				row, "x", grid, f.x0(), f.x1());
		return new Reading(AxisOrigin.atCorner(fit, ticks, f.x0()), row, title);
	}

	/** The left axis of frame {@code f}, whose solid and minor (dotted) horizontal grid lines stand there. */
	static Reading left(Plot.Box f, List<Double> solid, List<Double> minor, TextAssembly.Labels text) {
		List<Double> grid = GridScale.all(solid, minor);
		List<Label> column = new ArrayList<>();
		for (Label w : CornerNumbers.of(f, text.ticks())) {
			if (w.dir() == 0 && w.x1() <= f.x0() + 1 && w.x1() >= f.x0() - TICK_REACH - 8
					&& CornerNumbers.centre(w, f) >= f.y0() - 4 && w.cy() <= f.y1() + 6) {
				column.add(w);
			}
		}
		column.sort(Comparator.comparingDouble(Label::cy));
		List<Calibration.Tick> ticks = column.stream()
				.map(w -> new Calibration.Tick(CornerNumbers.centre(w, f), number(w.text()))).toList();
		Label title = AxisTitles.left(f, text, column);
		Calibration.Outcome fit = withEndsOnEdges(
				GridScale.settle(DecadeTicks.fit(column, ticks, "y", grid), ticks, solid, minor, f.y0(), f.y1()), ticks,
				column, "y", grid, f.y0(), f.y1());
		return new Reading(AxisOrigin.atCorner(fit, ticks, f.y0()), column, title);
	}

	/** The fit, or where the ticks define none, the fit with the corner numbers set in from their edges on them. */
	private static Calibration.Outcome withEndsOnEdges(Calibration.Outcome fit, List<Calibration.Tick> ticks,
			List<Label> labels, String axis, List<Double> grid, double from, double to) {
		if (fit.calibration() != null || labels.size() != ticks.size()) {
			return fit;
		}
		List<Calibration.Tick> onEdges = AxisOrigin.endsOnEdges(ticks, labels, from, to);
		Calibration.Outcome o = onEdges == null ? null : Calibration.fit(onEdges, axis, grid);
		return o != null && o.calibration() != null ? o : fit;
	}

	/**
	 * The second vertical axis of a plot that prints one at its right edge: a column of numbers right of the edge
	 * and a title beyond them that names a quantity. Without such a title the numbers are taken for the tick
	 * column of a plot beside this one, whose title sits on their left, and there is no second axis (null).
	 */
	static Reading right(Plot.Box f, TextAssembly.Labels text) {
		List<Label> column = new ArrayList<>();
		for (Label w : text.ticks()) {
			if (w.dir() == 0 && w.x0() >= f.x1() - 1 && w.x0() <= f.x1() + TICK_REACH + 8 && w.cy() >= f.y0() - 4
					&& w.cy() <= f.y1() + 6) {
				column.add(w);
			}
		}
		if (column.size() < 2) {
			return null;
		}
		column.sort(Comparator.comparingDouble(Label::cy));
		Label title = AxisTitles.right(f, text, column);
		if (title == null || text.title(title.text()).quantity().equals("other")) {
			return null;
		}
		List<Calibration.Tick> ticks = column.stream()
				.map(w -> new Calibration.Tick(CornerNumbers.centre(w, f), number(w.text()))).toList();
		return new Reading(Calibration.fit(ticks, "right y"), column, title);
	}

	/**
	 * The ticks of a row, with tick numbers set so close that the text layer runs them together ("100120140160"
	 * after 60 and 80) taken apart where the pieces go on with the row's step, each at its share of the word.
	 */
	private static List<Calibration.Tick> runTogether(List<Label> row) {
		List<Calibration.Tick> ticks = new ArrayList<>();
		for (Label w : row) {
			int n = ticks.size();
			List<String> pieces = n >= 2 && DIGITS.matcher(w.text()).matches()
					? progression(w.text(), ticks.get(n - 1).value(), ticks.get(n - 1).value() - ticks.get(n - 2).value())
					: List.of();
			if (pieces.size() < 2) {
				ticks.add(new Calibration.Tick(w.anchor(), number(w.text())));
				continue;
			}
			double perChar = (w.x1() - w.x0()) / w.text().length();
			int at = 0;
			for (String piece : pieces) {
				ticks.add(new Calibration.Tick(w.x0() + (at + piece.length() / 2.0) * perChar, Double.parseDouble(piece)));
				at += piece.length();
			}
		}
		return ticks;
	}

	/** The digits cut into the numbers that go on from {@code last} by {@code step}, or none when they do not. */
	private static List<String> progression(String digits, double last, double step) {
		List<String> out = new ArrayList<>();
		double next = last + step;
		int at = 0;
		while (at < digits.length() && step > 0 && next == Math.rint(next)) {
			String expected = String.valueOf((long) next);
			if (!digits.startsWith(expected, at)) {
				return List.of();
			}
			out.add(expected);
			at += expected.length();
			next += step;
		}
		return at == digits.length() ? out : List.of();
	}

	static boolean letters(String s) {
		return s.chars().filter(Character::isLetter).count() >= 1;
	}

	static boolean caption(String s) {
		return CAPTION.matcher(s).matches();
	}
}
