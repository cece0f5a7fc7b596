package org.espice.core.model;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;

/**
 * Runs {@code ngspice -b} on a deck in a private temporary folder, with a timeout, and reads the
 * {@code name = value} lines it prints. The executable is taken from the system property {@value #PROPERTY}, the
 * environment variable {@value #ENVIRONMENT}, or the PATH.
 */
public final class NgspiceRunner {

	public static final String PROPERTY = "espice.ngspice";
	public static final String ENVIRONMENT = "ESPICE_NGSPICE";

	private static final Pattern VALUE = Pattern.compile("^\\s*([A-Za-z_][\\w()\\[\\].,@#-]*)\\s+=\\s+([-+0-9.eE]+|nan|inf)\\s*$");
	private static final Pattern ERROR = Pattern.compile("(?i)(^error|\\berror\\b|unknown (model|device|parameter)|"
			+ "could not find|no such|singular matrix|timestep too small|not found)");

	/**
	 * What one run printed.
	 *
	 * @param exitCode the process exit code
	 * @param output   stdout and stderr, merged
	 * @param values   every {@code name = number} line, by name (last one wins)
	 * @param errors   lines that report errors
	 */
	public record Result(int exitCode, String output, Map<String, Double> values, List<String> errors) {
		public boolean clean() {
			return errors.isEmpty();
		}
	}

	private final Path executable;
	private final Duration timeout;

	public NgspiceRunner(Path executable, Duration timeout) {
		this.executable = executable;
		this.timeout = timeout;
	}

	/** A runner for the ngspice found by {@link #locate()}, with a 30 s timeout; empty when none is found. */
	public static Optional<NgspiceRunner> find() {
		return locate().map(p -> new NgspiceRunner(p, Duration.ofSeconds(30)));
	}

	/** The configured ngspice, or the first {@code ngspice} on the PATH. */
	public static Optional<Path> locate() {
		String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
		if (configured != null && !configured.isBlank()) {
			Path p = Path.of(configured);
			return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
		for (String dir : path.split(File.pathSeparator)) {
			for (String name : windows ? List.of("ngspice_con.exe", "ngspice.exe") : List.of("ngspice")) {
				Path p = Path.of(dir, name);
				if (Files.isExecutable(p)) {
					return Optional.of(p);
				}
			}
		}
		return Optional.empty();
	}

	public Path executable() {
		return executable;
	}

	/** Runs a deck without compatibility mode. */
	public Result run(String deck) throws ProcessingException {
		return run(deck, List.of());
	}

	/**
	 * Runs a deck; {@code spiceinit} lines (e.g. {@code set ngbehavior=ltpsa} for vendor models) go into a
	 * {@code .spiceinit} in the run folder.
	 */
	public Result run(String deck, List<String> spiceinit) throws ProcessingException {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("espice-ngspice");
			Path cir = dir.resolve("deck.cir");
			Files.writeString(cir, deck, StandardCharsets.UTF_8);
			if (!spiceinit.isEmpty()) {
				Files.write(dir.resolve(".spiceinit"), spiceinit, StandardCharsets.UTF_8);
			}
			Path log = dir.resolve("out.log");
			Process proc = new ProcessBuilder(executable.toString(), "-b", cir.getFileName().toString())
					.directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!proc.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				proc.destroyForcibly();
				throw new ProcessingException(FailureCategory.TIMEOUT,
						"ngspice did not finish within " + timeout.toSeconds() + " s");
			}
			String out = Files.readString(log, StandardCharsets.UTF_8);
			return parse(proc.exitValue(), out);
		} catch (IOException e) {
			throw new ProcessingException(FailureCategory.IO_ERROR, "Could not run " + executable + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ProcessingException(FailureCategory.TIMEOUT, "interrupted while waiting for ngspice", e);
		} finally {
			delete(dir);
		}
	}

	static Result parse(int exitCode, String out) {
		Map<String, Double> values = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		for (String line : out.split("\\R")) {
			Matcher m = VALUE.matcher(line);
			if (m.matches()) {
				try {
					values.put(m.group(1).toLowerCase(), Double.parseDouble(m.group(2)));
				} catch (NumberFormatException e) {
					values.put(m.group(1).toLowerCase(), Double.NaN);
				}
			} else if (ERROR.matcher(line).find()) {
				errors.add(line.trim());
			}
		}
		return new Result(exitCode, out, values, errors);
	}

	private static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> s = Files.walk(dir)) {
			s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a leftover temp folder is harmless
		}
	}
}
