package org.espice.core.internal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a part number looks like: a type number ({@code 1N4001}, {@code BC547B}, {@code SiHF9540},
 * {@code MMBFJ112_SB51338}) and never a rating, a material, a package, a number or a date that happens to mix
 * letters and digits ({@code 94V-0}, {@code G-10}, {@code TO-220AB}, {@code 1E-006}, {@code 2004}).
 */
public final class PartNumbers {

	/** Leading digits, a letter prefix (mixed case only as vendors print it: SiHF), then digits and more. */
	private static final Pattern PART = Pattern
			.compile("(?=.*[0-9].*[0-9])[0-9]{0,2}(?:[A-Z]{1,6}|[A-Z][a-z]?[A-Z]{1,4})-?[0-9][A-Z0-9_-]*");
	/** Words that start codes which are not type numbers: packages, standards, document and figure labels. */
	private static final Set<String> NOT_PARTS = Set.of("TO", "SOT", "SOD", "DO", "SC", "SMA", "SMB", "SMC", "DPAK",
			"SOIC", "TSOP", "QFN", "DFN", "PDIP", "ISO", "IEC", "JEDEC", "AEC", "JESD", "MIL", "UL", "RS", "REV", "AN",
			"CASE", "STYLE", "DS", "MSL", "ESD", "HBM", "Q", "EN", "EIA", "TR", "PAGE", "IPC", "MO", "TB", "SO", "SMD",
			"MELF", "LL", "PSOF", "PG", "PQFN", "TDSON", "TSON", "WDFN", "MDIP", "DIP", "SIP", "MPAK", "IPAK", "UPAK",
			"TSSOP", "MSOP", "SSOP", "HSOP", "LFPAK", "X", "R", "E", "SEMI", "ANSI", "FIG", "FIGURE", "NOTE", "AA",
			"AB", "AC", "AD", "EPOXY", "ROHS", "REACH", "TJ", "VDE", "DIN", "ID", "PD", "IP", "IR", "VR", "VF", "TA",
			"TC", "ISSUE", "NO", "PCB", "UTC", "QW", "QAS", "IS", "CQ", "FR");
	/** UL 94 flammability classes ({@code 94V-0}, {@code 94HB}). */
	private static final Pattern FLAMMABILITY = Pattern.compile("(UL)?94(V-?[0-2]|HB|5VA|5VB)");
	/** A number written with an exponent, as plot axes label their ticks ({@code 1E-006}). */
	private static final Pattern EXPONENT = Pattern.compile("[0-9]+(\\.[0-9]+)?E[-+]?[0-9]+");
	/** Board materials and standards codes: one or two letters, a hyphen and a number ({@code G-10}). */
	private static final Pattern MATERIAL = Pattern.compile("[A-Z]{1,2}-[0-9]+");
	private static final Pattern LETTERS = Pattern.compile("^([0-9]{0,2}[A-Za-z]{1,6})");
	private static final Pattern SPLIT = Pattern.compile("^(.*?)([0-9]+)([A-Z]*)$");
	/** A range written inside one word with its end given as the differing digits: {@code MMBFJ111-113}. */
	private static final Pattern SHORT_RANGE = Pattern.compile("(.*?)([0-9]+)-([0-9]+)");

	/** A dash between two letters or digits: en dash, figure dash, non-breaking hyphen, minus sign. */
	private static final Pattern INNER_DASH = Pattern.compile("(?<=[A-Za-z0-9])[\u2010-\u2013\u2212](?=[A-Za-z0-9])");

	private PartNumbers() {
	}

	/** The leading non-digit part of a part number after its first digits, e.g. {@code 1N} of 1N4001, BC of BC546. */
	public static String letters(String part) {
		Matcher m = LETTERS.matcher(part);
		return m.find() ? m.group(1) : part;
	}

	/**
	 * A word without the punctuation around it and without a lead-free marking ({@code PbF}); a dash inside it is a
	 * hyphen, as typesetting prints one ("BC337–16" is BC337-16).
	 */
	public static String token(String text) {
		String t = INNER_DASH.matcher(text).replaceAll("-");
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

	public static boolean isPart(String t) {
		if (t.length() < 4 || t.length() > 20 || !PART.matcher(t).matches() || t.endsWith("-") || t.endsWith("_")) {
			return false;
		}
		if (FLAMMABILITY.matcher(t).matches() || EXPONENT.matcher(t).matches() || MATERIAL.matcher(t).matches()) {
			return false;
		}
		String letters = letters(t);
		if (Character.isLetter(t.charAt(0)) && NOT_PARTS.contains(letters.toUpperCase(java.util.Locale.ROOT))) {
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

	/**
	 * A type number too short for {@link #isPart} to tell from other codes ({@code S1M}, {@code ES1J},
	 * {@code SAME1}): letters and a digit, as a title block prints it. Trusted only there.
	 */
	public static boolean isShortPart(String t) {
		return isPart(t) || t.length() >= 3 && t.length() <= 12 && t.matches("[0-9]?[A-Z]{1,6}[0-9]{1,2}[A-Z0-9]*")
				&& !NOT_PARTS.contains(letters(t)) && !t.matches("[A-Z][0-9]{2}");
	}

	/**
	 * The parts a range names ({@code 1N4001 - 1N4007}, {@code MMBFJ111-113}): every type number between the ends
	 * of one series, or just the two ends when they are not one series (then they are two parts, not a range).
	 */
	public static List<String> range(String a, String b) {
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

	/** The range one word writes as {@code MMBFJ111-113}, or an empty list. */
	public static List<String> shortRange(String word) {
		Matcher m = SHORT_RANGE.matcher(word);
		if (!m.matches() || m.group(2).length() != m.group(3).length() || m.group(1).isEmpty()) {
			return List.of();
		}
		String first = m.group(1) + m.group(2);
		String last = m.group(1) + m.group(3);
		if (!isPart(first)) {
			return List.of();
		}
		List<String> members = range(first, last);
		return members.size() > 2 || members.size() == 2 && members.get(1).equals(last) && !members.get(0).equals(last)
				? members : List.of();
	}

	/** Whether a word is a range of parts written as one word: {@code 1N4001-1N4007} or {@code MMBFJ111-113}. */
	public static boolean rangeWord(String word) {
		return !rangeMembers(word).isEmpty();
	}

	/** The parts a one-word range names ({@code 1N4001-1N4007}, {@code MMBFJ111-113}), or an empty list. */
	public static List<String> rangeMembers(String word) {
		String[] r = word.split("-");
		if (r.length == 2 && isPart(r[0]) && isPart(r[1]) && sameSeries(r[0], r[1])) {
			List<String> members = range(r[0], r[1]);
			return members.size() > 2 ? members : List.of();
		}
		return shortRange(word);
	}

	/** Whether two part numbers are of one series: the same letters before their digits ({@code BC}, {@code 1N}). */
	public static boolean sameSeries(String a, String b) {
		return letters(a).equals(letters(b));
	}
}
