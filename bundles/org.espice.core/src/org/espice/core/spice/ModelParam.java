package org.espice.core.spice;

/**
 * One model parameter with where its value came from.
 *
 * @param name   SPICE parameter name as written (e.g. {@code IS}, {@code CGDMAX}); inside a subcircuit prefixed
 *               with its model's name ({@code X_M.VTO})
 * @param value  SI value
 * @param origin a table value with its page, the values it was derived from, or "default ..."
 */
public record ModelParam(String name, double value, String origin) {

	/** Whether no datasheet value set it: the fitter's default (the origin says why). */
	public boolean isDefault() {
		return origin.startsWith("default");
	}
}
