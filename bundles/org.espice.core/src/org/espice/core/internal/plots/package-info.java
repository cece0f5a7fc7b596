/**
 * Reading a datasheet's vector plots: the page's drawing is collected while the layout reads its text, in the
 * same pass ({@link DrawingCollector}), plot frames
 * are found among its axis-parallel lines ({@link FrameFinder}), each axis is calibrated from its printed tick
 * numbers and named from its title ({@link AxisReader}, {@link AxisTitle}), and the curves inside the frame
 * are traced and joined ({@link CurveTracer}) before {@link PlotReader} maps them to SI values.
 */
package org.espice.core.internal.plots;
