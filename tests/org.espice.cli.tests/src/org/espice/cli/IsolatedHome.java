package org.espice.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Gives each in-process CLI test a fresh {@code espice.home} (where batches are listed), so tests never see each
 * other's batches or the user's, and puts the previous value back afterwards.
 */
final class IsolatedHome implements BeforeEachCallback, AfterEachCallback {

	private static final String PROPERTY = "espice.home";
	private static final Namespace NAMESPACE = Namespace.create(IsolatedHome.class);

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		ExtensionContext.Store store = context.getStore(NAMESPACE);
		store.put("previous", System.getProperty(PROPERTY, ""));
		Path home = Files.createTempDirectory("espice-home");
		store.put("home", home);
		System.setProperty(PROPERTY, home.toString());
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		ExtensionContext.Store store = context.getStore(NAMESPACE);
		String previous = store.get("previous", String.class);
		if (previous == null || previous.isEmpty()) {
			System.clearProperty(PROPERTY);
		} else {
			System.setProperty(PROPERTY, previous);
		}
		try (Stream<Path> files = Files.walk(store.get("home", Path.class))) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
