package org.espice.core.internal.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so a reader (or a crash) never sees half of one: the content goes to a hidden temp file in the
 * same folder, is forced to disk and then moved over the target.
 */
public final class AtomicFiles {

	/** Temp files start with this, so a later run can remove the ones a crash left behind. */
	public static final String TEMP_PREFIX = ".espice-";
	public static final String TEMP_SUFFIX = ".tmp";

	private AtomicFiles() {
	}

	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	public static void write(Path target, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		write(target, out -> out.write(bytes));
	}

	public static void write(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Path temp = dir.resolve(TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-"
				+ target.getFileName() + TEMP_SUFFIX);
		try {
			try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					OutputStream out = new ChannelOutput(ch)) {
				content.writeTo(out);
				out.flush();
				ch.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Removes temp files an interrupted run left in {@code dir}; returns how many. */
	public static int removeStaleTemps(Path dir) {
		int n = 0;
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
			for (Path p : ds) {
				if (Files.deleteIfExists(p)) {
					n++;
				}
			}
		} catch (IOException e) {
			// a leftover temp file is harmless: it never has a model file's name
		}
		return n;
	}

	private static final class ChannelOutput extends OutputStream {
		private final FileChannel ch;

		ChannelOutput(FileChannel ch) {
			this.ch = ch;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			ByteBuffer buf = ByteBuffer.wrap(b, off, len);
			while (buf.hasRemaining()) {
				ch.write(buf);
			}
		}
	}
}
