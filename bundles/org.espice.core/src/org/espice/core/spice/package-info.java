/**
 * SPICE model cards and what may be written into them. A {@link org.espice.core.spice.ModelCard} holds a fitted
 * model's parameters, each with its origin, the datasheet values it was fitted to ({@link org.espice.core.spice.Check})
 * and its notes, and renders itself in each {@link org.espice.core.spice.Dialect}. {@link
 * org.espice.core.spice.FittedModel} is the read-only view the rest of the engine and the IDE use. Every string from
 * outside reaches a SPICE file only through {@link org.espice.core.spice.SpiceText}.
 */
package org.espice.core.spice;
