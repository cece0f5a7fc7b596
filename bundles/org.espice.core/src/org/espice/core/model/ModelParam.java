package org.espice.core.model;

/**
 * One model parameter with where its value came from.
 *
 * @param name   SPICE parameter name as written (e.g. {@code IS}, {@code CGDMAX})
 * @param value  SI value
 * @param origin a table value with its page, the values it was derived from, or "default ..."
 */
record ModelParam(String name, double value, String origin) {
}
