package org.espice.core.internal.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.WorkStep;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchJournal;
import org.espice.core.batch.BatchSnapshot;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.BatchStats;
import org.espice.core.batch.ItemOutcome;
import org.espice.core.batch.ItemState;
import org.espice.core.batch.ItemTimings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything a journal says, read back line by line: what reports and monitors show, and what only the engine
 * needs to resume (content hashes, running fractions). A torn last line (crash mid-write) is ignored.
 */
public final class JournalReplay {

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

	private JournalReplay() {
	}

	public BatchSnapshot snapshot() {
		List<BatchItem> list = new ArrayList<>();
		for (ItemRecord r : items.values()) {
			list.add(r.toItem());
		}
		return new BatchSnapshot(id, journal, config, created, state, message, list,
				new BatchStats(activeMillis, peakHeap, peakRss), live);
	}

	/** One item as the journal left it. */
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

	/** Reads a journal file. */
	public static JournalReplay of(Path journal) throws IOException {
		JournalReplay r = new JournalReplay();
		r.journal = journal.toAbsolutePath().normalize();
		String name = journal.getFileName().toString();
		String suffix = BatchJournal.SUFFIX;
		r.id = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
		Sessions sessions = new Sessions();
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
				long ts = n.path("ts").asLong(sessions.lastTs);
				r.apply(n, ts, lineNo, sessions);
				sessions.lastTs = Math.max(sessions.lastTs, ts);
			}
		}
		if (r.config == null) {
			throw new IOException(journal + " is not a batch journal: it has no 'batch' record");
		}
		r.activeMillis += sessions.closeLast();
		r.live = isLive(journal);
		return r;
	}

	/** Active time: from each session's start to the last record before the next session. */
	private static final class Sessions {
		long start = -1;
		long lastTs = -1;

		long closeLast() {
			return start >= 0 && lastTs > start ? lastTs - start : 0;
		}
	}

	private void apply(JsonNode n, long ts, int lineNo, Sessions sessions) throws IOException {
		switch (n.path("type").asText()) {
		case "batch" -> {
			id = n.path("id").asText(id);
			created = ts;
			try {
				config = ConfigJson.fromJson(n.path("config"));
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
			items.put(it.index, it);
		}
		case "removed" -> items.remove(n.path("index").asInt());
		case "session" -> {
			activeMillis += sessions.closeLast();
			sessions.start = ts;
		}
		case "batch-state" -> {
			state = BatchState.fromId(n.path("state").asText());
			message = n.path("message").asText(null);
		}
		case "state" -> applyState(n);
		case "tick" -> applyTick(n);
		default -> {
			// records of a newer version are skipped, so old tools can still read new journals
		}
		}
	}

	private void applyTick(JsonNode n) {
		peakHeap = Math.max(peakHeap, n.path("peakHeap").asLong());
		peakRss = Math.max(peakRss, n.path("peakRss").asLong(-1));
		for (JsonNode run : n.path("running")) {
			ItemRecord it = items.get(run.path("index").asInt());
			if (it != null && it.state instanceof ItemState.Running) {
				it.state = new ItemState.Running(WorkStep.valueOf(run.path("step").asText("READING")),
						run.path("fraction").asDouble());
			}
		}
	}

	private void applyState(JsonNode n) {
		ItemRecord it = items.get(n.path("index").asInt());
		if (it == null) {
			return;
		}
		String s = n.path("state").asText();
		it.attempts = Math.max(it.attempts, n.path("attempt").asInt(it.attempts));
		it.retried |= n.path("retried").asBoolean(false);
		if (n.hasNonNull("sha256")) {
			hashes.put(it.index, n.get("sha256").asText());
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
		it.state = switch (s) {
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
}
