package org.espice.core.simulate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.espice.core.FailureCategory;
import org.espice.core.ProcessingException;
import org.espice.core.spice.SpiceText;

/**
 * The check that an ngspice deck is one ESpice wrote: circuit cards and comments, then at most one
 * {@code .control} block at the end holding only the analysis and measurement commands ESpice uses. A deck that
 * includes another file, carries a second control block, a {@code *#} command comment, a {@code shell} or
 * {@code system} line or command substitution is refused before ngspice sees it.
 */
final class OwnDeck {

	/** The dot cards our decks and the cards of a parsed vendor model use. */
	private static final Set<String> CARDS = Set.of(".model", ".subckt", ".ends", ".param", ".func", ".end",
			".control", ".op", ".dc", ".ac", ".tran", ".option", ".options", ".temp", ".ic", ".nodeset",
			".global");
	/** The commands our control blocks use. */
	private static final Set<String> COMMANDS = Set.of("op", "ac", "dc", "tran", "meas", "let", "print");
	private static final Set<String> REFUSED_WORDS = Set.of("shell", "system");
	private static final Pattern SET_LINE = Pattern.compile("set [a-z_]+(=[A-Za-z0-9_.,+-]+)?");

	private OwnDeck() {
	}

	static void check(String deck) throws ProcessingException {
		List<String> lines = deck.lines().toList();
		boolean control = false;
		boolean controlSeen = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			String first = firstWord(line);
			if (line.startsWith("*")) {
				if (line.startsWith("*#") || i == 0 && first.startsWith("*ng_script")) {
					refuse(i, "a comment that ngspice runs as a command");
				}
				continue;
			}
			if (control) {
				if (first.equals(".endc")) {
					control = false;
				} else if (!COMMANDS.contains(first) || line.contains("`")) {
					refuse(i, "'" + SpiceText.comment(first) + "' in the control block");
				}
				continue;
			}
			if (controlSeen && !first.equals(".end") && !line.isEmpty()) {
				refuse(i, "a card after the control block");
			}
			if (first.startsWith(".") && !CARDS.contains(first) || REFUSED_WORDS.contains(first)) {
				refuse(i, "'" + SpiceText.comment(first) + "'");
			}
			if (first.equals(".control")) {
				control = true;
				controlSeen = true;
			}
		}
	}

	/** Our own {@code .spiceinit} holds plain {@code set} lines only. */
	static void checkSpiceinit(List<String> lines) throws ProcessingException {
		for (String l : lines) {
			if (!SET_LINE.matcher(l).matches()) {
				throw new ProcessingException(FailureCategory.INVALID_INPUT,
						"Refused .spiceinit line '" + SpiceText.comment(l) + "': only 'set name=value' lines are allowed");
			}
		}
	}

	private static void refuse(int line, String what) throws ProcessingException {
		throw new ProcessingException(FailureCategory.INVALID_INPUT, "Refused to run an ngspice deck: line "
				+ (line + 1) + " holds " + what + ", which ESpice does not write");
	}

	/** A line's first word, lower case; a card name ends at a space or at the parenthesis of its parameters. */
	static String firstWord(String line) {
		int end = 0;
		while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '(') {
			end++;
		}
		return line.substring(0, end).toLowerCase(Locale.ROOT);
	}
}
