package org.espice.ui.internal.views;

import java.util.Locale;
import java.util.Map;

import org.espice.core.Engineering;

/**
 * Datasheet values as the review table shows them ({@code 2.2 pF}, four significant digits at most) and as it
 * reads them back ({@code 2.2p}, {@code 2,2 pF}, {@code 2.2e-12}), both in one locale, so that a value shown as
 * "1,5 mA" under a German locale reads back as 0.0015.
 */
public record ValueFormat(Locale locale) {

	/** The locale the user formats numbers in. */
	public static ValueFormat ofUser() {
		return new ValueFormat(Locale.getDefault(Locale.Category.FORMAT));
	}

	/** The value with its SI prefix and unit; empty for none. */
	public String format(Double value, String unit) {
		return value == null ? "" : Engineering.format(value, unit, locale); //$NON-NLS-1$
	}

	/**
	 * The SI value of {@code text} as shown by {@link #format} or typed in this locale, with or without prefix
	 * and unit; null when it is no number (or names another unit). A '.' reads as a decimal point too.
	 */
	public Double parse(String text, String unit) {
		return Engineering.parse(text, unit, locale);
	}

	/** Test conditions with their units: {@code VGS = 10 V, ID = 4.8 A}. */
	public String conditions(Map<String, Double> conditions) {
		return Engineering.conditions(conditions, locale);
	}
}
