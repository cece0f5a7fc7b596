package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.espice.core.Plot;

/**
 * Numbers at a frame's bottom corners, where the axes' labels meet. The y axis's bottom number and the x axis's first
 * one run into one word: onsemi sets the y axis's "10" on the x axis's row, against its "0.4", and the text layer
 * reads "100.4". A number on the x axis's row that straddles the frame's left edge is split where two numbers meet
 * and the first ends where the y axis's numbers above end (right-aligned beside the axis): the first is the y axis's
 * number of the bottom edge, placed on it; the rest is the x axis's first tick. A number centred on the corner ("10"
 * under it) ends nowhere near them. And a power of ten whose base stands under the bottom edge stands on it.
 */
final class CornerNumbers {

	/** A number as tick labels print it: no leading zero but a lone one before the point. */
	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");
	/** The first number ends within this share of a label height of where the y axis's numbers end. */
	private static final double ALIGNED = 0.3;

	private CornerNumbers() {
	}

	/** The page's tick labels for frame {@code f}, with a word run across its bottom-left corner taken apart. */
	static List<Label> of(Plot.Box f, List<Label> ticks) {
		List<Label> out = null;
		for (int i = 0; i < ticks.size(); i++) {
			Label[] parts = split(f, ticks.get(i), ticks);
			if (parts != null) {
				if (out == null) {
					out = new ArrayList<>(ticks);
				}
				out.set(i, parts[0]);
				out.add(parts[1]);
			}
		}
		return out == null ? ticks : out;
	}

	/**
	 * Where a y-axis number stands: its centre, but a power of ten at the bottom corner whose base stands under the
	 * frame's edge and whose raised exponent reaches up to it (10⁻¹ set below 10⁰ ... 10²) labels the edge.
	 */
	static double centre(Label w, Plot.Box f) {
		boolean raised = w.text().contains("^") && w.cy() < f.y0() && w.y1() + 0.5 * (w.y1() - w.y0()) >= f.y0();
		return raised ? f.y0() : w.cy();
	}

	/** The y axis's number and the x axis's that {@code w} ran together, or null when it is one number. */
	private static Label[] split(Plot.Box f, Label w, List<Label> ticks) {
		double h = w.y1() - w.y0();
		if (w.dir() != 0 || w.x0() > f.x0() - 1 || w.x1() < f.x0() + 1 || w.y1() > f.y0() + 1
				|| w.y1() < f.y0() - AxisReader.TICK_REACH || !NUMBER.matcher(w.text()).matches()) {
			return null;
		}
		String t = w.text();
		double all = width(t);
		for (int k = 1; k < t.length(); k++) {
			String a = t.substring(0, k);
			String b = t.substring(k);
			// the glyphs of a number are about as wide as each other, a point half as wide
			double end = w.x0() + (w.x1() - w.x0()) * width(a) / all;
			if (NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches() && end < f.x0()
					&& columnEnds(f, ticks, end, ALIGNED * h)) {
				Label y = new Label(a, w.x0(), f.y0() - h / 2, end, f.y0() + h / 2, 0, w.size(), (w.x0() + end) / 2);
				Label x = new Label(b, end, w.y0(), w.x1(), w.y1(), 0, w.size(), (end + w.x1()) / 2);
				return new Label[] { y, x };
			}
		}
		return null;
	}

	/** Whether a number beside the y axis, above the corner, ends within {@code slack} of {@code end}. */
	private static boolean columnEnds(Plot.Box f, List<Label> ticks, double end, double slack) {
		return ticks.stream().anyMatch(t -> t.dir() == 0 && t.cy() > f.y0() && t.cy() <= f.y1() + 1
				&& Math.abs(t.x1() - end) <= slack && t.x1() <= f.x0() + 1);
	}

	private static double width(String s) {
		double u = 0;
		for (char c : s.toCharArray()) {
			u += c == '.' ? 0.5 : 1;
		}
		return u;
	}
}
