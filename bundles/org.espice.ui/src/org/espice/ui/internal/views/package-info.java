/**
 * The SPICE Batch view (table of items, summary, details pane with datasheet values, model parameters and
 * curves), its context menu, the curve plot widget, the verification dialog and the completion notice.
 */
package org.espice.ui.internal.views;
