package org.espice.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.espice.ui.internal.views.ValueFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review table reads values back in the locale it shows them in: here a German one, with a decimal comma. */
class ValueFormatTest {

	private Locale before;

	@BeforeEach
	void german() {
		before = Locale.getDefault(Locale.Category.FORMAT);
		Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
	}

	@AfterEach
	void restore() {
		Locale.setDefault(Locale.Category.FORMAT, before);
	}

	@Test
	void anUneditedValuePassesItsOwnCheckUnderAGermanLocale() {
		ValueFormat values = ValueFormat.ofUser();
		assertEquals("0,001500", values.format(0.0015), "shown with the German decimal comma");
		for (double v : new double[] { 0.0015, 1.5e-14, -2.5, 1234.5, 75e6 }) {
			String shown = values.format(v);
			Double read = values.parse(shown);
			assertNotNull(read, () -> "'" + shown + "' reads back");
			assertEquals(v, read, Math.abs(v) * 1e-3, () -> "'" + shown + "' reads back as the value shown");
		}
	}

	@Test
	void typedValuesReadInTheShownLocaleAndInSiNotation() {
		ValueFormat values = ValueFormat.ofUser();
		assertEquals(0.0025, values.parse("0,0025"));
		assertEquals(0.0025, values.parse(" 2,5e-3 "));
		assertEquals(0.0025, values.parse("2.5e-3"), "the SI notation the hint suggests");
		assertNull(values.parse("2,5 mA"), "not a number");
		assertEquals("1.500e-14", new ValueFormat(Locale.US).format(1.5e-14), "unchanged in English");
	}
}
