package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** A minus sign set on its own line over its number. */
class SignsAboveTest {

	private static Label phrase(String text, double x0, double y0, double x1) {
		return new Label(text, x0, y0, x1, y0 + 10, 0, 10, (x0 + x1) / 2);
	}

	/**
	 * "–" centred over "55°C", the line under it ("−55°C" set on two lines beside a gain curve): one label,
	 * −55 °C. A dash beside a number, or far over it, is no sign of it.
	 */
	@Test
	void minusOnTheLineOverANumberIsItsSign() {
		Label sign = phrase("\u2013", 177.6, 636.5, 181.2);
		Label number = phrase("55°C", 171.8, 626.5, 187.0);
		Label other = phrase("25°C", 164.2, 667.0, 179.4);
		List<Label> joined = SignsAbove.joined(List.of(other, sign, number));
		assertEquals(List.of("25°C", "-55°C"), joined.stream().map(Label::text).toList());
		assertEquals(-55.0, LabelText.parse(joined.get(1).text(), Plot.Kind.HFE_IC, "IC").conditions().get("T"));

		Label beside = phrase("-", 190, 626.5, 193);
		Label high = phrase("-", 177.6, 660, 181.2);
		assertEquals(3, SignsAbove.joined(List.of(beside, high, number)).size());
	}
}
