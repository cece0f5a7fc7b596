package org.espice.core.simulate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import org.espice.core.Parameter;
import org.espice.core.simulate.ModelCurves.Bound;
import org.espice.core.simulate.ModelCurves.DatasheetPoint;
import org.espice.core.spice.Check;

/** The datasheet values drawn on a curve: typ values and min/max limits as markers, labelled with unit and page. */
final class CurveMarkers {

	/**
	 * The printed values of a check's row as markers: the typ alone when printed, otherwise each printed limit.
	 *
	 * @param series     the label of the series simulated at the row's test condition
	 * @param place      plotted {x, y} of a printed magnitude
	 * @param decreasing whether the plotted value falls as the magnitude grows (a negative axis), which swaps the
	 *                   sides of the limits
	 */
	static void markers(List<DatasheetPoint> out, Check c, String series, boolean valueOnX,
			boolean decreasing, DoubleFunction<double[]> place) {
		Parameter p = c.parameter();
		Where where = new Where(series, valueOnX, place);
		if (p.typ() != null) {
			out.add(marker(p, "typ", p.typ(), Bound.TYP, where));
			return;
		}
		// limits are compared as magnitudes, as Target does: a "min" of -5 V and a "max" of -1 V bound |V| to 1..5
		boolean swapped = p.min() != null && p.max() != null && Math.abs(p.min()) > Math.abs(p.max());
		if (p.min() != null) {
			out.add(marker(p, "min", p.min(), swapped != decreasing ? Bound.MAX : Bound.MIN, where));
		}
		if (p.max() != null) {
			out.add(marker(p, "max", p.max(), swapped != decreasing ? Bound.MIN : Bound.MAX, where));
		}
	}

	/** Where a row's markers go: the series of its test condition, and the plotted {x, y} of a magnitude. */
	private record Where(String series, boolean valueOnX, DoubleFunction<double[]> place) {
	}

	private static DatasheetPoint marker(Parameter p, String column, double printed, Bound bound, Where where) {
		double[] xy = where.place().apply(Math.abs(printed));
		int page = p.source() == null ? 0 : p.source().page();
		StringBuilder label = new StringBuilder(p.name()).append(' ').append(column).append(' ')
				.append(eng(printed, unit(p)));
		String sep = " @ ";
		for (Map.Entry<String, Double> e : p.conditions().entrySet()) {
			label.append(sep).append(e.getKey()).append('=').append(eng(e.getValue(), conditionUnit(e.getKey())));
			sep = ", ";
		}
		if (page > 0) {
			label.append(", p.").append(page);
		}
		return new DatasheetPoint(p.name(), xy[0], xy[1], bound, where.valueOnX(), where.series(), page,
				label.toString());
	}

	private static String unit(Parameter p) {
		String u = p.unit() == null || p.unit().isEmpty() ? conditionUnit(p.name()) : p.unit();
		return u.equals("Ohm") ? "\u03a9" : u;
	}

	/** The unit of a condition or value named by its symbol: V..., I..., R..., T, f. */
	private static String conditionUnit(String key) {
		if (key.equals("T")) {
			return "\u00b0C";
		}
		if (key.equals("f")) {
			return "Hz";
		}
		return switch (key.charAt(0)) {
		case 'V' -> "V";
		case 'I' -> "A";
		case 'R' -> "\u03a9";
		default -> "";
		};
	}

	/** A value in engineering notation with three significant digits: "250 µA", "1.1 V", "-10 V", "33 mΩ". */
	static String eng(double v, String unit) {
		String sp = unit.isEmpty() ? "" : " ";
		if (v == 0 || !Double.isFinite(v)) {
			return (v == 0 ? "0" : String.valueOf(v)) + sp + unit;
		}
		String[] prefixes = { "f", "p", "n", "\u00b5", "m", "", "k", "M", "G" };
		int e = (int) Math.floor(Math.log10(Math.abs(v)) / 3);
		e = Math.max(-5, Math.min(3, e));
		BigDecimal m = new BigDecimal(v / Math.pow(1000, e)).round(new MathContext(3)).stripTrailingZeros();
		String prefix = prefixes[e + 5];
		return m.toPlainString() + (prefix.isEmpty() && unit.isEmpty() ? "" : sp) + prefix + unit;
	}

	private CurveMarkers() {
	}
}
