package org.espice.core.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.espice.core.simulate.DatasheetVerification;
import org.espice.core.simulate.DatasheetVerification.Point;
import org.espice.core.spice.FittedModel;
import org.espice.core.spice.ModelParam;

/**
 * The benchmark's tally of {@code espice verify} figures over a corpus: per device kind and quantity, our median
 * error on the datasheets' typical values (all, and held out of the fit), the library model's median error on the
 * same points beside ours on those points, and the share of parts with a library model where ours has the lower
 * median error; also how many model parameters are left at defaults per kind.
 */
final class DatasheetTally {

	private static final class Errors {
		final List<Double> ours = new ArrayList<>();
		final List<Double> heldOut = new ArrayList<>();
		final List<Double> pairedOurs = new ArrayList<>();
		final List<Double> pairedLib = new ArrayList<>();
		final List<Double> heldOurs = new ArrayList<>();
		final List<Double> heldLib = new ArrayList<>();
		int limits;
		int limitsMet;
		int libLimits;
		int libLimitsMet;
		int parts;
		int better;
		int heldParts;
		int heldBetter;
	}

	private static final class Defaults {
		int models;
		int params;
		int defaults;
		final Map<String, Integer> names = new TreeMap<>();
	}

	/** kind -> quantity -> errors; quantity "ALL" pools the kind */
	private final Map<String, Map<String, Errors>> byKind = new TreeMap<>();
	/** the same for the points read off the datasheets' curves */
	private final Map<String, Map<String, Errors>> curvesByKind = new TreeMap<>();
	private final Map<String, Defaults> defaults = new TreeMap<>();
	private final Map<String, Integer> skipped = new TreeMap<>();
	/** the parts whose library model has the lower median error, on the table values and on the curves' points */
	private final List<String> libraryBetter = new ArrayList<>();
	private final List<String> libraryBetterOnCurves = new ArrayList<>();

	/** Adds one part: our verification, the library's (or null) and our model. */
	void add(String kind, DatasheetVerification ours, DatasheetVerification lib, FittedModel model) {
		Defaults d = defaults.computeIfAbsent(kind, k -> new Defaults());
		d.models++;
		for (ModelParam p : model.parameters()) {
			d.params++;
			if (p.isDefault()) {
				d.defaults++;
				d.names.merge(p.name(), 1, Integer::sum);
			}
		}
		ours.skipped().forEach(s -> skipped.merge(s.row().name() + ": " + s.reason(), 1, Integer::sum));
		if (!tally(byKind.computeIfAbsent(kind, k -> new TreeMap<>()), ours.tablePoints(),
				lib == null ? null : lib.tablePoints())) {
			libraryBetter.add(model.part());
		}
		if (!tally(curvesByKind.computeIfAbsent(kind, k -> new TreeMap<>()), ours.curvePoints(),
				lib == null ? null : lib.curvePoints())) {
			libraryBetterOnCurves.add(model.part());
		}
	}

	/**
	 * Adds one part's points, ours beside the library's (null without one), to the errors per quantity.
	 *
	 * @return false when the library's median error over the part's paired points is the lower
	 */
	private static boolean tally(Map<String, Errors> q, List<Point> ours, List<Point> lib) {
		Map<String, List<double[]>> pairs = new HashMap<>();
		Map<String, List<double[]>> heldPairs = new HashMap<>();
		for (int i = 0; i < ours.size(); i++) {
			Point p = ours.get(i);
			Point l = lib == null || i >= lib.size() ? null : lib.get(i);
			for (String name : List.of(p.row().name(), "ALL")) {
				Errors e = q.computeIfAbsent(name, k -> new Errors());
				if (!p.typical()) {
					e.limits++;
					e.limitsMet += p.pass() ? 1 : 0;
					if (l != null) {
						e.libLimits++;
						e.libLimitsMet += l.pass() ? 1 : 0;
					}
					continue;
				}
				double a = Math.abs(p.error());
				if (Double.isNaN(a)) {
					// a point ngspice gave no value for counts as wholly wrong
					a = 1;
				}
				e.ours.add(a);
				if (!p.fitted() && !p.curve()) {
					e.heldOut.add(a);
				}
				if (l != null) {
					double b = Double.isNaN(l.error()) ? 1 : Math.abs(l.error());
					e.pairedOurs.add(a);
					e.pairedLib.add(b);
					pairs.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] { a, b });
					if (!p.fitted() && !p.curve()) {
						e.heldOurs.add(a);
						e.heldLib.add(b);
						heldPairs.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] { a, b });
					}
				}
			}
		}
		pairs.forEach((name, ps) -> {
			Errors e = q.get(name);
			e.parts++;
			e.better += lower(ps) ? 1 : 0;
		});
		heldPairs.forEach((name, ps) -> {
			Errors e = q.get(name);
			e.heldParts++;
			e.heldBetter += lower(ps) ? 1 : 0;
		});
		return !pairs.containsKey("ALL") || lower(pairs.get("ALL"));
	}

	/** Whether our median error over a part's paired points is below the library's. */
	private static boolean lower(List<double[]> pairs) {
		double a = DatasheetVerification.median(pairs.stream().map(x -> x[0]).toList());
		double b = DatasheetVerification.median(pairs.stream().map(x -> x[1]).toList());
		return a < b;
	}

	void print() {
		System.out.printf("%nDatasheet points (espice verify): |error| on typical values; a point ngspice gave no value "
				+ "for counts as 100 %%. n/ours/held-out: all our typical points; pairs: the points of parts with a "
				+ "library model, ours beside the library's, and the parts where our median is lower (better); h-o: the "
				+ "same on the points held out of our fit; limits: min/max-only points met, ours and the library's%n");
		print(byKind);
		System.out.printf("Library model better: %s%n", libraryBetter);
		System.out.printf("%nCurve points (espice verify): every third point read off each curve the fits read "
				+ "(CurveChecks); our fits use the whole curves, so none counts as held out (CurveFollowReport holds them "
				+ "out of a fit)%n");
		print(curvesByKind);
		System.out.printf("Library model better: %s%n", libraryBetterOnCurves);
		System.out.printf("%nParameters left at defaults (origin 'default ...'), per kind%n");
		defaults.forEach((kind, d) -> System.out.printf(Locale.ROOT, "%-10s %3d models  %4d of %4d parameters (%.1f per "
				+ "model)  %s%n", kind, d.models, d.defaults, d.params, (double) d.defaults / Math.max(1, d.models), d.names));
		System.out.printf("%nValues not simulated (our models), by name and reason%n");
		skipped.forEach((why, n) -> System.out.printf("%5d  %s%n", n, why));
	}

	private static void print(Map<String, Map<String, Errors>> byKind) {
		System.out.printf("%-10s %-8s %5s %8s %8s %8s | %5s %8s %8s %7s | %5s %8s %8s %7s | %9s %9s%n", "kind",
				"quantity", "n", "ours", "ours p90", "held-out", "pairs", "ours", "library", "better", "h-o", "ours",
				"library", "better", "limits", "lib lim");
		Map<String, Errors> all = new TreeMap<>();
		byKind.forEach((kind, qs) -> qs.forEach((name, e) -> {
			line(kind, name, e);
			if (name.equals("ALL")) {
				all.put(kind, e);
			}
		}));
		Errors total = new Errors();
		all.values().forEach(e -> {
			total.ours.addAll(e.ours);
			total.heldOut.addAll(e.heldOut);
			total.pairedOurs.addAll(e.pairedOurs);
			total.pairedLib.addAll(e.pairedLib);
			total.limits += e.limits;
			total.limitsMet += e.limitsMet;
			total.libLimits += e.libLimits;
			total.libLimitsMet += e.libLimitsMet;
			total.parts += e.parts;
			total.better += e.better;
			total.heldOurs.addAll(e.heldOurs);
			total.heldLib.addAll(e.heldLib);
			total.heldParts += e.heldParts;
			total.heldBetter += e.heldBetter;
		});
		line("ALL", "ALL", total);
	}

	private static void line(String kind, String name, Errors e) {
		double p90 = DatasheetVerification.p90(e.ours);
		System.out.printf(Locale.ROOT, "%-10s %-8s %5d %8s %8s %8s | %5d %8s %8s %7s | %5d %8s %8s %7s | %9s %9s%n",
				kind, name, e.ours.size(), pct(e.ours),
				Double.isNaN(p90) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * p90), pct(e.heldOut),
				e.pairedOurs.size(), pct(e.pairedOurs), pct(e.pairedLib), e.parts == 0 ? "-" : e.better + "/" + e.parts, e.heldOurs.size(), pct(e.heldOurs),
				pct(e.heldLib), e.heldParts == 0 ? "-" : e.heldBetter + "/" + e.heldParts,
				e.limits == 0 ? "-" : e.limitsMet + "/" + e.limits,
				e.libLimits == 0 ? "-" : e.libLimitsMet + "/" + e.libLimits);
	}

	private static String pct(List<Double> v) {
		double m = DatasheetVerification.median(v);
		return Double.isNaN(m) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * m);
	}
}
