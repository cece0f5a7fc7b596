package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Plot;

/**
 * A list of a condition's values printed from "TOP" down to "BOTTOM" under its symbol ("VGS / TOP 15V / 12V / ... /
 * BOTTOM 5.0V", as International Rectifier and Vishay print their output curves): it names the curves by their order,
 * the highest curve the top value and so on down, wherever the list stands. Read only when it gives one value per
 * curve, stepping down, and the curves keep one order by height.
 */
final class RankedList {

	/** The list's first and last line's marks, the sign of the value set right after them kept ("Bottom- 4.5 V"). */
	private static final Pattern TOP = Pattern.compile("(?i)^top([-\u2212\u2013]?)$");
	private static final Pattern BOTTOM = Pattern.compile("(?i)^bottom([-\u2212\u2013]?)$");
	/** One value of the list, sign and unit optional: "15V", "- 5.5 V", "8.0". */
	private static final Pattern VALUE = Pattern.compile("^([-\u2212\u2013]?)\\s*(\\d+(?:\\.\\d+)?)\\s*(m|µ|\u03bc|u)?\\s*[VA]?$");
	/** The symbol over the list: the gate voltage, the gate-emitter voltage, the base current. */
	private static final Pattern KEY = Pattern.compile("(?i)^(VGS|VGE|IB)$");
	/** How far (pt) right of the TOP and BOTTOM words the values may stand. */
	private static final double VALUES_REACH = 45;
	/** Fewest values that make a list. */
	private static final int MIN_VALUES = 3;
	/** Points at which two curves are compared across the span they share. */
	private static final int SAMPLES = 20;
	/** Two curves that never lie this far apart (pt) are drawn on top of each other. */
	private static final double APART = 3;

	private RankedList() {
	}

	/** The values found, top first, with the condition key and the phrases they were read from. */
	record Values(String key, List<Double> values, List<String> printed, Set<Label> phrases) {
	}

	/**
	 * Names the curves from a TOP-to-BOTTOM list in or by the frame: each curve gets a label of the list's line and
	 * its value; the phrases of the list are marked used. Nothing when the list and the curves do not match one to
	 * one.
	 */
	static void take(Plot.Box f, Plot.Kind kind, List<CurveTracer.Trace> traces, List<Label> words, List<Label> inside,
			Label[] at, Map<Label, LabelText> texts, Set<Label> used) {
		if (!CurveLabels.stepping(kind).contains("VGS") || traces.size() < MIN_VALUES) {
			return;
		}
		Values list = read(f, words, inside);
		if (list == null || list.values().size() != traces.size()) {
			return;
		}
		List<Integer> all = byHeight(traces);
		if (all == null) {
			return;
		}
		used.addAll(list.phrases());
		for (int k = 0; k < all.size(); k++) {
			int curve = all.get(all.size() - 1 - k); // the highest curve takes the top value
			Label l = new Label(list.printed().get(k), f.x0(), f.y0(), f.x0(), f.y0(), 0, 0, f.x0());
			at[curve] = l;
			texts.put(l, new LabelText(null, Map.of(list.key(), list.values().get(k)), null, List.of()));
			used.add(l);
		}
	}

	/**
	 * The curves from the lowest to the highest, each pair compared over the span both are drawn: the one above there
	 * on average is the higher. Curves that never lie {@link #APART} apart are one curve drawn for several values
	 * (the highest gate voltages, where the channel no longer limits), in either order. Null when a pair shares no
	 * span, or two curves next in the order are not ranked the way the others rank them.
	 */
	static List<Integer> byHeight(List<CurveTracer.Trace> traces) {
		int n = traces.size();
		double[][] above = new double[n][n]; // mean height of i over j where both are drawn
		double[][] widest = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double lo = Math.max(min(traces.get(i).xs()), min(traces.get(j).xs()));
				double hi = Math.min(max(traces.get(i).xs()), max(traces.get(j).xs()));
				if (lo >= hi) {
					return null;
				}
				double sum = 0;
				double most = 0;
				for (int k = 0; k <= SAMPLES; k++) {
					double x = lo + (hi - lo) * k / SAMPLES;
					double d = FamilyOrder.height(traces.get(i), x) - FamilyOrder.height(traces.get(j), x);
					sum += d;
					most = Math.max(most, Math.abs(d));
				}
				above[i][j] = sum / (SAMPLES + 1);
				above[j][i] = -above[i][j];
				widest[i][j] = most;
				widest[j][i] = most;
			}
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble(i -> {
			double wins = 0;
			for (int j = 0; j < n; j++) {
				wins += Math.signum(above[i][j]);
			}
			return wins;
		}));
		for (int k = 1; k < n; k++) {
			int lower = order.get(k - 1);
			int upper = order.get(k);
			if (widest[upper][lower] >= APART && !(above[upper][lower] > 0)) {
				return null;
			}
		}
		return order;
	}

	private static double min(double[] xs) {
		return java.util.Arrays.stream(xs).min().orElse(0);
	}

	private static double max(double[] xs) {
		return java.util.Arrays.stream(xs).max().orElse(0);
	}

	/** The TOP-to-BOTTOM list by the frame, or null. */
	static Values read(Plot.Box f, List<Label> words, List<Label> inside) {
		Label top = null;
		Label bottom = null;
		for (Label w : words) {
			if (w.dir() != 0 || !f.contains(w.cx(), w.cy(), 0)) {
				continue;
			}
			if (TOP.matcher(w.text()).matches()) {
				top = top == null ? w : null; // two lists: neither is read
			} else if (BOTTOM.matcher(w.text()).matches()) {
				bottom = bottom == null ? w : null;
			}
		}
		if (top == null || bottom == null || bottom.cy() >= top.cy() || Math.abs(top.x0() - bottom.x0()) > top.size()) {
			return null;
		}
		double left = Math.min(top.x0(), bottom.x0());
		double right = Math.max(top.x1(), bottom.x1()) + VALUES_REACH;
		List<Label> column = new ArrayList<>();
		for (Label w : words) {
			if (w.dir() == 0 && w.cy() >= bottom.cy() - 1 && w.cy() <= top.cy() + 1 && w.x0() >= left - 1
					&& w.x1() <= right) {
				column.add(w);
			}
		}
		List<Double> values = new ArrayList<>();
		List<String> printed = new ArrayList<>();
		for (List<Label> line : lines(column)) {
			String text = withoutMarks(line);
			Matcher m = VALUE.matcher(text);
			if (!m.matches()) {
				return null;
			}
			values.add(Double.parseDouble(m.group(2)) * (m.group(1).isEmpty() ? 1 : -1)
					* (m.group(3) == null ? 1 : m.group(3).equals("m") ? 1e-3 : 1e-6));
			printed.add(text);
		}
		if (values.size() < MIN_VALUES) {
			return null;
		}
		for (int k = 1; k < values.size(); k++) {
			if (Math.abs(values.get(k)) >= Math.abs(values.get(k - 1))) {
				return null; // a ranked list steps down from its top
			}
		}
		String key = key(words, top);
		if (key == null) {
			return null;
		}
		Set<Label> phrases = new java.util.HashSet<>();
		for (Label p : inside) {
			if (p.cy() >= bottom.cy() - 1 && p.cy() <= top.cy() + 1 && p.x1() > left && p.x0() < right) {
				phrases.add(p);
			}
		}
		return new Values(key, values, printed, phrases);
	}

	/**
	 * The words of the list's column line by line, top first, each line left to right: a line's words stand level and
	 * side by side; a word over another is the next line set close.
	 */
	private static List<List<Label>> lines(List<Label> column) {
		column.sort(Comparator.comparingDouble((Label w) -> -w.cy()).thenComparingDouble(Label::x0));
		List<List<Label>> lines = new ArrayList<>();
		for (Label w : column) {
			List<Label> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
			if (last != null && Math.abs(last.get(0).cy() - w.cy()) < 0.5 * w.size()
					&& last.stream().noneMatch(o -> o.x0() < w.x1() && w.x0() < o.x1())) {
				last.add(w);
			} else {
				lines.add(new ArrayList<>(List.of(w)));
			}
		}
		lines.forEach(line -> line.sort(Comparator.comparingDouble(Label::x0)));
		return lines;
	}

	/** A line of the list without its TOP or BOTTOM mark, the sign set against the mark kept. */
	private static String withoutMarks(List<Label> line) {
		StringBuilder text = new StringBuilder();
		for (Label w : line) {
			Matcher mark = TOP.matcher(w.text());
			mark = mark.matches() ? mark : BOTTOM.matcher(w.text());
			String part = mark.matches() ? mark.group(1) : w.text();
			if (!part.isEmpty()) {
				text.append(text.length() == 0 ? "" : " ").append(part);
			}
		}
		return text.toString().strip();
	}

	/**
	 * The symbol printed over the TOP line ("VGS", "VGE", "IB", its subscript a word of its own or raised), as a
	 * condition key; null when none.
	 */
	private static String key(List<Label> words, Label top) {
		List<Label> over = new ArrayList<>();
		for (Label w : words) {
			if (w.dir() == 0 && w.cy() > top.cy() + 0.5 * top.size() && w.cy() < top.cy() + 2.5 * top.size()
					&& w.x1() > top.x0() && w.x0() < top.x1() + VALUES_REACH) {
				over.add(w);
			}
		}
		over.sort(Comparator.comparingDouble(Label::x0));
		StringBuilder t = new StringBuilder();
		over.forEach(w -> t.append(w.text().replaceAll("[\\s^_]", "")));
		return KEY.matcher(t).matches() ? t.toString().toUpperCase(Locale.ROOT) : null;
	}
}
