package org.espice.core.internal.parameters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;

/**
 * Finds the part number a datasheet is about and the other parts of its family: prominent part-number-like
 * tokens, ranges ({@code 1N4001 - 1N4007}, {@code ... thru ...}) and slash lists ({@code BC546/547/548}).
 */
public final class PartFinder {

	private static final Pattern PART = Pattern.compile("(?=.*[0-9].*[0-9])[0-9]{0,2}[A-Z]{1,6}-?[0-9][A-Z0-9-]*");
	private static final Set<String> NOT_PARTS = Set.of("TO", "SOT", "SOD", "DO", "SC", "SMA", "SMB", "SMC", "DPAK",
			"SOIC", "TSOP", "QFN", "DFN", "PDIP", "ISO", "IEC", "JEDEC", "AEC", "JESD", "MIL", "UL", "RS", "REV", "AN",
			"CASE", "STYLE", "DS", "MSL", "ESD", "HBM", "Q", "EN", "EIA", "TR", "PAGE", "IPC", "MO", "TB",
			"SO", "SMD", "MELF", "LL", "PSOF", "PG", "PQFN", "TDSON", "TSON", "WDFN", "MDIP", "DIP", "SIP", "MPAK",
			"IPAK", "UPAK", "TSSOP", "MSOP", "SSOP", "HSOP", "LFPAK", "X", "R", "E", "SEMI", "ANSI", "FIG",
			"FIGURE", "NOTE", "AA", "AB", "AC", "AD", "EPOXY", "ROHS", "REACH", "TJ", "VDE", "DIN", "ID", "PD", "IP",
			"IR", "VR", "VF", "TA", "TC", "ISSUE", "NO", "PCB", "UTC", "QW", "QAS", "IS", "CQ");

	private PartFinder() {
	}

	/** The parts found: the main part first, then the family members. Never empty when text exists. */
	public static List<String> find(List<PageLayout> pages) {
		Map<String, Double> score = new HashMap<>();
		Set<String> family = new LinkedHashSet<>();
		Map<String, Integer> firstSeen = new HashMap<>();
		// a part named only where the sheet points to its complement ("Complementary PNP type: X") is
		// described by another datasheet, not this one
		Set<String> namedAsCovered = new HashSet<>();
		double bodySize = bodyFontSize(pages);
		for (PageLayout page : pages) {
			String previous = "";
			for (TextLine line : page.lines()) {
				boolean complementNote = mentionsComplement(line.text()) || mentionsComplement(previous);
				previous = line.text();
				List<Word> words = line.words();
				for (int i = 0; i < words.size(); i++) {
					Word w = words.get(i);
					String t = token(w.text());
					if (!isPart(t)) {
						continue;
					}
					double s = page.page() == 1 ? 1.0 : 0.35;
					s *= Math.min(4, Math.max(0.6, w.fontSize() / bodySize));
					if (page.page() == 1 && w.baseline() < page.height() * 0.3) {
						s *= 1.6;
					}
					score.merge(t, s, Double::sum);
					firstSeen.putIfAbsent(t, firstSeen.size());
					if (!complementNote) {
						namedAsCovered.add(t);
					}
					if (page.page() <= 2) {
						for (String f : expand(t, words, i)) {
							family.add(f);
							firstSeen.putIfAbsent(f, firstSeen.size());
						}
					}
				}
			}
		}
		if (score.isEmpty()) {
			return List.of();
		}
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
			if (!out.contains(p) && e.getValue() >= 0.3 * best && !orderingCode(p, score.keySet())) {
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
		if (out.stream().anyMatch(namedAsCovered::contains)) {
			out.removeIf(p -> !namedAsCovered.contains(p) && !family.contains(p));
		}
		// parts in the order the datasheet first names them
		out.sort(java.util.Comparator.comparingInt(p -> firstSeen.getOrDefault(p, Integer.MAX_VALUE)));
		return out;
	}

	private static boolean mentionsComplement(String text) {
		return text.toLowerCase(java.util.Locale.ROOT).contains("complement");
	}

	/** The leading non-digit part of a part number after its first digits, e.g. {@code 1N} of 1N4001, BC of BC546. */
	public static String letters(String part) {
		Matcher m = Pattern.compile("^([0-9]{0,2}[A-Z]{1,6})").matcher(part);
		return m.find() ? m.group(1) : part;
	}

	public static String token(String text) {
		String t = text;
		if (t.endsWith("PbF") || t.endsWith("PBF")) {
			t = t.substring(0, t.length() - 3); // lead-free marking, not part of the type number
		}
		while (!t.isEmpty() && ",;:.()[]*\"'-®™".indexOf(t.charAt(t.length() - 1)) >= 0) {
			t = t.substring(0, t.length() - 1);
		}
		while (!t.isEmpty() && ",;:.()[]*\"'".indexOf(t.charAt(0)) >= 0) {
			t = t.substring(1);
		}
		return t;
	}

	/** An ordering code: a known part plus a packing suffix with digits ({@code MMBT3904LT1G}, {@code 2N7002-T1}). */
	static boolean orderingCode(String p, Set<String> known) {
		for (String k : known) {
			if (k.length() < p.length() && p.startsWith(k) && k.length() >= 4) {
				String rest = p.substring(k.length());
				if (rest.startsWith("-") || rest.length() >= 2 && rest.chars().anyMatch(Character::isDigit)
						&& rest.chars().anyMatch(Character::isLetter)) {
					return true;
				}
			}
		}
		return false;
	}

	public static boolean isPart(String t) {
		if (t.length() < 4 || t.length() > 20 || !PART.matcher(t).matches() || t.endsWith("-")) {
			return false;
		}
		String letters = letters(t);
		if (Character.isLetter(t.charAt(0)) && NOT_PARTS.contains(letters)) {
			return false;
		}
		int digits = 0;
		for (int i = 0; i < t.length(); i++) {
			if (Character.isDigit(t.charAt(i))) {
				digits++;
			}
		}
		// years, dates and plain numbers with a unit letter are not parts
		return digits >= 2 && !t.matches("[0-9]+[A-Z]{1,2}") && !t.matches("[A-Z][0-9]{2}");
	}

	/** Family members implied next to a part: ranges and slash lists. */
	private static List<String> expand(String part, List<Word> words, int index) {
		List<String> out = new ArrayList<>();
		String text = words.get(index).text();
		// BC546/547/548 or BC546B/547B/548B inside one word
		String[] slash = text.split("/");
		if (slash.length > 1 && isPart(token(slash[0]))) {
			String first = token(slash[0]);
			out.add(first);
			for (int k = 1; k < slash.length; k++) {
				String s = token(slash[k]);
				if (isPart(s)) {
					out.add(s);
				} else if (!s.isEmpty() && Character.isDigit(s.charAt(0)) && s.length() < first.length()) {
					out.add(first.substring(0, first.length() - s.length()) + s);
				}
			}
		}
		// ranges: A - B, A thru B, A to B
		if (index + 2 < words.size()) {
			String sep = words.get(index + 1).text().toLowerCase(java.util.Locale.ROOT);
			String other = token(words.get(index + 2).text());
			if ((sep.equals("-") || sep.equals("–") || sep.equals("thru") || sep.equals("to") || sep.equals("through")
					|| sep.equals("...") || sep.equals("~")) && isPart(other)) {
				out.addAll(range(part, other));
			}
		} else if (text.contains("-") && !text.startsWith("-")) {
			String[] r = text.split("-");
			if (r.length == 2 && isPart(token(r[0])) && isPart(token(r[1]))) {
				out.addAll(range(token(r[0]), token(r[1])));
			}
		}
		return out;
	}

	private static final Pattern SPLIT = Pattern.compile("^(.*?)([0-9]+)([A-Z]*)$");

	static List<String> range(String a, String b) {
		Matcher ma = SPLIT.matcher(a);
		Matcher mb = SPLIT.matcher(b);
		List<String> out = new ArrayList<>();
		if (!ma.matches() || !mb.matches() || !ma.group(1).equals(mb.group(1)) || !ma.group(3).equals(mb.group(3))) {
			out.add(a);
			out.add(b);
			return out;
		}
		long from = Long.parseLong(ma.group(2));
		long to = Long.parseLong(mb.group(2));
		if (to <= from || to - from > 60) {
			out.add(a);
			out.add(b);
			return out;
		}
		int width = ma.group(2).length();
		for (long n = from; n <= to; n++) {
			out.add(ma.group(1) + String.format("%0" + width + "d", n) + ma.group(3));
		}
		return out;
	}

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
