package org.espice.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.espice.core.batch.DatasheetFiles;

/**
 * The inputs, listed on the driver with their sizes (no bytes are read there), in the order
 * {@code espice process} takes them: the arguments in order, a folder's PDFs sorted by path.
 */
final class InputListing {

	/**
	 * One input.
	 *
	 * @param index its position, from 0
	 * @param path  a local path for the local file system, else the file's URI
	 * @param size  bytes
	 */
	record InputFile(int index, String path, long size) implements Serializable {
		private static final long serialVersionUID = 1L;

		String fileName() {
			return new Path(path).getName();
		}
	}

	private InputListing() {
	}

	static List<InputFile> list(List<String> inputs, boolean recursive, Configuration conf) throws IOException {
		List<InputFile> out = new ArrayList<>();
		for (String in : inputs) {
			Path p = new Path(in);
			FileSystem fs = p.getFileSystem(conf);
			FileStatus st;
			try {
				st = fs.getFileStatus(p);
			} catch (FileNotFoundException e) {
				throw new IOException("No such file or folder: " + in, e);
			}
			if (!st.isDirectory()) {
				out.add(new InputFile(out.size(), shown(fs.makeQualified(p)), st.getLen()));
				continue;
			}
			List<LocatedFileStatus> pdfs = new ArrayList<>();
			RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, recursive);
			while (it.hasNext()) {
				LocatedFileStatus f = it.next();
				if (f.isFile() && DatasheetFiles.isPdfName(f.getPath().getName())) {
					pdfs.add(f);
				}
			}
			pdfs.sort(Comparator.comparing(f -> shown(f.getPath())));
			for (LocatedFileStatus f : pdfs) {
				out.add(new InputFile(out.size(), shown(f.getPath()), f.getLen()));
			}
		}
		return out;
	}

	/** A local file as a plain path, as {@code espice process} names it; any other as its URI. */
	static String shown(Path p) {
		URI u = p.toUri();
		if ("file".equals(u.getScheme())) {
			return java.nio.file.Path.of(u).toAbsolutePath().normalize().toString();
		}
		return u.toString();
	}

	/** The input as a local file: itself on the local file system, else a copy in {@code scratch}. */
	static java.nio.file.Path local(InputFile in, Configuration conf, java.nio.file.Path scratch) throws IOException {
		Path p = new Path(in.path());
		if (p.toUri().getScheme() == null) {
			return java.nio.file.Path.of(in.path());
		}
		java.nio.file.Path copy = scratch.resolve("in").resolve(in.fileName());
		Files.createDirectories(copy.getParent());
		try (InputStream s = p.getFileSystem(conf).open(p)) {
			Files.copy(s, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		return copy;
	}
}
