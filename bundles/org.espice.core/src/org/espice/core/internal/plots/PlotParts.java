package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.espice.core.Device;
import org.espice.core.Plot;

/**
 * The parts a plot is for, when its caption names some of the datasheet's parts and not all ("Figure 5.
 * Capacitance — BC546"): a plot whose caption names none, or every one, is for all parts and lists none.
 */
public final class PlotParts {

	private PlotParts() {
	}

	public static List<Plot> assign(List<Plot> plots, List<Device> devices) {
		if (devices.size() < 2) {
			return plots;
		}
		List<Plot> out = new ArrayList<>(plots.size());
		for (Plot p : plots) {
			List<String> named = named(p.caption(), devices);
			out.add(named.isEmpty() || named.size() == devices.size() || !p.parts().isEmpty() ? p : p.withParts(named));
		}
		return out;
	}

	/** The devices the text names by part number or order code, as whole words. */
	static List<String> named(String text, List<Device> devices) {
		List<String> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		String upper = text.toUpperCase(Locale.ROOT);
		for (Device d : devices) {
			List<String> names = new ArrayList<>(d.aliases());
			names.add(d.part());
			for (String n : names) {
				if (n.length() >= 3 && Pattern.compile("(?<![A-Z0-9])" + Pattern.quote(n.toUpperCase(Locale.ROOT))
						+ "(?![A-Z0-9])").matcher(upper).find()) {
					out.add(d.part());
					break;
				}
			}
		}
		return out;
	}
}
