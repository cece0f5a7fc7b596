package org.espice.core.internal.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;

/**
 * Finds the part number a datasheet is about and the other parts of its family: prominent part-number-like
 * tokens, ranges ({@code 1N4001 - 1N4007}, {@code ... thru ...}) and slash lists ({@code BC546/547/548}). Parts
 * named in passing (complements, replacements, "see X"), document numbers and marking codes give no evidence.
 */
public final class PartFinder {

	/**
	 * The candidates of a sheet.
	 *
	 * @param parts   the main part first, then its family and the other prominent parts, in the order the sheet
	 *                names them; the tables are read for these
	 * @param printed the parts the sheet prints as a type number (not only in passing, and not only as a member
	 *                a range implies): evidence that a part is specified here
	 * @param codes   the order codes printed for the parts ({@code 1N4001RL}), in the order the sheet names them
	 */
	public record Candidates(List<String> parts, Set<String> printed, List<String> codes) {
		public Candidates {
			parts = List.copyOf(parts);
			printed = Set.copyOf(printed);
			codes = List.copyOf(codes);
		}
	}

	/** Title text is printed at least this much larger than the body text. */
	private static final double TITLE_SIZE = 1.3;

	private PartFinder() {
	}

	/** The parts found: the main part first, then the family members. Never empty when text exists. */
	public static Candidates find(List<PageLayout> pages) {
		Map<String, Double> score = new HashMap<>();
		Set<String> family = new LinkedHashSet<>();
		Map<String, Integer> firstSeen = new HashMap<>();
		Set<String> printed = new HashSet<>();
		Set<String> listed = new HashSet<>();
		// strong candidates come from the title block and the first pages, not from page furniture further on
		Set<String> early = new HashSet<>();
		Set<String> firstPage = new HashSet<>();
		double bodySize = bodyFontSize(pages);
		Mentions mentions = new Mentions(pages, TITLE_SIZE * bodySize);
		for (PageLayout page : pages) {
			String previous = "";
			for (TextLine line : page.lines()) {
				boolean passing = Mentions.passing(line.text(), previous);
				previous = line.text();
				List<Word> words = line.words();
				for (int i = 0; i < words.size(); i++) {
					Word w = words.get(i);
					String t = PartNumbers.token(w.text());
					if (!PartNumbers.isPart(t) || passing || mentions.markingCode(t)
							|| Mentions.documentNumber(words, i)) {
						continue;
					}
					if (PartNumbers.rangeWord(t)) {
						// MMBFJ111-113 names three parts and is none itself
						if (page.page() <= 2) {
							addFamily(expand(t, words, i), family, listed, firstSeen);
						}
						continue;
					}
					double s = page.page() == 1 ? 1.0 : 0.35;
					s *= Math.min(4, Math.max(0.6, w.fontSize() / bodySize));
					if (page.page() == 1 && w.baseline() < page.height() * 0.3) {
						s *= 1.6;
					}
					score.merge(t, s, Double::sum);
					firstSeen.putIfAbsent(t, firstSeen.size());
					if (!Mentions.prose(words, i)) {
						// a part named only in running text is described, not specified, there
						printed.add(t);
					}
					if (page.page() == 1) {
						firstPage.add(t);
					}
					if (page.page() <= 2) {
						early.add(t);
						addFamily(expand(t, words, i), family, listed, firstSeen);
					}
				}
			}
		}
		if (score.isEmpty()) {
			return titleOnly(pages, bodySize);
		}
		// a range's ends and a slash list's members are printed; the members a range only implies are not
		printed.addAll(listed);
		List<String> parts = ranked(score, family, early, firstSeen);
		variants(parts, firstPage, printed, firstSeen);
		Set<String> known = Set.copyOf(parts);
		List<String> codes = printed.stream().filter(t -> !known.contains(t) && orderingCode(t, known))
				.sorted(java.util.Comparator.comparingInt(t -> firstSeen.getOrDefault(t, Integer.MAX_VALUE))).toList();
		return new Candidates(parts, printed, codes);
	}

	/**
	 * A sheet whose text names no type number of the usual shape: the title block's own type number in a short
	 * form ({@code S1M}, {@code ES1J}), printed large on the first page.
	 */
	private static Candidates titleOnly(List<PageLayout> pages, double bodySize) {
		for (PageLayout page : pages) {
			if (page.page() > 1) {
				break;
			}
			for (TextLine line : page.lines()) {
				for (Word w : line.words()) {
					String t = PartNumbers.token(w.text());
					if (w.fontSize() >= TITLE_SIZE * bodySize && PartNumbers.isShortPart(t)) {
						return new Candidates(List.of(t), Set.of(t), List.of());
					}
				}
			}
		}
		return new Candidates(List.of(), Set.of(), List.of());
	}

	/** The main part, its family and the other strong candidates, in the order the sheet first names them. */
	private static List<String> ranked(Map<String, Double> score, Set<String> family, Set<String> early,
			Map<String, Integer> firstSeen) {
		String main = score.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
		double best = score.get(main);
		List<String> out = new ArrayList<>();
		out.add(main);
		for (String f : family) {
			if (!out.contains(f) && !orderingCode(f, score.keySet())) {
				out.add(f);
			}
		}
		// other strong candidates (BS170 next to 2N7000 in a title, MMBFJ113 next to J113)
		score.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e -> {
			String p = e.getKey();
			if (!out.contains(p) && e.getValue() >= 0.3 * best && early.contains(p) && !orderingCode(p, score.keySet())) {
				out.add(p);
			}
		});
		if (out.size() > 1 && orderingCode(main, score.keySet())) {
			out.remove(main);
		}
		// the type number inside an ordering code chosen as the main part (MJE13005 of MJE13005G)
		for (String base : score.keySet()) {
			String rest = main.startsWith(base) ? main.substring(base.length()) : "";
			if (!rest.isEmpty() && rest.length() <= 3 && base.length() >= 4 && rest.chars().allMatch(Character::isLetter)
					&& !out.contains(base)) {
				out.add(base);
			}
		}
		out.sort(java.util.Comparator.comparingInt(p -> firstSeen.getOrDefault(p, Integer.MAX_VALUE)));
		return out;
	}

	private static void addFamily(Family f, Set<String> family, Set<String> listed, Map<String, Integer> firstSeen) {
		listed.addAll(f.listed());
		for (String m : f.members()) {
			family.add(m);
			firstSeen.putIfAbsent(m, firstSeen.size());
		}
	}

	/**
	 * The variants the first page lists of the main part: its type number extended by a configuration, package
	 * or packing code (BAT54 with BAT54AFILM, BAT54SWFILM); whether each is a device or an order code of one is
	 * decided with the tables' evidence.
	 */
	private static void variants(List<String> parts, Set<String> firstPage, Set<String> printed,
			Map<String, Integer> firstSeen) {
		String main = parts.get(0);
		firstPage.stream().filter(t -> t.length() > main.length() && t.startsWith(main) && printed.contains(t)
				&& !parts.contains(t)).forEach(parts::add);
		parts.sort(java.util.Comparator.comparingInt(p -> firstSeen.getOrDefault(p, Integer.MAX_VALUE)));
	}

	/** An order code of another candidate ({@code MMBT3904LT1G} of MMBT3904L): an alias, not a part to read. */
	private static boolean orderingCode(String p, Set<String> known) {
		return OrderCodes.deviceOf(p, known) != null;
	}

	/**
	 * Family members named next to a part, in the sheet's order: slash lists and the ends of ranges are listed;
	 * the members a range spans between its ends are implied.
	 */
	private record Family(List<String> members, List<String> implied) {
		List<String> listed() {
			return members.stream().filter(m -> !implied.contains(m)).toList();
		}
	}

	private static Family expand(String part, List<Word> words, int index) {
		List<String> members = new ArrayList<>();
		List<String> implied = new ArrayList<>();
		String text = words.get(index).text();
		// BC546/547/548 or BC546B/547B/548B inside one word
		String[] slash = text.split("/");
		if (slash.length > 1 && PartNumbers.isPart(PartNumbers.token(slash[0]))) {
			String first = PartNumbers.token(slash[0]);
			members.add(first);
			for (int k = 1; k < slash.length; k++) {
				String s = PartNumbers.token(slash[k]);
				if (PartNumbers.isPart(s)) {
					members.add(s);
				} else if (!s.isEmpty() && Character.isDigit(s.charAt(0)) && s.length() < first.length()) {
					members.add(first.substring(0, first.length() - s.length()) + s);
				}
			}
		}
		List<String> range = List.of();
		if (index + 2 < words.size() && RANGE_WORDS.contains(words.get(index + 1).text().toLowerCase(Locale.ROOT))) {
			// A - B, A thru B, A to B
			String other = PartNumbers.token(words.get(index + 2).text());
			if (PartNumbers.isPart(other) && PartNumbers.sameSeries(part, other)) {
				range = PartNumbers.range(part, other);
			}
		} else if (text.indexOf('-') > 0) {
			// A-B in one word, or A111-113 with the end as its differing digits
			String[] r = text.split("-");
			String first = r.length == 2 ? PartNumbers.token(r[0]) : "";
			String last = r.length == 2 ? PartNumbers.token(r[1]) : "";
			if (PartNumbers.isPart(first) && PartNumbers.isPart(last) && PartNumbers.sameSeries(first, last)) {
				range = PartNumbers.range(first, last);
			} else {
				range = PartNumbers.shortRange(PartNumbers.token(text));
			}
		}
		members.addAll(range);
		if (range.size() > 2) {
			implied.addAll(range.subList(1, range.size() - 1));
		}
		return new Family(members, implied);
	}

	private static final Set<String> RANGE_WORDS = Set.of("-", "–", "thru", "to", "through", "...", "~");

	static double bodyFontSize(List<PageLayout> pages) {
		Map<Long, Integer> count = new HashMap<>();
		for (PageLayout p : pages) {
			for (TextLine l : p.lines()) {
				count.merge(Math.round(l.fontSize()), l.words().size(), Integer::sum);
			}
		}
		return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (double) e.getKey()).orElse(8.0);
	}
}
