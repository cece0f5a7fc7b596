package org.espice.core.internal.plots;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.Plot;

/**
 * A legend inside a plot: a short horizontal stroke (the swatch) with text right of it, or left of it ("TC = 25 °C
 * ——"). The swatch is drawn with the pen of the curve it names (colour, dash, width; or colour and dash, thinner),
 * so the text belongs to the one curve drawn with that pen, or states conditions for each of the curves drawn with
 * it. A swatch after its text, or of several curves, stays clear of every curve (a short line from a curve's end to
 * its label is a leader).
 */
final class Legends {

	/** A swatch is at least this long (points) and at most this share of the frame's width. */
	private static final double MIN_SWATCH = 6;
	private static final double MAX_SWATCH = 0.3;
	/** The text starts within this many points right of the swatch's end (or ends as close before its start). */
	private static final double TEXT_GAP = 12;
	/** A swatch set after its text keeps this far (points) from every curve. */
	private static final double CLEAR = 3;

	private Legends() {
	}

	/**
	 * A legend's entries: the text of each curve that a swatch names alone (by trace index), and the text of a
	 * swatch whose pen draws several curves with the curves it is drawn with ("TC = 25 °C ——" under a plot of
	 * turn-on and rise times, both drawn solid at 25 °C).
	 */
	record Entries(Map<Integer, Label> named, Map<Label, List<Integer>> several) {
	}

	/** The legend's entries, by the curves drawn with their swatches' pens. */
	static Entries entries(Plot.Box f, List<Stroke> strokes, List<CurveTracer.Trace> traces, List<Label> phrases) {
		Map<Integer, Label> out = new HashMap<>();
		Map<Label, List<Integer>> several = new HashMap<>();
		for (Stroke s : strokes) {
			double[] b = s.bounds();
			double len = b[2] - b[0];
			if (b[3] - b[1] > 0.5 || len < MIN_SWATCH || len > MAX_SWATCH * f.width() || !f.contains(b[0], b[1], 0)
					|| !f.contains(b[2], b[3], 0)) {
				continue;
			}
			Label text = textAfter(b, phrases);
			if (text == null && clear(b, traces)) {
				text = textBefore(b, phrases);
			}
			if (text == null) {
				continue;
			}
			List<Integer> drawn = drawnWith(s, traces);
			if (drawn.size() == 1) {
				out.put(drawn.get(0), text);
			} else if (drawn.size() > 1 && clear(b, traces)) {
				several.put(text, drawn);
			}
		}
		return new Entries(out, several);
	}

	/**
	 * The curves drawn with the swatch's pen; where none is, those drawn in its ink and dash: a legend may draw its
	 * swatches with a thinner pen than the curves (onsemi's "—— VCE = 2 V", "— — VCE = 5 V").
	 */
	private static List<Integer> drawnWith(Stroke swatch, List<CurveTracer.Trace> traces) {
		List<Integer> pen = new java.util.ArrayList<>();
		List<Integer> style = new java.util.ArrayList<>();
		for (int i = 0; i < traces.size(); i++) {
			Stroke p = traces.get(i).pen();
			if (p.samePen(swatch)) {
				pen.add(i);
			} else if (p.rgb() == swatch.rgb() && p.dashed() == swatch.dashed()) {
				style.add(i);
			}
		}
		return pen.isEmpty() ? style : pen;
	}

	private static Label textAfter(double[] b, List<Label> phrases) {
		for (Label p : phrases) {
			if (p.x0() >= b[2] && p.x0() - b[2] <= TEXT_GAP && Math.abs(p.cy() - b[1]) <= 0.6 * p.size()) {
				return p;
			}
		}
		return null;
	}

	private static Label textBefore(double[] b, List<Label> phrases) {
		for (Label p : phrases) {
			if (p.x1() <= b[0] + 1 && b[0] - p.x1() <= TEXT_GAP && Math.abs(p.cy() - b[1]) <= 0.6 * p.size()) {
				return p;
			}
		}
		return null;
	}

	/** Whether both ends of a swatch keep clear of every curve. */
	private static boolean clear(double[] b, List<CurveTracer.Trace> traces) {
		return traces.stream().allMatch(t -> t.distance(b[0], b[1]) > CLEAR && t.distance(b[2], b[3]) > CLEAR);
	}
}
