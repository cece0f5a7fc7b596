package org.espice.core.batch;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.espice.core.Device;
import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.TaskMonitor;
import org.espice.core.internal.worker.WorkerMain;
import org.espice.core.internal.worker.WorkerProcess;
import org.espice.core.spice.FittedModel;

/**
 * Reads and fits each datasheet in a worker process, so that no PDF can take down the batch or the application
 * it runs in: a file that hangs is stopped at its deadline, one that exhausts memory or crashes its worker fails
 * as {@code out-of-memory} or {@code crash}, and the next file gets a fresh worker. Workers are started on
 * demand (as many as the batch runs files at once), reused, and replaced after
 * {@link WorkerOptions#filesPerWorker()} files. Only the calling process writes models and the journal. A
 * worker exits when its coordinator does, however that ends.
 *
 * <p>Values edited in a review are fitted in this process ({@link #fit}): they hold no PDF.
 */
public final class WorkerPool implements FileWork, AutoCloseable {

	private static final System.Logger LOG = System.getLogger(WorkerPool.class.getName());

	private final WorkerOptions options;
	private final FileWork local;
	private final Deque<WorkerProcess> idle = new ArrayDeque<>();
	private final Set<WorkerProcess> all = new HashSet<>();
	private int started;
	private boolean closed;

	/**
	 * @param options how workers are started
	 * @param local   the work for {@link #fit} in this process; the same kind of work the workers run
	 */
	public WorkerPool(WorkerOptions options, FileWork local) {
		this.options = options;
		this.local = local;
	}

	/** Workers running the standard reader and fitter. */
	public static WorkerPool standard(WorkerOptions options) {
		return new WorkerPool(options, FileWork.standard());
	}

	@Override
	public FileResult process(Path pdf, DeviceKind kind, ValidationLimits limits, TaskMonitor monitor) {
		long t0 = System.nanoTime();
		WorkerProcess w;
		try {
			w = take();
		} catch (IOException e) {
			String file = pdf.getFileName().toString();
			return FileResult.unread(ExtractionResult.failed(file, 0, FailureCategory.CRASH,
					file + ": no worker process could be started (" + e.getMessage() + ")"),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
		}
		try {
			return w.process(pdf, kind, limits, monitor);
		} finally {
			giveBack(w);
		}
	}

	@Override
	public ExtractionResult read(Path pdf, TaskMonitor monitor) {
		return process(pdf, null, ValidationLimits.DEFAULT, monitor).extraction();
	}

	@Override
	public FittedModel fit(Device device, ExtractionResult source, TaskMonitor monitor) throws ProcessingException {
		return local.fit(device, source, monitor);
	}

	/** Worker processes started so far, replacements included. */
	public synchronized int workersStarted() {
		return started;
	}

	/** The process ids of the workers alive now. */
	public synchronized List<Long> workerPids() {
		return all.stream().map(WorkerProcess::pid).toList();
	}

	private synchronized WorkerProcess take() throws IOException {
		if (closed) {
			throw new IOException("the worker pool is closed");
		}
		while (!idle.isEmpty()) {
			WorkerProcess w = idle.pop();
			if (w.usable()) {
				return w;
			}
			all.remove(w);
		}
		WorkerProcess w = new WorkerProcess(command(), options.silenceMillis());
		started++;
		all.add(w);
		return w;
	}

	private void giveBack(WorkerProcess w) {
		boolean keep;
		synchronized (this) {
			keep = !closed && w.usable() && w.served() < options.filesPerWorker();
			if (keep) {
				idle.push(w);
			} else {
				all.remove(w);
			}
		}
		if (!keep) {
			if (w.strayLines() > 0) {
				LOG.log(Level.DEBUG, "worker {0} printed {1} stray lines", w.pid(), w.strayLines());
			}
			w.close();
		}
	}

	/** The worker's command line. */
	List<String> command() {
		List<String> cmd = new ArrayList<>();
		cmd.add(options.java().toString());
		cmd.add("-Xmx" + options.heapMegabytes() + "m");
		cmd.add("-Xss" + options.stackKilobytes() + "k");
		cmd.add("-XX:+ExitOnOutOfMemoryError");
		// a worker lives for tens of files: the optimising compiler costs more than it saves, and one collector
		// thread keeps its footprint small
		cmd.add("-XX:+UseSerialGC");
		cmd.add("-XX:TieredStopAtLevel=1");
		cmd.add("-Djava.awt.headless=true");
		cmd.add("-cp");
		cmd.add(String.join(File.pathSeparator, options.classPath().stream().map(Path::toString).toList()));
		cmd.add(WorkerMain.class.getName());
		if (options.workClass() != null) {
			cmd.add("--work=" + options.workClass());
		}
		return cmd;
	}

	/** Ends every worker. */
	@Override
	public void close() {
		List<WorkerProcess> workers;
		synchronized (this) {
			closed = true;
			workers = new ArrayList<>(all);
			all.clear();
			idle.clear();
		}
		workers.forEach(WorkerProcess::close);
	}
}
