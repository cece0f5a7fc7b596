/**
 * The {@code espice} command line on the engine, with picocli: {@code extract}, {@code model}, {@code process}
 * and the commands that resume, retry, report on, monitor, export and list durable batches, plus
 * {@code samples}. It stands beside the engine the way pdfbox-tools stands beside PDFBox: it parses arguments,
 * prints progress and maps outcomes to exit codes ({@code ExitCodes}); every reading, fitting and batch decision
 * stays in {@code org.espice.core}. {@link org.espice.cli.EspiceCli} is the entry point.
 */
package org.espice.cli;
