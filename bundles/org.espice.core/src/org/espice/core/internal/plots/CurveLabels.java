package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Plot;
import org.espice.core.internal.parameters.Conditions;
import org.espice.core.internal.parameters.Quantities;

/**
 * Attaches the text printed inside a plot to its curves: a label belongs to the curve it lies nearest to (usually
 * at the curve's end); text that names a condition and sits by no curve holds for every curve of the plot.
 */
final class CurveLabels {

	/** A label lies by a curve when closer than this (points). */
	private static final double REACH = 14;
	private static final Pattern BARE = Pattern.compile(
			"([-+]?\\d+(?:\\.\\d+)?)\\s*(°\\s?C|℃|[pnuµm]?(?:V|A))(?![A-Za-z])");
	private static final Pattern NAME = Pattern.compile("(?i)^C\\s?(iss|oss|rss|obo|ibo|ies|oes|res|cb|eb)\\b");

	/** The label and conditions found for each trace, in trace order; {@code shared} holds plot-wide ones. */
	record Attached(List<Label> labels, Map<String, Double> shared) {
	}

	private CurveLabels() {
	}

	static Attached attach(Plot.Box f, List<CurveTracer.Trace> traces, TextAssembly.Labels text, List<Label> skip) {
		List<Label> best = new ArrayList<>();
		double[] bestDistance = new double[traces.size()];
		for (int i = 0; i < traces.size(); i++) {
			best.add(null);
			bestDistance[i] = Double.MAX_VALUE;
		}
		Map<String, Double> shared = new LinkedHashMap<>();
		for (Label p : text.phrases()) {
			if (p.dir() != 0 || !f.contains(p.cx(), p.cy(), 0) || skip.contains(p) || AxisReader.number(p.text()) != null
					|| !AxisReader.letters(p.text()) && p.text().chars().noneMatch(Character::isDigit)) {
				continue;
			}
			int nearest = -1;
			double d = Double.MAX_VALUE;
			for (int i = 0; i < traces.size(); i++) {
				double di = distance(p, traces.get(i));
				if (di < d) {
					d = di;
					nearest = i;
				}
			}
			if (nearest >= 0 && d <= REACH && d < bestDistance[nearest] && labelLike(p.text())) {
				bestDistance[nearest] = d;
				best.set(nearest, p);
			} else {
				Conditions.parse(AxisTitle.compactSymbols(p.text())).forEach(shared::putIfAbsent);
			}
		}
		return new Attached(best, shared);
	}

	static boolean labelLike(String s) {
		return NAME.matcher(s).find() || !Conditions.parse(s).isEmpty() || BARE.matcher(s).find();
	}

	/** The quantity a label names when an axis carries several ({@code Ciss} is CISS), or null. */
	static String name(String label) {
		if (label == null) {
			return null;
		}
		Matcher m = NAME.matcher(label.strip());
		return m.find() ? ("C" + m.group(1)).toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * The conditions a label states: {@code VGS = 10 V} as printed, or a bare {@code 10V} or {@code 125°C} whose
	 * symbol follows from the plot (gate voltage steps an output plot, temperature a transfer plot).
	 */
	static Map<String, Double> conditions(String printed, Plot.Kind kind) {
		if (printed == null) {
			return new LinkedHashMap<>();
		}
		String label = AxisTitle.compactSymbols(printed);
		Map<String, Double> c = new LinkedHashMap<>(Conditions.parse(label));
		if (!c.isEmpty()) {
			return c;
		}
		Matcher m = BARE.matcher(label);
		while (m.find()) {
			String unit = m.group(2).replace(" ", "");
			double v = Double.parseDouble(m.group(1));
			if (unit.endsWith("C") || unit.equals("℃")) {
				c.putIfAbsent("T", v);
				continue;
			}
			Quantities.Unit u = Quantities.unit(unit);
			if (u == null) {
				continue;
			}
			String key = switch (kind) {
			case OUTPUT, RDSON_ID -> u.dimension().equals("V") ? "VGS" : "IB";
			case HFE_IC, VCESAT_IC -> u.dimension().equals("V") ? "VCE" : null;
			case GATE_CHARGE -> u.dimension().equals("V") ? "VDS" : null;
			default -> null;
			};
			if (key != null) {
				c.putIfAbsent(key, v * u.factor());
			}
		}
		return c;
	}

	private static double distance(Label p, CurveTracer.Trace t) {
		double d = Double.MAX_VALUE;
		int step = Math.max(1, t.size() / 400);
		for (int i = 0; i < t.size(); i += step) {
			d = Math.min(d, p.distance(t.xs()[i], t.ys()[i]));
		}
		return Math.min(d, p.distance(t.xs()[t.size() - 1], t.ys()[t.size() - 1]));
	}
}
