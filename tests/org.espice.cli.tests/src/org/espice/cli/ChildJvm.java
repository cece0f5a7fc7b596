package org.espice.cli;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.espice.tests.common.TestClassPath;

/**
 * Starts the CLI in a separate JVM. The class path is this JVM's when it holds everything (plain JUnit runs),
 * otherwise it is assembled from where each needed class was loaded (OSGi test runtimes).
 */
final class ChildJvm {

	private ChildJvm() {
	}

	static String classPath() {
		String own = System.getProperty("java.class.path", "");
		if (hasAll(own)) {
			return own;
		}
		return TestClassPath.joined(EspiceCli.class, org.espice.samples.SampleDatasheets.class,
				org.espice.tests.common.FakeWork.class);
	}

	private static boolean hasAll(String cp) {
		try (var loader = new java.net.URLClassLoader(urls(cp), ClassLoader.getPlatformClassLoader())) {
			for (String n : new String[] { "org.espice.cli.EspiceCli", "org.espice.core.batch.Batch",
					"org.espice.samples.SampleDatasheets", "org.espice.tests.common.FakeWork",
					"org.apache.pdfbox.pdmodel.PDDocument", "picocli.CommandLine",
					"com.fasterxml.jackson.databind.ObjectMapper" }) {
				if (loader.getResource(n.replace('.', '/') + ".class") == null) {
					return false;
				}
			}
			return true;
		} catch (Exception e) {
			return false;
		}
	}

	private static URL[] urls(String cp) throws Exception {
		List<URL> out = new ArrayList<>();
		for (String s : cp.split(File.pathSeparator)) {
			if (!s.isBlank()) {
				out.add(Path.of(s).toUri().toURL());
			}
		}
		return out.toArray(URL[]::new);
	}

	private static final java.util.Map<Process, Path> LOGS = new java.util.concurrent.ConcurrentHashMap<>();

	/** Starts a child made by {@link #cli}, remembering where its output goes. */
	static Process start(ProcessBuilder pb) throws java.io.IOException {
		Process p = pb.start();
		LOGS.put(p, pb.redirectOutput().file().toPath());
		return p;
	}

	/** Kills every child still running (after a failed test) and forgets them all. */
	static void destroyAll() {
		LOGS.keySet().forEach(Process::destroyForcibly);
		LOGS.clear();
	}

	/** The child's combined stdout and stderr so far. */
	static String output(Process p) {
		try {
			Path log = LOGS.get(p);
			return log == null ? "(no log)" : Files.readString(log);
		} catch (java.io.IOException e) {
			return e.toString();
		}
	}

	/** @param maxHeap e.g. {@code 128m}, or null for the JVM's default */
	static ProcessBuilder cli(Path home, String maxHeap, String... args) {
		List<String> cmd = new ArrayList<>();
		cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// as releng/espice starts it
		cmd.add("-XX:+UseSerialGC");
		cmd.add("-XX:TieredStopAtLevel=1");
		if (maxHeap != null) {
			cmd.add("-Xmx" + maxHeap);
		}
		cmd.add("-Despice.home=" + home);
		cmd.add("-cp");
		cmd.add(classPath());
		cmd.add("org.espice.cli.EspiceCli");
		cmd.addAll(List.of(args));
		// output goes to a file: a pipe nobody drains would block the child once it fills
		try {
			Path log = Files.createTempFile("espice-child", ".log");
			log.toFile().deleteOnExit();
			return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
