package org.espice.core.internal.tables;

import java.util.ArrayList;
import java.util.List;

import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;

/**
 * Hand-built lines for the table stages: 10 pt text, each character 5 pt wide, words placed at the x positions the
 * tests give, so a test reads like the table it lays out.
 */
final class Lines {

	static final double SIZE = 10;
	static final double CHAR = 5;
	static final double PAGE_HEIGHT = 800;

	private Lines() {
	}

	/** A line at baseline {@code y}: pairs of word and left edge, {@code "Min", 200, "Max", 260}. */
	static TextLine line(double y, Object... wordsAt) {
		List<Word> words = new ArrayList<>();
		for (int i = 0; i < wordsAt.length; i += 2) {
			words.add(word((String) wordsAt[i], ((Number) wordsAt[i + 1]).doubleValue(), y));
		}
		return new TextLine(1, words, y, SIZE);
	}

	/** A line at baseline {@code y} whose words follow each other one space apart from x = 50. */
	static TextLine text(double y, String text) {
		List<Word> words = new ArrayList<>();
		double x = 50;
		for (String t : text.split(" ")) {
			words.add(word(t, x, y));
			x += (t.length() + 1) * CHAR;
		}
		return new TextLine(1, words, y, SIZE);
	}

	static Word word(String text, double x0, double y) {
		return new Word(text, x0, x0 + text.length() * CHAR, y - 0.8 * SIZE, y, SIZE, false);
	}

	static PageLayout page(TextLine... lines) {
		return new PageLayout(1, 600, PAGE_HEIGHT, List.of(lines), 1000);
	}

	/** The last line of a page of these lines, as the stages see it. */
	static PageLine last(TextLine... lines) {
		return new PageLine(page(lines), lines.length - 1);
	}

	static LineTokens tokens(TextLine line) {
		return LineTokens.of(line);
	}
}
