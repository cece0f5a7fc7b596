/**
 * The workspace's view of batches: one {@code DatasheetItem} per PDF with its state and live engine item,
 * the {@code ExtractionQueue} the views observe, the batch history read back from journals, and the problem
 * markers ({@code DatasheetMarkers}) that put failures in the Problems view.
 */
package org.espice.eclipse.internal.model;
