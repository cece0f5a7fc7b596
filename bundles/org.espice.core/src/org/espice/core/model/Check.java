package org.espice.core.model;

import org.espice.core.Parameter;

/** A datasheet value a model was fitted to, with how to measure it in a simulation. */
record Check(Parameter parameter, Probe probe, Target target) {

	double condition(String key, double fallback) {
		return Fits.cond(parameter, key, fallback);
	}
}
