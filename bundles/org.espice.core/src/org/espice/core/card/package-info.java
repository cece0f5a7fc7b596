/**
 * The model card: one self-contained HTML page per part, written beside its model, that shows an engineer where
 * every number came from (parameters with their origin, the datasheet rows the fit used as crops of the page), how
 * the model does in ngspice against every datasheet value ({@code espice verify}'s table), and the model's curves
 * against the datasheet's.
 */
package org.espice.core.card;
