package org.espice.core.internal.plots;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Plot;
import org.espice.core.internal.parameters.Conditions;

/**
 * Notes that name curves by how they are drawn: "Dotted line: Tj = 150 °C." and "Solid line: Tj = 25 °C." printed
 * under a plot's caption, as Philips and NXP do, or inside the plot. The conditions of a dotted, dashed or broken
 * line go to the curves drawn dashed (a dash pattern, or dot by dot), those of a solid or full line to the others,
 * when the plot draws curves both ways.
 */
final class StyleNotes {

	private static final Pattern NOTE = Pattern.compile(
			"(?i)^\\s*(solid|full|continuous|dotted|dashed|broken|dash-dotted|dash-dot)\\s+(?:lines?|curves?)"
					+ "\\s*[:=]?\\s*(.+)$");
	/** How far under the frame (points) a note may stand: under its caption, a line or two of text. */
	private static final double BELOW = 90;

	private StyleNotes() {
	}

	/** The conditions the notes give each curve (by trace index); empty when no note applies. */
	static Map<Integer, Map<String, Double>> of(Plot.Box f, List<Label> phrases, List<CurveTracer.Trace> traces) {
		boolean dashed = traces.stream().anyMatch(t -> t.pen().dashed());
		boolean solid = traces.stream().anyMatch(t -> !t.pen().dashed());
		if (!dashed || !solid) {
			return Map.of(); // the notes tell curves apart by how they are drawn: drawn alike, they tell nothing
		}
		Map<Boolean, Map<String, Double>> byStyle = new HashMap<>();
		for (Label p : phrases) {
			if (p.dir() != 0 || p.x1() < f.x0() || p.x0() > f.x1() || p.y1() < f.y0() - BELOW || p.y0() > f.y1()) {
				continue;
			}
			Matcher m = NOTE.matcher(p.text());
			if (m.matches()) {
				Map<String, Double> c = Conditions.parse(m.group(2));
				String style = m.group(1).toLowerCase(Locale.ROOT);
				if (!c.isEmpty()) {
					byStyle.put(!style.equals("solid") && !style.equals("full") && !style.equals("continuous"), c);
				}
			}
		}
		Map<Integer, Map<String, Double>> out = new HashMap<>();
		for (int i = 0; i < traces.size(); i++) {
			Map<String, Double> c = byStyle.get(traces.get(i).pen().dashed());
			if (c != null) {
				out.put(i, new LinkedHashMap<>(c));
			}
		}
		return out;
	}
}
