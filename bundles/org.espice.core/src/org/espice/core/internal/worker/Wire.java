package org.espice.core.internal.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.espice.core.DeviceKind;
import org.espice.core.ExtractionResult;
import org.espice.core.FailureCategory;
import org.espice.core.WorkStep;
import org.espice.core.batch.FileResult;
import org.espice.core.batch.PartFailure;
import org.espice.core.batch.ValidationLimits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a worker and its coordinator say to each other: one JSON object per line, each line a frame that starts
 * with {@link #PREFIX}. Anything else a worker prints (a library writing to standard output, garbage) is not a
 * frame and is skipped; a line longer than the limit is cut off and skipped too, so a worker cannot make its
 * coordinator buffer without bound.
 */
final class Wire {

	/** Starts every frame; a control character no library prints at the start of a line. */
	static final String PREFIX = "\u0010espice ";
	/** The longest frame a coordinator reads: a datasheet's values, plots and models are far below it. */
	static final int MAX_FRAME_BYTES = 32 << 20;
	/** The longest request a worker reads. */
	static final int MAX_REQUEST_BYTES = 1 << 20;

	private static final ObjectMapper JSON = new ObjectMapper()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private Wire() {
	}

	/** The frames a worker sends. */
	sealed interface Frame {
	}

	/** The worker is up; {@code pid} is its process id. */
	record Hello(long pid) implements Frame {
	}

	/** The worker is alive. */
	record Beat() implements Frame {
	}

	/** Request {@code id} is at {@code fraction} of {@code step}. */
	record Progress(long id, WorkStep step, double fraction) implements Frame {
	}

	/** Request {@code id} is done. */
	record Done(long id, FileResult result) implements Frame {
	}

	/** Request {@code id} ended with an error the worker survived (a stack overflow, a bug). */
	record Failed(long id, FailureCategory category, String message) implements Frame {
	}

	/** Request {@code id} stopped on a cancel. */
	record Cancelled(long id) implements Frame {
	}

	/** A line that started as a frame but is not one: the worker is not talking sense. */
	record Malformed(String why) implements Frame {
	}

	/** Not sent: the coordinator's note that the worker's output ended, with its exit code. */
	record Exited(int code) implements Frame {
	}

	/** One file to process; a request without a file cancels request {@code id}. */
	record Request(long id, String pdf, DeviceKind kind, ValidationLimits limits) {
	}

	/** How a result travels: the models as rendered snapshots. */
	private record WireResult(ExtractionResult extraction, List<RemoteModel> models, List<PartFailure> failures,
			long readMillis, long fitMillis) {
	}

	/** Every frame as it is written: the fields its type {@code t} uses, the others null. */
	private record Envelope(String t, Long id, Long pid, WorkStep step, Double fraction, String category,
			String message, WireResult result) {

		static Envelope of(String t, Long id) {
			return new Envelope(t, id, null, null, null, null, null, null);
		}
	}

	static String hello(long pid) {
		return frame(new Envelope("hello", null, pid, null, null, null, null, null));
	}

	static String beat() {
		return frame(Envelope.of("beat", null));
	}

	static String progress(long id, WorkStep step, double fraction) {
		return frame(new Envelope("progress", id, null, step, fraction, null, null, null));
	}

	static String done(long id, FileResult r) {
		WireResult w = new WireResult(r.extraction(), r.models().stream().map(RemoteModel::of).toList(),
				r.failures(), r.readMillis(), r.fitMillis());
		return frame(new Envelope("done", id, null, null, null, null, null, w));
	}

	static String failed(long id, FailureCategory category, String message) {
		return frame(new Envelope("failed", id, null, null, null, category.id(), message, null));
	}

	static String cancelled(long id) {
		return frame(Envelope.of("cancelled", id));
	}

	/** The request that cancels request {@code id}. */
	static String cancel(long id) {
		return request(new Request(id, null, null, null));
	}

	/** A request line (requests are not framed: only the coordinator writes to a worker). */
	static String request(Request r) {
		try {
			return JSON.writeValueAsString(r) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static Request readRequest(String line) throws IOException {
		return JSON.readValue(line, Request.class);
	}

	private static String frame(Envelope envelope) {
		try {
			// the leading newline ends whatever stray text the worker printed before
			return "\n" + PREFIX + JSON.writeValueAsString(envelope) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The frame on a line, or null when the line is not a frame. */
	static Frame parse(String line) {
		if (!line.startsWith(PREFIX)) {
			return null;
		}
		try {
			Envelope e = JSON.readValue(line.substring(PREFIX.length()), Envelope.class);
			long id = e.id() == null ? -1 : e.id();
			return switch (String.valueOf(e.t())) {
			case "hello" -> new Hello(e.pid() == null ? -1 : e.pid());
			case "beat" -> new Beat();
			case "progress" -> new Progress(id, e.step(), e.fraction() == null ? 0 : e.fraction());
			case "done" -> new Done(id, result(e.result()));
			case "failed" -> new Failed(id, FailureCategory.fromId(e.category()), e.message());
			case "cancelled" -> new Cancelled(id);
			default -> new Malformed("unknown frame type '" + e.t() + "'");
			};
		} catch (IOException | RuntimeException e) {
			return new Malformed(e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	private static FileResult result(WireResult w) {
		return new FileResult(w.extraction(), List.copyOf(w.models()), w.failures(), w.readMillis(),
				w.fitMillis());
	}

	/** Writes a frame or request and flushes it. */
	static void send(OutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	/**
	 * Reads lines of at most a given length from a stream, in blocks. A longer line is read to its end and
	 * returned as an empty line (it cannot be a frame), so no line makes the reader hold more than its limit.
	 */
	static final class LineReader {
		private final InputStream in;
		private final int max;
		private final byte[] buf = new byte[64 * 1024];
		private int pos;
		private int end;

		LineReader(InputStream in, int max) {
			this.in = in;
			this.max = max;
		}

		/** The next line without its end, or null at the end of the stream. */
		String readLine() throws IOException {
			ByteArrayOutputStream line = null;
			boolean overlong = false;
			boolean any = false;
			while (true) {
				if (pos == end) {
					end = in.read(buf, 0, buf.length);
					pos = 0;
					if (end <= 0) {
						end = 0;
						if (!any) {
							return null;
						}
						break;
					}
				}
				any = true;
				int nl = pos;
				while (nl < end && buf[nl] != '\n') {
					nl++;
				}
				int n = nl - pos;
				if (line == null) {
					line = new ByteArrayOutputStream(Math.min(Math.max(n, 64), max));
				}
				if (!overlong && line.size() + n <= max) {
					line.write(buf, pos, n);
				} else {
					overlong = true;
				}
				pos = nl;
				if (nl < end) {
					pos++; // the newline
					break;
				}
			}
			return overlong ? "" : line.toString(StandardCharsets.UTF_8);
		}
	}
}
