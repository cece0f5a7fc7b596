package org.espice.core.internal.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.internal.layout.PageLayout;
import org.espice.core.internal.layout.TextLine;
import org.espice.core.internal.layout.Word;

/**
 * The polarity of each part of a sheet that specifies complementary parts, from that part's own evidence: the
 * polarity printed beside it ("TIP29, A, B, C (NPN), TIP30, A, B, C (PNP)", "P-channel: X"), or its own ratings
 * printed negative. And the signs its values need: a PNP part that shares a table printed for its NPN complement
 * gets its voltages and currents negative, as PNP datasheets print them.
 */
public final class Polarity {

	private static final Pattern BJT_WORD = Pattern.compile("\\b(npn|pnp)\\b");
	private static final Pattern FET_WORD = Pattern.compile("\\b([np])[- ]?channel\\b");
	/** Ratings whose sign is the device's polarity. */
	private static final Set<String> POLAR_RATINGS = Set.of("VCEO", "VCBO", "VEBO", "IC", "VDSS", "ID");
	/** Values and test conditions printed with the polarity's sign on P-type datasheets. */
	private static final Set<String> SIGNED = Set.of("VCEO", "VCBO", "VEBO", "VCES", "IC", "ICM", "IB", "ICBO",
			"ICEO", "IEBO", "ICES", "VCE_SAT", "VBE_SAT", "VBE_ON", "VDSS", "ID", "IDM", "IDSS", "VGS_TH", "VSD", "IS",
			"VCE", "VCB", "VEB", "VBE", "VDS");

	private final DeviceKind sheetKind;
	private final List<TextLine> titleLines = new ArrayList<>();

	public Polarity(DeviceKind sheetKind, List<PageLayout> pages) {
		this.sheetKind = sheetKind;
		for (PageLayout p : pages) {
			if (p.page() <= 2) {
				titleLines.addAll(p.lines());
			}
		}
	}

	/** The kind of one part: its own printed polarity, else the sign of its own ratings, else the sheet's kind. */
	public DeviceKind kindOf(String part, List<Parameter> ownValues) {
		if (!sheetKind.isBjt() && sheetKind != DeviceKind.MOSFET_N && sheetKind != DeviceKind.MOSFET_P
				&& !sheetKind.isJfet()) {
			return sheetKind;
		}
		Boolean positive = printedPolarity(part);
		if (positive == null) {
			positive = ratingsSign(ownValues);
		}
		return positive == null ? sheetKind : kind(positive);
	}

	/** The same kind family with the given polarity (true: NPN, N-channel). */
	private DeviceKind kind(boolean positive) {
		if (sheetKind.isBjt()) {
			return positive ? DeviceKind.BJT_NPN : DeviceKind.BJT_PNP;
		}
		if (sheetKind.isJfet()) {
			return positive ? DeviceKind.JFET_N : DeviceKind.JFET_P;
		}
		return positive ? DeviceKind.MOSFET_N : DeviceKind.MOSFET_P;
	}

	/**
	 * The polarity printed beside a part on the title pages: the only polarity of its line, or, on a line naming
	 * both, the one of its own segment ("X, A, B (NPN), Y, A, B (PNP)" or "NPN: X  PNP: Y"); on a line naming
	 * none, a polarity word printed right above the part, as a complementary table heads its part columns.
	 */
	private Boolean printedPolarity(String part) {
		for (int k = 0; k < titleLines.size(); k++) {
			List<Word> words = titleLines.get(k).words();
			int at = mention(part, words);
			if (at < 0) {
				continue;
			}
			List<int[]> marks = marks(words);
			Boolean found = marks.isEmpty() ? above(k, words.get(at)) : segment(words, at, marks);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** The polarity words of a line: word index, and 1 for N, 0 for P. */
	private List<int[]> marks(List<Word> words) {
		Pattern word = sheetKind.isBjt() ? BJT_WORD : FET_WORD;
		List<int[]> marks = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			Matcher m = word.matcher(words.get(i).text().toLowerCase(Locale.ROOT));
			if (m.find()) {
				marks.add(new int[] { i, m.group(1).startsWith("n") ? 1 : 0 });
			}
		}
		return marks;
	}

	private static Boolean segment(List<Word> words, int at, List<int[]> marks) {
		if (marks.stream().allMatch(m -> m[1] == marks.get(0)[1])) {
			return marks.get(0)[1] == 1;
		}
		// polarity words after their parts ("X (NPN)") unless the line opens with one ("NPN: X")
		boolean leading = marks.get(0)[0] < firstPart(words);
		int[] chosen = null;
		for (int[] m : marks) {
			if ((leading ? m[0] < at : m[0] > at)
					&& (chosen == null || (leading ? m[0] > chosen[0] : m[0] < chosen[0]))) {
				chosen = m;
			}
		}
		return chosen == null ? null : chosen[1] == 1;
	}

	/** The polarity word on the line just above a part's word, over the same column. */
	private Boolean above(int lineIndex, Word part) {
		if (lineIndex == 0) {
			return null;
		}
		TextLine line = titleLines.get(lineIndex);
		TextLine prev = titleLines.get(lineIndex - 1);
		if (prev.page() != line.page() || line.baseline() - prev.baseline() > 2.5 * line.fontSize()) {
			return null;
		}
		for (int[] m : marks(prev.words())) {
			double c = prev.words().get(m[0]).center();
			if (c >= part.x0() - 0.5 * line.fontSize() && c <= part.x1() + 0.5 * line.fontSize()) {
				return m[1] == 1;
			}
		}
		return null;
	}

	/** The index of the word naming a part ({@code TIP30A}), or of its grade in a list ({@code TIP30, A}). */
	private static int mention(String part, List<Word> words) {
		int stemAt = -1;
		String stem = part.replaceFirst("[A-Z]{1,2}$", "");
		String grade = part.substring(stem.length());
		for (int i = 0; i < words.size(); i++) {
			String t = PartNumbers.token(words.get(i).text());
			if (t.equals(part)) {
				return i;
			}
			if (!grade.isEmpty() && t.equals(stem)) {
				stemAt = i;
			} else if (stemAt >= 0 && t.equals(grade)) {
				return stemAt;
			} else if (stemAt >= 0 && PartNumbers.isPart(t)) {
				stemAt = -1;
			}
		}
		return -1;
	}

	private static int firstPart(List<Word> words) {
		for (int i = 0; i < words.size(); i++) {
			if (PartNumbers.isPart(PartNumbers.token(words.get(i).text()))) {
				return i;
			}
		}
		return words.size();
	}

	/** Negative own ratings (VCEO -45 V, ID -19 A) mean a P-type part; positive ones say nothing. */
	private static Boolean ratingsSign(List<Parameter> ownValues) {
		for (Parameter p : ownValues) {
			if (POLAR_RATINGS.contains(p.name()) && p.max() != null && p.max() < 0) {
				return false;
			}
		}
		return null;
	}

	/**
	 * Values shared with parts of the other polarity, with the signs this part's polarity needs: negative for PNP
	 * and P-channel, positive for NPN and N-channel. Values that are not polar (hFE, capacitances) are kept.
	 */
	public static List<Parameter> signed(List<Parameter> shared, DeviceKind kind) {
		boolean negative = kind == DeviceKind.BJT_PNP || kind == DeviceKind.MOSFET_P || kind == DeviceKind.JFET_P;
		List<Parameter> out = new ArrayList<>(shared.size());
		for (Parameter p : shared) {
			Map<String, Double> conditions = new HashMap<>(p.conditions());
			conditions.replaceAll((k, v) -> SIGNED.contains(k) ? sign(v, negative) : v);
			if (!SIGNED.contains(p.name())) {
				out.add(new Parameter(p.name(), p.min(), p.typ(), p.max(), p.unit(), conditions, p.source()));
				continue;
			}
			out.add(new Parameter(p.name(), sign(p.min(), negative), sign(p.typ(), negative), sign(p.max(), negative),
					p.unit(), conditions, p.source()));
		}
		return out;
	}

	private static Double sign(Double v, boolean negative) {
		return v == null ? null : negative ? -Math.abs(v) : Math.abs(v);
	}
}
