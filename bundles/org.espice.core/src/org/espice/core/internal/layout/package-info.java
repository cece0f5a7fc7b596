/**
 * The page as text laid out: {@link org.espice.core.internal.layout.LayoutBuilder} turns PDFBox glyphs into
 * normalised {@link org.espice.core.internal.layout.Word}s (symbol-font µ and Ω mapped, subscripts folded in,
 * footnote markers flagged, fake bold read once by {@link org.espice.core.internal.layout.FakeBold}) and joins them
 * into {@link org.espice.core.internal.layout.TextLine}s that share a baseline ({@code LineAssembly}), one {@link
 * org.espice.core.internal.layout.PageLayout} per page; the same pass can tell the plots what each page draws. {@link
 * org.espice.core.internal.layout.TextHealth} tells a usable text layer from a missing or scrambled one before any
 * table is read. Everything later in the pipeline reads these lines, never the PDF.
 */
package org.espice.core.internal.layout;
