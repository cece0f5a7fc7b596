package org.espice.core.simulate;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.spice.SpiceText;

/**
 * A model from outside ESpice (a vendor's {@code .lib}), reduced to the cards a simulation of it needs: its
 * {@code .model} cards, its {@code .subckt ... .ends} blocks and the {@code .param}/{@code .func} lines they may
 * use. Comments, analyses and anything else are dropped.
 *
 * <p>A file that holds something ngspice would run or read beyond the model ({@code .control}/{@code .endc},
 * {@code shell}, {@code system}, {@code *#} command comments, {@code .include}/{@code .lib} references) is refused
 * with the line that holds it, unless the user trusts the file; a trusted file is used as it is.
 */
public final class VendorModel {

	/** Line openers ngspice would run or follow to another file; matched on a line's first word, any case. */
	private static final Set<String> REFUSED = Set.of(".control", ".endc", "shell", "system", ".include", ".inc",
			".lib", ".endl", ".exec", "*ng_script");

	private final String text;
	private final String source;
	private final Set<String> names;
	private final boolean trusted;

	private VendorModel(String text, String source, Set<String> names, boolean trusted) {
		this.text = text;
		this.source = source;
		this.names = Collections.unmodifiableSet(names);
		this.trusted = trusted;
	}

	/** The cards to put into a deck: the parsed cards, or the whole file when it was trusted. */
	public String text() {
		return text;
	}

	/** The file as given, comments included (they name a subcircuit's pins); never put into a deck. */
	String source() {
		return source;
	}

	/** The names of the {@code .model} and {@code .subckt} cards, upper case, in file order. */
	public Set<String> names() {
		return names;
	}

	/** Whether the user trusted the file, so that {@link #text()} is the file as given. */
	public boolean trusted() {
		return trusted;
	}

	/**
	 * Parses a vendor model file.
	 *
	 * @param lib   the file's text
	 * @param trust the user's explicit trust ({@code --trust-model}): the text is then used as it is
	 * @throws ProcessingException ({@code invalid-input}) when the file holds a refused line and is not trusted, or
	 *                             holds no {@code .model} or {@code .subckt} card
	 */
	public static VendorModel parse(String lib, boolean trust) throws ProcessingException {
		List<String> lines = lib.lines().toList();
		Set<String> names = new LinkedHashSet<>();
		StringBuilder kept = new StringBuilder();
		boolean inSubckt = false;
		boolean keepCard = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			String first = OwnDeck.firstWord(line);
			if (!trust && refused(line, first)) {
				throw new ProcessingException(FailureCategory.INVALID_INPUT, "The model file is refused: line "
						+ (i + 1) + " starts with '" + SpiceText.comment(first) + "', which ngspice would run or follow to "
						+ "another file. Pass --trust-model to simulate the file as it is.");
			}
			if (line.isEmpty() || line.startsWith("*")) {
				continue;
			}
			if (line.startsWith("+")) {
				if (keepCard || inSubckt) {
					kept.append(line).append('\n');
				}
				continue;
			}
			keepCard = inSubckt;
			switch (first) {
			case ".subckt" -> {
				inSubckt = true;
				keepCard = true;
				names.add(secondWord(line));
			}
			case ".ends" -> {
				keepCard = inSubckt;
				inSubckt = false;
			}
			case ".model" -> {
				keepCard = true;
				names.add(secondWord(line));
			}
			case ".param", ".func" -> keepCard = true;
			default -> {
				// element lines count only inside a subcircuit; analyses and options outside are not the model's
			}
			}
			if (keepCard) {
				kept.append(line).append('\n');
			}
		}
		if (names.isEmpty()) {
			throw new ProcessingException(FailureCategory.INVALID_INPUT,
					"The model file holds no .model or .subckt card.");
		}
		return new VendorModel(trust ? lib : kept.toString(), lib, names, trust);
	}

	/** Whether a card of this name (any case) is defined here. */
	public boolean defines(String name) {
		return names.contains(name.toUpperCase(Locale.ROOT));
	}

	private static boolean refused(String line, String first) {
		return REFUSED.contains(first) || line.startsWith("*#");
	}


	private static String secondWord(String line) {
		String[] words = line.split("[\\s(]+");
		return words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
	}
}
