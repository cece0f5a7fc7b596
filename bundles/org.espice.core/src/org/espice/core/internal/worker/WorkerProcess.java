package org.espice.core.internal.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.TaskMonitor;
import org.espice.core.batch.FileResult;
import org.espice.core.batch.ValidationLimits;

/**
 * One worker process as its coordinator sees it: it sends a file, relays the worker's progress, and turns every
 * way the worker can end into a result: done, failed with the worker's reason, out of memory, crashed, silent
 * past its heartbeat, or stopped on a cancel or the file's deadline.
 */
public final class WorkerProcess implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(WorkerProcess.class.getName());
	/** The exit code of a JVM that ran with {@code -XX:+ExitOnOutOfMemoryError} when it ran out of memory. */
	private static final int OOM_EXIT = 3;
	private static final int STDERR_LINES = 20;
	private static final long POLL_MILLIS = 50;
	/** How long work that was cancelled may take to notice before its worker is stopped. */
	private static final long CANCEL_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

	private final Process process;
	private final OutputStream requests;
	private final BlockingQueue<Wire.Frame> replies = new LinkedBlockingQueue<>();
	private final Deque<String> stderrTail = new ArrayDeque<>();
	private final long silenceNanos;
	private volatile long lastHeard = System.nanoTime();
	private volatile int strayLines;
	private long nextId;
	private int served;
	private volatile boolean broken;

	/**
	 * Starts a worker.
	 *
	 * @param command         the worker's command line (java, its options, {@link WorkerMain} and its arguments)
	 * @param silenceMillis   how long the worker may send nothing (not even a heartbeat) before it is stopped
	 */
	public WorkerProcess(List<String> command, long silenceMillis) throws IOException {
		this.silenceNanos = TimeUnit.MILLISECONDS.toNanos(silenceMillis);
		ProcessBuilder pb = new ProcessBuilder(command);
		process = pb.start();
		requests = process.getOutputStream();
		long pid = process.pid();
		daemon("espice-worker-" + pid + "-out", () -> readFrames(process.getInputStream()));
		daemon("espice-worker-" + pid + "-err", () -> drainErrors(process.getErrorStream()));
	}

	/** Files this worker has finished. */
	public int served() {
		return served;
	}

	/** Whether the worker can take another file. */
	public boolean usable() {
		return !broken && process.isAlive();
	}

	/** Lines the worker printed on its output that were not frames (a library's or a hostile file's noise). */
	public int strayLines() {
		return strayLines;
	}

	public long pid() {
		return process.pid();
	}

	/**
	 * Reads and fits one file in the worker. Progress goes to {@code monitor}. When it is cancelled (or the file's
	 * deadline passes) the work is asked to stop, the worker stopped if it does not within 2 s, and
	 * {@link CancellationException} thrown. A worker that dies, runs out of memory or falls silent is stopped and
	 * the file comes back unread, with the reason.
	 */
	public FileResult process(Path pdf, DeviceKind kind, ValidationLimits limits, TaskMonitor monitor) {
		long t0 = System.nanoTime();
		String file = pdf.getFileName().toString();
		long id = nextId++;
		long cancelSent = 0;
		try {
			Wire.send(requests, Wire.request(new Wire.Request(id, pdf.toAbsolutePath().toString(), kind, limits)));
		} catch (IOException e) {
			return crashed(file, t0, "could not be handed to its worker process (" + e.getMessage() + ")");
		}
		while (true) {
			Wire.Frame f;
			try {
				f = replies.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				stop();
				throw new CancellationException("interrupted");
			}
			if (f instanceof Wire.Progress p && p.id() == id) {
				monitor.progress(p.step(), p.fraction());
			} else if (f instanceof Wire.Done d && d.id() == id) {
				served++;
				return d.result();
			} else if (f instanceof Wire.Failed x && x.id() == id) {
				served++;
				return unread(file, t0, x.category(), x.message());
			} else if (f instanceof Wire.Cancelled c && c.id() == id) {
				throw new CancellationException("cancelled");
			} else if (f instanceof Wire.Malformed m) {
				stop();
				return crashed(file, t0, "its worker process sent a malformed reply (" + m.why() + ")");
			} else if (f instanceof Wire.Exited x) {
				broken = true;
				return exited(file, t0, x.code());
			}
			// nothing, or a late frame of an earlier request
			if (monitor.isCanceled()) {
				// asked to stop, the work ends at its next check and the worker stays; work that ignores its
				// monitor (a parser in a loop) ends with the worker
				if (cancelSent == 0) {
					cancelSent = System.nanoTime();
					send(Wire.cancel(id));
				} else if (System.nanoTime() - cancelSent > CANCEL_GRACE_NANOS) {
					stop();
					throw new CancellationException("cancelled");
				}
			} else if (System.nanoTime() - lastHeard > silenceNanos) {
				stop();
				return crashed(file, t0, "its worker process stopped answering for "
						+ TimeUnit.NANOSECONDS.toSeconds(silenceNanos) + " s and was stopped");
			}
		}
	}

	/** Sends a line to the worker; a worker that cannot take it is gone, which its output's end will tell. */
	private void send(String line) {
		try {
			Wire.send(requests, line);
		} catch (IOException e) {
			broken = true;
		}
	}

	private FileResult exited(String file, long t0, int code) {
		String tail = tail();
		if (code == OOM_EXIT || tail.contains("OutOfMemoryError")) {
			return unread(file, t0, FailureCategory.OUT_OF_MEMORY, "reading it needed more memory than its worker "
					+ "process has; the file holds far more than a datasheet does (a decompression bomb perhaps)");
		}
		return crashed(file, t0, "its worker process ended with exit code " + code
				+ (tail.isBlank() ? "" : " (" + lastLine(tail) + ")"));
	}

	private static FileResult crashed(String file, long t0, String why) {
		return unread(file, t0, FailureCategory.CRASH, why);
	}

	private static FileResult unread(String file, long t0, FailureCategory category, String why) {
		String message = why.startsWith(file) ? why : file + ": " + why;
		return FileResult.unread(ExtractionResult.failed(file, 0, category, message),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
	}

	private void readFrames(InputStream in) {
		try {
			Wire.LineReader lines = new Wire.LineReader(in, Wire.MAX_FRAME_BYTES);
			String line;
			while ((line = lines.readLine()) != null) {
				lastHeard = System.nanoTime();
				Wire.Frame f = Wire.parse(line);
				if (f == null) {
					if (!line.isEmpty()) {
						strayLines++;
					}
				} else if (!(f instanceof Wire.Beat) && !(f instanceof Wire.Hello)) {
					replies.add(f);
				}
			}
		} catch (IOException e) {
			LOG.log(Level.DEBUG, "worker output failed", e);
		}
		int code;
		try {
			code = process.waitFor();
		} catch (InterruptedException e) {
			code = -1;
		}
		replies.add(new Wire.Exited(code));
	}

	private void drainErrors(InputStream err) {
		try (BufferedReader r = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
			String line;
			while ((line = r.readLine()) != null) {
				synchronized (stderrTail) {
					stderrTail.addLast(line.length() > 300 ? line.substring(0, 300) + "..." : line);
					if (stderrTail.size() > STDERR_LINES) {
						stderrTail.removeFirst();
					}
				}
			}
		} catch (IOException e) {
			LOG.log(Level.DEBUG, "worker error output failed", e);
		}
	}

	private String tail() {
		// the error stream may still be draining the last lines of a dying worker
		try {
			process.waitFor(2, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		synchronized (stderrTail) {
			return String.join("\n", stderrTail);
		}
	}

	private static String lastLine(String text) {
		String[] lines = text.strip().split("\n");
		return lines[lines.length - 1].strip();
	}

	/** Stops the worker at once; it takes no more files. */
	public void stop() {
		broken = true;
		process.destroyForcibly();
		try {
			process.waitFor(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Ends the worker: its input closes, it exits; stopped if it does not. */
	@Override
	public void close() {
		broken = true;
		try {
			requests.close();
			if (!process.waitFor(2, TimeUnit.SECONDS)) {
				stop();
			}
		} catch (IOException e) {
			stop();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			stop();
		}
	}

	/** Starts a daemon thread: the coordinator's readers of a worker, and the worker's own input and heartbeat. */
	static void daemon(String name, Runnable r) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		t.start();
	}
}
