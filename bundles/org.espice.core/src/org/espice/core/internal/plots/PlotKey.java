package org.espice.core.internal.plots;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Plot;
import org.espice.core.internal.parameters.Conditions;

/**
 * A key printed between a plot and its caption under it: "(1) Tj = 150 °C" and "(2) Tj = 25 °C" name the curves
 * tagged (1) and (2) inside the plot; a line without a tag ("VGS = 0 V") holds for every curve.
 *
 * @param tagged the text of each tag number
 * @param shared conditions printed for every curve
 */
record PlotKey(Map<Integer, String> tagged, Map<String, Double> shared) {

	private static final Pattern FIGURE = Pattern.compile("(?i)fig(ure|\\.)?");
	private static final Pattern TAG = Pattern.compile("^\\(\\^?(\\d{1,2})\\)$");
	private static final Pattern KEYED = Pattern.compile("^\\(\\^?(\\d{1,2})\\)\\s*(.+)$");
	/** The key starts this far under the frame at least (under the tick numbers). */
	private static final double BELOW = 6;
	/** The caption (and the key, flush with it) may start this far left of the frame. */
	private static final double LEFT = 170;
	/** The caption sits at most this far under the frame. */
	private static final double CAPTION = 110;

	static final PlotKey NONE = new PlotKey(Map.of(), Map.of());

	/** The tag number a curve's tag prints ("(1)"), or null. */
	static Integer tag(String text) {
		Matcher m = TAG.matcher(text.strip());
		return m.matches() ? Integer.valueOf(m.group(1)) : null;
	}

	/** The key between the frame and the figure caption right under it, when there is one. */
	static PlotKey read(Plot.Box f, List<Label> words, List<Label> phrases) {
		// the caption set flush with this plot, not its neighbour's on the same lines (which may run into it)
		Label under = words.stream()
				.filter(p -> p.dir() == 0 && FIGURE.matcher(p.text()).matches() && p.y1() < f.y0()
						&& p.y1() > f.y0() - CAPTION && p.x0() > f.x0() - LEFT && p.x0() < f.x1())
				.min(java.util.Comparator.comparingDouble(p -> Math.abs(p.x0() - f.x0()))).orElse(null);
		if (under == null) {
			return NONE;
		}
		Map<Integer, String> tagged = new HashMap<>();
		Map<String, Double> shared = new LinkedHashMap<>();
		for (Label p : phrases) {
			if (p.dir() != 0 || p.y0() < under.y1() - 1 || p.y1() > f.y0() - BELOW
					|| p.x0() < Math.min(under.x0(), f.x0()) - 10 || p.x0() > f.x1()) {
				continue;
			}
			Matcher m = KEYED.matcher(p.text().strip());
			if (m.matches()) {
				tagged.put(Integer.valueOf(m.group(1)), m.group(2));
			} else {
				Conditions.parse(AxisTitle.compactSymbols(p.text().replace("^", ""))).forEach(shared::putIfAbsent);
			}
		}
		return new PlotKey(tagged, shared);
	}
}
