package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.espice.core.Plot;
import org.espice.core.internal.parameters.Conditions;

/**
 * Lines of conditions printed between a plot's frame and its caption hold for every curve, as the caption's own
 * conditions do: under the plot, over a caption set under it ("f = 1 MHz; Tj = 25 °C." as Philips and NXP set them),
 * or under a caption set over the plot ("ID=f(VDS); Tj=25 °C" under Infineon's "5 Typ. output characteristics"). A
 * line beyond the caption is another plot's. A line is taken when every part of it (between semicolons) is
 * conditions or a statement ("ID=f(VDS)", "VDS=VGS"), and a condition two lines give differently holds for none.
 */
final class ConditionNotes {

	/**
	 * "f = 1 MHz", "Tj = 25 °C.", "ID=0.5 A pulsed": symbols with their values and units, a word on how the value was
	 * taken at most, and nothing else.
	 */
	private static final Pattern ONLY_CONDITIONS = Pattern.compile(
			"^(?:\\s*[A-Za-z][A-Za-z0-9_()]{0,12}\\s*=\\s*[-+\u2013\u2212]?\\d+(?:[.,]\\d+)?\\s*[A-Za-zµ°Ω%]{0,4}"
					+ "(?:\\s+[a-z]{3,8}\\.?)?\\s*[,.]?)+\\s*$");
	/**
	 * "ID=f(VDS)", "RDS(on) = f (Tj)": what the plot draws against what; "VDS=VGS": a test tying two symbols, which
	 * the conditions of a point cannot hold.
	 */
	private static final Pattern STATEMENT = Pattern.compile(
			"^\\s*[A-Za-z][A-Za-z0-9_() ]{0,14}=\\s*(?:f\\s*\\(.*\\)|[A-Za-z][A-Za-z0-9_()]{0,12})\\s*$");

	private ConditionNotes() {
	}

	/** The conditions the lines between a plot and its caption ({@link #between}) state alike. */
	static Map<String, Double> of(List<Label> lines) {
		List<Map<String, Double>> said = new ArrayList<>();
		for (Label p : lines) {
			Map<String, Double> c = conditions(p.text());
			if (!c.isEmpty()) {
				said.add(c);
			}
		}
		return SharedConditions.agreed(said);
	}

	/**
	 * The lines set between the frame and its caption, across the frame's width.
	 *
	 * @param f       the plot's frame
	 * @param caption where the plot's caption is printed, or null (then no line is taken)
	 * @param phrases the page's phrases that are no caption
	 * @param frames  the page's frames: a line inside one is that plot's text (but for a box drawn around this plot
	 *                and its caption)
	 */
	static List<Label> between(Plot.Box f, Plot.Box caption, List<Label> phrases, List<Plot.Box> frames) {
		if (caption == null) {
			return List.of();
		}
		boolean captionAbove = caption.y0() >= f.y1() - 1;
		boolean captionBelow = caption.y1() <= f.y0() + 1;
		List<Label> out = new ArrayList<>();
		for (Label p : phrases) {
			boolean below = captionBelow && p.y1() <= f.y0() + 1 && p.y0() >= caption.y1() - 1;
			boolean above = captionAbove && p.y0() >= f.y1() - 1 && p.y1() <= caption.y0() + 1;
			if (p.dir() == 0 && (below || above) && p.x1() >= f.x0() && p.x0() <= f.x1()
					&& frames.stream().noneMatch(b -> b.contains(p.cx(), p.cy(), -1) && !holds(b, f))) {
				out.add(p);
			}
		}
		return out;
	}

	/** The conditions of a line whose every part is conditions or a statement; empty otherwise. */
	private static Map<String, Double> conditions(String line) {
		Map<String, Double> out = new LinkedHashMap<>();
		for (String part : line.split(";")) {
			if (STATEMENT.matcher(part).matches()) {
				continue;
			}
			if (!ONLY_CONDITIONS.matcher(part).matches()) {
				return Map.of();
			}
			out.putAll(Conditions.parse(AxisTitle.compactSymbols(part)));
		}
		return out;
	}

	private static boolean holds(Plot.Box outer, Plot.Box b) {
		return outer.x0() <= b.x0() && outer.x1() >= b.x1() && outer.y0() <= b.y0() && outer.y1() >= b.y1();
	}
}
