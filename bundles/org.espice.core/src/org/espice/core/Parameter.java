package org.espice.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One datasheet value in SI units, named as in {@code ../shared/spec/parameters.md}.
 *
 * @param name       spec name, e.g. {@code RDS_ON}, {@code VF}, {@code HFE}
 * @param min        the Min column, or null
 * @param typ        the Typ column, or null
 * @param max        the Max column, or null (single-value limits go here)
 * @param unit       SI unit symbol: V, A, Ohm, F, C, s, Hz, S, W, K/W, or empty for ratios
 * @param conditions numeric test conditions keyed by symbol (VGS, ID, IF, VR, IC, VCE, f, T, ...)
 * @param source     where it was read
 */
public record Parameter(String name, Double min, Double typ, Double max, String unit,
		Map<String, Double> conditions, Provenance source) {

	public Parameter {
		conditions = conditions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
	}

	/** The value a nominal model should use: typ where printed, otherwise max, otherwise min. */
	public Double nominal() {
		return typ != null ? typ : max != null ? max : min;
	}

	/** Which column {@link #nominal()} took: "typ", "max" or "min" (null when all are empty). */
	public String nominalColumn() {
		return typ != null ? "typ" : max != null ? "max" : min != null ? "min" : null;
	}

	public Double condition(String key) {
		return conditions.get(key);
	}

	public Parameter withValues(Double newMin, Double newTyp, Double newMax) {
		return new Parameter(name, newMin, newTyp, newMax, unit, conditions, source);
	}
}
