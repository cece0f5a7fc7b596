package org.espice.core.internal.overlay;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels with an SI prefix, as datasheets print them: {@code 200m} for 0.2 A, {@code 10p} for 10 pF,
 * {@code 1k} for 1000 V. Axis values are SI, so a label reads like the printed tick beside it.
 */
final class SiNumbers extends NumberFormat {

	private static final long serialVersionUID = 1L;
	private static final String[] PREFIXES = { "f", "p", "n", "\u00b5", "m", "", "k", "M", "G" };
	/** The exponent of the first prefix. */
	private static final int FIRST = -15;
	private final DecimalFormat digits = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));

	@Override
	public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
		double a = Math.abs(number);
		if (a < 1e-15 || !Double.isFinite(number)) {
			// a tick at the origin of a linear axis lands a rounding error away from zero
			return to.append(Double.isFinite(number) ? "0" : Double.toString(number));
		}
		int exponent = (int) Math.floor(Math.log10(a * 1.0000001) / 3) * 3;
		int index = Math.max(0, Math.min(PREFIXES.length - 1, (exponent - FIRST) / 3));
		double scaled = number / Math.pow(10, FIRST + 3 * index);
		return to.append(digits.format(scaled)).append(PREFIXES[index]);
	}

	@Override
	public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
		return format((double) number, to, pos);
	}

	@Override
	public Number parse(String source, ParsePosition pos) {
		throw new UnsupportedOperationException("tick labels are only written");
	}
}
