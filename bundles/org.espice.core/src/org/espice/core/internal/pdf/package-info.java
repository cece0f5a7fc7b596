/**
 * Opening datasheet PDFs: {@link org.espice.core.internal.pdf.PdfSource} opens a sound file as it is and a file
 * cut short (a broken download, no {@code %%EOF}) by scanning for its whole objects, appending the cross-reference
 * stream and catalog it lost, and keeping the pages whose objects are whole, with a warning naming what was read.
 */
package org.espice.core.internal.pdf;
