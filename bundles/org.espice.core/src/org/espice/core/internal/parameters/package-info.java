/**
 * What the words of a datasheet mean: {@link org.espice.core.internal.parameters.Vocabulary} maps printed symbols
 * and descriptions to the spec's parameter names per device family, {@link
 * org.espice.core.internal.parameters.Quantities} parses numbers and units into SI, {@link
 * org.espice.core.internal.parameters.Conditions} reads test conditions ({@code VGS = 10 V}), and {@link
 * org.espice.core.internal.parameters.KindClassifier} and {@link org.espice.core.internal.parameters.PartFinder}
 * tell the device kind and the part numbers a datasheet covers. These are pure functions of text, shared by the
 * table reader and the tests.
 */
package org.espice.core.internal.parameters;
