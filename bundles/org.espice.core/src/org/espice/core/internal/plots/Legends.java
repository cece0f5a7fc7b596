package org.espice.core.internal.plots;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.Plot;

/**
 * A legend inside a plot: a short horizontal stroke (the swatch) with text right of it. The swatch is drawn with
 * the pen of the curve it names (colour, dash, width), so the text belongs to the one curve drawn with that pen.
 */
final class Legends {

	/** A swatch is at least this long (points) and at most this share of the frame's width. */
	private static final double MIN_SWATCH = 6;
	private static final double MAX_SWATCH = 0.3;
	/** The text starts within this many points right of the swatch's end. */
	private static final double TEXT_GAP = 12;

	private Legends() {
	}

	/** The legend text of each curve that a swatch names, by trace index. */
	static Map<Integer, Label> find(Plot.Box f, List<Stroke> strokes, List<CurveTracer.Trace> traces,
			List<Label> phrases) {
		Map<Integer, Label> out = new HashMap<>();
		for (Stroke s : strokes) {
			double[] b = s.bounds();
			double len = b[2] - b[0];
			if (b[3] - b[1] > 0.5 || len < MIN_SWATCH || len > MAX_SWATCH * f.width() || !f.contains(b[0], b[1], 0)
					|| !f.contains(b[2], b[3], 0)) {
				continue;
			}
			Label text = null;
			for (Label p : phrases) {
				if (p.x0() >= b[2] && p.x0() - b[2] <= TEXT_GAP && Math.abs(p.cy() - b[1]) <= 0.6 * p.size()) {
					text = p;
					break;
				}
			}
			if (text == null) {
				continue;
			}
			int match = -1;
			int count = 0;
			for (int i = 0; i < traces.size(); i++) {
				if (traces.get(i).pen().samePen(s)) {
					match = i;
					count++;
				}
			}
			if (count == 1) {
				out.put(match, text);
			}
		}
		return out;
	}
}
