/**
 * Test doubles shared by the test fragments of the engine and the command line: {@code FakeWork}, per-file work
 * that reads nothing and can fail on demand (also loaded by the CLI's hidden {@code --work-class}),
 * {@code TestPdfs}, small datasheet-like PDFs, {@code HostilePdfs}, malformed and hostile ones, and
 * {@code DevCorpus}, which finds the dev corpus when present.
 */
package org.espice.tests.common;
