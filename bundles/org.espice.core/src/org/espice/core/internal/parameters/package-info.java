/**
 * What the words of a datasheet mean: {@link org.espice.core.internal.parameters.Vocabulary} maps printed symbols
 * and descriptions to the spec's parameter names per device family, {@link
 * org.espice.core.internal.parameters.Quantities} parses numbers and units into SI, and {@link
 * org.espice.core.internal.parameters.Conditions} reads test conditions ({@code VGS = 10 V}). These are pure
 * functions of text, shared by the table reader and the tests.
 */
package org.espice.core.internal.parameters;
