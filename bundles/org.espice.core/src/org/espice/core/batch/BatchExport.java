package org.espice.core.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.espice.core.internal.batch.AtomicFiles;

/**
 * Packs a batch into one ZIP to hand on: {@code models/} (every model file written), {@code reports/} (JSON,
 * Markdown, CSV made fresh from the journal) and {@code journal/}.
 */
public final class BatchExport {

	private BatchExport() {
	}

	/**
	 * @param batch a snapshot (live or read from the journal)
	 * @param zip   the ZIP to write, replaced atomically
	 * @return the number of entries written
	 */
	public static int zip(BatchSnapshot batch, Path zip) throws IOException {
		Path parent = zip.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Set<String> models = new LinkedHashSet<>();
		for (BatchItem i : batch.items()) {
			models.addAll(i.outcome().modelFiles());
		}
		BatchReport report = BatchReport.of(batch);
		int[] count = { 0 };
		AtomicFiles.write(zip.toAbsolutePath(), out -> {
			try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(new NonClosing(out))) {
				String root = "espice-" + batch.id() + "/";
				for (String m : models) {
					Path p = batch.outputFolder().resolve(m);
					if (Files.isRegularFile(p)) {
						add(z, root + "models/" + m, Files.readAllBytes(p));
						count[0]++;
					}
				}
				for (BatchReport.Format f : BatchReport.Format.values()) {
					add(z, root + "reports/" + batch.id() + ".report." + f.extension(),
							report.render(f).getBytes(StandardCharsets.UTF_8));
					count[0]++;
				}
				if (batch.journal() != null && Files.isRegularFile(batch.journal())) {
					add(z, root + "journal/" + batch.journal().getFileName(), Files.readAllBytes(batch.journal()));
					count[0]++;
				}
				z.finish();
			}
		});
		return count[0];
	}

	private static void add(ZipArchiveOutputStream z, String name, byte[] data) throws IOException {
		ZipArchiveEntry e = new ZipArchiveEntry(name);
		e.setSize(data.length);
		z.putArchiveEntry(e);
		z.write(data);
		z.closeArchiveEntry();
	}

	/** Lets the atomic writer force and close the file itself. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(java.io.OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
