package org.espice.eclipse.internal.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.espice.core.batch.BatchConfig;
import org.espice.core.batch.BatchPresets;

/**
 * Named batch configurations stored per project as JSON files in {@code <project>/.espice/presets/}, so a
 * team can share them with the project. The output folder is not part of a preset: it depends on the files.
 */
public final class ProjectPresets {

	private static final String FOLDER = ".espice/presets"; //$NON-NLS-1$
	private static final String SUFFIX = ".json"; //$NON-NLS-1$
	private static final Pattern NAME = Pattern.compile("[\\p{Alnum} _.-]{1,64}"); //$NON-NLS-1$

	private final IProject project;

	public ProjectPresets(IProject project) {
		this.project = project;
	}

	public static boolean isValidName(String name) {
		return name != null && NAME.matcher(name).matches() && !name.isBlank() && !name.startsWith("."); //$NON-NLS-1$
	}

	/** The preset names, sorted. */
	public List<String> names() throws IOException {
		Path dir = folder();
		List<String> names = new ArrayList<>();
		if (dir == null || !Files.isDirectory(dir)) {
			return names;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) { //$NON-NLS-1$
			for (Path file : files) {
				String n = file.getFileName().toString();
				names.add(n.substring(0, n.length() - SUFFIX.length()));
			}
		}
		names.sort(String.CASE_INSENSITIVE_ORDER);
		return names;
	}

	public void save(String name, BatchConfig config) throws IOException {
		BatchPresets.save(file(name), config.withOutputFolder(null));
		refresh();
	}

	public BatchConfig load(String name) throws IOException {
		return BatchPresets.load(file(name));
	}

	public void delete(String name) throws IOException {
		Files.deleteIfExists(file(name));
		refresh();
	}

	private Path file(String name) throws IOException {
		if (!isValidName(name)) {
			throw new IOException("'" + name + "' is not a valid preset name: use letters, digits, space, _ . -"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path dir = folder();
		if (dir == null) {
			throw new IOException("The project " + project.getName() + " is not in the local file system"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return dir.resolve(name + SUFFIX);
	}

	private Path folder() {
		return project.getLocation() == null ? null : project.getLocation().toFile().toPath().resolve(FOLDER);
	}

	private void refresh() {
		IFolder folder = project.getFolder(FOLDER);
		try {
			folder.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			org.eclipse.core.runtime.ILog.of(ProjectPresets.class).log(e.getStatus());
		}
	}
}
