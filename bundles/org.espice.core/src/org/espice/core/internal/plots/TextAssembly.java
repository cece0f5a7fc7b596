package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.espice.core.internal.layout.FakeBold;

/**
 * Groups glyphs into words and phrases for each reading direction, so that rotated axis titles are read as well
 * as horizontal ones. A glyph set raised in a smaller size (an exponent, {@code 10²}) is written after a {@code ^}.
 */
final class TextAssembly {

	/**
	 * The words and the phrases (words without a wide gap between them) of a page, and the words that are numbers
	 * (possible tick labels). What every frame of the page reads from them again, its tick labels and what its
	 * phrases name as axis titles, is worked out once for the page (titles once for the document, as its plots
	 * repeat them).
	 */
	static final class Labels {
		private final List<Label> words;
		private final List<Label> phrases;
		private final List<Label> numbers;
		private final Worked worked;

		Labels(List<Label> words, List<Label> phrases, List<Label> numbers) {
			this(words, phrases, numbers, new Worked(new HashMap<>()));
		}

		private Labels(List<Label> words, List<Label> phrases, List<Label> numbers, Worked worked) {
			this.words = words;
			this.phrases = phrases;
			this.numbers = numbers;
			this.worked = worked;
		}

		private Labels(List<Label> words, List<Label> phrases, Map<String, AxisTitle> titles) {
			this(words, phrases, words.stream().filter(w -> w.dir() == 0 && AxisReader.number(w.text()) != null)
					.toList(), new Worked(titles));
		}

		List<Label> words() {
			return words;
		}

		List<Label> phrases() {
			return phrases;
		}

		List<Label> numbers() {
			return numbers;
		}

		/** The same words and numbers with other phrases (the page's but its captions), sharing what was worked out. */
		Labels withPhrases(List<Label> others) {
			return new Labels(words, others, numbers, worked);
		}

		/** The page's numbers as tick labels ({@link TickLabels#of}). */
		List<Label> ticks() {
			if (worked.ticks == null) {
				worked.ticks = TickLabels.of(this);
			}
			return worked.ticks;
		}

		/** What a text printed on the page names as an axis title ({@link AxisTitle#parse}). */
		AxisTitle title(String text) {
			return text == null ? AxisTitle.UNKNOWN : worked.titles.computeIfAbsent(text, AxisTitle::parse);
		}

		/** What was worked out from a page's words and numbers, and titles parsed, kept for its other frames. */
		private static final class Worked {
			List<Label> ticks;
			final Map<String, AxisTitle> titles;

			Worked(Map<String, AxisTitle> titles) {
				this.titles = titles;
			}
		}
	}

	/** Gap between words, in font sizes. */
	private static final double WORD_GAP = 0.25;
	/**
	 * How far (in the line's font size) a stretch's or a number's own baseline must stand from its line's to be taken:
	 * glyphs placed one by one stray a little from each other's baseline, which the line's middle one evens out.
	 */
	private static final double OFF_LINE = 0.25;
	/** A number as tick labels and curve values print it: digits with a sign or a decimal point, nothing else. */
	static final Pattern PLAIN_NUMBER = Pattern.compile("[-+\u2013\u2212]?\\d+(?:[.,]\\d+)?");

	private TextAssembly() {
	}

	/**
	 * The words and phrases of a page's glyphs.
	 *
	 * @param titles the axis titles parsed so far in the document, by their text; parsed ones are added
	 */
	static Labels labels(List<DrawingCollector.Glyph> glyphs, Map<String, AxisTitle> titles) {
		List<List<DrawingCollector.Glyph>> byDirection = new ArrayList<>();
		for (int k = 0; k < 4; k++) {
			byDirection.add(new ArrayList<>());
		}
		for (DrawingCollector.Glyph g : glyphs) {
			if (g.dir() >= 0 && g.dir() < 360 && g.dir() % 90 == 0) {
				byDirection.get(g.dir() / 90).add(g);
			}
		}
		List<Label> words = new ArrayList<>();
		List<Label> phrases = new ArrayList<>();
		for (int dir = 0; dir < 360; dir += 90) {
			read(byDirection.get(dir / 90), dir, words, phrases);
		}
		return new Labels(words, phrases, titles);
	}

	/** The words and phrases of the glyphs set in one reading direction, line by line across it. */
	private static void read(List<DrawingCollector.Glyph> glyphs, int dir, List<Label> words, List<Label> phrases) {
		List<Placed> placed = new ArrayList<>(glyphs.size());
		double cos = Math.cos(Math.toRadians(dir));
		double sin = Math.sin(Math.toRadians(dir));
		for (DrawingCollector.Glyph g : glyphs) {
			placed.add(new Placed(g, g.x() * cos + g.y() * sin, -g.x() * sin + g.y() * cos, advance(g),
					g.text().isBlank()));
		}
		placed.sort(Comparator.comparingDouble(Placed::v));
		List<Placed> line = new ArrayList<>();
		double lastV = 0;
		for (Placed p : placed) {
			if (!line.isEmpty() && p.v - lastV > 0.5 * Math.max(p.g.size(), line.get(line.size() - 1).g.size())) {
				for (List<Placed> l : Baselines.split(line)) {
					line(l, dir, cos, sin, words, phrases);
				}
				line.clear();
			}
			line.add(p);
			lastV = p.v;
		}
		for (List<Placed> l : Baselines.split(line)) {
			line(l, dir, cos, sin, words, phrases);
		}
	}

	/** A glyph's advance: along x or y for text set straight (as {@link Math#hypot} gives it), else the hypotenuse. */
	static double advance(DrawingCollector.Glyph g) {
		return g.ay() == 0 ? Math.abs(g.ax()) : g.ax() == 0 ? Math.abs(g.ay()) : Planar.length(g.ax(), g.ay());
	}

	/** The largest size of the glyphs but spaces, 0 when there are none; a loop, as lines are many. */
	static double largestSize(List<Placed> line) {
		double size = Double.NEGATIVE_INFINITY;
		boolean any = false;
		for (Placed p : line) {
			if (!p.blank()) {
				size = Math.max(size, p.g.size());
				any = true;
			}
		}
		return any ? size : 0;
	}

	/** The middle height across the line of its main glyphs: the ones but spaces in (nearly) its largest size. */
	private static double medianMainV(List<Placed> line, double size) {
		double[] mains = new double[line.size()];
		int n = 0;
		for (Placed p : line) {
			if (!p.blank() && p.g.size() >= 0.95 * size) {
				mains[n++] = p.v;
			}
		}
		mains = Arrays.copyOf(mains, n);
		Arrays.sort(mains);
		return mains[n / 2];
	}

	/** A glyph in the frame of its reading direction; {@code blank} a space, looked at often, known once. */
	record Placed(DrawingCollector.Glyph g, double u, double v, double width, boolean blank) {
	}

	private static void line(List<Placed> line, int dir, double cos, double sin, List<Label> words,
			List<Label> phrases) {
		if (line.isEmpty()) {
			return;
		}
		double size = largestSize(line);
		if (size == 0) {
			return;
		}
		double base = medianMainV(line, size);
		List<Placed> sorted = new ArrayList<>(line);
		sorted.sort(Comparator.comparingDouble(Placed::u));
		Stretches.Stretch[] stretches = Stretches.of(sorted, size);
		Run word = new Run(true);
		Run phrase = new Run(false);
		Placed prev = null;
		boolean prevRaised = false;
		Placed lastMain = null;
		boolean space = false;
		for (int i = 0; i < sorted.size(); i++) {
			Placed p = sorted.get(i);
			if (p.blank()) {
				space = true;
				continue;
			}
			if (prev != null && FakeBold.redraws(prev.g.text(), prev.u, prev.v, p.g.text(), p.u, p.v, p.width)) {
				continue;
			}
			boolean raised = Raised.over(prev, p, prevRaised, lastMain, size, word.text);
			if (prev != null) {
				double gap = p.u - (prev.u + prev.width);
				if (Stretches.ends(prev, p, size)) {
					word.emit(words, base, size, dir, cos, sin);
					phrase.emit(phrases, base, size, dir, cos, sin);
				} else if ((space || gap > WORD_GAP * size || prevRaised && !raised
						|| Raised.anotherNumber(prev, p, raised)) && !(raised && gap < 0.6 * size)) {
					// back down from an exponent starts a new word: "10^2" then a legend set right after it
					word.emit(words, base, size, dir, cos, sin);
					phrase.text.append(' ');
				}
			}
			word.add(p, raised, stretches[i]);
			phrase.add(p, raised, stretches[i]);
			prev = p;
			prevRaised = raised;
			lastMain = raised ? lastMain : p;
			space = false;
		}
		word.emit(words, base, size, dir, cos, sin);
		phrase.emit(phrases, base, size, dir, cos, sin);
	}

	/** Glyphs collected into one word or phrase. */
	private static final class Run {
		final StringBuilder text = new StringBuilder();
		double u0 = Double.MAX_VALUE;
		double u1 = -Double.MAX_VALUE;
		double main0 = Double.MAX_VALUE;
		double main1 = -Double.MAX_VALUE;
		double lowest = Double.MAX_VALUE;
		double highest = -Double.MAX_VALUE;
		/** The largest size of the glyphs. */
		double largest;
		boolean raised;
		/** The stretch of the line the glyphs stand in. */
		private Stretches.Stretch stretch;
		/** Whether the run is a word, placed as its stretch stands; phrases stand on the line's baseline. */
		private final boolean word;

		Run(boolean word) {
			this.word = word;
		}

		void add(Placed p, boolean up, Stretches.Stretch in) {
			stretch = in;
			up &= main0 <= main1; // only glyphs after a base are raised: a word starting high is just set high
			if (up && !raised) {
				text.append('^');
			}
			raised = up;
			text.append(p.g.text());
			u0 = Math.min(u0, p.u);
			u1 = Math.max(u1, p.u + p.width);
			if (!up) {
				main0 = Math.min(main0, p.u);
				main1 = Math.max(main1, p.u + p.width);
			}
			lowest = Math.min(lowest, p.v);
			highest = Math.max(highest, p.v);
			largest = Math.max(largest, p.g.size());
		}

		/**
		 * The baseline and size a word is placed on: its stretch's where the stretch stands on a baseline of its own
		 * off the line's ({@link #OFF_LINE}); a plain number's own where it is set in its stretch's largest size (the
		 * stretch in one size on several baselines, or in two sizes: a decade's "10" beside a smaller multiplier) and
		 * its glyphs stand on one off the line's; else the line's, where phrases (titles, captions) stand too.
		 */
		private double[] placed(String t, double line, double lineSize) {
			if (!word) {
				return new double[] { line, lineSize };
			}
			if (stretch.level() && Math.abs(stretch.base() - line) >= OFF_LINE * lineSize) {
				return new double[] { stretch.base(), stretch.size() };
			}
			double own = (lowest + highest) / 2;
			boolean level = highest - lowest <= Stretches.ONE_BASELINE * largest;
			if (largest >= 0.95 * stretch.size() && PLAIN_NUMBER.matcher(t).matches() && level
					&& Math.abs(own - line) >= OFF_LINE * lineSize) {
				return new double[] { own, largest };
			}
			return new double[] { line, lineSize };
		}

		void emit(List<Label> out, double line, double lineSize, int dir, double cos, double sin) {
			String t = text.toString().strip();
			if (!t.isEmpty()) {
				double[] at = placed(t, line, lineSize);
				double base = at[0];
				double size = at[1];
				double v0 = base - 0.05 * size;
				double v1 = base + 0.75 * size;
				double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
				for (double u : new double[] { u0, u1 }) {
					for (double v : new double[] { v0, v1 }) {
						double x = u * cos - v * sin;
						double y = u * sin + v * cos;
						x0 = Math.min(x0, x);
						x1 = Math.max(x1, x);
						y0 = Math.min(y0, y);
						y1 = Math.max(y1, y);
					}
				}
				double mid = main0 <= main1 ? (main0 + main1) / 2 : (u0 + u1) / 2;
				double anchor = dir == 0 || dir == 90 ? mid : -mid;
				out.add(new Label(t, x0, y0, x1, y1, dir, size, anchor));
			}
			text.setLength(0);
			u0 = main0 = Double.MAX_VALUE;
			u1 = main1 = -Double.MAX_VALUE;
			lowest = Double.MAX_VALUE;
			highest = -Double.MAX_VALUE;
			largest = 0;
			raised = false;
		}
	}
}
