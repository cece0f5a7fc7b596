package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.espice.core.Plot;

/**
 * The three curves of a transistor's capacitance plot where some of their names were not read (names drawn as
 * outlines in a face the glyph reader does not know): at the highest drain voltage all three reach, Ciss lies over
 * Coss and Coss over Crss. Crss (Cgd) is part of both others, and once the drain is depleted the gate-source
 * capacitance in Ciss outweighs the drain's in Coss. The unnamed curves take the names left, in that order, where
 * every named curve stands where that order puts it; otherwise nothing is named.
 */
final class CapacitanceNames {

	/** The names from the highest curve down, for a MOSFET's capacitances and an IGBT's. */
	private static final List<List<String>> ORDERS = List.of(List.of("CISS", "COSS", "CRSS"),
			List.of("CIES", "COES", "CRES"));
	/** Curves closer than this share of the frame's height where they are ranked are not told apart by height. */
	private static final double APART = 0.02;

	private CapacitanceNames() {
	}

	/** Names the unnamed curves of {@code said} (one per trace) where a capacitance plot's order tells them. */
	static void complete(Plot.Kind kind, Plot.Box f, List<CurveTracer.Trace> traces, LabelText[] said) {
		if (kind != Plot.Kind.CAPACITANCE || traces.size() != 3) {
			return;
		}
		for (List<String> order : ORDERS) {
			long named = Arrays.stream(said).filter(t -> t.name() != null && order.contains(t.name())).count();
			long other = Arrays.stream(said).filter(t -> t.name() != null && !order.contains(t.name())).count();
			if (named == 0 || named == 3 || other > 0) {
				continue;
			}
			double x = traces.stream().mapToDouble(t -> Arrays.stream(t.xs()).max().orElse(0)).min().orElse(0);
			List<Integer> top = new ArrayList<>(List.of(0, 1, 2));
			top.sort(Comparator.comparingDouble(i -> -FamilyOrder.height(traces.get(i), x)));
			for (int k = 1; k < 3; k++) {
				double gap = FamilyOrder.height(traces.get(top.get(k - 1)), x)
						- FamilyOrder.height(traces.get(top.get(k)), x);
				if (gap < APART * f.height()) {
					return;
				}
			}
			for (int k = 0; k < 3; k++) {
				String name = said[top.get(k)].name();
				if (name != null && !name.equals(order.get(k))) {
					return;
				}
			}
			for (int k = 0; k < 3; k++) {
				LabelText t = said[top.get(k)];
				if (t.name() == null) {
					said[top.get(k)] = new LabelText(order.get(k), t.conditions(), t.key(), t.values());
				}
			}
			return;
		}
	}
}
