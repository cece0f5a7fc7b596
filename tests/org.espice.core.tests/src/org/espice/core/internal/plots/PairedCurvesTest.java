package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A temperature printed once beside the two curves of a pair (one gain curve at each collector voltage, told apart by
 * their pens) names both; where the curves run no nearer to one partner than to another, nothing is guessed.
 */
class PairedCurvesTest {

	/** A gently rising curve across the frame at height {@code y} (page points), then falling off by {@code drop}. */
	private static CurveTracer.Trace curve(double y, double drop) {
		List<double[]> pts = new ArrayList<>();
		for (int i = 0; i <= 40; i++) {
			double x = 100 + 5 * i;
			pts.add(new double[] { x, y + 0.2 * i - drop * Math.max(0, i - 30) });
		}
		return CurveTracer.Trace.of(pts, null);
	}

	private static Map<String, Double> conditions(Object... kv) {
		Map<String, Double> c = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			c.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
		}
		return c;
	}

	@Test
	void eachCurveTakesTheTemperatureOfTheCurveItRunsBeside() {
		// 125, 25 and -55 degC, each at VCE = 10 V (labelled) and 1 V (a few points lower, unlabelled) -- and one
		// pair the other way round
		List<CurveTracer.Trace> traces = List.of(curve(300, 0), curve(294, 3), curve(250, 0), curve(244, 3),
				curve(200, 0), curve(194, 3));
		List<Map<String, Double>> c = new ArrayList<>(List.of(conditions("T", 125, "VCE", 10), conditions("VCE", 1),
				conditions("VCE", 10), conditions("T", 25, "VCE", 1), conditions("T", -55, "VCE", 10),
				conditions("VCE", 1)));
		PairedCurves.complete(traces, c);
		assertEquals(List.of(125.0, 125.0, 25.0, 25.0, -55.0, -55.0), c.stream().map(m -> m.get("T")).toList());
	}

	@Test
	void curvesEvenlySpacedHaveNoPartner() {
		List<CurveTracer.Trace> traces = List.of(curve(300, 0), curve(290, 0), curve(280, 0), curve(270, 0));
		List<Map<String, Double>> c = new ArrayList<>(List.of(conditions("T", 125, "VCE", 10), conditions("VCE", 1),
				conditions("T", 25, "VCE", 10), conditions("VCE", 1)));
		PairedCurves.complete(traces, c);
		assertEquals(2, c.stream().filter(m -> m.containsKey("T")).count(), "above or below: no telling");
	}

	@Test
	void curvesAlikeInEveryOtherConditionAreNoPair() {
		List<CurveTracer.Trace> traces = List.of(curve(300, 0), curve(296, 0), curve(250, 0), curve(246, 0));
		List<Map<String, Double>> c = new ArrayList<>(List.of(conditions("T", 125, "VCE", 10), conditions("VCE", 10),
				conditions("T", 25, "VCE", 10), conditions("VCE", 10)));
		PairedCurves.complete(traces, c);
		assertEquals(2, c.stream().filter(m -> m.containsKey("T")).count());
	}
}
