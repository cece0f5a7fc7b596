package org.espice.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.swt.program.Program;
import org.espice.core.Executables;

/**
 * Opens a datasheet in the desktop's PDF viewer, at a page where the viewer takes one on its command line (Evince,
 * Okular, Atril, Xreader, Zathura, SumatraPDF); else in the viewer the desktop associates with PDF files, at its first
 * page. No shell is involved: the file name is one argument of the program.
 */
public final class SystemViewer {

	/** A program and the arguments that open {@code FILE} at {@code PAGE} (1-based). */
	private record Viewer(String program, List<String> arguments) {
	}

	private static final List<Viewer> AT_PAGE = List.of(
			new Viewer("evince", List.of("--page-index=PAGE", "FILE")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Viewer("okular", List.of("--page", "PAGE", "FILE")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			new Viewer("atril", List.of("--page-index=PAGE", "FILE")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Viewer("xreader", List.of("--page-index=PAGE", "FILE")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Viewer("zathura", List.of("--page=PAGE", "FILE")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Viewer("SumatraPDF.exe", List.of("-page", "PAGE", "FILE"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private SystemViewer() {
	}

	/**
	 * The command that opens {@code pdf} at {@code page} with the first viewer of {@link #AT_PAGE} that
	 * {@code available} finds, or null when none is there.
	 */
	public static List<String> command(Path pdf, int page, Predicate<String> available) {
		for (Viewer v : AT_PAGE) {
			if (available.test(v.program())) {
				List<String> command = new ArrayList<>();
				command.add(v.program());
				for (String a : v.arguments()) {
					command.add(a.replace("PAGE", Integer.toString(Math.max(1, page))).replace("FILE", pdf.toString())); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return command;
			}
		}
		return null;
	}

	/**
	 * Opens the PDF; returns whether it opened at {@code page} (a viewer that takes a page), else it opened in the
	 * desktop's viewer at its first page.
	 *
	 * @throws IOException when nothing could open it
	 */
	static boolean open(Path pdf, int page) throws IOException {
		boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("win"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// a Windows program name is looked for on Windows only, and the others elsewhere
		List<String> command = command(pdf, page, p -> p.endsWith(".exe") == windows && Executables.onPath(List.of(p)).isPresent()); //$NON-NLS-1$
		if (command != null) {
			new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
			return true;
		}
		if (!Program.launch(pdf.toString())) {
			throw new IOException("No program on this desktop opens PDF files"); //$NON-NLS-1$
		}
		return false;
	}
}
