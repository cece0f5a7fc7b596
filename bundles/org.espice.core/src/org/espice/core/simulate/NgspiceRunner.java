package org.espice.core.simulate;

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
import org.espice.core.Executables;
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
	 * @param output   stdout, then stderr
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
		boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
		return Executables.onPath(windows ? List.of("ngspice_con.exe", "ngspice.exe") : List.of("ngspice"));
	}

	public Path executable() {
		return executable;
	}

	/** Runs a deck that ESpice wrote, without compatibility mode; see {@link #run(String, List)}. */
	public Result run(String deck) throws ProcessingException {
		return run(deck, List.of());
	}

	/**
	 * Runs a deck that ESpice wrote. The deck is checked first: it may hold one {@code .control} block, last, with
	 * only the analysis and print commands ESpice uses, and nothing that includes another file or runs a command
	 * ({@link OwnDeck}). {@code spiceinit} lines (e.g. {@code set ngbehavior=ltpsa} for vendor models) must be
	 * plain {@code set} lines; they go into the run folder's own {@code .spiceinit}.
	 *
	 * @throws ProcessingException {@code invalid-input} when the deck or a {@code spiceinit} line is refused
	 */
	public Result run(String deck, List<String> spiceinit) throws ProcessingException {
		OwnDeck.check(deck);
		return execute(deck, spiceinit);
	}

	/**
	 * Runs a deck that holds a model file the user trusted as it is ({@code --trust-model}): the deck is not
	 * checked. It still runs in a fresh folder with ESpice's own {@code .spiceinit} and a minimal environment.
	 */
	public Result runTrusted(String deck, List<String> spiceinit) throws ProcessingException {
		return execute(deck, spiceinit);
	}

	private Result execute(String deck, List<String> spiceinit) throws ProcessingException {
		OwnDeck.checkSpiceinit(spiceinit);
		Path dir = null;
		try {
			dir = Files.createTempDirectory("espice-ngspice");
			Path cir = dir.resolve("deck.cir");
			Files.writeString(cir, deck, StandardCharsets.UTF_8);
			// always our own: ngspice would otherwise read the user's ~/.spiceinit
			List<String> init = new ArrayList<>();
			init.add("* ESpice run settings");
			init.addAll(spiceinit);
			Files.write(dir.resolve(".spiceinit"), init, StandardCharsets.UTF_8);
			// apart: ngspice writes its progress ("Reference value : ...") to stderr without a line end, and merged
			// into one file it lands in the middle of a printed value's line
			Path log = dir.resolve("out.log");
			Path err = dir.resolve("err.log");
			ProcessBuilder pb = new ProcessBuilder(executable.toString(), "-b", cir.getFileName().toString())
					.directory(dir.toFile()).redirectOutput(log.toFile()).redirectError(err.toFile());
			minimalEnvironment(pb.environment(), dir, executable);
			Process proc = pb.start();
			if (!proc.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				proc.destroyForcibly();
				throw new ProcessingException(FailureCategory.TIMEOUT,
						"ngspice did not finish within " + timeout.toSeconds() + " s");
			}
			return parse(proc.exitValue(), Files.readString(log, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new ProcessingException(FailureCategory.IO_ERROR, "Could not run " + executable + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ProcessingException(FailureCategory.TIMEOUT, "interrupted while waiting for ngspice", e);
		} finally {
			delete(dir);
		}
	}

	/**
	 * ngspice gets the run folder as its home and temporary folder, the C locale and no PATH (on Windows its own
	 * folder only): nothing of the user's environment (startup files, SPICE_* settings) reaches it.
	 */
	static void minimalEnvironment(Map<String, String> env, Path dir, Path executable) {
		String systemRoot = env.get("SystemRoot");
		env.clear();
		env.put("HOME", dir.toString());
		env.put("TMPDIR", dir.toString());
		env.put("LC_ALL", "C");
		if (systemRoot != null) {
			// Windows processes need it to start at all, and find ngspice's DLLs beside it through PATH
			env.put("SystemRoot", systemRoot);
			Path folder = executable.toAbsolutePath().getParent();
			if (folder != null) {
				env.put("PATH", folder.toString());
			}
			env.put("TEMP", dir.toString());
			env.put("TMP", dir.toString());
			env.put("USERPROFILE", dir.toString());
		}
	}

	static Result parse(int exitCode, String out) {
		return parse(exitCode, out, "");
	}

	/** Values from stdout only; error lines from both streams. */
	static Result parse(int exitCode, String out, String err) {
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
		for (String line : err.split("\\R")) {
			if (ERROR.matcher(line).find()) {
				errors.add(line.trim());
			}
		}
		return new Result(exitCode, err.isEmpty() ? out : out + err, values, errors);
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
