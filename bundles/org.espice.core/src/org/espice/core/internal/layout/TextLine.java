package org.espice.core.internal.layout;

import java.util.List;
import java.util.stream.Collectors;

/** One visual line of a page: words left to right sharing a baseline (subscripts folded in). */
public record TextLine(int page, List<Word> words, double baseline, double fontSize) {

	public TextLine {
		words = List.copyOf(words);
	}

	public double x0() {
		return words.isEmpty() ? 0 : words.get(0).x0();
	}

	public double x1() {
		return words.isEmpty() ? 0 : words.get(words.size() - 1).x1();
	}

	public double top() {
		return words.stream().mapToDouble(Word::top).min().orElse(baseline);
	}

	public String text() {
		return words.stream().map(Word::text).collect(Collectors.joining(" "));
	}

	@Override
	public String toString() {
		return page + "@" + Math.round(baseline) + ": " + text();
	}
}
