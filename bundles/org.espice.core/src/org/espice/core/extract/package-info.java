/**
 * Reading one datasheet: {@link org.espice.core.extract.DatasheetReader} opens the PDF with PDFBox, checks its text
 * layer, lays out its pages and reads its tables into devices and parameters, each with its page and box;
 * {@link org.espice.core.extract.ExtractionJson} writes the result in the vocabulary of docs/spec/parameters.md.
 */
package org.espice.core.extract;
