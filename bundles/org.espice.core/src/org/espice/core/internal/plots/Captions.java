package org.espice.core.internal.plots;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.Plot;

/**
 * The figure captions of a page and the plot each one names. A caption starts with its number ("Figure 3.",
 * "Fig 5 -", "Diagram 2", or a bare "12" before a capitalised title) and goes on along its line and the lines set
 * right under it. The captions of a page's plots all sit on the same side of their frames: where they sit above,
 * the caption under a plot of the upper row belongs to the plot of the row below.
 */
final class Captions {

	/** How far a caption may sit from its frame, in points. */
	static final double REACH = 110;
	/** How far beside its frame a caption may start or end, in points. */
	private static final double SIDE_SLACK = 20;
	/** Most lines under the first that a caption runs on. */
	static final int MAX_LINES = 3;

	private static final Pattern FIGURE = Pattern
			.compile("(?i)(fig(ure)?s?\\.?|diagram|graph)\\s*\\d+[a-z]?(\\b|(?=[.:)-])).*|fig\\.\\s*\\S.*");
	/** A bare figure number before a capitalised title word: "1 Power dissipation", "12 Typ. gate charge". */
	private static final Pattern NUMBERED = Pattern.compile(
			"\\d{1,2}\\s+(?!(Volt|Amp|Ohm|Watt|Cycle|Second|Hertz|Inch|Deg)\\w*\\b)(Typ\\.|Max\\.|[A-Z][a-z]{2,}|[A-Z][a-z]*-).*");

	/**
	 * One caption as printed, over one or more lines.
	 *
	 * @param text  the caption's lines joined with spaces
	 * @param head  the phrase with the figure number
	 * @param box   the box around all its phrases
	 * @param parts all its phrases
	 */
	record Caption(String text, Label head, Plot.Box box, List<Label> parts) {
	}


	private final List<Caption> captions;
	/** Titles over frames, on a page whose figures carry no numbers. */
	private final Map<Plot.Box, Caption> titles;

	/** The phrase each caption part was cut from. */
	private final Map<Label, Label> origin;

	private Captions(List<Caption> captions, Map<Plot.Box, Caption> titles, Map<Label, Label> origin) {
		this.captions = captions;
		this.titles = titles;
		this.origin = origin;
	}

	/** Is this text the start of a figure caption? */
	static boolean isHead(String text) {
		return FIGURE.matcher(text).matches() || NUMBERED.matcher(text).matches();
	}

	/**
	 * The captions printed on a page; no caption part lies inside a plot frame (a box drawn around a row of
	 * plots and their captions holds other frames: a caption may lie inside it).
	 */
	static Captions find(TextAssembly.Labels text, List<Plot.Box> all) {
		List<Plot.Box> frames = all.stream().filter(f -> all.stream().noneMatch(g -> g != f && holds(f, g))).toList();
		Map<Label, Label> origin = new IdentityHashMap<>();
		List<Label> across = new ArrayList<>();
		for (Label p : text.phrases()) {
			if (p.dir() == 0) {
				for (Label part : split(p)) {
					origin.put(part, p);
					across.add(part);
				}
			}
		}
		List<Caption> found = new ArrayList<>();
		Set<Label> used = Collections.newSetFromMap(new IdentityHashMap<>());
		double tickSize = medianSize(text.numbers());
		for (Label head : across) {
			if (!isHead(head.text()) || insideAny(head, frames) || used.contains(head)
					|| !FIGURE.matcher(head.text()).matches() && head.size() < 1.1 * tickSize) {
				// a bare number before a title is a caption only when set larger than the tick numbers ("100
				// Collector current" is a tick and an axis title run together)
				continue;
			}
			List<Label> parts = new ArrayList<>();
			parts.add(head);
			Label line = sameLine(head, across, frames, parts);
			double start = parts.size() > 1 ? parts.get(1).x0() : textStart(head);
			for (int n = 0; n < MAX_LINES; n++) {
				Label next = nextLine(line, head, start, across, frames);
				if (next == null || used.contains(next)) {
					break;
				}
				List<Label> lineParts = new ArrayList<>(List.of(next));
				Label end = sameLine(next, across, frames, lineParts);
				if (symbolLine(lineParts)) {
					break;
				}
				parts.addAll(lineParts);
				line = end;
			}
			used.addAll(parts);
			found.add(caption(head, parts));
		}
		Map<Plot.Box, Caption> titles = new HashMap<>();
		if (found.isEmpty()) {
			for (Plot.Box b : all) {
				Caption title = FrameTitles.over(b, across, frames, text);
				if (title != null) {
					titles.put(b, title);
				}
			}
		}
		return new Captions(found, titles, origin);
	}

	private static final Pattern PREFIX = Pattern.compile("(?i)^(fig(ure)?s?\\.?|diagram|graph)?\\s*\\d+[a-z]?\\s*[.:)-]?\\s*");

	/** Where the words after the figure number start, estimated from their share of the letters. */
	private static double textStart(Label head) {
		Matcher m = PREFIX.matcher(head.text());
		if (!m.find() || m.end() >= head.text().length()) {
			return head.x0();
		}
		return head.x0() + (head.x1() - head.x0()) * m.end() / head.text().length();
	}

	/** A second figure number inside a phrase: two captions side by side set close. */
	private static final Pattern SECOND = Pattern.compile("(?i)\\s(?=(fig(ure)?\\.?\\s*\\d+[a-z]?[.:]?(\\s|$)|diagram\\s*\\d))");

	/** Words before a figure number that make it a reference, not a caption: "as shown in Fig. 25". */
	private static final Pattern REFERENCE = Pattern.compile("(?i).*\\b(in|see|to|of|per|from|and|on|with)$");
	/**
	 * A figure number set as a caption's head, closed by a full stop or colon before a capitalised title ("Fig. 13.
	 * Input, output ..."): a caption of its own even after a word that would make a reference ("... as a function of"
	 * ending the caption beside it).
	 */
	private static final Pattern TITLED = Pattern.compile("(?i)^(fig(ure)?\\.?|diagram)\\s*\\d+[a-z]?\\s*[.:]\\s+(?-i)[A-Z]");

	/**
	 * A phrase cut before each figure number after its start, its parts placed by their share of letters; a
	 * reference ("as shown in Fig. 25.") is no cut.
	 */
	private static List<Label> split(Label p) {
		String t = p.text();
		if (!mentions(t, "fig") && !mentions(t, "diagram")) {
			return List.of(p); // no figure number in it: most of a page's phrases
		}
		Matcher m = SECOND.matcher(t);
		List<Integer> cuts = new ArrayList<>();
		while (m.find()) {
			if (m.start() > 0 && (!REFERENCE.matcher(t.substring(0, m.start()).strip()).matches()
					|| TITLED.matcher(t.substring(m.start()).strip()).find())) {
				cuts.add(m.start());
			}
		}
		if (cuts.isEmpty()) {
			return List.of(p);
		}
		cuts.add(t.length());
		List<Label> out = new ArrayList<>();
		int from = 0;
		double perChar = (p.x1() - p.x0()) / t.length();
		for (int cut : cuts) {
			String part = t.substring(from, cut).strip();
			if (!part.isEmpty()) {
				double x0 = p.x0() + from * perChar;
				double x1 = p.x0() + cut * perChar;
				out.add(new Label(part, x0, p.y0(), x1, p.y1(), 0, p.size(), (x0 + x1) / 2));
			}
			from = cut;
		}
		return out;
	}

	/**
	 * Whether a text holds a lower-case ASCII word in either case, as the patterns match letters ignoring case
	 * ({@link #SECOND} finds nothing in a text without "fig" or "diagram").
	 */
	static boolean mentions(String text, String word) {
		int n = word.length();
		for (int i = 0; i + n <= text.length(); i++) {
			int k = 0;
			while (k < n && (text.charAt(i + k) | 0x20) == word.charAt(k)) {
				k++;
			}
			if (k == n) {
				return true;
			}
		}
		return false;
	}

	/** The phrases that are part of a caption (never an axis title). */
	Set<Label> phrases() {
		Set<Label> out = Collections.newSetFromMap(new IdentityHashMap<>());
		captions.forEach(c -> c.parts().forEach(p -> out.add(origin.getOrDefault(p, p))));
		titles.values().forEach(c -> c.parts().forEach(p -> out.add(origin.getOrDefault(p, p))));
		return out;
	}

	/**
	 * The caption of each plot. The side (above or below the frames) is the one more of the page's frames find a
	 * caption on alone; a plot with no caption on that side takes one on the other side that no plot has taken.
	 *
	 * @param plots  the frames read as plots
	 * @param frames all frames of the page, plots or not, which tell the side unless they hold other frames
	 * @param drawn  whether a plot is drawn (not a picture) and so may take a title without a figure number
	 */
	Map<Plot.Box, Caption> assign(List<Plot.Box> plots, List<Plot.Box> frames, Predicate<Plot.Box> drawn) {
		int aboveOnly = 0;
		int belowOnly = 0;
		// boxes drawn around a plot and its caption do not vote
		for (Plot.Box b : frames.stream().filter(f -> frames.stream().noneMatch(g -> g != f && holds(f, g))).toList()) {
			boolean a = nearest(b, true, Set.of()) != null;
			boolean u = nearest(b, false, Set.of()) != null;
			aboveOnly += a && !u ? 1 : 0;
			belowOnly += u && !a ? 1 : 0;
		}
		Map<Plot.Box, Caption> out = new HashMap<>();
		Set<Caption> taken = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Plot.Box> open = new ArrayList<>();
		for (Plot.Box b : plots) {
			Caption c;
			if (aboveOnly != belowOnly) {
				c = nearest(b, aboveOnly > belowOnly, Set.of());
			} else {
				c = nearestEitherSide(b);
			}
			if (c == null) {
				open.add(b);
			} else {
				out.put(b, c);
				taken.add(c);
			}
		}
		for (Plot.Box b : open) {
			Caption c = nearestEitherSide(b, taken);
			if (c != null) {
				out.put(b, c);
				taken.add(c);
			} else if (titles.containsKey(b) && drawn.test(b)) {
				out.put(b, titles.get(b));
			}
		}
		return out;
	}

	private Caption nearestEitherSide(Plot.Box b) {
		return nearestEitherSide(b, Set.of());
	}

	/** The nearer caption, one above counting as farther (most captions sit under their plot). */
	private Caption nearestEitherSide(Plot.Box b, Set<Caption> skip) {
		Caption above = nearest(b, true, skip);
		Caption below = nearest(b, false, skip);
		if (above == null || below == null) {
			return above == null ? below : above;
		}
		return 1.5 * gap(above.box(), b) + 5 < gap(below.box(), b) ? above : below;
	}

	private Caption nearest(Plot.Box b, boolean above, Set<Caption> skip) {
		return captions.stream()
				.filter(c -> !skip.contains(c) && beside(c.head(), b) && (above ? c.box().y0() >= b.y1() - 1
						: c.box().y1() <= b.y0() + 1) && gap(c.box(), b) < REACH)
				.min(Comparator.comparingDouble(c -> gap(c.box(), b))).orElse(null);
	}

	/**
	 * The caption starts over the frame's width (not over a plot beside it), or starts left of it and runs past its
	 * middle (a caption set across the page under a plot centred on it).
	 */
	private static boolean beside(Label head, Plot.Box b) {
		return head.x1() > b.x0() - SIDE_SLACK && head.x0() < b.x1() - Math.min(SIDE_SLACK, 0.25 * b.width())
				&& (head.x0() > b.x0() - Math.max(SIDE_SLACK, 0.5 * b.width()) || head.x1() > b.x0() + 0.5 * b.width());
	}

	/** Vertical distance between a caption and a frame, whichever side it is on. */
	private static double gap(Plot.Box c, Plot.Box b) {
		return c.y1() <= b.y0() + 1 ? b.y0() - c.y1() : c.y0() - b.y1();
	}

	/** Phrases following on the same line, up to the next caption or a wide gap; returns the line's last part. */
	private static Label sameLine(Label first, List<Label> across, List<Plot.Box> frames, List<Label> parts) {
		Label last = first;
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Label p : across) {
				double gap = p.x0() - last.x1();
				if (p != last && !parts.contains(p) && Math.abs(p.y0() - last.y0()) < 0.3 * last.size()
						&& gap > -1 && gap < 3 * last.size() && similarSize(p, last) && !isHead(p.text())
						&& !insideAny(p, frames)) {
					parts.add(p);
					last = p;
					grew = true;
					break;
				}
			}
		}
		return last;
	}

	/**
	 * A line that is a quantity's symbol with its unit or normalisation ("VSD (V)", "RDS(on)", "Eoss (µJ)",
	 * "VGS(th) (norm)"): the title of the y axis of a plot set under its caption, never the caption's next line.
	 * A symbol is short: two or three capitals alone ("ID", "VGS"; not "AND" or "VS"), or up to six letters followed
	 * by a parenthesis, so a word alone ("Area", "TEMPERATURE") is no symbol.
	 */
	private static final Pattern SYMBOL_LINE = Pattern
			.compile("(?!(?:AND|THE|FOR|VS|OF|TO|AT|IN|ON|OR)$)[A-Z]{2,3}|[A-Z]\\w{0,5}(?:\\s*\\([^()]*\\)){1,2}");

	private static boolean symbolLine(List<Label> line) {
		return SYMBOL_LINE.matcher(String.join(" ", line.stream().map(l -> l.text().trim()).toList())).matches();
	}

	/** The phrase right under a caption line, set at the same size and left edge, or null. */
	private static Label nextLine(Label line, Label head, double start, List<Label> across, List<Plot.Box> frames) {
		for (Label p : across) {
			double drop = line.y0() - p.y1();
			// left-aligned with the caption's text or its number, or centred under the line
			boolean aligned = Math.abs(p.x0() - start) < 1.5 * head.size()
					|| Math.abs(p.x0() - head.x0()) < 1.5 * head.size() || Math.abs(p.cx() - line.cx()) < 2 * head.size()
							&& p.x0() > head.x0() - 1;
			if (drop > -0.5 && drop < 0.9 * head.size() && aligned && similarSize(p, head) && !isHead(p.text())
					&& AxisReader.number(p.text()) == null && AxisReader.letters(p.text()) && !insideAny(p, frames)) {
				return p;
			}
		}
		return null;
	}

	private static boolean holds(Plot.Box outer, Plot.Box inner) {
		return inner.x0() >= outer.x0() - 1 && inner.x1() <= outer.x1() + 1 && inner.y0() >= outer.y0() - 1
				&& inner.y1() <= outer.y1() + 1 && inner.width() * inner.height() < 0.8 * outer.width() * outer.height();
	}

	private static double medianSize(List<Label> labels) {
		double[] sizes = labels.stream().mapToDouble(Label::size).sorted().toArray();
		return sizes.length == 0 ? 0 : sizes[sizes.length / 2];
	}

	static boolean similarSize(Label a, Label b) {
		return Math.abs(a.size() - b.size()) <= 0.15 * Math.max(a.size(), b.size());
	}

	static boolean insideAny(Label p, List<Plot.Box> frames) {
		return frames.stream().anyMatch(f -> f.contains(p.cx(), p.cy(), -1));
	}

	static Caption caption(Label head, List<Label> parts) {
		StringBuilder text = new StringBuilder();
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (Label p : parts) {
			if (!text.isEmpty()) {
				text.append(text.charAt(text.length() - 1) == '-' && Character.isLowerCase(p.text().charAt(0)) ? ""
						: " ");
			}
			text.append(p.text());
			x0 = Math.min(x0, p.x0());
			y0 = Math.min(y0, p.y0());
			x1 = Math.max(x1, p.x1());
			y1 = Math.max(y1, p.y1());
		}
		return new Caption(text.toString(), head, new Plot.Box(x0, y0, x1, y1), List.copyOf(parts));
	}
}
