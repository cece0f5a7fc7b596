package org.espice.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.espice.core.batch.FileWork;
import org.espice.core.batch.WorkerOptions;
import org.espice.core.batch.WorkerPool;

import picocli.CommandLine.Option;

/**
 * Where a batch reads its files: in worker processes (the default), or in this process's threads with
 * {@code --in-process}. Close it when the batch is over: that ends the workers.
 */
final class WorkerChoice implements AutoCloseable {

	/** A class path for the workers when this JVM's own does not hold the engine (an OSGi test runtime). */
	static final String CLASS_PATH_PROPERTY = "espice.worker.class.path";

	@Option(names = "--in-process", description = "Read and fit in this process instead of worker processes "
			+ "(for debugging: a hostile PDF can then hang or exhaust the whole command).")
	boolean inProcess;

	@Option(names = "--worker-heap", paramLabel = "MB", description = "Heap of each worker process in MB "
			+ "(default 1024); a file that needs more fails as out-of-memory.")
	Integer workerHeap;

	@Option(names = "--work-class", hidden = true, description = "Per-file work implementation (tests).")
	String workClass;

	private WorkerPool pool;

	/** The work for the batch: a worker pool, or the work in this process. */
	FileWork open() {
		FileWork local = FileWork.named(workClass, WorkerChoice.class.getClassLoader());
		if (inProcess) {
			return local;
		}
		WorkerOptions options = WorkerOptions.of(classPath()).withWorkClass(workClass);
		if (workerHeap != null) {
			options = options.withHeapMegabytes(workerHeap);
		}
		pool = new WorkerPool(options, local);
		return pool;
	}

	/** This JVM's class path when it holds the engine, as {@code releng/espice} runs it. */
	private static List<Path> classPath() {
		String given = System.getProperty(CLASS_PATH_PROPERTY);
		if (given != null && !given.isBlank()) {
			List<Path> out = new ArrayList<>();
			for (String s : given.split(File.pathSeparator)) {
				out.add(Path.of(s));
			}
			return out;
		}
		List<Path> own = WorkerOptions.currentClassPath();
		if (!WorkerOptions.holdsEngine(own)) {
			throw new IllegalArgumentException("Worker processes need the engine on this JVM's class path, and it is "
					+ "not there; run with --in-process, or start espice with releng/espice");
		}
		return own;
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.close();
		}
	}
}
