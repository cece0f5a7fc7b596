package org.espice.core.internal.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;

/**
 * Where a datasheet names a part without specifying it: body text in passing ("complementary to X", "replaces
 * X", "see X for characteristics", "example: this is an X"), document numbers ("Data Sheet X") and marking
 * codes ("X = Device Code"). A part named only there is not a device of the sheet.
 */
final class Mentions {

	/** Prose that points to another part or document rather than specifying one. */
	private static final Pattern PASSING = Pattern.compile("complement|\\breplace[sd]?\\b|\\bsee\\b|\\brefer(s)? to\\b"
			+ "|similar to|equivalent to|instead of|supersede|formerly|successor|\\bexample\\b|\\bsuch as\\b");
	/** A document or drawing number follows these words. */
	private static final Pattern DOCUMENT = Pattern
			.compile("(?i)\\b(data ?sheet|document|doc\\.?|drawing|dwg\\.?|publication)\\s*(no\\.?|number|#)?\\s*:?$");
	/** A marking legend: {@code B20H100 = Device Code}, {@code XX = Specific Device Code}. */
	private static final Pattern MARKING_LEGEND = Pattern
			.compile("(?i)^\\s*(\\S+)\\s*=\\s*(specific\\s+)?(device|type|marking)\\s+(code|marking|number)");

	private final Set<String> markingCodes = new HashSet<>();

	/** @param titleSize the font size from which first-page text is title text */
	Mentions(List<PageLayout> pages, double titleSize) {
		Set<String> title = new HashSet<>();
		for (PageLayout p : pages) {
			for (TextLine l : p.lines()) {
				Matcher m = MARKING_LEGEND.matcher(l.text());
				if (m.find()) {
					markingCodes.add(PartNumbers.token(m.group(1)));
				}
				if (p.page() == 1) {
					l.words().stream().filter(w -> w.fontSize() >= titleSize)
							.forEach(w -> title.add(PartNumbers.token(w.text())));
				}
			}
		}
		// a sheet that marks its parts with their own type number: the title still names a part
		markingCodes.removeAll(title);
	}

	/** Whether a line (or the line before it, which may start the sentence) names parts only in passing. */
	static boolean passing(String line, String previous) {
		String t = line.toLowerCase(Locale.ROOT);
		return PASSING.matcher(t).find() || previous.toLowerCase(Locale.ROOT).contains("complement");
	}

	/**
	 * Whether the word at {@code index} stands in running text: two or more lowercase words in its own run of
	 * words ("The PNP type is X."). A title, a list, a table row or an ordering line has few or none; a wide gap
	 * ends a run, so a label beside a column of text is not part of it.
	 */
	static boolean prose(List<Word> words, int index) {
		int from = index;
		while (from > 0 && near(words.get(from - 1), words.get(from))) {
			from--;
		}
		int to = index;
		while (to + 1 < words.size() && near(words.get(to), words.get(to + 1))) {
			to++;
		}
		int lower = 0;
		for (Word w : words.subList(from, to + 1)) {
			String t = w.text().replaceAll("[.,;:()]", "");
			if (t.length() >= 2 && t.chars().allMatch(Character::isLowerCase)) {
				lower++;
			}
		}
		return lower >= 2;
	}

	private static boolean near(Word left, Word right) {
		return right.x0() - left.x1() < 2.5 * Math.max(left.fontSize(), right.fontSize());
	}

	/** Whether the word at {@code index} is a document number: it follows "Data Sheet", "Document No." ... */
	static boolean documentNumber(List<Word> words, int index) {
		StringBuilder before = new StringBuilder();
		for (int i = Math.max(0, index - 3); i < index; i++) {
			before.append(words.get(i).text()).append(' ');
		}
		return DOCUMENT.matcher(before.toString().trim()).find();
	}

	/** Whether a token is a marking code of the sheet, or that code with a date or lead-free letter appended. */
	boolean markingCode(String token) {
		for (String code : markingCodes) {
			if (token.equals(code) || token.startsWith(code) && token.length() - code.length() <= 2) {
				return true;
			}
		}
		return false;
	}
}
