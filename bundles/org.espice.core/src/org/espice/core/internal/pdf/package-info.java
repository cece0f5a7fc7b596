/**
 * Opening datasheet PDFs: {@link org.espice.core.internal.pdf.PdfSource} opens a sound file as it is and a file
 * cut short (a broken download, no {@code %%EOF}) by scanning for its whole objects, appending the cross-reference
 * stream and catalog it lost, and keeping the pages whose objects are whole, with a warning naming what was read.
 * {@link org.espice.core.internal.pdf.GraphicsOperators} lets the pass that reads a page's text also tell a
 * {@link org.espice.core.internal.pdf.PageGraphics} what the page draws, so no page is parsed twice.
 */
package org.espice.core.internal.pdf;
