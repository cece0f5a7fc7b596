package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.espice.core.Plot;

/**
 * Cuts a phrase into the texts it holds though set close enough to read as one line: where a drawn upright line runs
 * between two of its words, text on either side of a key's box edge (a curve's label "Ciss" just left of a boxed key
 * line "Coss = Cds + Cgd" on the same baseline) is two texts; and a phrase of values alone, each with its unit ("4V
 * 4.5V" over two steep curves side by side), is one label per value.
 */
final class RuledPhrases {

	/** A line cuts a phrase when it crosses this share of the phrase's height (lowered subscripts included). */
	private static final double ACROSS = 0.5;

	/** A rule is shorter than this share of the frame's height: a grid line runs through text set over the grid. */
	private static final double SHORT = 0.5;

	/** White ink is the paper: a box knocked out behind a label draws no line. */
	private static final int PAPER = 0xFFFFFF;

	/** A value with its unit, as a curve's label prints it alone ("4.5V", "-10 V", "100 mA"). */
	static final Pattern VALUE_ONLY = Pattern.compile("[-+\u2013\u2212]?\\d+(?:[.,]\\d+)?\\s*[pnuµm]?[AV]");
	private static final Pattern UNIT = Pattern.compile("[pnuµm]?[AV]");

	private RuledPhrases() {
	}

	/** The phrase, or its parts where upright lines inside the frame run between its words. */
	static List<Label> cut(Label phrase, Plot.Box f, List<Stroke> strokes, List<Label> words) {
		List<Double> rules = rules(phrase, f, strokes);
		if (rules.isEmpty()) {
			return List.of(phrase);
		}
		List<Label> out = new ArrayList<>();
		List<Label> part = new ArrayList<>();
		for (Label w : mine(phrase, words)) {
			if (!part.isEmpty()) {
				double gapFrom = part.get(part.size() - 1).x1();
				if (rules.stream().anyMatch(x -> x >= gapFrom && x <= w.x0())) {
					out.add(joined(part, phrase));
					part = new ArrayList<>();
				}
			}
			part.add(w);
		}
		if (out.isEmpty() || part.isEmpty()) {
			return List.of(phrase);
		}
		out.add(joined(part, phrase));
		return out;
	}

	/**
	 * The phrase, or one label per value where it holds two values or more and nothing else, each with its unit (a
	 * number and its unit may be two words): a label names one curve, so values side by side are two curves' labels.
	 */
	static List<Label> values(Label phrase, List<Label> words) {
		List<List<Label>> tokens = new ArrayList<>();
		for (Label w : mine(phrase, words)) {
			List<Label> last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
			if (last != null && last.size() == 1 && TextAssembly.PLAIN_NUMBER.matcher(last.get(0).text()).matches()
					&& UNIT.matcher(w.text()).matches()) {
				last.add(w);
			} else {
				tokens.add(new ArrayList<>(List.of(w)));
			}
		}
		if (tokens.size() < 2) {
			return List.of(phrase);
		}
		List<Label> out = new ArrayList<>();
		for (List<Label> t : tokens) {
			Label l = joined(t, phrase);
			if (!VALUE_ONLY.matcher(l.text()).matches()) {
				return List.of(phrase);
			}
			out.add(l);
		}
		return out;
	}

	/** The upright words inside the phrase's box, left to right. */
	private static List<Label> mine(Label phrase, List<Label> words) {
		return words.stream()
				.filter(w -> w.dir() == 0 && w.cx() >= phrase.x0() && w.cx() <= phrase.x1() && w.cy() >= phrase.y0()
						&& w.cy() <= phrase.y1())
				.sorted(Comparator.comparingDouble(Label::x0)).toList();
	}

	/**
	 * Where short upright lines inside the frame cross the phrase's line: a box's edges or a rule, drawn in level and
	 * upright lines only (no curve, no grid line).
	 */
	private static List<Double> rules(Label phrase, Plot.Box f, List<Stroke> strokes) {
		List<Double> out = new ArrayList<>();
		double need = ACROSS * (phrase.y1() - phrase.y0());
		for (Stroke s : strokes) {
			double[] b = s.bounds();
			if (b[2] < phrase.x0() || b[0] > phrase.x1() || b[3] < phrase.y0() || b[1] > phrase.y1()
					|| !s.touches(f, 0) || b[3] - b[1] > SHORT * f.height() || s.rgb() == PAPER || !squared(s)) {
				continue;
			}
			for (int i = 1; i < s.size(); i++) {
				double x = s.xs()[i];
				double lo = Math.max(Math.min(s.ys()[i], s.ys()[i - 1]), phrase.y0());
				double hi = Math.min(Math.max(s.ys()[i], s.ys()[i - 1]), phrase.y1());
				if (Math.abs(x - s.xs()[i - 1]) <= 0.3 && x > phrase.x0() && x < phrase.x1() && hi - lo >= need) {
					out.add(x);
				}
			}
		}
		return out;
	}

	/** Whether a stroke is drawn in level and upright lines only (a box or a rule, no curve). */
	private static boolean squared(Stroke s) {
		for (int i = 1; i < s.size(); i++) {
			if (Math.abs(s.xs()[i] - s.xs()[i - 1]) > 0.3 && Math.abs(s.ys()[i] - s.ys()[i - 1]) > 0.3) {
				return false;
			}
		}
		return true;
	}

	private static Label joined(List<Label> words, Label phrase) {
		StringBuilder text = new StringBuilder();
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (Label w : words) {
			text.append(text.isEmpty() ? "" : " ").append(w.text());
			x0 = Math.min(x0, w.x0());
			y0 = Math.min(y0, w.y0());
			x1 = Math.max(x1, w.x1());
			y1 = Math.max(y1, w.y1());
		}
		return new Label(text.toString(), x0, y0, x1, y1, 0, phrase.size(), (x0 + x1) / 2);
	}
}
