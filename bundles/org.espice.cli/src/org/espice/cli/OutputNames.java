package org.espice.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names one run of a command writes into its output folder. Two inputs with the same file name (in different
 * folders) or two datasheets of the same part would otherwise overwrite each other's output: the first keeps its
 * name, each later one gets {@code -2}, {@code -3}, ... before its extensions.
 */
final class OutputNames {

	/** Lower case, for case-insensitive file systems. */
	private final Set<String> taken = new HashSet<>();

	/**
	 * A name not yet written in this run: {@code stem + suffix}, or {@code stem-N + suffix}.
	 *
	 * @param stem   the name without the suffix, e.g. {@code IRF540} of {@code IRF540.pdf.json}
	 * @param suffix the extensions, e.g. {@code .pdf.json}
	 */
	synchronized String claim(String stem, String suffix) {
		for (int n = 1;; n++) {
			String name = (n == 1 ? stem : stem + "-" + n) + suffix;
			if (taken.add(name.toLowerCase(Locale.ROOT))) {
				return name;
			}
		}
	}
}
