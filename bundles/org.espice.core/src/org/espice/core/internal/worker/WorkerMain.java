package org.espice.core.internal.worker;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;

import org.espice.core.FailureCategory;
import org.espice.core.TaskMonitor;
import org.espice.core.WorkStep;
import org.espice.core.batch.FileResult;
import org.espice.core.batch.FileWork;

/**
 * The main class of a worker process. It reads one request per line from standard input, processes each file
 * with its {@link FileWork}, and answers in {@link Wire} frames on standard output, with a heartbeat between.
 * It exits when its input ends: the coordinator closed it, or died. Whatever else writes to standard output is
 * sent to standard error, so only frames reach the coordinator on that stream.
 *
 * <p>Arguments: {@code [--work=CLASS] [--beat-millis=N]}; {@code CLASS} is a {@link FileWork} with a public
 * no-argument constructor (default: {@link FileWork#standard()}).
 */
public final class WorkerMain {

	private static final System.Logger LOG = System.getLogger(WorkerMain.class.getName());

	private final OutputStream out;
	private final FileWork work;
	/** The request a cancel line named. */
	private volatile long cancelled = -1;

	private WorkerMain(OutputStream out, FileWork work) {
		this.out = out;
		this.work = work;
	}

	public static void main(String[] args) throws Exception {
		OutputStream frames = new FileOutputStream(FileDescriptor.out);
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
		FileWork work = FileWork.standard();
		long beatMillis = 1000;
		for (String a : args) {
			if (a.startsWith("--work=")) {
				work = FileWork.named(a.substring(7), WorkerMain.class.getClassLoader());
			} else if (a.startsWith("--beat-millis=")) {
				beatMillis = Long.parseLong(a.substring(14));
			}
		}
		new WorkerMain(frames, work).run(System.in, beatMillis);
	}

	private void run(InputStream in, long beatMillis) throws InterruptedException {
		send(Wire.hello(ProcessHandle.current().pid()));
		BlockingQueue<Wire.Request> requests = new LinkedBlockingQueue<>();
		WorkerProcess.daemon("espice-worker-input", () -> readRequests(in, requests));
		WorkerProcess.daemon("espice-worker-beat", () -> beat(beatMillis));
		while (true) {
			process(requests.take());
		}
	}

	/** Reads requests until the input ends, then ends the process: its coordinator is gone. */
	private void readRequests(InputStream in, BlockingQueue<Wire.Request> requests) {
		try {
			Wire.LineReader lines = new Wire.LineReader(in, Wire.MAX_REQUEST_BYTES);
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				Wire.Request r = Wire.readRequest(line);
				if (r.pdf() == null) {
					cancelled = r.id(); // a request without a file cancels request id
				} else {
					requests.add(r);
				}
			}
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.DEBUG, "worker input failed", e);
		}
		// whatever the main thread is doing (maybe stuck in a loop), nobody waits for it any more
		Runtime.getRuntime().halt(0);
	}

	private void beat(long millis) {
		while (true) {
			try {
				Thread.sleep(millis);
			} catch (InterruptedException e) {
				return;
			}
			send(Wire.beat());
		}
	}

	private void process(Wire.Request r) {
		TaskMonitor monitor = new TaskMonitor() {
			private WorkStep lastStep;
			private double lastFraction = -1;

			@Override
			public boolean isCanceled() {
				return cancelled == r.id();
			}

			@Override
			public void progress(WorkStep step, double fraction) {
				if (step != lastStep || fraction - lastFraction >= 0.02 || fraction >= 1 && lastFraction < 1) {
					lastStep = step;
					lastFraction = fraction;
					send(Wire.progress(r.id(), step, fraction));
				}
			}
		};
		try {
			FileResult result = work.process(Path.of(r.pdf()), r.kind(), r.limits(), monitor);
			send(Wire.done(r.id(), result));
		} catch (CancellationException e) {
			send(Wire.cancelled(r.id()));
		} catch (StackOverflowError e) {
			send(Wire.failed(r.id(), FailureCategory.CRASH, "reading it overflowed the worker's stack: the file "
					+ "nests its structures deeper than any datasheet does"));
		} catch (RuntimeException | Error e) {
			LOG.log(Level.DEBUG, "worker request failed", e);
			send(Wire.failed(r.id(), FailureCategory.INTERNAL, "unexpected " + e));
		}
	}

	private void send(String frame) {
		synchronized (out) {
			try {
				Wire.send(out, frame);
			} catch (IOException e) {
				// the coordinator is gone
				Runtime.getRuntime().halt(0);
			}
		}
	}
}
