package org.espice.tests.common;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A class path for a child JVM (a worker process, the command line) built from where the running code was
 * loaded: this JVM's own class path when it holds everything (plain JUnit runs), otherwise each needed class's
 * jar or class folder (OSGi test runtimes, where bundles in development are folders with their classes under
 * {@code target/classes}).
 */
public final class TestClassPath {

	/** The libraries the engine needs at run time, found through the class loaders of the classes given. */
	private static final String[] LIBRARIES = { "org.apache.pdfbox.pdmodel.PDDocument",
			"org.apache.pdfbox.io.RandomAccessRead", "org.apache.fontbox.FontBoxFont",
			"org.apache.commons.logging.LogFactory", "com.fasterxml.jackson.databind.ObjectMapper",
			"com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.annotation.JsonProperty",
			"org.apache.commons.compress.archivers.zip.ZipArchiveEntry", "org.apache.commons.io.IOUtils",
			"org.apache.commons.codec.binary.Hex", "org.apache.commons.lang3.StringUtils",
			"org.hipparchus.util.FastMath", "org.hipparchus.optim.OptimizationData",
			"org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder", "org.jfree.chart.JFreeChart",
			"picocli.CommandLine" };

	private TestClassPath() {
	}

	/** The class path holding the engine, {@code classes} and every library they and the engine use. */
	public static List<Path> of(Class<?>... classes) {
		Set<Path> parts = new LinkedHashSet<>();
		List<ClassLoader> loaders = new ArrayList<>();
		List<Class<?>> all = new ArrayList<>(List.of(classes));
		all.add(0, org.espice.core.batch.Batch.class);
		for (Class<?> c : all) {
			add(parts, c);
			loaders.add(c.getClassLoader());
		}
		for (String name : LIBRARIES) {
			for (int i = 0; i < loaders.size(); i++) {
				try {
					Class<?> lib = Class.forName(name, false, loaders.get(i));
					add(parts, lib);
					loaders.add(lib.getClassLoader());
					break;
				} catch (ClassNotFoundException | NoClassDefFoundError e) {
					// not visible from this loader; try the next
				}
			}
		}
		return List.copyOf(parts);
	}

	/** {@link #of} joined as a {@code -cp} argument. */
	public static String joined(Class<?>... classes) {
		return String.join(File.pathSeparator, of(classes).stream().map(Path::toString).toList());
	}

	private static void add(Set<Path> parts, Class<?> c) {
		Path p = location(c);
		if (p != null) {
			parts.add(p);
		}
	}

	/** The jar or class folder a class came from. */
	public static Path location(Class<?> c) {
		String res = c.getName().replace('.', '/') + ".class";
		URL u = c.getClassLoader() == null ? null : c.getClassLoader().getResource(res);
		try {
			if (u != null && "jar".equals(u.getProtocol())) {
				String s = u.getPath(); // file:/x.jar!/org/...
				return Path.of(new URI(s.substring(0, s.indexOf("!/"))));
			}
			if (u != null && "file".equals(u.getProtocol())) {
				Path p = Path.of(u.toURI());
				for (int i = 0; i < c.getName().split("\\.").length; i++) {
					p = p.getParent();
				}
				return p;
			}
			URL cs = c.getProtectionDomain().getCodeSource().getLocation();
			String s = cs.toString().replaceFirst("^reference:", "");
			Path p = Path.of(new URI(s));
			if (Files.isDirectory(p)) {
				for (String sub : new String[] { "target/classes", "bin", "target/test-classes" }) {
					if (Files.exists(p.resolve(sub).resolve(res))) {
						return p.resolve(sub);
					}
				}
			}
			return p;
		} catch (URISyntaxException | RuntimeException e) {
			return null;
		}
	}
}
