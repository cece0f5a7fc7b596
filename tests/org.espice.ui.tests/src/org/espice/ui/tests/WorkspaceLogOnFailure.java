package org.espice.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints the test workspace's error log ({@code .metadata/.log}) when a UI test fails: the exceptions that jobs,
 * handlers and views logged are often the cause, and CI keeps only the console.
 */
final class WorkspaceLogOnFailure implements TestWatcher {

	/** Enough for the last few stack traces without flooding the console. */
	private static final int MAX_LINES = 400;

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		Path log = Platform.getLogFileLocation().toFile().toPath();
		StringBuilder text = new StringBuilder("---- " + context.getDisplayName() + " failed; " + log);
		try {
			List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
			if (lines.isEmpty()) {
				text.append(" is empty\n");
			} else {
				int from = Math.max(0, lines.size() - MAX_LINES);
				text.append(from > 0 ? " (last " + MAX_LINES + " lines):\n" : ":\n");
				lines.subList(from, lines.size()).forEach(l -> text.append(l).append('\n'));
			}
		} catch (IOException e) {
			text.append(" cannot be read: ").append(e).append('\n');
		}
		System.err.print(text.append("---- end of ").append(log).append('\n'));
	}
}
