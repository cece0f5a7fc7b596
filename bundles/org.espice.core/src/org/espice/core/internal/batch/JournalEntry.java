package org.espice.core.internal.batch;

import java.nio.file.Path;
import java.util.List;

import org.espice.core.DeviceKind;
import org.espice.core.FailureCategory;
import org.espice.core.WorkStep;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchItem;
import org.espice.core.batch.BatchState;
import org.espice.core.batch.ItemOutcome;
import org.espice.core.batch.ItemState;
import org.espice.core.batch.ItemTimings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of a batch journal as the engine writes it. Each kind is a record; {@link #toJson()} is the one place
 * that lays out its keys, {@code type} and {@code ts} first, in the order readers of older journals know.
 */
public sealed interface JournalEntry {

	/** The journal format written; readers skip record types they do not know. */
	int VERSION = 1;

	String type();

	/** When the entry was made (epoch ms), not when it reached the disk. */
	long ts();

	/** The record's own keys, after {@code type} and {@code ts}. */
	void putFields(ObjectNode n);

	default ObjectNode toJson() {
		ObjectNode n = ConfigJson.MAPPER.createObjectNode();
		n.put("type", type());
		n.put("ts", ts());
		putFields(n);
		return n;
	}

	private static long now() {
		return System.currentTimeMillis();
	}

	/** The first line: the batch id and its configuration. */
	record Header(long ts, String id, BatchConfig config) implements JournalEntry {
		public Header(String id, BatchConfig config) {
			this(now(), id, config);
		}

		@Override
		public String type() {
			return "batch";
		}

		@Override
		public void putFields(ObjectNode n) {
			n.put("version", VERSION);
			n.put("id", id);
			n.set("config", ConfigJson.toJson(config));
		}
	}

	/** A file of the batch, as it was added. */
	record ItemAdded(long ts, int index, Path file, long size, DeviceKind kind) implements JournalEntry {
		public ItemAdded(BatchItem item) {
			this(now(), item.index(), item.file(), item.size(), item.kindOverride());
		}

		@Override
		public String type() {
			return "item";
		}

		@Override
		public void putFields(ObjectNode n) {
			n.put("index", index);
			n.put("file", file.toString());
			n.put("size", size);
			if (kind != null) {
				n.put("kind", kind.id());
			}
		}
	}

	/** A process started or reopened the batch; replay sums active time from these. */
	record Session(long ts, String event, long pid) implements JournalEntry {
		public Session(String event) {
			this(now(), event, ProcessHandle.current().pid());
		}

		@Override
		public String type() {
			return "session";
		}

		@Override
		public void putFields(ObjectNode n) {
			n.put("event", event);
			n.put("pid", pid);
		}
	}

	record BatchStateChange(long ts, BatchState state, String message) implements JournalEntry {
		public BatchStateChange(BatchState state, String message) {
			this(now(), state, message);
		}

		@Override
		public String type() {
			return "batch-state";
		}

		@Override
		public void putFields(ObjectNode n) {
			n.put("state", state.id());
			if (message != null) {
				n.put("message", message);
			}
		}
	}

	/** An item's state, with its outcome and timings once it has them; {@code sha256} when first known. */
	record ItemStateChange(long ts, BatchItem item, String sha256) implements JournalEntry {
		public ItemStateChange(BatchItem item, String sha256) {
			this(now(), item, sha256);
		}

		@Override
		public String type() {
			return "state";
		}

		@Override
		public void putFields(ObjectNode n) {
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
				putOutcome(n, item.outcome(), item.timings());
			}
		}

		private static void putOutcome(ObjectNode n, ItemOutcome o, ItemTimings t) {
			ArrayNode parts = n.putArray("parts");
			o.parts().forEach(parts::add);
			if (o.kind() != null) {
				n.put("kind", o.kind());
			}
			n.put("parameters", o.parameterCount());
			ArrayNode models = n.putArray("models");
			o.modelFiles().forEach(models::add);
			n.putArray("timings").add(t.readMillis()).add(t.fitMillis()).add(t.writeMillis()).add(t.totalMillis());
		}
	}

	/** An attempt failed for a transient reason and the item runs again after the backoff. */
	record Retry(long ts, int index, FailureCategory category, String message, long backoffMillis)
			implements JournalEntry {
		public Retry(int index, FailureCategory category, String message, long backoffMillis) {
			this(now(), index, category, message, backoffMillis);
		}

		@Override
		public String type() {
			return "retry";
		}

		@Override
		public void putFields(ObjectNode n) {
			n.put("index", index);
			n.put("category", category.id());
			n.put("message", message);
			n.put("backoffMillis", backoffMillis);
		}
	}

	/** Where a running item stands at a tick. */
	record RunningStep(int index, WorkStep step, double fraction) {
	}

	/** Memory figures and running items, every few seconds while the batch runs. */
	record Tick(long ts, long peakHeap, long peakRss, List<RunningStep> running) implements JournalEntry {
		public Tick(long peakHeap, long peakRss, List<RunningStep> running) {
			this(now(), peakHeap, peakRss, List.copyOf(running));
		}

		@Override
		public String type() {
			return "tick";
		}

		@Override
		public void putFields(ObjectNode n) {
			n.put("peakHeap", peakHeap);
			n.put("peakRss", peakRss);
			ArrayNode arr = n.putArray("running");
			for (RunningStep r : running) {
				arr.addObject().put("index", r.index()).put("step", r.step().name()).put("fraction", r.fraction());
			}
		}
	}

	/** Written once more after a failed force: if this one reaches the disk, so did everything before it. */
	record SyncMarker(long ts) implements JournalEntry {
		public SyncMarker() {
			this(now());
		}

		@Override
		public String type() {
			return "sync";
		}

		@Override
		public void putFields(ObjectNode n) {
			// nothing but type and time
		}
	}
}
