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
		assertEquals("1,5 mA", values.format(0.0015, "A"), "shown with its prefix, unit and the German comma");
		for (double v : new double[] { 0.0015, 1.5e-14, -2.5, 1234.5, 75e6 }) {
			for (String unit : new String[] { "A", "Ohm", "K/W", "" }) {
				String shown = values.format(v, unit);
				Double read = values.parse(shown, unit);
				assertNotNull(read, () -> "'" + shown + "' reads back");
				assertEquals(v, read, Math.abs(v) * 1e-3, () -> "'" + shown + "' reads back as the value shown");
			}
		}
	}

	@Test
	void typedValuesReadInTheShownLocaleWithOrWithoutPrefixAndUnit() {
		ValueFormat values = ValueFormat.ofUser();
		assertEquals(0.0025, values.parse("0,0025", "A"));
		assertEquals(0.0025, values.parse(" 2,5e-3 ", "A"));
		assertEquals(0.0025, values.parse("2.5e-3", "A"), "the SI notation the hint suggests");
		assertEquals(0.0025, values.parse("2,5 mA", "A"));
		assertEquals(0.0025, values.parse("2.5m", "A"));
		assertNull(values.parse("2,5 mV", "A"), "another unit");
		assertNull(values.parse("zwei", "A"), "not a number");
		assertEquals("15 fA", new ValueFormat(Locale.US).format(1.5e-14, "A"), "a point in English");
		java.util.Map<String, Double> at = new java.util.LinkedHashMap<>();
		at.put("VGS", 10.0);
		at.put("ID", 4.8);
		assertEquals("VGS = 10 V, ID = 4,8 A", values.conditions(at));
	}
}
