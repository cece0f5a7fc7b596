package org.espice.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The job's output folder on any Hadoop file system: model files and per-file records written atomically (a
 * temporary file beside the target, then a rename), so a retried or speculative task leaves no torn or doubled
 * file. Records live in {@code .espice-spark/files/}, one per input, named by a hash of the input's path.
 */
final class RecordStore {

	static final String RECORDS = ".espice-spark/files";
	private static final ObjectMapper JSON = new ObjectMapper();

	private final FileSystem fs;
	/** Hadoop's own local file system, written through java.nio instead, or null */
	private final RawLocalFileSystem local;
	private final Path out;

	RecordStore(String out, Configuration conf) throws IOException {
		Path p = new Path(out);
		FileSystem f = p.getFileSystem(conf);
		// the checksummed local file system would put a .crc file beside every model
		this.fs = f instanceof LocalFileSystem checksummed ? checksummed.getRaw() : f;
		// without its native library, Hadoop's local file system starts a chmod process for every file it creates
		this.local = fs.getClass() == RawLocalFileSystem.class ? (RawLocalFileSystem) fs : null;
		this.out = fs.makeQualified(p);
	}

	/** The record of {@code input}, or null when there is none or it cannot be read (then the file is redone). */
	FileRecord read(String input) {
		Path p = recordPath(input);
		try {
			if (!fs.exists(p)) {
				return null;
			}
			return JSON.readValue(readBytes(p), FileRecord.class);
		} catch (IOException e) {
			return null;
		}
	}

	/** Writes a record, synced to the disk before it replaces the old one: records are what a rerun trusts. */
	void write(FileRecord r) throws IOException {
		writeAtomically(recordPath(r.file()), JSON.writeValueAsBytes(r), true);
	}

	/**
	 * Writes a model file unless the same text is there already. Not synced: after a crash a rerun compares every
	 * model with its record's text and writes again what differs.
	 */
	void writeModel(String name, String text) throws IOException {
		Path target = new Path(out, name);
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (fs.exists(target) && Arrays.equals(readBytes(target), bytes)) {
			return;
		}
		writeAtomically(target, bytes, false);
	}

	Path folder() {
		return out;
	}

	private Path recordPath(String input) {
		return new Path(new Path(out, RECORDS), sha256(input.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".json");
	}

	private byte[] readBytes(Path p) throws IOException {
		try (InputStream in = fs.open(p)) {
			ByteArrayOutputStream b = new ByteArrayOutputStream();
			in.transferTo(b);
			return b.toByteArray();
		}
	}

	/** Temporary file in the target's folder, then a rename over the target. */
	private void writeAtomically(Path target, byte[] bytes, boolean sync) throws IOException {
		if (local != null) {
			writeLocally(local.pathToFile(target).toPath(), bytes, sync);
			return;
		}
		Path tmp = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
		try {
			try (FSDataOutputStream o = fs.create(tmp, false)) {
				o.write(bytes);
				if (sync) {
					o.hsync();
				}
			}
			if (!fs.rename(tmp, target)) {
				// file systems whose rename does not replace (HDFS): the target is replaced in two steps
				fs.delete(target, false);
				if (!fs.rename(tmp, target)) {
					throw new IOException("Cannot move " + tmp + " to " + target);
				}
			}
		} finally {
			if (fs.exists(tmp)) {
				fs.delete(tmp, false);
			}
		}
	}

	private static void writeLocally(java.nio.file.Path target, byte[] bytes, boolean sync) throws IOException {
		java.nio.file.Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		Files.createDirectories(target.getParent());
		try {
			try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				ByteBuffer b = ByteBuffer.wrap(bytes);
				while (b.hasRemaining()) {
					ch.write(b);
				}
				if (sync) {
					ch.force(true);
				}
			}
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
