package org.espice.core.internal.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Appends {@link JournalEntry journal entries} to a batch's {@code .batch.jsonl} file, which it holds locked so no
 * second process runs the same batch.
 *
 * <p>
 * Writing is split in two so the batch lock is never held across an fsync: {@link #add} queues an entry while
 * the engine holds its lock (so entries queue in the order the changes happened), and {@link #flush} writes the
 * queue in that order and forces it to disk, after the engine let go of its lock. A change is durable once the
 * thread that made it returns from {@code flush}, which it does before telling anyone of the change: a crash
 * before that loses only a change nobody acted on.
 */
public final class JournalWriter implements AutoCloseable {

	private final Path file;
	private final FileChannel channel;
	private final FileLock fileLock;
	/** The batch lock; {@link #flush} refuses to run under it. */
	private final ReentrantLock batchLock;
	/** Guards the queue, for the short moment of adding or draining. */
	private final Object queueGuard = new Object();
	private final List<JournalEntry> queue = new ArrayList<>();
	/** A queued entry asked to be forced to disk. */
	private boolean syncQueued;
	/** A force was asked for on its own, to make earlier unforced entries durable. */
	private boolean forceRequested;
	/** Serialises writers, so one flush's lines never interleave with another's. */
	private final ReentrantLock io = new ReentrantLock();
	private boolean closed;

	private JournalWriter(Path file, FileChannel channel, FileLock fileLock, ReentrantLock batchLock) {
		this.file = file;
		this.channel = channel;
		this.fileLock = fileLock;
		this.batchLock = batchLock;
	}

	/**
	 * Opens a journal for appending and locks it.
	 *
	 * @throws IOException when it cannot be opened or another process holds it
	 */
	public static JournalWriter open(Path file, ReentrantLock batchLock) throws IOException {
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
		return new JournalWriter(file, ch, lock, batchLock);
	}

	/**
	 * Creates a journal with its first entries in one atomic step, so a reader never sees it without its header,
	 * then opens it for appending.
	 */
	public static JournalWriter create(Path file, List<JournalEntry> first, ReentrantLock batchLock)
			throws IOException {
		StringBuilder b = new StringBuilder();
		for (JournalEntry e : first) {
			b.append(line(e));
		}
		if (Files.exists(file)) {
			throw new IOException("A batch journal " + file + " exists already");
		}
		AtomicFiles.write(file, b.toString());
		return open(file, batchLock);
	}

	public Path file() {
		return file;
	}

	/** Queues an entry; with {@code sync} the {@link #flush} that writes it forces it to disk. */
	public void add(JournalEntry entry, boolean sync) {
		synchronized (queueGuard) {
			if (closed) {
				return;
			}
			queue.add(entry);
			syncQueued |= sync;
		}
	}

	/** Makes the next {@link #flush} force the file even when nothing asked for it yet. */
	public void requestForce() {
		synchronized (queueGuard) {
			forceRequested = true;
		}
	}

	/**
	 * Writes every queued entry in queue order and forces the file when one of them asked for it. When this
	 * returns, every entry this thread queued before is written (and forced, if asked), by this or an earlier
	 * flush; if that earlier flush failed, its caller got the error and pauses the batch.
	 *
	 * @throws IllegalStateException when called under the batch lock
	 */
	public void flush() throws IOException {
		if (batchLock != null && batchLock.isHeldByCurrentThread()) {
			throw new IllegalStateException("The journal is written while the batch lock is held");
		}
		io.lock();
		try {
			List<JournalEntry> batch;
			boolean sync;
			boolean requested;
			synchronized (queueGuard) {
				if (closed) {
					return;
				}
				batch = List.copyOf(queue);
				queue.clear();
				sync = syncQueued;
				requested = forceRequested;
				syncQueued = false;
				forceRequested = false;
			}
			if (!batch.isEmpty()) {
				StringBuilder b = new StringBuilder();
				for (JournalEntry e : batch) {
					b.append(line(e));
				}
				write(b.toString());
			}
			if (sync) {
				channel.force(false);
			} else if (requested) {
				forceAgainOnFailure();
			}
		} finally {
			io.unlock();
		}
	}

	/** A force asked for on its own gets one more try, through a marker line that must reach the disk too. */
	private void forceAgainOnFailure() throws IOException {
		try {
			channel.force(false);
		} catch (IOException e) {
			write(line(new JournalEntry.SyncMarker()));
			channel.force(false);
		}
	}

	private void write(String text) throws IOException {
		ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
		while (buf.hasRemaining()) {
			channel.write(buf);
		}
	}

	private static String line(JournalEntry e) throws IOException {
		try {
			return ConfigJson.MAPPER.writeValueAsString(e.toJson()) + "\n";
		} catch (JsonProcessingException ex) {
			throw new IOException(ex);
		}
	}

	/** Writes what is still queued, then releases the journal; entries added afterwards are dropped. */
	@Override
	public void close() throws IOException {
		io.lock();
		try {
			try {
				flush();
			} finally {
				synchronized (queueGuard) {
					closed = true;
					queue.clear();
				}
				try {
					if (fileLock.isValid()) {
						fileLock.release();
					}
				} finally {
					channel.close();
				}
			}
		} finally {
			io.unlock();
		}
	}
}
