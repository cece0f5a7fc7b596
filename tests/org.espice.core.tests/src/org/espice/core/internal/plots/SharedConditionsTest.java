package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Conditions printed once for every curve of a plot. */
class SharedConditionsTest {

	@Test
	void aConditionPrintedWithTwoValuesHoldsForNoCurve() {
		assertEquals(Map.of("VGS", 0.0, "f", 1e6),
				SharedConditions.agreed(List.of(Map.of("VGS", 0.0), Map.of("f", 1e6), Map.of("VGS", 0.0))));
		assertEquals(Map.of("VCC", 300.0), SharedConditions.agreed(
				List.of(Map.of("T", 25.0, "VCC", 300.0), Map.of("T", 100.0))));
	}
}
