/**
 * The Extract SPICE Models wizard: the files page (PDFs, their readability and device kind) and the options
 * page (output folder, dialect, parallelism, retries, timeout, preview, presets).
 */
package org.espice.ui.internal.wizards;
