package org.espice.spark;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.espice.core.batch.FileWork;
import org.espice.core.batch.WorkerOptions;
import org.espice.core.batch.WorkerPool;

/**
 * The per-file work of one executor JVM, shared by its tasks: a pool of worker processes (so a PDF that hangs
 * or exhausts memory takes down a worker, never the executor), or the work in the executor's threads with
 * {@code --in-process}. Pools end with the executor.
 */
final class ExecutorWork {

	private static final Map<List<Object>, FileWork> WORK = new HashMap<>();
	private static boolean hooked;

	private ExecutorWork() {
	}

	static synchronized FileWork get(JobSettings s) {
		List<Object> key = Arrays.asList(s.inProcess(), s.workerHeapMegabytes(), s.workClass());
		FileWork w = WORK.get(key);
		if (w == null) {
			w = create(s);
			WORK.put(key, w);
			if (!hooked) {
				hooked = true;
				Runtime.getRuntime().addShutdownHook(new Thread(ExecutorWork::closeAll, "espice-workers-close"));
			}
		}
		return w;
	}

	private static FileWork create(JobSettings s) {
		FileWork local = FileWork.named(s.workClass(), ExecutorWork.class.getClassLoader());
		if (s.inProcess()) {
			return local;
		}
		WorkerOptions o = WorkerOptions.of(classPath()).withWorkClass(s.workClass());
		if (s.workerHeapMegabytes() > 0) {
			o = o.withHeapMegabytes(s.workerHeapMegabytes());
		}
		return new WorkerPool(o, local);
	}

	/**
	 * The workers' class path: the executor's own (Spark's libraries, Jackson among them) and the jar that holds
	 * the job and the engine, which Spark loads apart from it.
	 */
	static List<Path> classPath() {
		Set<Path> out = new LinkedHashSet<>(WorkerOptions.currentClassPath());
		for (Class<?> c : List.of(ExecutorWork.class, FileWork.class)) {
			try {
				out.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
			} catch (URISyntaxException | RuntimeException e) {
				// not loaded from a file: the executor's class path has to do
			}
		}
		return new ArrayList<>(out);
	}

	static synchronized void closeAll() {
		for (FileWork w : WORK.values()) {
			if (w instanceof AutoCloseable c) {
				try {
					c.close();
				} catch (Exception e) {
					// ending anyway
				}
			}
		}
		WORK.clear();
	}
}
