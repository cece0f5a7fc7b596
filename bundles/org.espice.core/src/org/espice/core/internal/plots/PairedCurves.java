package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A label that names a pair of curves: "TJ = 125 °C" printed once beside the two curves of one temperature, drawn at
 * two collector voltages that the legend tells apart by their pens (onsemi's gain plots). The label goes to the curve
 * nearer to it, and the other curve of the pair has no temperature at all. Where half the curves carry a condition,
 * each with a value of its own, and the other half lack it, and each curve without it runs beside one curve with it
 * that differs from it in another condition, with no other such pairing of the curves coming near as close, each
 * curve takes the condition of the curve it runs beside. Either every curve is paired so or none.
 */
final class PairedCurves {

	/** The pairing's curves run closer together than this share of the next pairing's. */
	private static final double BESIDE = 0.5;
	/** The most pairs searched (their pairings grow as the factorial). */
	private static final int MAX_PAIRS = 6;
	/** Places along the span two curves share where their gap is measured. */
	private static final int SAMPLES = 40;

	private PairedCurves() {
	}

	/** Completes the conditions of each curve ({@code conditions.get(i)} of {@code traces.get(i)}) in place. */
	static void complete(List<CurveTracer.Trace> traces, List<Map<String, Double>> conditions) {
		int n = traces.size();
		if (n < 4 || n % 2 != 0) {
			return;
		}
		Set<String> keys = new LinkedHashSet<>();
		conditions.forEach(c -> keys.addAll(c.keySet()));
		double[][] distance = null;
		for (String k : keys) {
			List<Integer> with = new ArrayList<>();
			List<Integer> without = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				(conditions.get(i).containsKey(k) ? with : without).add(i);
			}
			if (with.size() != without.size() || with.stream().map(i -> conditions.get(i).get(k)).distinct()
					.count() != with.size()) {
				continue;
			}
			if (distance == null) {
				distance = distances(traces);
			}
			int[] partner = pairs(with, without, distance, conditions, k);
			if (partner != null) {
				for (int j = 0; j < without.size(); j++) {
					conditions.get(without.get(j)).put(k, conditions.get(partner[j]).get(k));
				}
				return;
			}
		}
	}

	/**
	 * For each curve without the condition, the curve with it that it runs beside: of the pairings that pair each
	 * curve with one that differs in another condition, the one whose curves run closest together, by far (its total
	 * gap under {@link #BESIDE} of the next pairing's); null when there is no such pairing.
	 */
	private static int[] pairs(List<Integer> with, List<Integer> without, double[][] d,
			List<Map<String, Double>> conditions, String k) {
		if (with.size() > MAX_PAIRS) {
			return null;
		}
		Pairing p = new Pairing(with, without, d, conditions, k);
		p.extend(0, 0, new int[without.size()], new boolean[with.size()]);
		return p.best != null && (p.second == Double.POSITIVE_INFINITY || p.bestGap < BESIDE * p.second) ? p.best : null;
	}

	/** The search over pairings, keeping the closest and the next closest total gap. */
	private static final class Pairing {
		private final List<Integer> with;
		private final List<Integer> without;
		private final double[][] d;
		private final List<Map<String, Double>> conditions;
		private final String k;
		int[] best;
		double bestGap = Double.POSITIVE_INFINITY;
		double second = Double.POSITIVE_INFINITY;

		Pairing(List<Integer> with, List<Integer> without, double[][] d, List<Map<String, Double>> conditions,
				String k) {
			this.with = with;
			this.without = without;
			this.d = d;
			this.conditions = conditions;
			this.k = k;
		}

		void extend(int j, double gap, int[] partner, boolean[] taken) {
			if (j == without.size()) {
				if (gap < bestGap) {
					second = bestGap;
					bestGap = gap;
					best = partner.clone();
				} else if (gap < second) {
					second = gap;
				}
				return;
			}
			int u = without.get(j);
			for (int i = 0; i < with.size(); i++) {
				int s = with.get(i);
				if (!taken[i] && d[u][s] < Double.POSITIVE_INFINITY
						&& differ(conditions.get(u), conditions.get(s), k)) {
					taken[i] = true;
					partner[j] = s;
					extend(j + 1, gap + d[u][s], partner, taken);
					taken[i] = false;
				}
			}
		}
	}

	/** Whether two curves' conditions both name another quantity than {@code k}, at different values. */
	private static boolean differ(Map<String, Double> a, Map<String, Double> b, String k) {
		return a.entrySet().stream().anyMatch(e -> !e.getKey().equals(k) && b.containsKey(e.getKey())
				&& !SharedConditions.same(e.getValue(), b.get(e.getKey())));
	}

	/**
	 * How far apart each two curves run: the median vertical gap between them at evenly spaced places along the span
	 * both are drawn over, on the page; infinite where they share none. The median keeps the ends, where curves of
	 * one family may cross, from deciding.
	 */
	private static double[][] distances(List<CurveTracer.Trace> traces) {
		int n = traces.size();
		double[][] d = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				d[i][j] = gap(traces.get(i), traces.get(j));
				d[j][i] = d[i][j];
			}
		}
		return d;
	}

	private static double gap(CurveTracer.Trace a, CurveTracer.Trace b) {
		double from = Math.max(min(a.xs()), min(b.xs()));
		double to = Math.min(max(a.xs()), max(b.xs()));
		if (!(to > from)) {
			return Double.POSITIVE_INFINITY;
		}
		// both curves span every x strictly inside their shared span: each has a segment over it
		double[] gaps = new double[SAMPLES];
		for (int k = 0; k < SAMPLES; k++) {
			double x = from + (to - from) * (k + 0.5) / SAMPLES;
			gaps[k] = Math.abs(FamilyOrder.height(a, x) - FamilyOrder.height(b, x));
		}
		Arrays.sort(gaps);
		return gaps[SAMPLES / 2];
	}

	private static double min(double[] v) {
		return Arrays.stream(v).min().orElse(Double.NaN);
	}

	private static double max(double[] v) {
		return Arrays.stream(v).max().orElse(Double.NaN);
	}
}
