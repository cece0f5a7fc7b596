package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.espice.core.Plot;
import org.espice.core.internal.parameters.Conditions;

/**
 * A line of conditions printed under a plot, between it and its caption: "f = 1 MHz; Tj = 25 °C." as Philips and NXP
 * set them. It holds for every curve, as the caption's own conditions do. Only a line that says nothing but
 * conditions is taken, and a condition two such lines give differently holds for none.
 */
final class ConditionNotes {

	/** "f = 1 MHz; Tj = 25 °C.": symbols with their values and units, and nothing else. */
	private static final Pattern ONLY_CONDITIONS = Pattern.compile(
			"^(?:\\s*[A-Za-z][A-Za-z0-9_()]{0,12}\\s*=\\s*[-+\u2013\u2212]?\\d+(?:[.,]\\d+)?\\s*[A-Za-zµ°Ω%]{0,4}"
					+ "\\s*[;,.]?)+\\s*$");
	/** How far under the frame (points) a note may stand: the axis's numbers and title, then a line or two. */
	private static final double BELOW = 72;

	private ConditionNotes() {
	}

	/**
	 * The conditions the lines under the frame state alike.
	 *
	 * @param f       the plot's frame
	 * @param phrases the page's phrases that are no caption
	 * @param frames  the page's frames: a line inside one is that plot's text (but for a box drawn around this plot
	 *                and its caption)
	 */
	static Map<String, Double> under(Plot.Box f, List<Label> phrases, List<Plot.Box> frames) {
		List<Map<String, Double>> said = new ArrayList<>();
		for (Label p : phrases) {
			if (p.dir() != 0 || p.y1() > f.y0() || p.y1() < f.y0() - BELOW || p.x1() < f.x0() || p.x0() > f.x1()
					|| frames.stream().anyMatch(b -> inside(p, b) && !holds(b, f)) || !ONLY_CONDITIONS.matcher(p.text()).matches()) {
				continue;
			}
			Map<String, Double> c = Conditions.parse(p.text());
			if (!c.isEmpty()) {
				said.add(c);
			}
		}
		return SharedConditions.agreed(said);
	}

	private static boolean holds(Plot.Box outer, Plot.Box b) {
		return outer.x0() <= b.x0() && outer.x1() >= b.x1() && outer.y0() <= b.y0() && outer.y1() >= b.y1();
	}

	private static boolean inside(Label p, Plot.Box b) {
		return p.x0() >= b.x0() && p.x1() <= b.x1() && p.y0() >= b.y0() && p.y1() <= b.y1();
	}
}
