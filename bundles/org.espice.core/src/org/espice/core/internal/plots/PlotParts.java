package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Device;
import org.espice.core.Plot;

/**
 * The parts a plot is for, when its caption (or a line between it and the plot, see {@link PlotReader}) names some
 * of the datasheet's parts and not all ("Figure 5. Capacitance — BC546", "BYM36D and E."): a plot whose caption
 * names none, or every one, is for all parts and lists none. A part named with a run of further last letters or
 * digits ("BYM36D and E", "BYM36A to C", "BYM36A,B,C") names each part of the run.
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
			List<String> named = some(Collections.singletonList(p.caption()), devices);
			out.add(named.isEmpty() || !p.parts().isEmpty() ? p : p.withParts(named));
		}
		return out;
	}

	/** The parts the texts name, when they name some of the datasheet's parts and not all; empty otherwise. */
	static List<String> some(List<String> texts, List<Device> devices) {
		if (devices.size() < 2) {
			return List.of();
		}
		Set<String> named = new LinkedHashSet<>();
		texts.forEach(t -> named.addAll(named(t, devices)));
		return named.size() == devices.size() ? List.of() : List.copyOf(named);
	}

	/** "BYM36A to C", "BYM36D and E", "BYM36A,B,C": a name, then further last characters. */
	private static final Pattern RUN = Pattern.compile(
			"(?<![A-Z0-9])([A-Z0-9][A-Z0-9-]{2,}?)([A-Z0-9])((?:\\s*(?:,|&|AND|TO|-|\u2013)\\s*[A-Z0-9](?![A-Z0-9]))+)");
	private static final Pattern STEP = Pattern.compile("(,|&|AND|TO|-|\u2013)\\s*([A-Z0-9])");

	/** The devices the text names by part number or order code, as whole words, runs spelt out. */
	static List<String> named(String text, List<Device> devices) {
		List<String> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		String upper = spelt(text.toUpperCase(Locale.ROOT));
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

	/** The text with each run spelt out after it: "BYM36A TO C" reads "BYM36A TO C BYM36B BYM36C". */
	static String spelt(String upper) {
		Matcher m = RUN.matcher(upper);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String stem = m.group(1);
			char last = m.group(2).charAt(0);
			StringBuilder names = new StringBuilder();
			Matcher step = STEP.matcher(m.group(3));
			while (step.find()) {
				char next = step.group(2).charAt(0);
				boolean range = !step.group(1).equals(",") && !step.group(1).equals("&") && !step.group(1).equals("AND");
				// a range runs up, within letters or within digits, and not far ("A to C", not "A to 9")
				boolean up = next > last && next - last <= 10 && Character.isLetter(next) == Character.isLetter(last);
				char from = range && up ? (char) (last + 1) : next;
				for (char c = from; c <= next; c++) {
					names.append(' ').append(stem).append(c);
				}
				last = next;
			}
			m.appendReplacement(out, Matcher.quoteReplacement(m.group() + names));
		}
		m.appendTail(out);
		return out.toString();
	}
}
