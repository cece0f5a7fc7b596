/**
 * Fitting SPICE parameters to a datasheet's values. {@link org.espice.core.fit.ModelBuilder} picks the fitter for a
 * device kind (diode and its kin, VDMOS, Gummel-Poon BJT, JFET, IGBT subcircuit); each fitter reads the rows it needs,
 * aims at typ values or inside min/max limits, solves with bounded Levenberg-Marquardt ({@code LeastSquares}) and
 * records on the card where every value came from.
 */
package org.espice.core.fit;
