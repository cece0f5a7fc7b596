/**
 * Running models in ngspice. {@link org.espice.core.simulate.NgspiceRunner} runs decks that ESpice wrote, checked
 * by {@code OwnDeck}, in a fresh folder with a minimal environment; {@link org.espice.core.simulate.ModelVerifier}
 * measures a model at its datasheet test conditions; {@link org.espice.core.simulate.ModelCurves} simulates its
 * characteristic curves; {@link org.espice.core.simulate.VendorModel} reduces a vendor's model file to its cards.
 */
package org.espice.core.simulate;
