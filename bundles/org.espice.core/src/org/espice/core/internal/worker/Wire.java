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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

	static String hello(long pid) {
		return frame(JSON.createObjectNode().put("t", "hello").put("pid", pid));
	}

	static String beat() {
		return frame(JSON.createObjectNode().put("t", "beat"));
	}

	static String progress(long id, WorkStep step, double fraction) {
		return frame(JSON.createObjectNode().put("t", "progress").put("id", id).put("step", step.name())
				.put("fraction", fraction));
	}

	static String done(long id, FileResult r) {
		WireResult w = new WireResult(r.extraction(), r.models().stream().map(RemoteModel::of).toList(),
				r.failures(), r.readMillis(), r.fitMillis());
		ObjectNode n = JSON.createObjectNode().put("t", "done").put("id", id);
		n.set("result", JSON.valueToTree(w));
		return frame(n);
	}

	static String failed(long id, FailureCategory category, String message) {
		return frame(JSON.createObjectNode().put("t", "failed").put("id", id).put("category", category.id())
				.put("message", message));
	}

	static String cancelled(long id) {
		return frame(JSON.createObjectNode().put("t", "cancelled").put("id", id));
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

	private static String frame(JsonNode n) {
		try {
			// the leading newline ends whatever stray text the worker printed before
			return "\n" + PREFIX + JSON.writeValueAsString(n) + "\n";
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
			JsonNode n = JSON.readTree(line.substring(PREFIX.length()));
			long id = n.path("id").asLong();
			return switch (n.path("t").asText()) {
			case "hello" -> new Hello(n.path("pid").asLong());
			case "beat" -> new Beat();
			case "progress" -> new Progress(id, WorkStep.valueOf(n.path("step").asText()),
					n.path("fraction").asDouble());
			case "done" -> new Done(id, result(JSON.treeToValue(n.get("result"), WireResult.class)));
			case "failed" -> new Failed(id, FailureCategory.fromId(n.path("category").asText()),
					n.path("message").asText());
			case "cancelled" -> new Cancelled(id);
			default -> new Malformed("unknown frame type '" + n.path("t").asText() + "'");
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
	 * Reads one line of at most {@code max} bytes. A longer line is read to its end and returned as an empty
	 * line (it cannot be a frame); returns null at the end of the stream.
	 */
	static String readLine(InputStream in, int max) throws IOException {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		boolean overlong = false;
		int c;
		while ((c = in.read()) != -1 && c != '\n') {
			if (b.size() < max) {
				b.write(c);
			} else {
				overlong = true;
			}
		}
		if (c == -1 && b.size() == 0 && !overlong) {
			return null;
		}
		return overlong ? "" : b.toString(StandardCharsets.UTF_8);
	}
}
