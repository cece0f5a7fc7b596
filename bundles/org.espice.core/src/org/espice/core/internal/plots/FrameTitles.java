package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.espice.core.Plot;

/**
 * Titles set over a frame without a figure number ("Output Characteristics", "ID – VDS", "Saturation Voltage" over
 * "vs. Collector Current"), the captions of a page whose figures carry no numbers. An axis title with its unit, a
 * condition ("VGS = 10 V") or a table's heading set over the frame is no title.
 */
final class FrameTitles {

	/** How far over its frame a title may sit, in points. */
	private static final double REACH = 30;
	private static final Pattern TABLE = Pattern.compile("(?i)table\\s*\\d.*");

	private FrameTitles() {
	}

	/**
	 * The title over a frame: the phrase nearest over it and the lines set right over that one, centred on it or
	 * starting with it; null when there is none.
	 *
	 * @param across the page's horizontal phrases
	 * @param frames the frames holding no other frame (no title lies inside one)
	 * @param text   the page's text, whose phrases' titles are parsed once
	 */
	static Captions.Caption over(Plot.Box b, List<Label> across, List<Plot.Box> frames, TextAssembly.Labels text) {
		Label nearest = across.stream()
				.filter(p -> p.y0() >= b.y1() - 1 && p.y0() - b.y1() < REACH && p.x1() > b.x0()
						&& p.x0() < b.x1() - 0.2 * b.width() && titleLike(p, frames, text))
				.min(Comparator.comparingDouble(Label::y0)).orElse(null);
		if (nearest == null) {
			return null;
		}
		List<Label> lines = new ArrayList<>();
		lines.add(nearest);
		for (int n = 0; n < Captions.MAX_LINES; n++) {
			Label line = lines.get(0);
			Label over = across.stream()
					.filter(p -> p != line && p.y0() - line.y1() > -0.5 && p.y0() - line.y1() < 0.9 * line.size()
							&& Captions.similarSize(p, line)
							&& (Math.abs(p.cx() - line.cx()) < 0.3 * b.width()
									|| Math.abs(p.x0() - line.x0()) < 1.5 * line.size())
							&& titleLike(p, frames, text))
					.min(Comparator.comparingDouble(Label::y0)).orElse(null);
			if (over == null) {
				break;
			}
			lines.add(0, over);
		}
		return Captions.caption(lines.get(0), lines);
	}

	private static boolean titleLike(Label p, List<Plot.Box> frames, TextAssembly.Labels text) {
		String t = p.text();
		return t.chars().filter(Character::isLetter).count() >= 4 && !t.contains("=") && AxisReader.number(t) == null
				&& !TABLE.matcher(t).matches() && !text.title(t).printed() && !Captions.insideAny(p, frames);
	}
}
