package org.espice.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.apache.pdfbox.util.Version;
import org.espice.core.batch.FileWork;

/**
 * Which engine made a record: a hash of the engine's classes (the same sources give the same hash, whatever the
 * build's time stamps), with the PDF library's version and the settings that change the output. A record made by
 * another engine is redone. Computed once, on the driver.
 */
final class EngineVersion {

	private static final String ENGINE_PACKAGE = "org/espice/core/";

	private EngineVersion() {
	}

	static String fingerprint(JobSettings settings) {
		return "engine " + engineHash() + ", pdfbox " + Version.getVersion()
				+ ", " + settings.outputSettings();
	}

	/** The first 16 hex digits of a SHA-256 over the engine's class files, in name order. */
	static String engineHash() {
		try {
			Path where = Path.of(FileWork.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			MessageDigest d = MessageDigest.getInstance("SHA-256");
			if (Files.isDirectory(where)) {
				List<Path> classes;
				try (Stream<Path> s = Files.walk(where.resolve(ENGINE_PACKAGE))) {
					classes = new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
				}
				for (Path c : classes) {
					d.update(where.relativize(c).toString().replace('\\', '/').getBytes());
					d.update(Files.readAllBytes(c));
				}
			} else {
				try (JarFile jar = new JarFile(where.toFile())) {
					List<JarEntry> entries = new ArrayList<>();
					for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
						JarEntry j = e.nextElement();
						if (!j.isDirectory() && j.getName().startsWith(ENGINE_PACKAGE)) {
							entries.add(j);
						}
					}
					entries.sort((a, b) -> a.getName().compareTo(b.getName()));
					for (JarEntry j : entries) {
						d.update(j.getName().getBytes());
						try (InputStream in = jar.getInputStream(j)) {
							d.update(in.readAllBytes());
						}
					}
				}
			}
			return HexFormat.of().formatHex(d.digest()).substring(0, 16);
		} catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
			// nothing can tell this engine from another: reuse nothing
			return "unknown-" + System.nanoTime();
		}
	}
}
