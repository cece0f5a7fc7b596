package org.espice.core.internal.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns part names into model file names that stay inside the output folder, and keeps names unique within a
 * batch (the same part from two vendors gets {@code -2}).
 */
public final class ModelFileNames {

	private static final int MAX_STEM = 100;

	private final Path folder;
	/** file name (lower case, for case-insensitive file systems) to the item index that owns it */
	private final Map<String, Integer> owners = new HashMap<>();

	public ModelFileNames(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/** Replaces everything but letters, digits, {@code . _ + -} by {@code _}; never empty, never dot-led. */
	public static String sanitise(String raw) {
		String s = raw == null ? "" : raw.strip();
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '+' || c == '-');
			b.append(ok ? c : '_');
		}
		String out = b.toString().replaceAll("\\.{2,}", "_").replaceAll("_{2,}", "_");
		while (out.startsWith(".") || out.startsWith("-") || out.startsWith("_")) {
			out = out.substring(1);
		}
		if (out.length() > MAX_STEM) {
			out = out.substring(0, MAX_STEM);
		}
		if (out.isEmpty() || out.chars().allMatch(ch -> ch == '_')) {
			return "model";
		}
		return out;
	}

	/** Expands a naming pattern with sanitised values. */
	public static String stem(String pattern, String part, String file, String kind, String dialect) {
		String fileStem = file == null ? "" : file.replaceFirst("(?i)\\.pdf$", "");
		return sanitise(pattern.replace("{part}", nz(part)).replace("{file}", fileStem).replace("{kind}", nz(kind))
				.replace("{dialect}", nz(dialect)));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/**
	 * Reserves a file name for {@code item}; an item asking again for the same stem gets the same name back.
	 *
	 * @throws IllegalStateException if the name would leave the output folder (cannot happen after
	 *                               sanitising; checked anyway because it guards user files)
	 */
	public synchronized Path claim(int item, String stem, String extension) {
		for (int n = 1;; n++) {
			String name = (n == 1 ? stem : stem + "-" + n) + "." + extension;
			String key = name.toLowerCase(Locale.ROOT);
			Integer owner = owners.get(key);
			if (owner == null || owner == item) {
				Path target = folder.resolve(name).normalize();
				if (!target.getParent().equals(folder)) {
					throw new IllegalStateException("Model name '" + name + "' would leave " + folder);
				}
				owners.put(key, item);
				return target;
			}
		}
	}

	/** Records a name an earlier run of the batch wrote. */
	public synchronized void reserve(int item, String fileName) {
		owners.put(fileName.toLowerCase(Locale.ROOT), item);
	}

	/** Frees the names of an item that is about to be redone. */
	public synchronized void release(int item) {
		owners.values().removeIf(v -> v == item);
	}
}
