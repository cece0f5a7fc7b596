package org.espice.core.spice;

import org.espice.core.Parameter;

/** A datasheet value a model was fitted to, with how to measure it in a simulation. */
public record Check(Parameter parameter, Probe probe, Target target) {

	/** A test condition's magnitude, or {@code fallback} when the datasheet does not give it. */
	public double condition(String key, double fallback) {
		return condition(parameter, key, fallback);
	}

	/** A test condition's magnitude of any datasheet value, or {@code fallback} when it is not given. */
	public static double condition(Parameter p, String key, double fallback) {
		Double v = p.condition(key);
		if (v == null && key.equals("VCE")) {
			// IGBT capacitance rows often give the collector bias as a supply voltage
			v = p.condition("VCC");
		}
		return v == null ? fallback : Math.abs(v);
	}
}
