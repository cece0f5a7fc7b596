package org.espice.core.batch;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.espice.core.internal.worker.WorkerMain;

/**
 * How worker processes are started.
 *
 * @param java           the Java launcher
 * @param classPath      the worker's class path: the engine and every library it uses
 * @param heapMegabytes  each worker's heap ({@code -Xmx}); a file that needs more fails as out of memory
 * @param stackKilobytes each worker thread's stack ({@code -Xss}); a file nested deeper fails as a crash
 * @param filesPerWorker files a worker reads before it is replaced by a fresh one
 * @param silenceMillis  how long a worker may send nothing, not even its heartbeat, before it is stopped
 * @param workClass      a {@link FileWork} class with a public no-argument constructor for the workers to run, or
 *                       null for the standard reader and fitter
 */
public record WorkerOptions(Path java, List<Path> classPath, int heapMegabytes, int stackKilobytes,
		int filesPerWorker, long silenceMillis, String workClass) {

	public static final int DEFAULT_HEAP_MEGABYTES = 1024;
	public static final int DEFAULT_STACK_KILOBYTES = 2048;
	public static final int DEFAULT_FILES_PER_WORKER = 50;
	public static final long DEFAULT_SILENCE_MILLIS = 20_000;

	public WorkerOptions {
		classPath = List.copyOf(classPath);
		if (classPath.isEmpty()) {
			throw new IllegalArgumentException("A worker needs a class path");
		}
		if (heapMegabytes < 64 || stackKilobytes < 256 || filesPerWorker < 1 || silenceMillis < 1000) {
			throw new IllegalArgumentException("Worker limits out of range: heap " + heapMegabytes + " MB, stack "
					+ stackKilobytes + " KB, " + filesPerWorker + " files, silence " + silenceMillis + " ms");
		}
	}

	/** Workers on this JVM's launcher with the given class path, at the default limits. */
	public static WorkerOptions of(List<Path> classPath) {
		return new WorkerOptions(currentJava(), classPath, DEFAULT_HEAP_MEGABYTES, DEFAULT_STACK_KILOBYTES,
				DEFAULT_FILES_PER_WORKER, DEFAULT_SILENCE_MILLIS, null);
	}

	public WorkerOptions withHeapMegabytes(int mb) {
		return new WorkerOptions(java, classPath, mb, stackKilobytes, filesPerWorker, silenceMillis, workClass);
	}

	public WorkerOptions withFilesPerWorker(int n) {
		return new WorkerOptions(java, classPath, heapMegabytes, stackKilobytes, n, silenceMillis, workClass);
	}

	public WorkerOptions withSilenceMillis(long ms) {
		return new WorkerOptions(java, classPath, heapMegabytes, stackKilobytes, filesPerWorker, ms, workClass);
	}

	public WorkerOptions withWorkClass(String className) {
		return new WorkerOptions(java, classPath, heapMegabytes, stackKilobytes, filesPerWorker, silenceMillis,
				className);
	}

	/**
	 * The launcher of the running JVM; on Windows {@code javaw}, which opens no console window.
	 */
	public static Path currentJava() {
		Path bin = Path.of(System.getProperty("java.home"), "bin");
		boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
		if (windows && Files.isRegularFile(bin.resolve("javaw.exe"))) {
			return bin.resolve("javaw.exe");
		}
		return bin.resolve(windows ? "java.exe" : "java");
	}

	/** This JVM's own class path ({@code java.class.path}), as the command line runs with. */
	public static List<Path> currentClassPath() {
		List<Path> out = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				out.add(Path.of(entry).toAbsolutePath());
			}
		}
		return out;
	}

	/** Whether a class path holds the worker's main class (and so, built as ours are, the engine). */
	public static boolean holdsEngine(List<Path> classPath) {
		List<URL> urls = new ArrayList<>();
		try {
			for (Path p : classPath) {
				urls.add(p.toUri().toURL());
			}
		} catch (MalformedURLException e) {
			return false;
		}
		try (URLClassLoader l = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
			return l.getResource(WorkerMain.class.getName().replace('.', '/') + ".class") != null;
		} catch (IOException e) {
			return false;
		}
	}
}
