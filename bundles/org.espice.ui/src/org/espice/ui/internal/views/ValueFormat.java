package org.espice.ui.internal.views;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Datasheet values as the review table shows them (four significant digits) and as it reads them back, both in
 * one locale, so that a value shown as "0,001500" under a German locale reads back as 0.0015.
 */
public record ValueFormat(Locale locale) {

	/** The locale the user formats numbers in. */
	public static ValueFormat ofUser() {
		return new ValueFormat(Locale.getDefault(Locale.Category.FORMAT));
	}

	/** The value with four significant digits; empty for none. */
	public String format(Double value) {
		return value == null ? "" : String.format(locale, "%.4g", value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The value of {@code text} as shown by {@link #format} or typed in this locale, or null when it is no
	 * number. A '.' reads as a decimal point too, as the hint for a bad number suggests 0.0025 or 2.5e-3.
	 */
	public Double parse(String text) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		StringBuilder plain = new StringBuilder();
		for (char c : text.trim().toCharArray()) {
			if (c == symbols.getDecimalSeparator()) {
				plain.append('.');
			} else if (c == symbols.getMinusSign()) {
				plain.append('-');
			} else if (Character.isDigit(c)) {
				plain.append(Character.forDigit(Character.digit(c, 10), 10));
			} else {
				plain.append(c);
			}
		}
		try {
			return Double.valueOf(plain.toString());
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
