package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A minus sign set on its own line over the number it belongs to: onsemi prints a curve's "−55°C" as "–" over
 * "55°C" where the label had no room beside the curve. The sign joins its number; read alone, the label names the
 * opposite temperature.
 */
final class SignsAbove {

	private static final Pattern MINUS = Pattern.compile("[-\u2013\u2212]");
	private static final Pattern NUMBER_FIRST = Pattern.compile("^\\d.*");
	/** The sign's bottom lies within this many font sizes of the number's top. */
	private static final double NEAR = 0.5;

	private SignsAbove() {
	}

	/** The phrases with each lone minus sign joined to the number right under it; any other sign stays. */
	static List<Label> joined(List<Label> phrases) {
		List<Label> out = new ArrayList<>(phrases);
		for (Label sign : phrases) {
			if (sign.dir() != 0 || !MINUS.matcher(sign.text().strip()).matches()) {
				continue;
			}
			double cx = (sign.x0() + sign.x1()) / 2;
			for (int i = 0; i < out.size(); i++) {
				Label l = out.get(i);
				if (l != sign && l.dir() == 0 && NUMBER_FIRST.matcher(l.text().strip()).matches() && cx > l.x0()
						&& cx < l.x1() && Math.abs(sign.y0() - l.y1()) <= NEAR * l.size()) {
					out.set(i, new Label("-" + l.text().strip(), l.x0(), l.y0(), l.x1(), sign.y1(), 0, l.size(),
							l.anchor()));
					out.remove(sign);
					break;
				}
			}
		}
		return out;
	}
}
