package org.espice.core.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.WorkStep;
import org.espice.core.internal.batch.ConfigJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The append-only journal of a batch: one JSON object per line in {@code <output>/<id>.batch.jsonl}. Every
 * state change is forced to disk before the engine goes on, so after a crash the journal tells exactly which
 * files are finished. A torn last line (crash mid-write) is ignored on reading.
 */
public final class BatchJournal implements AutoCloseable {

	public static final String SUFFIX = ".batch.jsonl";
	static final int VERSION = 1;

	private final Path file;
	private final FileChannel channel;
	private final FileLock lock;

	private BatchJournal(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Opens a journal for appending and locks it, so no second process runs the same batch.
	 *
	 * @throws IOException when it cannot be created or another process holds it
	 */
	static BatchJournal open(Path file) throws IOException {
		FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND);
		FileLock lock;
		try {
			lock = ch.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null;
		}
		if (lock == null) {
			ch.close();
			throw new IOException("Batch " + file + " is being run by another process");
		}
		return new BatchJournal(file, ch, lock);
	}

	/**
	 * Creates a journal with its first records in one atomic step, so a reader never sees it without its
	 * header, then opens it for appending.
	 */
	static BatchJournal create(Path file, List<ObjectNode> first) throws IOException {
		StringBuilder b = new StringBuilder();
		for (ObjectNode n : first) {
			b.append(ConfigJson.MAPPER.writeValueAsString(n)).append('\n');
		}
		if (Files.exists(file)) {
			throw new IOException("A batch journal " + file + " exists already");
		}
		org.espice.core.internal.batch.AtomicFiles.write(file, b.toString());
		return open(file);
	}

	Path file() {
		return file;
	}

	/** Appends one record; with {@code sync} it is on disk when this returns. */
	synchronized void append(ObjectNode record, boolean sync) throws IOException {
		byte[] line;
		try {
			line = (ConfigJson.MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
		} catch (JsonProcessingException e) {
			throw new IOException(e);
		}
		ByteBuffer buf = ByteBuffer.wrap(line);
		while (buf.hasRemaining()) {
			channel.write(buf);
		}
		if (sync) {
			channel.force(false);
		}
	}

	synchronized void force() throws IOException {
		channel.force(false);
	}

	@Override
	public synchronized void close() throws IOException {
		try {
			if (lock.isValid()) {
				lock.release();
			}
		} finally {
			channel.close();
		}
	}

	static ObjectNode record(String type) {
		ObjectNode n = ConfigJson.MAPPER.createObjectNode();
		n.put("type", type);
		n.put("ts", System.currentTimeMillis());
		return n;
	}

	// ---- reading ----

	/** Reads a journal (a journal file or the output folder holding it) back into a snapshot. */
	public static BatchSnapshot read(Path batch) throws IOException {
		return replay(locate(batch)).snapshot();
	}

	/**
	 * Finds the journal a user means: a journal file itself, or a folder (its newest journal).
	 *
	 * @throws IOException naming what was looked for when there is none
	 */
	public static Path locate(Path batch) throws IOException {
		if (Files.isRegularFile(batch)) {
			return batch.toAbsolutePath().normalize();
		}
		if (Files.isDirectory(batch)) {
			List<Path> all = journalsIn(batch);
			if (all.isEmpty()) {
				throw new IOException("No batch journal (*" + SUFFIX + ") in " + batch.toAbsolutePath());
			}
			return all.get(all.size() - 1);
		}
		throw new IOException("No batch at " + batch.toAbsolutePath()
				+ ": give the output folder of a batch or its " + SUFFIX + " journal");
	}

	/** The journals in a folder, oldest first (ids start with their creation time). */
	public static List<Path> journalsIn(Path folder) throws IOException {
		List<Path> all = new ArrayList<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
			ds.forEach(p -> all.add(p.toAbsolutePath().normalize()));
		}
		all.sort(Comparator.comparing(p -> p.getFileName().toString()));
		return all;
	}

	/** Whether a process holds the journal's lock right now. */
	static boolean isLive(Path journal) {
		try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ)) {
			FileLock l = ch.tryLock(0, Long.MAX_VALUE, true);
			if (l == null) {
				return true;
			}
			l.release();
			return false;
		} catch (OverlappingFileLockException e) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** Everything a journal says, including what only the engine needs to resume (hashes, running fractions). */
	static final class Replay {
		Path journal;
		String id;
		BatchConfig config;
		long created;
		BatchState state = BatchState.NEW;
		String message;
		final Map<Integer, ItemRecord> items = new LinkedHashMap<>();
		final Map<Integer, String> hashes = new HashMap<>();
		long activeMillis;
		long peakHeap;
		long peakRss = -1;
		boolean live;

		BatchSnapshot snapshot() {
			List<BatchItem> list = new ArrayList<>();
			for (ItemRecord r : items.values()) {
				list.add(r.toItem());
			}
			return new BatchSnapshot(id, journal, config, created, state, message, list,
					new BatchStats(activeMillis, peakHeap, peakRss), live);
		}
	}

	static final class ItemRecord {
		int index;
		Path file;
		long size;
		DeviceKind kind;
		ItemState state = ItemState.QUEUED;
		int attempts;
		boolean retried;
		ItemOutcome outcome = ItemOutcome.NONE;
		ItemTimings timings = ItemTimings.NONE;

		BatchItem toItem() {
			return new BatchItem(index, file, size, kind, state, attempts, retried, outcome, timings);
		}
	}

	static Replay replay(Path journal) throws IOException {
		Replay r = new Replay();
		r.journal = journal.toAbsolutePath().normalize();
		String name = journal.getFileName().toString();
		r.id = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
		long sessionStart = -1;
		long lastTs = -1;
		int lineNo = 0;
		try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
			for (String line; (line = in.readLine()) != null;) {
				lineNo++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode n;
				try {
					n = ConfigJson.MAPPER.readTree(line);
				} catch (JsonProcessingException e) {
					continue; // a torn line from a crash mid-write; every earlier line is intact
				}
				long ts = n.path("ts").asLong(lastTs);
				switch (n.path("type").asText()) {
				case "batch" -> {
					r.id = n.path("id").asText(r.id);
					r.created = ts;
					try {
						r.config = ConfigJson.fromJson(n.path("config"));
					} catch (IllegalArgumentException e) {
						throw new IOException(journal + " line " + lineNo + ": bad configuration: " + e.getMessage(), e);
					}
				}
				case "item" -> {
					ItemRecord it = new ItemRecord();
					it.index = n.path("index").asInt();
					it.file = Path.of(n.path("file").asText());
					it.size = n.path("size").asLong();
					String k = n.path("kind").asText(null);
					it.kind = k == null ? null : DeviceKind.fromId(k);
					r.items.put(it.index, it);
				}
				case "removed" -> r.items.remove(n.path("index").asInt());
				case "session" -> {
					if (sessionStart >= 0 && lastTs > sessionStart) {
						r.activeMillis += lastTs - sessionStart;
					}
					sessionStart = ts;
				}
				case "batch-state" -> {
					r.state = BatchState.fromId(n.path("state").asText());
					r.message = n.path("message").asText(null);
				}
				case "state" -> applyState(r, n);
				case "tick" -> {
					r.peakHeap = Math.max(r.peakHeap, n.path("peakHeap").asLong());
					r.peakRss = Math.max(r.peakRss, n.path("peakRss").asLong(-1));
					for (JsonNode run : n.path("running")) {
						ItemRecord it = r.items.get(run.path("index").asInt());
						if (it != null && it.state instanceof ItemState.Running) {
							it.state = new ItemState.Running(WorkStep.valueOf(run.path("step").asText("READING")),
									run.path("fraction").asDouble());
						}
					}
				}
				default -> {
					// records of a newer version are skipped, so old tools can still read new journals
				}
				}
				lastTs = Math.max(lastTs, ts);
			}
		}
		if (r.config == null) {
			throw new IOException(journal + " is not a batch journal: it has no 'batch' record");
		}
		if (sessionStart >= 0 && lastTs > sessionStart) {
			r.activeMillis += lastTs - sessionStart;
		}
		r.live = isLive(journal);
		return r;
	}

	private static void applyState(Replay r, JsonNode n) {
		ItemRecord it = r.items.get(n.path("index").asInt());
		if (it == null) {
			return;
		}
		String state = n.path("state").asText();
		it.attempts = Math.max(it.attempts, n.path("attempt").asInt(it.attempts));
		it.retried |= n.path("retried").asBoolean(false);
		if (n.hasNonNull("sha256")) {
			r.hashes.put(it.index, n.get("sha256").asText());
		}
		if (n.has("parts")) {
			List<String> parts = strings(n.path("parts"));
			it.outcome = new ItemOutcome(parts, n.path("kind").asText(null), n.path("parameters").asInt(),
					strings(n.path("models")));
		}
		if (n.has("timings")) {
			JsonNode t = n.path("timings");
			it.timings = new ItemTimings(t.path(0).asLong(), t.path(1).asLong(), t.path(2).asLong(), t.path(3).asLong());
		}
		it.state = switch (state) {
		case "queued" -> ItemState.QUEUED;
		case "running" -> new ItemState.Running(WorkStep.READING, 0);
		case "awaiting-review" -> ItemState.AWAITING_REVIEW;
		case "done" -> new ItemState.Done(n.path("note").asText(null));
		case "failed" -> new ItemState.Failed(FailureCategory.fromId(n.path("category").asText("internal")),
				n.path("message").asText(""));
		case "cancelled" -> ItemState.CANCELLED;
		case "skipped" -> new ItemState.Skipped(n.path("reason").asText(""));
		default -> it.state;
		};
	}

	private static List<String> strings(JsonNode arr) {
		List<String> out = new ArrayList<>();
		arr.forEach(x -> out.add(x.asText()));
		return out;
	}

	/** Writes an item's state into a record, with outcome and timings where known. */
	static void putState(ObjectNode n, BatchItem item, String sha256) {
		n.put("index", item.index());
		ItemState s = item.state();
		n.put("state", s.id());
		n.put("attempt", item.attempts());
		if (item.retried()) {
			n.put("retried", true);
		}
		if (sha256 != null) {
			n.put("sha256", sha256);
		}
		if (s instanceof ItemState.Failed f) {
			n.put("category", f.category().id());
			n.put("message", f.message());
		} else if (s instanceof ItemState.Skipped k) {
			n.put("reason", k.reason());
		} else if (s instanceof ItemState.Done d && d.note() != null) {
			n.put("note", d.note());
		}
		if (s.isFinal() || s instanceof ItemState.AwaitingReview) {
			ItemOutcome o = item.outcome();
			ArrayNode parts = n.putArray("parts");
			o.parts().forEach(parts::add);
			if (o.kind() != null) {
				n.put("kind", o.kind());
			}
			n.put("parameters", o.parameterCount());
			ArrayNode models = n.putArray("models");
			o.modelFiles().forEach(models::add);
			ItemTimings t = item.timings();
			n.putArray("timings").add(t.readMillis()).add(t.fitMillis()).add(t.writeMillis()).add(t.totalMillis());
		}
	}
}
