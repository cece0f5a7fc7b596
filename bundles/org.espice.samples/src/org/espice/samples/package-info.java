/**
 * Sample datasheets: fictional parts whose printed values come from known SPICE models, laid out by
 * {@code DatasheetPdf} in the table styles real vendors use, plus a few broken inputs. The command line writes
 * them ({@code espice samples}) and the tests of every bundle read them, so they live apart from the engine's
 * API. {@link org.espice.samples.SampleDatasheets} is the catalogue.
 */
package org.espice.samples;
