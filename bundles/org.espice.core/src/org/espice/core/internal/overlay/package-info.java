/**
 * Drawing a plot as read over its page: {@link org.espice.core.internal.overlay.PageRegion} renders the plot's
 * region of the page with PDFBox, {@link org.espice.core.internal.overlay.OverlayChart} builds the JFreeChart chart
 * with the calibrated axes around it and the curves read on it. {@link org.espice.core.extract.PlotOverlays} is the
 * public entry.
 */
package org.espice.core.internal.overlay;
