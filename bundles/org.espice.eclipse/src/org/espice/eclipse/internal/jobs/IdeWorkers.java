package org.espice.eclipse.internal.jobs;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.espice.core.batch.FileWork;
import org.espice.core.batch.WorkerOptions;
import org.espice.core.batch.WorkerPool;
import org.espice.eclipse.internal.preferences.EspicePreferences;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The worker processes of a batch in the IDE, so that no PDF can hang or exhaust the workbench. The workers run
 * on the workbench's own Java, with a class path of the installed bundles: the engine and every bundle it is
 * wired to. The preference {@link EspicePreferences#IN_PROCESS} keeps the work in the workbench's threads.
 */
public final class IdeWorkers {

	private IdeWorkers() {
	}

	/** The standard work for a batch: a worker pool (close it when the batch ends), or in process. */
	public static FileWork open() {
		if (EspicePreferences.inProcess()) {
			return FileWork.standard();
		}
		return WorkerPool.standard(WorkerOptions.of(classPath(FrameworkUtil.getBundle(WorkerPool.class))));
	}

	/** The files of {@code root} and of every bundle it is wired to, the framework's own left out. */
	public static List<Path> classPath(Bundle root) {
		Set<Path> out = new LinkedHashSet<>();
		Set<Bundle> seen = new LinkedHashSet<>(List.of(root));
		Deque<Bundle> todo = new ArrayDeque<>(seen);
		while (!todo.isEmpty()) {
			Bundle b = todo.pop();
			out.addAll(locations(b));
			BundleWiring wiring = b.adapt(BundleWiring.class);
			if (wiring == null) {
				continue;
			}
			for (BundleWire w : wiring.getRequiredWires(null)) {
				Bundle provider = w.getProvider().getBundle();
				if (provider.getBundleId() != 0 && seen.add(provider)) {
					todo.add(provider);
				}
			}
		}
		return new ArrayList<>(out);
	}

	/**
	 * A bundle's jar, or the class folders of a bundle that is a folder: in development ({@code osgi.dev}) the
	 * folders the development class path names.
	 */
	private static List<Path> locations(Bundle b) {
		File f;
		try {
			f = FileLocator.getBundleFile(b);
		} catch (IOException e) {
			return List.of();
		}
		Path p = f.toPath();
		if (!Files.isDirectory(p)) {
			return List.of(p);
		}
		List<Path> folders = new ArrayList<>();
		for (String entry : devClassPath(b)) {
			Path c = p.resolve(entry.trim());
			if (!entry.isBlank() && Files.isDirectory(c)) {
				folders.add(c);
			}
		}
		return folders.isEmpty() ? List.of(p) : folders;
	}

	/** The development class path of a bundle: {@code osgi.dev} as entries, or as a properties file's URL. */
	private static List<String> devClassPath(Bundle b) {
		String dev = b.getBundleContext() == null ? System.getProperty("osgi.dev") //$NON-NLS-1$
				: b.getBundleContext().getProperty("osgi.dev"); //$NON-NLS-1$
		if (dev == null || dev.isBlank()) {
			return List.of();
		}
		String entries = dev;
		if (dev.contains(":")) { //$NON-NLS-1$
			Properties props = new Properties();
			try (InputStream in = new URL(dev).openStream()) {
				props.load(in);
			} catch (IOException | IllegalArgumentException e) {
				return List.of();
			}
			entries = props.getProperty(b.getSymbolicName(), props.getProperty("*", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return List.of(entries.split(",")); //$NON-NLS-1$
	}
}
