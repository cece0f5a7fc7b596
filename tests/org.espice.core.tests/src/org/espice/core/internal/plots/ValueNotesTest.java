package org.espice.core.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.espice.core.Plot;
import org.junit.jupiter.api.Test;

/** What a plot's text says its curves draw: typical values or limits. */
class ValueNotesTest {

	private static Label at(String text, double x0, double y0, double x1, double size) {
		return new Label(text, x0, y0, x1, y0 + size, 0, size, (x0 + x1) / 2);
	}

	@Test
	void labelsThatSayOnlyWhatTheirCurveDraws() {
		for (String s : List.of("typ", "typ.", "Typical", "max", "min.", "98%", "2 %", "(1) maximum values",
				"(2) typical values")) {
			assertTrue(ValueNotes.statistic(s), s);
		}
		for (String s : List.of("Tj = 25 °C", "typ 25 °C", "(1) Tj = 150 °C", "100 %", "VGS = 10 V", "Ciss")) {
			assertFalse(ValueNotes.statistic(s), s);
		}
		assertTrue(ValueNotes.namesCurve("0,8 VDS max", java.util.Set.of()), "a share of the drain's rating names a curve too");
		assertTrue(ValueNotes.namesCurve("1n5818", java.util.Set.of("1N5818")), "and so does a part");
		assertFalse(Plot.saysLimits("0,8 VDS max"));
		assertTrue(Plot.saysLimits("(1) maximum values"));
		assertTrue(Plot.saysLimits("98%"));
		assertFalse(Plot.saysLimits("(2) typical values"));
		assertFalse(Plot.saysLimits("typ"));
	}

	/** ST's "Tj=125°C" over "(Maximum values)": one label; a note under nothing, or far under, stays alone. */
	@Test
	void aNoteOnTheLineUnderALabelIsPartOfIt() {
		Label label = at("Tj=125\u00b0C", 200, 500, 225, 6);
		Label note = at("(Maximum values)", 195, 492, 235, 6);
		Label other = at("Tj=25\u00b0C", 100, 450, 125, 6);
		Label far = at("(Typical values)", 98, 420, 140, 6);

		List<Label> joined = ValueNotes.joined(List.of(label, note, other, far));
		assertEquals(3, joined.size(), joined.toString());
		Label both = joined.get(0);
		assertEquals("Tj=125\u00b0C (Maximum values)", both.text());
		assertEquals(492, both.y0(), 1e-9);
		assertEquals(506, both.y1(), 1e-9);
		assertEquals(List.of(other, far), joined.subList(1, 3));
	}
}
