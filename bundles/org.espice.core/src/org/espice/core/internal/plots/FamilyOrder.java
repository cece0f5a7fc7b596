package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

import org.espice.core.Plot;

/**
 * The order of a family of curves: curves side by side are ranked by height where they overlap, and labels
 * printed as a stack or a list name them in that order (higher gate voltage, higher output curve).
 */
final class FamilyOrder {

	private FamilyOrder() {
	}

	/**
	 * Labels stacked in a column over as many unlabelled curves, each curve passing the column: top label to top
	 * curve and so on down. Vendors set such labels beside, above or below their curves, always in the curves'
	 * order, where the nearest curve may be the neighbour's.
	 */
	static void stack(List<CurveTracer.Trace> traces, List<Label> labels, Label[] at, Set<Label> used) {
		List<Label> column = new ArrayList<>();
		for (Label l : labels) {
			if (!used.contains(l) && traces.stream().anyMatch(t -> CurveLabels.distance(l, t) <= CurveLabels.LIST_REACH)) {
				column.add(l);
			}
		}
		List<Integer> free = new ArrayList<>();
		for (int i = 0; i < traces.size(); i++) {
			if (at[i] == null) {
				free.add(i);
			}
		}
		if (column.size() < 2 || column.size() != free.size()) {
			return;
		}
		double x0 = column.stream().mapToDouble(Label::x0).max().getAsDouble();
		double x1 = column.stream().mapToDouble(Label::x1).min().getAsDouble();
		if (x0 > x1) {
			return; // not one column
		}
		double x = (x0 + x1) / 2;
		for (int i : free) {
			double[] xs = traces.get(i).xs();
			if (java.util.Arrays.stream(xs).min().getAsDouble() > x || java.util.Arrays.stream(xs).max().getAsDouble() < x) {
				return;
			}
		}
		column.sort(Comparator.comparingDouble(l -> -l.cy()));
		free.sort(Comparator.comparingDouble(i -> -height(traces.get(i), x)));
		for (int k = 0; k < column.size(); k++) {
			if (Math.abs(column.get(k).cy() - height(traces.get(free.get(k)), x)) > CurveLabels.LIST_REACH) {
				return;
			}
		}
		for (int k = 0; k < column.size(); k++) {
			at[free.get(k)] = column.get(k);
			used.add(column.get(k));
		}
	}

	/**
	 * A list of values for as many unlabelled curves near it: the curves in the family's order (by height where
	 * they overlap), the values rising the way the family's labelled curves do, or as the kind's physics says.
	 */
	static void spread(List<CurveTracer.Trace> traces, Label l, LabelText t, Plot.Kind kind, Label[] at,
			LabelText[] said) {
		int k = t.values().size();
		List<Integer> free = new ArrayList<>();
		for (int i = 0; i < traces.size(); i++) {
			if (at[i] == null && CurveLabels.distance(l, traces.get(i)) <= CurveLabels.LIST_REACH) {
				free.add(i);
			}
		}
		if (free.size() < k) {
			return;
		}
		free.sort(Comparator.comparingDouble(i -> CurveLabels.distance(l, traces.get(i))));
		List<Integer> group = new ArrayList<>(free.subList(0, k));
		double mid = commonX(traces, group);
		group.sort(Comparator.comparingDouble(i -> -height(traces.get(i), mid)));
		List<Double> values = new ArrayList<>(t.values());
		values.sort(Comparator.reverseOrder());
		boolean rising = rising(traces, said, t.key(), kind);
		for (int g = 0; g < k; g++) {
			int i = group.get(g);
			at[i] = l;
			double v = rising ? values.get(g) : values.get(k - 1 - g);
			said[i] = new LabelText(null, Map.of(t.key(), v), null, List.of());
		}
	}

	/**
	 * Which way a family's curves climb with the condition they step, by the physics of the quantity drawn: more
	 * gate drive or base current, more output current; more collector current, a higher saturation voltage; more
	 * gate drive, a lower on-resistance. Most temperature families cross, and are not ranked; but some keep their
	 * order where they lie farthest apart: a base-emitter voltage at a given current falls as the junction warms
	 * (about 2 mV/K), its curves converging without crossing; a bipolar gain rises (its curves cross only at high
	 * current); a junction's forward current at a given voltage rises (forward curves cross only at high current,
	 * past the point where the temperature coefficient turns), and its leakage rises steeply.
	 */
	private static final Map<String, Map<String, Integer>> CLIMB = Map.ofEntries(Map.entry("ID", Map.of("VGS", 1)),
			Map.entry("IC", Map.of("VGE", 1, "IB", 1)), Map.entry("VCE_SAT", Map.of("IC", 1)),
			Map.entry("VCE", Map.of("IC", 1)), Map.entry("RDS_ON", Map.of("VGS", -1)),
			Map.entry("VBE_SAT", Map.of("T", -1)), Map.entry("VBE_ON", Map.of("T", -1)),
			Map.entry("HFE", Map.of("T", 1)), Map.entry("IF", Map.of("T", 1)), Map.entry("IS", Map.of("T", 1)),
			Map.entry("IR", Map.of("T", 1)));

	/**
	 * Labels set where a family's curves run close together (at the knee of a saturation curve) may each sit
	 * nearest a neighbour's curve: where every curve of the family carries a value of a condition whose effect the
	 * physics fixes, and their order by height contradicts it, the labels are dealt out again in that order.
	 */
	static void byPhysics(List<CurveTracer.Trace> traces, Label[] at, LabelText[] said, String yQuantity) {
		Map<String, Integer> climbs = CLIMB.getOrDefault(yQuantity, Map.of());
		for (Map.Entry<String, Integer> e : climbs.entrySet()) {
			String key = e.getKey();
			List<Integer> family = new ArrayList<>();
			for (int i = 0; i < said.length; i++) {
				if (said[i].conditions().containsKey(key)) {
					family.add(i);
				}
			}
			// magnitudes, as PNP and P-channel families are drawn; a family stepping down from zero (a JFET's gate)
			// climbs the other way; temperatures keep their signs
			boolean signed = key.equals("T");
			IntToDoubleFunction value = i -> signed ? said[i].conditions().get(key)
					: Math.abs(said[i].conditions().get(key));
			if (family.size() < 2 || family.stream().map(value::applyAsDouble).distinct().count() != family.size()
					|| !signed && family.stream().anyMatch(i -> said[i].conditions().get(key) == 0)) {
				continue;
			}
			double mid = widestApart(traces, family);
			if (Double.isNaN(mid)) {
				continue; // no place where all are drawn to rank them
			}
			List<Integer> byHeight = new ArrayList<>(family);
			byHeight.sort(Comparator.comparingDouble(i -> height(traces.get(i), mid)));
			List<Integer> byValue = new ArrayList<>(family);
			byValue.sort(Comparator.comparingDouble(i -> e.getValue() * value.applyAsDouble(i)));
			if (byHeight.equals(byValue) || !apart(traces, byHeight, mid)) {
				continue; // in order, or curves run together where they are ranked (saturated, clipped at the top)
			}
			Label[] labels = new Label[at.length];
			LabelText[] texts = new LabelText[said.length];
			for (int k = 0; k < family.size(); k++) {
				labels[byHeight.get(k)] = at[byValue.get(k)];
				texts[byHeight.get(k)] = said[byValue.get(k)];
			}
			for (int i : family) {
				at[i] = labels[i];
				said[i] = texts[i];
			}
		}
	}

	/**
	 * Where across the span the curves share they lie farthest apart (the closest two of them the least close):
	 * a family that does not cross is ranked best there. NaN when they share no span.
	 */
	private static double widestApart(List<CurveTracer.Trace> traces, List<Integer> family) {
		double lo = -Double.MAX_VALUE;
		double hi = Double.MAX_VALUE;
		for (int i : family) {
			lo = Math.max(lo, java.util.Arrays.stream(traces.get(i).xs()).min().orElse(0));
			hi = Math.min(hi, java.util.Arrays.stream(traces.get(i).xs()).max().orElse(0));
		}
		if (lo > hi) {
			return Double.NaN;
		}
		double best = (lo + hi) / 2;
		double widest = -1;
		for (int k = 0; k <= 10; k++) {
			double x = lo + (hi - lo) * k / 10;
			double[] hs = family.stream().mapToDouble(i -> height(traces.get(i), x)).sorted().toArray();
			double gap = Double.MAX_VALUE;
			for (int j = 1; j < hs.length; j++) {
				gap = Math.min(gap, hs[j] - hs[j - 1]);
			}
			if (gap > widest) {
				widest = gap;
				best = x;
			}
		}
		return best;
	}

	/** Whether curves ranked by height at x lie clearly apart there, each above the one before. */
	private static boolean apart(List<CurveTracer.Trace> traces, List<Integer> byHeight, double x) {
		for (int k = 1; k < byHeight.size(); k++) {
			if (height(traces.get(byHeight.get(k)), x) - height(traces.get(byHeight.get(k - 1)), x) < APART) {
				return false;
			}
		}
		return true;
	}

	/** Curves closer than this (points) where they are ranked are not told apart by height. */
	private static final double APART = 3;

	/** Whether higher curves carry higher values, from the labelled curves, else from the kind. */
	private static boolean rising(List<CurveTracer.Trace> traces, LabelText[] said, String key, Plot.Kind kind) {
		List<Integer> known = new ArrayList<>();
		for (int i = 0; i < traces.size(); i++) {
			if (said[i] != null && said[i].conditions().containsKey(key)) {
				known.add(i);
			}
		}
		int votes = 0;
		double mid = commonX(traces, known);
		for (int a : known) {
			for (int b : known) {
				double dv = said[a].conditions().get(key) - said[b].conditions().get(key);
				double dh = height(traces.get(a), mid) - height(traces.get(b), mid);
				votes += (int) Math.signum(dv * dh);
			}
		}
		if (votes != 0) {
			return votes > 0;
		}
		return kind != Plot.Kind.RDSON_ID && kind != Plot.Kind.RDSON_VGS;
	}

	/** An x the curves share (the middle of their common span), or of the first curve's span when none. */
	private static double commonX(List<CurveTracer.Trace> traces, List<Integer> group) {
		double lo = -Double.MAX_VALUE;
		double hi = Double.MAX_VALUE;
		for (int i : group) {
			CurveTracer.Trace t = traces.get(i);
			lo = Math.max(lo, java.util.Arrays.stream(t.xs()).min().orElse(0));
			hi = Math.min(hi, java.util.Arrays.stream(t.xs()).max().orElse(0));
		}
		return lo <= hi ? (lo + hi) / 2 : lo;
	}

	/** The curve's height at x (its nearest vertex's when it does not reach x). */
	static double height(CurveTracer.Trace t, double x) {
		for (int i = 1; i < t.size(); i++) {
			double a = t.xs()[i - 1];
			double b = t.xs()[i];
			if (Math.min(a, b) <= x && x <= Math.max(a, b) && a != b) {
				return t.ys()[i - 1] + (t.ys()[i] - t.ys()[i - 1]) * (x - a) / (b - a);
			}
		}
		int best = 0;
		for (int i = 1; i < t.size(); i++) {
			if (Math.abs(t.xs()[i] - x) < Math.abs(t.xs()[best] - x)) {
				best = i;
			}
		}
		return t.ys()[best];
	}
}
